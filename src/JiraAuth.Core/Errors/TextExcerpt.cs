using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace JiraAuth.Core.Errors
{
    /// <summary>Reduces HTML or plain text to one short line that fits in an error message.</summary>
    internal static class TextExcerpt
    {
        public const int MaxLength = 200;

        private static readonly Regex Title = new Regex(@"<title[^>]*>(?<text>.*?)</title>",
            RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex InvisibleBlocks = new Regex(@"<(script|style|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
            RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex Tags = new Regex(@"<[^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
        private static readonly Regex Whitespace = new Regex(@"\s+", RegexOptions.CultureInvariant);

        public static bool LooksLikeHtml(string body) =>
            Regex.IsMatch(body, @"^\s*(<!DOCTYPE\s+html|<html\b)|<body\b|<title\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>The one "is this a web page" test: the content type says HTML, or the body is an HTML document.</summary>
        public static bool LooksLikeHtml(string contentType, string body) =>
            (contentType ?? string.Empty).IndexOf("html", System.StringComparison.OrdinalIgnoreCase) >= 0 || LooksLikeHtml(body ?? string.Empty);

        /// <summary>The page title, or when there is none the page's visible text.</summary>
        public static string FromHtml(string html)
        {
            var title = Title.Match(html);
            if (title.Success)
            {
                var titleText = OneLine(WebUtility.HtmlDecode(title.Groups["text"].Value));
                if (titleText.Length > 0) return titleText;
            }
            var visible = Tags.Replace(InvisibleBlocks.Replace(html, " "), " ");
            return OneLine(WebUtility.HtmlDecode(visible));
        }

        public static string CollapseWhitespace(string text) => Whitespace.Replace(text ?? string.Empty, " ").Trim();

        public static string OneLine(string text)
        {
            var collapsed = CollapseWhitespace(text);
            if (collapsed.Length <= MaxLength) return collapsed;
            return new StringBuilder(collapsed, 0, MaxLength - 1, MaxLength).Append('…').ToString();
        }
    }
}
