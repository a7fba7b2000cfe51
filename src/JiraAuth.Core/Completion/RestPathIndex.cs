using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace JiraAuth.Core.Completion
{
    /// <summary>
    /// The compact index -Path completes from: one line per path, "GET,POST /rest/api/3/issue", sorted. Platform paths
    /// complete relative to the connection's REST API ("issue/{issueIdOrKey}"), other APIs by their full path
    /// ("/rest/agile/1.0/board").
    /// </summary>
    internal sealed class RestPathIndex
    {
        public const string PlatformPrefix = "/rest/api/3/";

        public RestPathIndex(IEnumerable<RestPathEntry> entries)
        {
            Entries = entries
                .GroupBy(e => e.Path, StringComparer.Ordinal)
                .Select(g => new RestPathEntry(g.Key, g.SelectMany(e => e.Methods).Distinct().OrderBy(m => m, StringComparer.Ordinal).ToList()))
                .OrderBy(e => e.Path, StringComparer.Ordinal)
                .ToList();
        }

        public IReadOnlyList<RestPathEntry> Entries { get; }

        /// <summary>The index of several OpenAPI documents together (platform and Jira Software).</summary>
        public static RestPathIndex FromOpenApi(IEnumerable<TextReader> documents) =>
            new RestPathIndex(documents.SelectMany(OpenApiPathReader.Read).ToList());

        public static RestPathIndex Parse(TextReader text)
        {
            var entries = new List<RestPathEntry>();
            string line;
            while ((line = text.ReadLine()) != null)
            {
                line = line.Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                var space = line.IndexOf(' ');
                if (space <= 0) throw new InvalidDataException("Not an index line (\"GET,POST /rest/...\"): " + line);
                entries.Add(new RestPathEntry(line.Substring(space + 1), line.Substring(0, space).Split(',')));
            }
            return new RestPathIndex(entries);
        }

        public void Write(TextWriter text)
        {
            text.Write("# JiraAuth REST path index: METHODS PATH, from Atlassian's OpenAPI documents. Generated; do not edit.\n");
            foreach (var entry in Entries) text.Write(entry + "\n");
        }

        /// <summary>What -Path shows for <paramref name="entry"/>: relative for the platform API, full otherwise.</summary>
        public static string CompletionPath(RestPathEntry entry) =>
            entry.Path.StartsWith(PlatformPrefix, StringComparison.Ordinal) ? entry.Path.Substring(PlatformPrefix.Length) : entry.Path;

        /// <summary>
        /// Paths starting with what the user typed (case-insensitive; "/rest/api/3/..." typed in full matches too), accepting
        /// <paramref name="method"/> when one is given.
        /// </summary>
        public IEnumerable<RestPathEntry> Complete(string typed, string method)
        {
            typed = typed ?? string.Empty;
            foreach (var entry in Entries)
            {
                if (!string.IsNullOrEmpty(method) && !entry.Methods.Contains(method.ToUpperInvariant())) continue;
                if (CompletionPath(entry).StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                    || (typed.StartsWith("/", StringComparison.Ordinal) && entry.Path.StartsWith(typed, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return entry;
                }
            }
        }
    }
}
