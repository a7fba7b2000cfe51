using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// What each <see cref="AuthMode"/> is, in one table: OAuth or not, whether it needs a user name, where it sends
    /// requests, which deployment and REST version that means, and the Authorization scheme. The target, the header
    /// factory, the credential factory, the record serializer and mapper and the Auto resolver all read it, so adding a
    /// mode is one row here and one connect strategy. Modes per https://developer.atlassian.com/cloud/jira/platform/security-for-other-integrations/
    /// (Basic with API tokens), https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/ (Bearer via the gateway)
    /// and https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html (Data Center Bearer PAT).
    /// </summary>
    internal sealed class AuthModeProfile
    {
        private static readonly AuthModeProfile[] Rows =
        {
            new AuthModeProfile(AuthMode.Auto) { IsConcrete = false },
            new AuthModeProfile(AuthMode.ApiToken)
            {
                NeedsUserName = true, ChosenByAuto = true, Route = AuthModeRoute.Site, Deployment = DeploymentType.Cloud, Scheme = "Basic",
                Credential = CredentialKind.ApiToken, SecretLabel = "API token",
            },
            new AuthModeProfile(AuthMode.ScopedApiToken)
            {
                NeedsUserName = true, Route = AuthModeRoute.Gateway, Deployment = DeploymentType.Cloud, Scheme = "Basic",
                Credential = CredentialKind.ScopedApiToken, SecretLabel = "scoped API token", CloudIdNeededFor = "scoped API tokens",
            },
            new AuthModeProfile(AuthMode.PersonalAccessToken)
            {
                ChosenByAuto = true, Route = AuthModeRoute.Site, Deployment = DeploymentType.DataCenter, Scheme = "Bearer",
                Credential = CredentialKind.PersonalAccessToken, SecretLabel = "personal access token",
            },
            new AuthModeProfile(AuthMode.Password)
            {
                NeedsUserName = true, Route = AuthModeRoute.Site, Deployment = DeploymentType.DataCenter, Scheme = "Basic",
                Credential = CredentialKind.Password, SecretLabel = "password", UserLabel = "The user name",
            },
            new AuthModeProfile(AuthMode.OAuthClientCredentials)
            {
                IsOAuth = true, Route = AuthModeRoute.GatewayWhenCloud, Scheme = "Bearer",
            },
            new AuthModeProfile(AuthMode.OAuth3LO)
            {
                IsOAuth = true, RotatesRefreshToken = true, Route = AuthModeRoute.Gateway, Deployment = DeploymentType.Cloud, Scheme = "Bearer",
                CloudIdNeededFor = "OAuth 2.0 (3LO)",
            },
        };

        private static readonly Dictionary<AuthMode, AuthModeProfile> ByMode = Rows.ToDictionary(r => r.Mode);

        private AuthModeProfile(AuthMode mode)
        {
            Mode = mode;
        }

        public AuthMode Mode { get; }

        /// <summary>False only for Auto, which stands for a mode still to be settled.</summary>
        public bool IsConcrete { get; private init; } = true;

        /// <summary>Tokens come from an OAuth session, not from a credential the user typed.</summary>
        public bool IsOAuth { get; private init; }

        /// <summary>Basic authentication: the e-mail (Cloud) or user name (Data Center) goes with the secret.</summary>
        public bool NeedsUserName { get; private init; }

        /// <summary>What Auto stands for without probing: the row whose <see cref="NeedsUserName"/> matches whether a user name was given.</summary>
        public bool ChosenByAuto { get; private init; }

        /// <summary>3LO: a rotating refresh token is part of what is saved.</summary>
        public bool RotatesRefreshToken { get; private init; }

        public AuthModeRoute Route { get; private init; }

        /// <summary>The deployment a site-routed request means (the gateway is always Cloud).</summary>
        public DeploymentType Deployment { get; private init; } = DeploymentType.DataCenter;

        /// <summary>"Basic" or "Bearer"; null for Auto.</summary>
        public string Scheme { get; private init; }

        /// <summary>A login Jira counts: failed ones lead to the CAPTCHA lockout.</summary>
        public bool UsesBasic => Scheme == "Basic";

        /// <summary>The static credential's kind; null for Auto and the OAuth modes.</summary>
        public CredentialKind? Credential { get; private init; }

        /// <summary>How errors name the secret ("API token", "password").</summary>
        public string SecretLabel { get; private init; } = "password";

        /// <summary>How errors name the user name.</summary>
        public string UserLabel { get; private init; } = "The e-mail address (user name)";

        /// <summary>For the error when a gateway mode has no cloudId ("A cloudId is required for ...").</summary>
        public string CloudIdNeededFor { get; private init; }

        public static IReadOnlyList<AuthModeProfile> All => Rows;

        public static AuthModeProfile For(AuthMode mode) =>
            ByMode.TryGetValue(mode, out var profile) ? profile : throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown auth mode.");

        public static bool IsOAuthMode(AuthMode mode) => For(mode).IsOAuth;

        /// <summary>The REST version the mode speaks at a target of <paramref name="deployment"/>: v3 on Cloud, v2 on Data Center.</summary>
        public static string ApiVersionFor(DeploymentType deployment) => deployment == DeploymentType.Cloud ? "3" : "2";

        /// <summary>The mode Auto means without probing.</summary>
        public static AuthMode AutoChoice(bool hasUserName) => Rows.Single(r => r.ChosenByAuto && r.NeedsUserName == hasUserName).Mode;
    }
}
