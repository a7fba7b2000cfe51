using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Core.Entities
{
    /// <summary>
    /// One endpoint whose answer holds a kind of Jira object: the object itself, or a list of them under
    /// <see cref="ListProperty"/> (issues of a search, values of a PageBean, comments of a PageOfComments).
    /// </summary>
    internal sealed class EndpointRule
    {
        private readonly Regex _path;
        private readonly string[] _methods;

        /// <param name="pattern">The path after the API root, "{}" standing for one segment: "issue/{}/comment".</param>
        public EndpointRule(JiraApiFamily family, string pattern, JiraEntityKind kind, string listProperty = null, params string[] methods)
        {
            Family = family;
            Pattern = pattern;
            Kind = kind;
            ListProperty = listProperty;
            _methods = methods.Length == 0 ? new[] { "GET" } : methods;
            var segments = pattern.Split('/').Select(s => s == "{}" ? "[^/]+" : Regex.Escape(s));
            _path = new Regex("^" + string.Join("/", segments) + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public JiraApiFamily Family { get; }

        public string Pattern { get; }

        public JiraEntityKind Kind { get; }

        public string ListProperty { get; }

        public bool Matches(string method, JiraApiFamily family, string path) =>
            family == Family && _methods.Contains(method, StringComparer.OrdinalIgnoreCase) && _path.IsMatch(path);
    }
}
