using System;

namespace JiraAuth.Connecting
{
    /// <summary>The warning Connect-JiraCloud gives when the -ExpiresOn date has passed or is two weeks away or less.</summary>
    internal static class TokenExpiryWarning
    {
        public const int WarningDays = 14;

        /// <returns>null when there is nothing to warn about.</returns>
        public static string For(string connectionName, DateTimeOffset? expiresOn, DateTimeOffset now)
        {
            if (!expiresOn.HasValue) return null;
            var days = Math.Floor((expiresOn.Value - now).TotalDays);
            if (days < 0) return $"The token of connection '{connectionName}' expired on {expiresOn.Value:d} (per -ExpiresOn). Create a new one.";
            if (days <= WarningDays)
            {
                return $"The token of connection '{connectionName}' expires in {days} days ({expiresOn.Value:d}). " +
                    "Create a new one and save it with Connect-JiraCloud -Save.";
            }
            return null;
        }
    }
}
