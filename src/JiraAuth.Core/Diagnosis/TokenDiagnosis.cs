using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>The verdict on a credential: whether it works, why not, and what to do about it. Never contains the secret.</summary>
    public sealed class TokenDiagnosis
    {
        public bool IsValid => Reason == TokenStatus.Valid;
        public TokenStatus Reason { get; set; }

        /// <summary>What happened, in one sentence.</summary>
        public string Message { get; set; }

        /// <summary>
        /// What to do about it when this connection knows better than the reason's general remedy (an OAuth failure, with the exact
        /// sign-in command); null otherwise. The host words both: Core names no command of its own.
        /// </summary>
        public Remedy Remedy { get; set; }

        public JiraAccount Account { get; set; }
        public int? StatusCode { get; set; }
        public TimeSpan Elapsed { get; set; }

        /// <summary>The mode that worked, or the last one tried.</summary>
        public AuthMode AuthMode { get; set; }

        public JiraSite Site { get; set; }
        public Uri ApiBaseUri { get; set; }
        public string CloudId { get; set; }
        public string UserName { get; set; }
        public DateTimeOffset? ExpiresOn { get; set; }

        /// <summary>Jira's own words (error messages, Seraph reason, exception text), for the verbose stream.</summary>
        public string Detail { get; set; }

        public int? DaysUntilExpiry(DateTimeOffset now) =>
            ExpiresOn.HasValue ? (int?)Math.Floor((ExpiresOn.Value - now).TotalDays) : null;

        public override string ToString() => IsValid ? $"Valid: {Account}" : $"{Reason}: {Message}";
    }
}
