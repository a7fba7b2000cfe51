using System.Collections.Generic;
using System.Linq;
using JiraAuth.Core.Connections;

namespace JiraAuth.OAuth
{
    /// <summary>The exact interactive command that signs a 3LO connection in again, for errors that need a new consent.</summary>
    internal static class SignInCommand
    {
        public static string For(string clientId, IEnumerable<string> scopes, string site, string name, string vault, JiraEndpoints endpoints)
        {
            var command = "Connect-JiraCloud -ClientId " + Quote(clientId) + " -ClientSecret (Read-Host -AsSecureString 'Client secret')"
                + " -Scope " + string.Join(",", (scopes ?? Enumerable.Empty<string>()).Where(s => s != "offline_access").Select(Quote));
            if (!string.IsNullOrEmpty(site)) command += " -Site " + Quote(site);
            if (!string.IsNullOrEmpty(name) && name != ConnectionNames.Default) command += " -Name " + Quote(name) + " -Save";
            if (!string.IsNullOrEmpty(vault)) command += " -Vault " + Quote(vault);
            if (endpoints != null && endpoints.Auth != JiraEndpoints.DefaultAuth) command += " -AuthUri " + Quote(endpoints.Auth.ToString());
            if (endpoints != null && endpoints.Gateway != JiraEndpoints.DefaultGateway) command += " -GatewayUri " + Quote(endpoints.Gateway.ToString());
            return command;
        }

        private static string Quote(string value) => "'" + (value ?? string.Empty).Replace("'", "''") + "'";
    }
}
