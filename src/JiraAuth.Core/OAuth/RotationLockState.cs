using System;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.OAuth
{
    /// <summary>
    /// What the lock file remembers about the last refresh-token write (never the token): its generation, which process
    /// wrote it and when, and whether that process failed to get it into the vault. A reader whose vault shows an older
    /// generation knows its vault cache is stale.
    /// </summary>
    internal sealed class RotationLockState
    {
        public static readonly RotationLockState Empty = new RotationLockState(0, null, DateTimeOffset.MinValue, false);

        public RotationLockState(long generation, string writer, DateTimeOffset writtenAt, bool unsaved)
        {
            Generation = generation;
            Writer = writer;
            WrittenAt = writtenAt;
            Unsaved = unsaved;
        }

        public long Generation { get; }

        /// <summary>"pid/guid" of the writing process.</summary>
        public string Writer { get; }

        public DateTimeOffset WrittenAt { get; }

        /// <summary>The writer holds the newest refresh token only in memory: its vault write failed.</summary>
        public bool Unsaved { get; }

        public string Serialize() => new JObject
        {
            ["generation"] = Generation,
            ["writer"] = Writer,
            ["writtenAt"] = WrittenAt.ToString("o", CultureInfo.InvariantCulture),
            ["unsaved"] = Unsaved,
        }.ToString(Formatting.None);

        /// <summary>An empty or damaged file reads as Empty: the lock still works, only the staleness check is lost.</summary>
        public static RotationLockState Parse(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return Empty;
            try
            {
                if (!(JToken.Parse(text) is JObject json)) return Empty;
                DateTimeOffset.TryParse((string)json["writtenAt"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at);
                return new RotationLockState(json["generation"]?.Type == JTokenType.Integer ? (long)json["generation"] : 0,
                    (string)json["writer"], at, json["unsaved"]?.Type == JTokenType.Boolean && (bool)json["unsaved"]);
            }
            catch (JsonException)
            {
                return Empty;
            }
        }
    }
}
