using System;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Http;
using JiraAuth.Core.Sites;

namespace JiraAuth.Core.Connections
{
    /// <summary>A named, validated way to talk to one Jira: it describes the credential, never contains it in readable form.</summary>
    public sealed class JiraConnection : IDisposable
    {
        internal JiraConnection(string name, ConnectionSettings settings, ConnectionTarget target, string cloudId, JiraAccount account)
        {
            Name = string.IsNullOrWhiteSpace(name) ? ConnectionNames.Default : name.Trim();
            Settings = settings;
            Site = settings.Site;
            AuthMode = target.Mode;
            Deployment = target.Deployment;
            ApiBaseUri = target.ApiBaseUri;
            DefaultApiVersion = target.ApiVersion;
            CloudId = cloudId;
            UserName = settings.Credential?.UserName ?? settings.OAuth?.ClientId;
            Account = account;
            ExpiresOn = settings.ExpiresOn;
            Endpoints = settings.Endpoints;
            ConnectedAt = DateTimeOffset.Now;
            Client = new JiraClient(target.ClientOptions(settings));
        }

        public string Name { get; }
        public JiraSite Site { get; }
        public AuthMode AuthMode { get; }
        public DeploymentType Deployment { get; }
        public Uri ApiBaseUri { get; }
        public string DefaultApiVersion { get; }
        public string CloudId { get; }
        public string UserName { get; }
        public JiraAccount Account { get; }
        public DateTimeOffset? ExpiresOn { get; }
        public JiraEndpoints Endpoints { get; }
        public DateTimeOffset ConnectedAt { get; }

        /// <summary>Where the connection came from and can be saved to; set by the module.</summary>
        public string VaultName { get; internal set; }

        internal JiraClient Client { get; }

        /// <summary>Kept for re-validation and vault saves; not exposed to output formatting.</summary>
        internal ConnectionSettings Settings { get; }

        public bool IsDisposed { get; private set; }

        public void Dispose()
        {
            if (IsDisposed) return;
            IsDisposed = true;
            Client.Dispose();
            Settings.OAuth?.Dispose();
        }

        public override string ToString() => $"{Name}: {Site} ({AuthMode}{(UserName != null ? ", " + UserName : string.Empty)})";
    }
}
