using System.Collections.Generic;

namespace JiraAuth.Core.Errors
{
    /// <summary>What could be read from an error body: Jira's messages, field errors, and a one-line excerpt of a non-JSON body.</summary>
    internal sealed class DecodedErrorBody
    {
        public List<string> Messages { get; } = new List<string>();

        public Dictionary<string, string> FieldErrors { get; } = new Dictionary<string, string>();

        public string Excerpt { get; set; }

        public void AddMessage(string message)
        {
            if (!string.IsNullOrWhiteSpace(message)) Messages.Add(message.Trim());
        }

        public void AddFieldError(string field, string message)
        {
            // Bulk responses can name the same field twice; the first message is kept rather than failing.
            if (!string.IsNullOrWhiteSpace(message) && !FieldErrors.ContainsKey(field)) FieldErrors.Add(field, message.Trim());
        }

        public bool IsEmpty => Messages.Count == 0 && FieldErrors.Count == 0;
    }
}
