using System;
using System.Collections;
using System.Globalization;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Storage;

namespace JiraAuth.Vault
{
    /// <summary>Builds a <see cref="SavedJiraConnection"/> from what Get-SecretInfo returns; vaults without metadata still give the name.</summary>
    internal static class SavedConnectionDescriber
    {
        public static bool IsJiraSecret(string secretName) =>
            secretName != null && secretName.StartsWith(ConnectionRecordSerializer.SecretNamePrefix, StringComparison.OrdinalIgnoreCase)
            && secretName.Length > ConnectionRecordSerializer.SecretNamePrefix.Length;

        public static SavedJiraConnection Describe(string secretName, string vaultName, IDictionary metadata)
        {
            var saved = new SavedJiraConnection
            {
                SecretName = secretName,
                VaultName = vaultName,
                Name = Text(metadata, "Name") ?? secretName.Substring(ConnectionRecordSerializer.SecretNamePrefix.Length),
                Site = Text(metadata, "Site"),
                UserName = Text(metadata, "UserName"),
                CloudId = Text(metadata, "CloudId"),
                ExpiresOn = Date(metadata, "ExpiresOn"),
            };
            if (Enum.TryParse(Text(metadata, "AuthMode") ?? string.Empty, true, out AuthMode mode)) saved.AuthMode = mode;
            return saved;
        }

        private static object Value(IDictionary metadata, string key)
        {
            if (metadata == null) return null;
            foreach (DictionaryEntry entry in metadata)
            {
                if (string.Equals(entry.Key as string, key, StringComparison.OrdinalIgnoreCase)) return entry.Value;
            }
            return null;
        }

        private static string Text(IDictionary metadata, string key)
        {
            var value = Value(metadata, key);
            var text = value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

        private static DateTimeOffset? Date(IDictionary metadata, string key)
        {
            switch (Value(metadata, key))
            {
                case DateTime dateTime:
                    return new DateTimeOffset(dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime);
                case DateTimeOffset offset:
                    return offset;
                case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed):
                    return parsed;
                default:
                    return null;
            }
        }
    }
}
