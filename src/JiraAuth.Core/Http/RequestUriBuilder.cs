using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>Resolves a caller's path against the API base and encodes the query; refuses anything that would leave the connection's origin.</summary>
    internal sealed class RequestUriBuilder
    {
        private readonly Uri _apiBase;
        private readonly string _apiBaseText;
        private readonly string _defaultApiVersion;
        private readonly string _apiBasePath;
        private static readonly char[] ForbiddenInPath = { '\r', '\n', '\0', '#', '\\' };

        /// <param name="apiBase">Site URL, context path included (https://jira.corp.example/jira), or the gateway's /ex/jira/{cloudId}.</param>
        public RequestUriBuilder(Uri apiBase, string defaultApiVersion)
        {
            // Kept as text too: Uri.ToString() puts back the trailing slash of an empty path.
            _apiBaseText = apiBase.GetLeftPart(UriPartial.Path).TrimEnd('/');
            _apiBase = new Uri(_apiBaseText);
            _defaultApiVersion = defaultApiVersion;
            _apiBasePath = _apiBase.AbsolutePath.TrimEnd('/') + "/";
        }

        public Uri Build(string path, IDictionary<string, object> query)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new ArgumentException("The REST path is empty. Give a path such as 'myself', 'issue/ABC-1' or '/rest/agile/1.0/board'.", nameof(path));
            }
            path = path.Trim();
            if (path.IndexOfAny(ForbiddenInPath) >= 0)
            {
                throw new ArgumentException($"The REST path '{Sanitize(path)}' contains a line break, NUL, '#' or backslash. "
                    + "Give a plain path such as 'issue/ABC-1'.", nameof(path));
            }

            RejectDotSegments(path);

            Uri target;
            if (path.StartsWith("//", StringComparison.Ordinal)
                || (path.IndexOf("://", StringComparison.Ordinal) >= 0 && !Uri.IsWellFormedUriString(path, UriKind.Absolute)))
            {
                throw new ArgumentException($"'{Sanitize(path)}' is not a REST path on this connection. "
                    + "Use '/rest/api/3/...' or a relative path such as 'issue/ABC-1'.", nameof(path));
            }
            // Only a path with a scheme (':') can be absolute; "myself" need not be parsed to find that out.
            if (path.IndexOf(':') >= 0 && Uri.TryCreate(path, UriKind.Absolute, out var absolute)
                && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            {
                if (!string.IsNullOrEmpty(absolute.UserInfo))
                {
                    throw new ArgumentException("The REST path contains a user name or password before '@'. "
                        + "Remove it: the connection authenticates every request itself.", nameof(path));
                }
                if (!OriginComparer.SameOrigin(absolute, _apiBase)
                    || !(absolute.AbsolutePath + "/").StartsWith(_apiBasePath, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"'{SafeUri.Describe(absolute)}' is not under this connection's API base {_apiBaseText}. "
                        + "Credentials are only sent to the connection's own site; use a path such as '/rest/api/3/myself'.", nameof(path));
                }
                target = absolute;
            }
            else if (path.StartsWith("/", StringComparison.Ordinal))
            {
                target = new Uri(_apiBaseText + path);
            }
            else if (path.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{Sanitize(path)}' is not a REST path on this connection. "
                    + "Use '/rest/api/3/...' or a relative path such as 'issue/ABC-1'.", nameof(path));
            }
            else
            {
                target = new Uri(_apiBaseText + "/rest/api/" + _defaultApiVersion + "/" + path);
            }

            EnsureUnderApiBase(target, path);
            if (query == null || query.Count == 0) return target;
            var builder = new UriBuilder(target);
            var existing = builder.Query.TrimStart('?');
            builder.Query = existing.Length == 0 ? EncodeQuery(query) : existing + "&" + EncodeQuery(query);
            return builder.Uri;
        }

        /// <summary>
        /// '.' and '..' segments, plain or percent-encoded (%2e%2e, %252e, '..%2f'), would walk out of the REST API
        /// with the credential attached (to another Data Center application under the same host, another cloudId on
        /// the gateway). No Jira REST path needs them, so they are refused before anything is resolved.
        /// </summary>
        private static void RejectDotSegments(string path)
        {
            var queryStart = path.IndexOf('?');
            var pathPart = queryStart < 0 ? path : path.Substring(0, queryStart);
            var decoded = pathPart;
            for (var round = 0; round < 4; round++)
            {
                var next = Uri.UnescapeDataString(decoded);
                if (next == decoded) break;
                decoded = next;
            }
            if (decoded.IndexOf('.') < 0) return;
            foreach (var segment in decoded.Split('/', '\\'))
            {
                if (segment == "." || segment == "..")
                {
                    throw new ArgumentException($"The REST path '{Sanitize(path)}' contains a '{segment}' segment (perhaps percent-encoded), "
                        + "which would leave the REST API with this connection's credentials. "
                        + "Give the path without it, such as 'issue/ABC-1' or '/rest/agile/1.0/board'.", nameof(path));
                }
            }
        }

        /// <summary>The "still under this connection's API base" rule, applied to the address actually sent, whatever form the path had.</summary>
        private void EnsureUnderApiBase(Uri target, string path)
        {
            if (OriginComparer.SameOrigin(target, _apiBase) && (target.AbsolutePath + "/").StartsWith(_apiBasePath, StringComparison.OrdinalIgnoreCase)) return;
            throw new ArgumentException(
                $"'{Sanitize(path)}' resolves to {SafeUri.Describe(target)}, which is not under this connection's API base {_apiBaseText}. "
                    + "Credentials are only sent there; use a path such as 'issue/ABC-1' or '/rest/api/3/myself'.", nameof(path));
        }

        public static string EncodeQuery(IDictionary<string, object> query)
        {
            var text = new StringBuilder();
            foreach (var pair in query)
            {
                if (pair.Value is IEnumerable sequence && !(pair.Value is string))
                {
                    foreach (var item in sequence) Append(text, pair.Key, item);
                }
                else
                {
                    Append(text, pair.Key, pair.Value);
                }
            }
            return text.ToString();
        }

        private static void Append(StringBuilder text, string key, object value)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(FormatValue(value)));
        }

        public static string FormatValue(object value)
        {
            switch (value)
            {
                case null: return string.Empty;
                case bool b: return b ? "true" : "false";
                case DateTime d: return d.ToString(RequestContentFactory.DateFormat, CultureInfo.InvariantCulture);
                case DateTimeOffset o: return o.ToString(RequestContentFactory.DateFormat, CultureInfo.InvariantCulture);
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        /// <summary>Echoes a rejected path readably, but never one with '@', which may hold a user name and password.</summary>
        private static string Sanitize(string path) =>
            path.IndexOf('@') >= 0 ? "(not shown: it contains '@')" : path.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0");
    }
}
