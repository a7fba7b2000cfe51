using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// A user name (e-mail on Cloud, user name on Data Center, none for a personal access token) and a secret.
    /// The factories clean up what copy and paste adds: tokens lose surrounding whitespace (including the CR/LF
    /// of a token read from a file), passwords lose only one trailing line break, since spaces can be part of a password.
    /// </summary>
    internal sealed class JiraCredential
    {
        private JiraCredential(CredentialKind kind, string userName, SecretText secret)
        {
            Kind = kind;
            UserName = userName;
            Secret = secret;
        }

        public CredentialKind Kind { get; }

        /// <summary>E-mail (Cloud) or user name (Data Center); null for a personal access token.</summary>
        public string UserName { get; }

        public SecretText Secret { get; }

        public static JiraCredential ForApiToken(string email, SecretText apiToken) =>
            new JiraCredential(CredentialKind.ApiToken, TrimUserName(email), TrimToken(apiToken));

        public static JiraCredential ForScopedApiToken(string email, SecretText apiToken) =>
            new JiraCredential(CredentialKind.ScopedApiToken, TrimUserName(email), TrimToken(apiToken));

        public static JiraCredential ForPersonalAccessToken(SecretText personalAccessToken) =>
            new JiraCredential(CredentialKind.PersonalAccessToken, null, TrimToken(personalAccessToken));

        public static JiraCredential ForPassword(string userName, SecretText password) =>
            new JiraCredential(CredentialKind.Password, TrimUserName(userName), DropTrailingLineBreak(password));

        /// <summary>The factory matching <paramref name="mode"/>; Auto must be resolved to a concrete mode first.</summary>
        public static JiraCredential For(AuthMode mode, string userName, SecretText secret)
        {
            var profile = AuthModeProfile.For(mode);
            if (!profile.IsConcrete) throw new ArgumentException("Resolve AuthMode.Auto to a concrete mode before creating a credential.", nameof(mode));
            switch (profile.Credential)
            {
                case CredentialKind.ApiToken: return ForApiToken(userName, secret);
                case CredentialKind.ScopedApiToken: return ForScopedApiToken(userName, secret);
                case CredentialKind.PersonalAccessToken: return ForPersonalAccessToken(secret);
                case CredentialKind.Password: return ForPassword(userName, secret);
                default:
                    throw new ArgumentException("The auth mode " + mode + " is chosen by the OAuth parameters, not by a credential.", nameof(mode))
                        .With(RemedyKind.ConnectWithOAuthParameters);
            }
        }

        public override string ToString() =>
            UserName == null ? Kind + " credential (secret " + SecretText.Mask + ")" : Kind + " credential for " + UserName + " (secret "
                + SecretText.Mask + ")";

        private static string TrimUserName(string userName) => userName?.Trim();

        private static SecretText TrimToken(SecretText token)
        {
            if (token == null) throw new ArgumentNullException(nameof(token));
            var raw = token.Reveal();
            var trimmed = raw.Trim();
            return trimmed.Length == raw.Length ? token : SecretText.FromString(trimmed);
        }

        private static SecretText DropTrailingLineBreak(SecretText password)
        {
            if (password == null) throw new ArgumentNullException(nameof(password));
            var raw = password.Reveal();
            if (raw.EndsWith("\r\n", StringComparison.Ordinal)) return SecretText.FromString(raw.Substring(0, raw.Length - 2));
            if (raw.EndsWith("\n", StringComparison.Ordinal)) return SecretText.FromString(raw.Substring(0, raw.Length - 1));
            return password;
        }
    }
}
