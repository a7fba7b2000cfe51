using System;
using System.Collections.Generic;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.OAuth
{
    /// <summary>Reads the redirect the browser was sent to: the code, or why there is none. The state must be ours.</summary>
    internal static class AuthorizationCallback
    {
        /// <exception cref="OAuthTokenException">Consent declined (access_denied) or another error on the redirect.</exception>
        /// <exception cref="ArgumentException">Not a redirect URL of this sign-in (no code, wrong state).</exception>
        public static SecretText ReadCode(string redirectedUrl, AuthorizationRequest request)
        {
            var text = (redirectedUrl ?? string.Empty).Trim().Trim('"', '\'');
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
            {
                throw new ArgumentException("That is not a URL: paste the whole address the browser showed after you chose Accept (it starts with "
                    + request.RedirectUri.GetLeftPart(UriPartial.Path) + ").");
            }
            var query = Parse(uri.Query);
            query.TryGetValue("state", out var state);
            if (!string.Equals(state, request.State, StringComparison.Ordinal))
            {
                throw new ArgumentException("The redirect does not belong to this sign-in (its state does not match), so it was ignored.")
                    .With(RemedyKind.StartSignInAgain);
            }
            if (query.TryGetValue("error", out var error))
            {
                query.TryGetValue("error_description", out var description);
                var reason = error == "access_denied" ? OAuthErrorReason.ConsentDeclined : OAuthErrorCatalog.ReasonFor(error, 400);
                throw new OAuthTokenException(reason, "The sign-in did not complete: " + error
                    + (string.IsNullOrEmpty(description) ? "." : " (" + OAuthErrorCatalog.Sentence(description).TrimEnd('.') + ")."),
                    OAuthErrorCatalog.RemedyFor(reason, false), null, error, description);
            }
            if (!query.TryGetValue("code", out var code) || string.IsNullOrEmpty(code))
            {
                throw new ArgumentException("The redirect carries no authorization code: paste the whole address the browser showed after you chose Accept.");
            }
            return SecretText.FromString(code);
        }

        private static Dictionary<string, string> Parse(string query)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in (query ?? string.Empty).TrimStart('?').Split('&'))
            {
                if (part.Length == 0) continue;
                var equals = part.IndexOf('=');
                var key = Uri.UnescapeDataString((equals < 0 ? part : part.Substring(0, equals)).Replace('+', ' '));
                var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(part.Substring(equals + 1).Replace('+', ' '));
                if (!result.ContainsKey(key)) result[key] = value;
            }
            return result;
        }
    }
}
