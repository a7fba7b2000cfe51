using System;
using JiraAuth.Core.Diagnosis;

namespace JiraAuth.Core.Connections
{
    /// <summary>Connecting failed because the credential did not work; carries the full diagnosis.</summary>
    public sealed class JiraAuthenticationException : Exception
    {
        public JiraAuthenticationException(TokenDiagnosis diagnosis)
            : base($"Could not connect to {diagnosis.Site} ({diagnosis.Reason}): {diagnosis.Message} {diagnosis.Remedy}".TrimEnd())
        {
            Diagnosis = diagnosis;
        }

        public TokenDiagnosis Diagnosis { get; }
    }
}
