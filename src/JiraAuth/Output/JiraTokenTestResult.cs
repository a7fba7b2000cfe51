using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Errors;

namespace JiraAuth.Output
{
    /// <summary>Test-JiraToken's verdict: Core's diagnosis flattened for the pipeline. It names the account, never the secret.</summary>
    public sealed class JiraTokenTestResult
    {
        public bool IsValid { get; set; }
        public TokenStatus Reason { get; set; }

        /// <summary>What happened and what to do about it.</summary>
        public string Message { get; set; }

        public string Remedy { get; set; }
        public JiraAccount Account { get; set; }
        public int? StatusCode { get; set; }
        public AuthMode AuthMode { get; set; }
        public string Site { get; set; }
        public string ApiBaseUri { get; set; }
        public string CloudId { get; set; }
        public string UserName { get; set; }
        public DateTimeOffset? ExpiresOn { get; set; }
        public int? DaysUntilExpiry { get; set; }
        public TimeSpan Elapsed { get; set; }

        /// <summary>Jira's own words, for troubleshooting; also written to the verbose stream.</summary>
        public string Detail { get; set; }

        public static JiraTokenTestResult From(TokenDiagnosis diagnosis, DateTimeOffset now) => From(diagnosis, PowerShellRemedies.For(diagnosis), now);

        private static JiraTokenTestResult From(TokenDiagnosis diagnosis, string remedy, DateTimeOffset now) => new JiraTokenTestResult
        {
            IsValid = diagnosis.IsValid,
            Reason = diagnosis.Reason,
            Message = string.IsNullOrEmpty(remedy) ? diagnosis.Message : (diagnosis.Message + " " + remedy).Trim(),
            Remedy = remedy,
            Account = diagnosis.Account,
            StatusCode = diagnosis.StatusCode,
            AuthMode = diagnosis.AuthMode,
            Site = diagnosis.Site?.ToString(),
            ApiBaseUri = diagnosis.ApiBaseUri?.ToString(),
            CloudId = diagnosis.CloudId,
            UserName = diagnosis.UserName,
            ExpiresOn = diagnosis.ExpiresOn,
            DaysUntilExpiry = diagnosis.DaysUntilExpiry(now),
            Elapsed = diagnosis.Elapsed,
            Detail = diagnosis.Detail,
        };

        public override string ToString() => IsValid ? $"Valid: {Account}" : $"{Reason}: {Message}";
    }
}
