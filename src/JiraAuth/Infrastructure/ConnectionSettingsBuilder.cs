using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Infrastructure
{
    /// <summary>Turns bound parameter values into Core settings; shared by Connect-JiraCloud and Test-JiraToken so both read parameters alike.</summary>
    internal sealed class ConnectionSettingsBuilder
    {
        public string Site { get; set; }
        public AuthMode AuthMode { get; set; } = AuthMode.Auto;
        public string UserName { get; set; }
        public SecretText Secret { get; set; }
        public string CloudId { get; set; }
        public DateTime? ExpiresOn { get; set; }
        public bool AllowUnencryptedAuthentication { get; set; }
        public Uri GatewayUri { get; set; }
        public Uri AuthUri { get; set; }
        public int? TimeoutSec { get; set; }
        public RetryOptions Retry { get; set; }

        /// <summary>
        /// Reads the shared parameters. The credential comes from whichever set was bound: -Credential, -Email/-ApiToken or
        /// -PersonalAccessToken; with none of those, UserName and Secret stay empty for the caller to fill (Connect-JiraCloud's environment path).
        /// </summary>
        public static ConnectionSettingsBuilder From(JiraCredentialCmdlet parameters, RetryOptions retry)
        {
            var builder = new ConnectionSettingsBuilder
            {
                Site = parameters.Site,
                AuthMode = parameters.AuthMode,
                CloudId = parameters.CloudId,
                AllowUnencryptedAuthentication = parameters.AllowUnencryptedAuthentication,
                GatewayUri = parameters.GatewayUri,
                AuthUri = parameters.AuthUri,
                Retry = retry,
            };
            if (parameters.IsBound(nameof(JiraCredentialCmdlet.ExpiresOn))) builder.ExpiresOn = parameters.ExpiresOn;
            if (parameters.IsBound(nameof(JiraCredentialCmdlet.TimeoutSec))) builder.TimeoutSec = parameters.TimeoutSec;

            if (parameters.Credential != null)
            {
                if (parameters.Credential.Password == null || parameters.Credential.Password.Length == 0)
                {
                    throw new InvalidCredentialException("Secret",
                        "-Credential has no password. Put the API token (or, for Data Center, the password) in the password field of Get-Credential.");
                }
                builder.UserName = parameters.Credential.UserName;
                builder.Secret = CredentialFactory.Secret(parameters.Credential.Password);
            }
            else if (parameters.ApiToken != null)
            {
                builder.UserName = parameters.Email;
                builder.Secret = CredentialFactory.Secret(parameters.ApiToken);
            }
            else if (parameters.PersonalAccessToken != null)
            {
                builder.AuthMode = AuthMode.PersonalAccessToken;
                builder.Secret = CredentialFactory.Secret(parameters.PersonalAccessToken);
            }
            return builder;
        }

        public bool HasSecret => Secret != null && !Secret.IsEmpty;

        /// <exception cref="ArgumentException">The site, endpoints or credential are malformed (InvalidJiraSiteException for the site).</exception>
        public ConnectionSettings Build()
        {
            if (string.IsNullOrWhiteSpace(Site)) throw new ArgumentException("A site is required, e.g. -Site acme.atlassian.net.", "Site");
            if (Secret == null || Secret.IsEmpty) throw new ArgumentException("A token or password is required.", "Secret");
            if (!string.IsNullOrEmpty(CloudId) && !Guid.TryParse(CloudId, out _))
            {
                throw new ArgumentException("-CloudId must be a GUID such as 8a1b2c3d-0000-4000-8000-123456789abc (Get-JiraCloudId shows it).", "CloudId");
            }
            var settings = new ConnectionSettings
            {
                Site = JiraSite.Parse(Site, AllowUnencryptedAuthentication),
                AuthMode = AuthMode,
                Credential = CredentialFactory.Create(AuthMode, UserName, Secret),
                CloudId = string.IsNullOrWhiteSpace(CloudId) ? null : CloudId.Trim(),
                Endpoints = new JiraEndpoints(GatewayUri, AuthUri),
                AllowUnencryptedAuthentication = AllowUnencryptedAuthentication,
                ExpiresOn = ExpiresOn.HasValue ? ToOffset(ExpiresOn.Value) : (DateTimeOffset?)null,
            };
            if (TimeoutSec.HasValue) settings.Timeout = TimeSpan.FromSeconds(TimeoutSec.Value);
            if (Retry != null) settings.Retry = Retry;
            return settings;
        }

        // A date typed at the prompt ("2026-03-01") is local time, as PowerShell's [datetime] conversion means it.
        private static DateTimeOffset ToOffset(DateTime value) =>
            value.Kind == DateTimeKind.Utc ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Local));
    }
}
