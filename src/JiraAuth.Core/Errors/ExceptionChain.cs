using System;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// An exception's message followed by those of its inner exceptions: wrappers (HttpRequestException, SecretManagement's
    /// "Unable to add secret") keep the words that say what went wrong (DNS, TLS, "locked") in the inner ones.
    /// </summary>
    internal static class ExceptionChain
    {
        /// <summary>Inner messages already contained in the text so far are left out.</summary>
        public static string Flatten(Exception error, string separator = " ")
        {
            if (error == null) return string.Empty;
            var text = error.Message;
            for (var inner = error.InnerException; inner != null; inner = inner.InnerException)
            {
                if (!string.IsNullOrEmpty(inner.Message) && text.IndexOf(inner.Message, StringComparison.Ordinal) < 0) text += separator + inner.Message;
            }
            return text;
        }
    }
}
