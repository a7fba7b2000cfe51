using System.Security;
using JiraAuth.Core.Auth;


namespace JiraAuth.Input
{
    /// <summary>Turns what the user bound (SecureString, PSCredential parts) into Core credentials; the only place the module unwraps a SecureString.</summary>
    internal static class CredentialFactory
    {
        public static SecretText Secret(SecureString value) => SecretText.FromSecureString(value);

        /// <summary>
        /// For handing a record to a vault: PowerShell module logging records parameter values of the commands it runs,
        /// and shows a SecureString only as its type name.
        /// </summary>
        public static SecureString ToSecureString(string value)
        {
            var secure = new SecureString();
            foreach (var c in value) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        /// <summary>Auto keeps the user name for the site-then-gateway probe; without one it can only be a Data Center PAT.</summary>
        public static JiraCredential Create(AuthMode mode, string userName, SecretText secret) =>
            JiraCredential.For(AutoModeResolver.Resolve(mode, userName), userName, secret);
    }
}
