using JiraAuth.Core.Connections;

namespace JiraAuth.Core.Diagnosis
{
    /// <summary>The classification of one /myself attempt.</summary>
    internal sealed class ProbeOutcome
    {
        public ProbeOutcome(TokenStatus status, string message, int? statusCode, JiraAccount account = null, string detail = null)
        {
            Status = status;
            Message = message;
            StatusCode = statusCode;
            Account = account;
            Detail = detail;
        }

        public TokenStatus Status { get; }
        public string Message { get; }
        public int? StatusCode { get; }
        public JiraAccount Account { get; }
        public string Detail { get; }
    }
}
