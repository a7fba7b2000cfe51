using System;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Hosting
{
    /// <summary>
    /// Moves the deployment-specific prefix (DC context path, or /ex/jira/{cloudId} on the gateway) into PathBase,
    /// so every endpoint can be mapped once at /rest/....
    /// </summary>
    internal sealed class PathPrefixResolver
    {
        private readonly FakeJiraOptions options;

        public PathPrefixResolver(FakeJiraOptions options)
        {
            this.options = options;
        }

        /// <returns>False when the path lies outside the prefix, which the caller answers with a 404.</returns>
        public bool TryStrip(HttpContext context, FakeRequestState state)
        {
            string prefix = state.IsGateway ? "/ex/jira/" + options.CloudId : options.NormalizedContextPath;
            HttpRequest request = context.Request;
            string origin = $"{request.Scheme}://{request.Host}";
            state.ApiBase = origin + prefix;
            if (prefix.Length == 0)
            {
                return true;
            }
            if (!request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out PathString remainder))
            {
                return false;
            }
            request.PathBase = request.PathBase.Add(new PathString(prefix));
            request.Path = remainder.HasValue ? remainder : new PathString("/");
            return true;
        }
    }
}
