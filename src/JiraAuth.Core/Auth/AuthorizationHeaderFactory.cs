using System;
using System.Net.Http.Headers;
using System.Text;

namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// Builds the Authorization header sent up front on every request (Jira Cloud's 401 does not offer Basic, so
    /// challenge-response never works). Everything that would make a broken or injectable header is rejected
    /// here, before anything is sent.
    /// </summary>
    internal static class AuthorizationHeaderFactory
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static AuthenticationHeaderValue Create(AuthMode mode, JiraCredential credential)
        {
            if (credential == null) throw new ArgumentNullException(nameof(credential));
            var profile = AuthModeProfile.For(mode);
            if (!profile.IsConcrete)
            {
                throw new ArgumentException("AuthMode.Auto must be resolved to a concrete mode before an Authorization header is built.", nameof(mode));
            }
            if (profile.IsOAuth) throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown auth mode.");
            return profile.Scheme == "Bearer" ? Bearer(profile, credential) : Basic(profile, credential);
        }

        private static AuthenticationHeaderValue Basic(AuthModeProfile mode, JiraCredential credential)
        {
            var secret = ValidSecret(mode, credential);
            var user = credential.UserName;
            if (string.IsNullOrWhiteSpace(user))
            {
                throw new InvalidCredentialException(nameof(JiraCredential.UserName),
                    UserLabel(mode) + " is required for " + SecretLabel(mode) + " authentication.");
            }
            if (HasLineBreakOrNul(user))
            {
                throw new InvalidCredentialException(nameof(JiraCredential.UserName), UserLabel(mode) + " contains a line break or NUL character.");
            }
            // Not echoed: a ':' in the user name usually means "email:token" was pasted into the user field.
            if (user.IndexOf(':') >= 0)
            {
                throw new InvalidCredentialException(nameof(JiraCredential.UserName),
                    UserLabel(mode) + " contains ':', which Basic authentication uses to separate the user from the secret.");
            }
            var encoded = Convert.ToBase64String(Utf8.GetBytes(user + ":" + secret));
            return new AuthenticationHeaderValue("Basic", encoded);
        }

        private static AuthenticationHeaderValue Bearer(AuthModeProfile mode, JiraCredential credential)
        {
            var token = ValidSecret(mode, credential);
            foreach (var c in token)
            {
                // A bearer token goes into the header as is, so only visible ASCII is safe; anything else is a paste accident.
                if (c < '!' || c > '~')
                {
                    throw new InvalidCredentialException(nameof(JiraCredential.Secret),
                        "The " + SecretLabel(mode) + " contains a space or a non-ASCII character; paste the token exactly as Jira showed it.");
                }
            }
            return new AuthenticationHeaderValue("Bearer", token);
        }

        private static string ValidSecret(AuthModeProfile mode, JiraCredential credential)
        {
            var secret = credential.Secret?.Reveal();
            if (string.IsNullOrEmpty(secret))
            {
                throw new InvalidCredentialException(nameof(JiraCredential.Secret), "The " + SecretLabel(mode) + " is empty.");
            }
            if (HasLineBreakOrNul(secret))
            {
                throw new InvalidCredentialException(nameof(JiraCredential.Secret),
                    "The " + SecretLabel(mode) + " contains a line break or NUL character; it may hold more than one line of a file.");
            }
            return secret;
        }

        private static bool HasLineBreakOrNul(string text) => text.IndexOfAny(new[] { '\r', '\n', '\0' }) >= 0;

        private static string SecretLabel(AuthModeProfile mode) => mode.SecretLabel;

        private static string UserLabel(AuthModeProfile mode) => mode.UserLabel;
    }
}
