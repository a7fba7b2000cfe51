using System;
using JiraAuth.Core.Diagnosis;

namespace JiraAuth.Core.Connections
{
    /// <summary>
    /// Connecting failed because the credential did not work; carries the full diagnosis. The message says what happened; the
    /// host adds what to do from the diagnosis (its reason, or its own remedy).
    /// </summary>
    public sealed class JiraAuthenticationException : Exception
    {
        public JiraAuthenticationException(TokenDiagnosis diagnosis)
            : base($"Could not connect to {diagnosis.Site} ({diagnosis.Reason}): {diagnosis.Message}".TrimEnd())
        {
            Diagnosis = diagnosis;
        }

        public TokenDiagnosis Diagnosis { get; }
    }
}
