using System;
using System.Globalization;

namespace JiraAuth.FakeJira.Data
{
    internal static class JiraDates
    {
        /// <summary>Jira's own timestamp form, e.g. 2021-11-19T10:15:30.000+0000 (no colon in the offset).</summary>
        public static string Format(DateTimeOffset value)
        {
            TimeSpan offset = value.Offset;
            string sign = offset < TimeSpan.Zero ? "-" : "+";
            offset = offset.Duration();
            return value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture)
                + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
        }

        public static readonly DateTimeOffset Epoch = new DateTimeOffset(2021, 11, 19, 10, 15, 30, TimeSpan.Zero);
    }
}
