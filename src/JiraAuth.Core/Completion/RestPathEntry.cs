using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Completion
{
    /// <summary>One REST path from an OpenAPI document ("/rest/api/3/issue/{issueIdOrKey}") and the methods it accepts.</summary>
    internal sealed class RestPathEntry
    {
        public RestPathEntry(string path, IReadOnlyCollection<string> methods)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Methods = methods ?? throw new ArgumentNullException(nameof(methods));
        }

        public string Path { get; }

        /// <summary>Upper case: GET, POST, PUT, DELETE, PATCH.</summary>
        public IReadOnlyCollection<string> Methods { get; }

        /// <summary>The index line: "GET,PUT /rest/api/3/issue/{issueIdOrKey}".</summary>
        public override string ToString() => string.Join(",", Methods) + " " + Path;
    }
}
