using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira.Auth
{
    /// <summary>Counts consecutive failed logins per user, the way Seraph decides when to demand a CAPTCHA.</summary>
    internal sealed class LoginFailureTracker
    {
        private readonly object gate = new object();
        private readonly Dictionary<string, int> failures = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly int threshold;

        public LoginFailureTracker(int threshold)
        {
            this.threshold = Math.Max(1, threshold);
        }

        public bool IsLocked(string user)
        {
            lock (gate) { return failures.TryGetValue(user, out int count) && count >= threshold; }
        }

        public void RecordFailure(string user)
        {
            lock (gate) { failures[user] = failures.TryGetValue(user, out int count) ? count + 1 : 1; }
        }

        public void RecordSuccess(string user)
        {
            lock (gate) { failures.Remove(user); }
        }

        public void Reset()
        {
            lock (gate) { failures.Clear(); }
        }
    }
}
