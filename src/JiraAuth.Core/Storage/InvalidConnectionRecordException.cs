using System;

namespace JiraAuth.Core.Storage
{
    /// <summary>
    /// A vault secret that is not a usable JiraAuth connection record (damaged, hand-edited, or from a newer version).
    /// The message names the secret and the remedy, never the record's content.
    /// </summary>
    public sealed class InvalidConnectionRecordException : InvalidOperationException
    {
        public InvalidConnectionRecordException(string secretName, string message) : base(message)
        {
            SecretName = secretName;
        }

        public string SecretName { get; }
    }
}
