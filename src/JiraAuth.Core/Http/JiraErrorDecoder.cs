using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Turns a failed response into a <see cref="JiraApiException"/> carrying Jira's own messages, the field errors,
    /// the rate-limit state and what to do about it (a <see cref="Remedy"/>). The message names the method and path but
    /// never the query string (it can hold tokens) nor any header value.
    /// </summary>
    internal static class JiraErrorDecoder
    {
        public static JiraApiException Decode(JiraResponse response) => Decode(response, DateTimeOffset.UtcNow);

        /// <param name="now">The moment an HTTP-date Retry-After is measured from.</param>
        public static JiraApiException Decode(JiraResponse response, DateTimeOffset now)
        {
            if (response == null) throw new ArgumentNullException(nameof(response));
            var body = ErrorBodyReader.Read(response);
            var rateLimit = RateLimitHeaders.Parse(response.Headers, now);
            var method = response.Method?.Method ?? "?";

            var failure = new JiraApiFailure(response.StatusCode, method, response.RequestUri)
                .WithJiraMessages(body.Messages.ToArray(), new Dictionary<string, string>(body.FieldErrors))
                .WithRateLimit(rateLimit)
                .WithResponseExcerpt(body.Excerpt);
            return new JiraApiException(BuildMessage(response, method, body), failure)
                .With(ApiFailureRemedies.For(response, body, rateLimit, now));
        }

        private static string BuildMessage(JiraResponse response, string method, DecodedErrorBody body)
        {
            var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? HttpReasonPhrases.For(response.StatusCode) : response.ReasonPhrase.Trim();
            var status = reason.Length == 0 ? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : response.StatusCode + " "
                + reason;
            var start = "Jira returned " + status + " for " + method + " " + PathWithoutQuery(response.RequestUri);

            var details = body.Messages.Concat(body.FieldErrors.Select(e => e.Key + ": " + e.Value))
                .Select(TextExcerpt.CollapseWhitespace)
                .ToList();
            return details.Count == 0 ? start + "." : start + ": " + string.Join(" ", details);
        }

        private static string PathWithoutQuery(Uri uri)
        {
            if (uri == null) return "(unknown address)";
            return uri.IsAbsoluteUri ? uri.AbsolutePath : SafeUri.Describe(uri);
        }
    }
}
