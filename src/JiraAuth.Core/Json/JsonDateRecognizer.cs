using System;
using System.IO;
using Newtonsoft.Json;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Decides which strings become DateTime exactly as PowerShell 7's ConvertFrom-Json does, by asking Newtonsoft's own reader
    /// (DateParseHandling.DateTime, DateTimeZoneHandling.RoundtripKind): "…Z" → Utc, an offset (including Jira's "+0000") → Local,
    /// no zone → Unspecified, "/Date(…)/" → DateTime; date-only and time-only strings stay strings.
    /// </summary>
    internal static class JsonDateRecognizer
    {
        public static bool TryParse(string text, out DateTime value)
        {
            value = default(DateTime);
            if (!LooksLikeNewtonsoftDate(text)) return false;

            using (var reader = new JsonTextReader(new StringReader(JsonConvert.ToString(text)))
            {
                DateParseHandling = DateParseHandling.DateTime,
                DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
            })
            {
                if (!reader.Read() || !(reader.Value is DateTime parsed)) return false;
                value = parsed;
                return true;
            }
        }

        // Same cheap pre-check Newtonsoft applies before its full parse; keeps the reader away from the vast majority of strings.
        private static bool LooksLikeNewtonsoftDate(string text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            if (text[0] == '/') return text.StartsWith("/Date(", StringComparison.Ordinal) && text.EndsWith(")/", StringComparison.Ordinal);
            return text.Length >= 19 && text.Length <= 40 && char.IsDigit(text[0]) && text[10] == 'T';
        }
    }
}
