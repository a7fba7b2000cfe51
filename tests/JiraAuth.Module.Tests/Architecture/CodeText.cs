using System.Text;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>C# source with comments, string and character literals blanked, so that only code is searched for namespace names.</summary>
    internal static class CodeText
    {
        public static string Of(string source)
        {
            var code = new StringBuilder(source.Length);
            var i = 0;
            while (i < source.Length)
            {
                var c = source[i];
                var next = i + 1 < source.Length ? source[i + 1] : '\0';
                if (c == '/' && next == '/') i = SkipTo(source, i, "\n");
                else if (c == '/' && next == '*') i = SkipTo(source, i + 2, "*/");
                else if (c == '@' && next == '"') i = SkipVerbatim(source, i + 2);
                else if (c == '"' || c == '\'') i = SkipQuoted(source, i + 1, c);
                else { code.Append(c); i++; continue; }
                code.Append(' ');
            }
            return code.ToString();
        }

        private static int SkipTo(string source, int from, string end)
        {
            var at = source.IndexOf(end, from, System.StringComparison.Ordinal);
            return at < 0 ? source.Length : at + end.Length;
        }

        private static int SkipQuoted(string source, int from, char quote)
        {
            for (var i = from; i < source.Length; i++)
            {
                if (source[i] == '\\') i++;
                else if (source[i] == quote || source[i] == '\n') return i + 1;
            }
            return source.Length;
        }

        private static int SkipVerbatim(string source, int from)
        {
            for (var i = from; i < source.Length; i++)
            {
                if (source[i] != '"') continue;
                if (i + 1 < source.Length && source[i + 1] == '"') i++;
                else return i + 1;
            }
            return source.Length;
        }
    }
}
