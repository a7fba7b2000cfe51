using System;
using System.Management.Automation;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;
using JiraAuth.Input;



namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// The one way from bound parameters to the immutable <see cref="ConnectionSettings"/>, for every parameter set of
    /// Connect-JiraCloud and Test-JiraToken: site, credential, cloudId, endpoints and transport (timeout, proxy, unencrypted
    /// allowance) are read and checked here, once.
    /// </summary>
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
        public TimeSpan? Timeout { get; set; }
        public RetryOptions Retry { get; set; }

        /// <summary>-Proxy, -ProxyCredential, -ProxyUseDefaultCredentials (Connect-JiraCloud); checked when the settings are built.</summary>
        public Uri ProxyAddress { get; set; }
        public PSCredential ProxyCredential { get; set; }
        public bool ProxyUseDefaultCredentials { get; set; }

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
                Timeout = parameters.RequestTimeout,
                Retry = retry,
            };
            if (parameters.IsBound(nameof(JiraCredentialCmdlet.ExpiresOn))) builder.ExpiresOn = parameters.ExpiresOn;
            return builder;
        }

        /// <summary><see cref="From"/> with the credential of the set that was bound.</summary>
        public static ConnectionSettingsBuilder WithCredential(JiraCredentialCmdlet parameters, RetryOptions retry)
        {
            var builder = From(parameters, retry);
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

        /// <summary>A static credential (API token, scoped token, PAT, password) for the site.</summary>
        /// <exception cref="ArgumentException">The site, endpoints or credential are malformed (InvalidJiraSiteException for the site).</exception>
        public ConnectionSettings Build()
        {
            if (string.IsNullOrWhiteSpace(Site)) throw new ArgumentException("A site is required, e.g. -Site acme.atlassian.net.", "Site");
            if (Secret == null || Secret.IsEmpty) throw new ArgumentException("A token or password is required.", "Secret");
            var cloudId = ValidCloudId();
            return new ConnectionSettings
            {
                Site = JiraSite.Parse(Site, AllowUnencryptedAuthentication),
                AuthMode = AuthMode,
                Credential = CredentialFactory.Create(AuthMode, UserName, Secret),
                CloudId = cloudId,
                Endpoints = new JiraEndpoints(GatewayUri, AuthUri),
                Transport = Transport(),
                ExpiresOn = ExpiresOn.HasValue ? ToOffset(ExpiresOn.Value) : (DateTimeOffset?)null,
                Retry = Retry ?? new RetryOptions(),
            };
        }

        /// <summary>An OAuth connection's site, endpoints and transport; no credential (the OAuth strategy brings the token session).</summary>
        /// <param name="siteFromSignIn">3LO: the site is chosen after the sign-in from the sites the consent reaches, so -Site is not parsed yet.</param>
        public ConnectionSettings BuildForOAuth(bool siteFromSignIn)
        {
            var cloudId = ValidCloudId();
            if (!siteFromSignIn && string.IsNullOrEmpty(Site) && cloudId == null)
            {
                throw new ArgumentException("Name the site with -Site (or a Cloud site's -CloudId) for the service account.", "Site");
            }
            return new ConnectionSettings
            {
                Site = string.IsNullOrEmpty(Site) || siteFromSignIn ? null : JiraSite.Parse(Site, AllowUnencryptedAuthentication),
                CloudId = cloudId,
                Endpoints = new JiraEndpoints(GatewayUri, AuthUri),
                Transport = Transport(),
                Retry = Retry ?? new RetryOptions(),
            };
        }

        /// <summary>The one check of -CloudId: a GUID, as Get-JiraCloudId shows it.</summary>
        private string ValidCloudId()
        {
            if (!string.IsNullOrEmpty(CloudId) && !Guid.TryParse(CloudId, out _))
            {
                throw new ArgumentException("-CloudId must be a GUID such as 8a1b2c3d-0000-4000-8000-123456789abc (Get-JiraCloudId shows it).", "CloudId");
            }
            return string.IsNullOrWhiteSpace(CloudId) ? null : CloudId.Trim();
        }

        private TransportSettings Transport() => new TransportSettings
        {
            Timeout = Timeout ?? TransportSettings.DefaultTimeout,
            Proxy = ProxyParameters.ToSettings(ProxyAddress, ProxyCredential, ProxyUseDefaultCredentials),
            AllowUnencrypted = AllowUnencryptedAuthentication,
        };

        // A date typed at the prompt ("2026-03-01") is local time, as PowerShell's [datetime] conversion means it.
        private static DateTimeOffset ToOffset(DateTime value) =>
            value.Kind == DateTimeKind.Utc ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Local));
    }
}
