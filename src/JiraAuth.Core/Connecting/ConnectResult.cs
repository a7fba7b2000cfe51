using JiraAuth.Core.Diagnosis;

using JiraAuth.Core.Connections;

namespace JiraAuth.Core.Connecting
{
    internal sealed class ConnectResult
    {
        public ConnectResult(JiraConnection connection, TokenDiagnosis diagnosis)
        {
            Connection = connection;
            Diagnosis = diagnosis;
        }

        public JiraConnection Connection { get; }

        /// <summary>null when validation was skipped.</summary>
        public TokenDiagnosis Diagnosis { get; }
    }
}
