using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace JiraAuth.Core.Entities
{
    /// <summary>
    /// Decides which objects of one response are issues, projects, users… by endpoint and shape together: the request's path
    /// and method pick what to expect, and each candidate (the item itself, or each element of the endpoint's list property)
    /// is named only when its shape agrees. Endpoints it does not know cost nothing: <see cref="ForRequest"/> returns null.
    /// </summary>
    internal sealed class JiraEntityClassifier
    {
        // The API root may sit under a Data Center context path (/jira/rest/api/2) or the gateway's /ex/jira/{cloudId}.
        private static readonly Regex ApiPath = new Regex(@"/rest/(?:(?<platform>api/(?:2|3|latest))|(?<agile>agile/(?:1\.0|latest)))/(?<rest>.+)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly EndpointRule _rule;

        private JiraEntityClassifier(EndpointRule rule)
        {
            _rule = rule;
        }

        public JiraEntityKind Kind => _rule.Kind;

        /// <summary>The PowerShell type name the objects get: JiraAuth.Issue, JiraAuth.Project, …</summary>
        public string TypeName => TypeNameOf(_rule.Kind);

        public static string TypeNameOf(JiraEntityKind kind) => "JiraAuth." + kind;

        /// <summary>The classifier for a request, or null when its endpoint holds no named objects.</summary>
        public static JiraEntityClassifier ForRequest(string method, Uri requestUri)
        {
            if (method == null || requestUri == null || !requestUri.IsAbsoluteUri) return null;
            var match = ApiPath.Match(requestUri.AbsolutePath);
            if (!match.Success) return null;
            var family = match.Groups["agile"].Success ? JiraApiFamily.Agile : JiraApiFamily.Platform;
            var path = match.Groups["rest"].Value;
            foreach (var rule in EndpointCatalog.Rules)
            {
                if (rule.Matches(method, family, path)) return new JiraEntityClassifier(rule);
            }
            return null;
        }

        /// <summary>The objects in <paramref name="item"/> that are of this endpoint's kind: the item itself, or elements of its list property.</summary>
        public IEnumerable<object> EntitiesIn(object item, IObjectShapeReader reader)
        {
            if (EntityShapes.Matches(_rule.Kind, item, reader))
            {
                yield return item;
                yield break;
            }
            if (_rule.ListProperty == null || !reader.TryGetProperty(item, _rule.ListProperty, out var list) || !(list is object[] elements)) yield break;
            foreach (var element in elements)
            {
                if (EntityShapes.Matches(_rule.Kind, element, reader)) yield return element;
            }
        }
    }
}
