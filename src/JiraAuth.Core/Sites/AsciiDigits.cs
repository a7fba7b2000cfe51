namespace JiraAuth.Core.Sites
{
    /// <summary>Digit checks for host names and ports, where only ASCII 0-9 count (char.IsDigit accepts other scripts' digits).</summary>
    internal static class AsciiDigits
    {
        /// <summary>True for a non-empty string of 0-9 only.</summary>
        public static bool IsAllDigits(string text)
        {
            if (string.IsNullOrEmpty(text)) return false;
            foreach (var c in text)
            {
                if (c < '0' || c > '9') return false;
            }
            return true;
        }
    }
}
