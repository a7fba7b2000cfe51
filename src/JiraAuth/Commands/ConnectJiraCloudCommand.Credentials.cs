using JiraAuth.Cmdlets;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Core.OAuth;
using JiraAuth.Core.Sites;
using JiraAuth.ErrorRecords;
using JiraAuth.Input;
using JiraAuth.OAuth;

namespace JiraAuth.Commands
{
    /// <summary>Each set's settings, the service account's client credential, and the JIRA_* variables when no credential is given.</summary>
    public sealed partial class ConnectJiraCloudCommand
    {
        /// <summary>Every set's site, cloudId, endpoints and transport (proxy included); the static-credential sets also their credential.</summary>
        private ConnectionSettingsBuilder Settings(bool withCredential = false)
        {
            var builder = withCredential
                ? ConnectionSettingsBuilder.WithCredential(this, NewRetryOptions())
                : ConnectionSettingsBuilder.From(this, NewRetryOptions());
            builder.ProxyAddress = Proxy;
            builder.ProxyCredential = ProxyCredential;
            builder.ProxyUseDefaultCredentials = ProxyUseDefaultCredentials;
            return builder;
        }

        private OAuthClientCredential ServiceAccountClient()
        {
            if (Credential != null)
            {
                if (Credential.Password == null || Credential.Password.Length == 0) throw new InvalidCredentialException("Secret",
                    "-Credential has no password: put the client secret in the password field and the client id in the user name.");
                return new OAuthClientCredential(Credential.UserName, CredentialFactory.Secret(Credential.Password));
            }
            return new OAuthClientCredential(ClientId, CredentialFactory.Secret(ClientSecret));
        }

        /// <summary>JIRA_* variables; an interactive host may ask for what is missing, a non-interactive one fails naming it.</summary>
        private bool FillFromEnvironment(ConnectionSettingsBuilder builder)
        {
            var environment = EnvironmentCredentialReader.ForProcess().Read(Site, "-Site");
            builder.Site = environment.Site;
            builder.CloudId = builder.CloudId ?? environment.CloudId;
            if (environment.IsComplete)
            {
                // Only the parsed, canonical site: the variable itself may hold user:token@ (the parser refuses it right after).
                if (JiraSite.TryParse(environment.Site, AllowUnencryptedAuthentication, out var site, out _))
                {
                    WriteVerbose($"Using {site} (from {environment.SiteVariable}), {EnvironmentCredentialReader.EmailVariable} and "
                        + $"{EnvironmentCredentialReader.ApiTokenVariable}.");
                }
                builder.UserName = environment.Email;
                builder.Secret = environment.ApiToken;
                return true;
            }

            // The console host reads a hidden answer with ReadLineAsSecureString, which ends pwsh silently when standard input
            // is a pipe (RedirectedConsoleInput): the error below is the only answer such a process can be given.
            var inputRedirected = !NonInteractive && RedirectedConsoleInput.Applies(Host?.Name);
            var canPrompt = environment.Site != null && !NonInteractive && Host?.UI != null && !inputRedirected;
            if (canPrompt)
            {
                var entered = Host.UI.PromptForCredential("Connect-JiraCloud",
                    $"Enter the Atlassian account e-mail and an API token for {SafeUri.DescribeText(environment.Site)}.", environment.Email ?? string.Empty,
                        string.Empty);
                if (entered != null && entered.Password != null && entered.Password.Length > 0)
                {
                    builder.UserName = entered.UserName;
                    builder.Secret = CredentialFactory.Secret(entered.Password);
                    return true;
                }
            }

            ThrowTerminatingError(JiraErrorRecords.MissingCredential(
                "No credential was given and the environment does not supply one. Missing: " + string.Join(", ", environment.Missing) + ". " +
                (inputRedirected ? "Standard input is redirected, so Connect-JiraCloud cannot ask for them. " : string.Empty) +
                "Pass -Site with -Credential, -Email and -ApiToken, or -PersonalAccessToken; or set the variables JIRA_SITE, JIRA_EMAIL and JIRA_API_TOKEN; "
                    + "or load a saved connection with -Name.",
                environment.Site ?? "Environment"));
            return false;
        }
    }
}
