using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.Paging
{
    /// <summary>For requests whose answer may never be awaited (dropped pages, chains cancelled early, probes left behind).</summary>
    internal static class TaskFailures
    {
        /// <summary>Marks a failure of <paramref name="task"/> as seen, so it is never reported as an unobserved task exception.</summary>
        public static void Observe(Task task) =>
            task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
    }
}
