using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>Reads the few psd1 fields the tests need with regular expressions: no PowerShell here to Import-PowerShellDataFile.</summary>
    internal sealed class ManifestReader
    {
        private readonly string _text;

        public ManifestReader(string path)
        {
            // Comments could hide or fake entries; drop them first.
            _text = Regex.Replace(File.ReadAllText(path), @"<#.*?#>|#[^\r\n]*", string.Empty, RegexOptions.Singleline);
        }

        public string Scalar(string key)
        {
            var match = Regex.Match(_text, @"(?m)^\s*" + key + @"\s*=\s*'([^']*)'");
            return match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>The strings of `Key = @( ... )` or `Key = 'a', 'b'`; null when the key is absent.</summary>
        public IReadOnlyList<string> List(string key)
        {
            var array = Regex.Match(_text, @"(?m)^\s*" + key + @"\s*=\s*@\((?<items>[^)]*)\)");
            if (array.Success) return Strings(array.Groups["items"].Value);
            var plain = Regex.Match(_text, @"(?m)^\s*" + key + @"\s*=\s*(?<items>'[^\r\n]*)$");
            return plain.Success ? Strings(plain.Groups["items"].Value) : null;
        }

        private static IReadOnlyList<string> Strings(string text) =>
            Regex.Matches(text, @"'([^']*)'|""([^""]*)""").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
    }
}
