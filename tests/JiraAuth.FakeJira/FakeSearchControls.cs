using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using JiraAuth.FakeJira.Data;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// What tests of large search/jql exports steer: a latency per page, a hook before each page (to create and delete issues
    /// while an export runs), more issues, and the ids there are now.
    /// </summary>
    public sealed class FakeSearchControls
    {
        private readonly FakeDataStore store;
        private int pagesServed;

        internal FakeSearchControls(FakeDataStore store)
        {
            this.store = store;
        }

        /// <summary>How long each search/jql page takes to answer (the bounds probes and approximate-count too).</summary>
        public TimeSpan PageDelay { get; set; }

        /// <summary>Called with the 1-based number of each search/jql request before it is answered.</summary>
        public Action<int> BeforePage { get; set; }

        /// <summary>search/jql requests answered so far.</summary>
        public int PagesServed => Volatile.Read(ref pagesServed);

        internal int NextPage() => Interlocked.Increment(ref pagesServed);

        /// <summary>Adds issues to the ABC project (ids after the highest); returns their ids.</summary>
        public IReadOnlyList<string> AddIssues(int count) =>
            Enumerable.Range(0, count).Select(i => store.CreateIssue(store.IssueProject, "Generated issue " + i, "Task", null, store.Users[0]).Id).ToList();

        public bool DeleteIssue(string id) => store.DeleteIssue(id);

        /// <summary>Every issue id there is now, ascending.</summary>
        public IReadOnlyList<string> IssueIds() => store.AllIssues().Select(i => i.Id).OrderBy(long.Parse).ToList();
    }
}
