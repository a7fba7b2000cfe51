using System;
using System.Collections.Generic;

namespace JiraAuth.FakeJira
{
    /// <summary>One request as the fake received it, before any routing or authentication.</summary>
    public sealed class LoggedRequest
    {
        /// <summary>"site", "gateway" or "tls".</summary>
        public string Origin { get; init; }
        public string Method { get; init; }

        /// <summary>The full path as sent, including the context path or /ex/jira/{cloudId}.</summary>
        public string Path { get; init; }

        /// <summary>The path after the context path (site) or after /ex/jira/{cloudId} (gateway).</summary>
        public string ApiPath { get; init; }

        /// <summary>Raw query string including the leading '?', or empty.</summary>
        public string Query { get; init; }

        /// <summary>Case-insensitive; repeated headers are joined with ", ".</summary>
        public IReadOnlyDictionary<string, string> Headers { get; init; }

        /// <summary>UTF-8 decoded body, truncated to 64 KB.</summary>
        public string Body { get; init; }
        public DateTimeOffset Timestamp { get; init; }

        public string Header(string name) => Headers.TryGetValue(name, out string value) ? value : null;

        public override string ToString() => $"{Timestamp:HH:mm:ss.fff} {Origin} {Method} {Path}{Query}";
    }
}
