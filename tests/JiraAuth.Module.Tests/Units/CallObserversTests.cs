using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;
using Xunit;
using JiraAuth.Observing;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>The one observer a waiting cmdlet installs hears its calls, also from pool threads, and only while it observes.</summary>
    public class CallObserversTests
    {
        private sealed class Recorder : ICallObserver
        {
            public List<string> Heard { get; } = new List<string>();

            public void RequestSent(RequestTrace trace) => Heard.Add("request");

            public void Retrying(RetryNotice notice) => Heard.Add("retry " + notice.Attempt);

            public void RefreshTokenNotSaved(RefreshTokenNotSavedException failure) => Heard.Add("unsaved");
        }

        private static RetryNotice Notice(int attempt) =>
            new RetryNotice(attempt, TimeSpan.FromSeconds(1), "GET", new Uri("https://acme.atlassian.net/rest/api/3/myself"), 429, "rate limited");

        [Fact]
        public async Task The_observer_hears_events_raised_on_pool_threads_and_the_previous_one_is_restored()
        {
            var outer = new Recorder();
            var inner = new Recorder();
            using (CallObservers.Observe(outer))
            {
                using (CallObservers.Observe(inner))
                {
                    await Task.Run(() => CallObservers.PublishRetry(Notice(1)));
                }
                CallObservers.PublishRetry(Notice(2));
            }
            CallObservers.PublishRetry(Notice(3)); // nobody observes: dropped

            Assert.Equal(new[] { "retry 1" }, inner.Heard);
            Assert.Equal(new[] { "retry 2" }, outer.Heard);
        }
    }
}
