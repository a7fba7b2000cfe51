using System;
using System.Collections.Generic;
using JiraAuth.Core.Tests.Support;

namespace JiraAuth.Core.Tests.Errors
{
    /// <summary>Reads one header block from transcribed/headers-examples.txt, keeping names exactly as written.</summary>
    internal static class HeaderExamples
    {
        /// <param name="heading">The text after "## " that starts the block.</param>
        public static Dictionary<string, string> Section(string heading)
        {
            // Ordinal on purpose: the code under test must look names up case-insensitively by itself.
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            var lines = Fixtures.Read("transcribed/headers-examples.txt").Replace("\r\n", "\n").Split('\n');
            var inSection = false;
            foreach (var line in lines)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    if (inSection) break;
                    inSection = line.StartsWith("## " + heading, StringComparison.Ordinal);
                    continue;
                }
                if (!inSection) continue;
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) break;
                var colon = line.IndexOf(':');
                if (line.StartsWith("HTTP/", StringComparison.Ordinal) || line.StartsWith("{", StringComparison.Ordinal) || colon < 0) continue;
                headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
            if (headers.Count == 0) throw new InvalidOperationException("No header block headed '" + heading + "' in headers-examples.txt.");
            return headers;
        }
    }
}
