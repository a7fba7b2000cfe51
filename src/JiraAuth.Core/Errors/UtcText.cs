using System;
using System.Globalization;

namespace JiraAuth.Core.Errors
{
    /// <summary>How messages and remedies show a moment: UTC, to the second, the same on every machine.</summary>
    internal static class UtcText
    {
        public static string Of(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
