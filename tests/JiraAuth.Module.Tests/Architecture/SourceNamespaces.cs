using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>
    /// Which namespaces each source file depends on: every "Root.Name" in code (using directives and qualified names), with
    /// comments and literals left out. A sibling named without its root (Errors.X inside Root.Vault) is not seen.
    /// </summary>
    internal static class SourceNamespaces
    {
        public static IReadOnlyList<NamespaceEdge> EdgesIn(string folder, string root, params string[] ignored) =>
            SourceFiles(folder).SelectMany(f => Edges(f.Key, f.Value, root, ignored)).ToList();

        public static IReadOnlyList<string> NamespacesIn(string folder, string root) =>
            SourceFiles(folder).Select(f => OwnNamespace(CodeText.Of(f.Value), root)).Where(n => n != null).Distinct().ToList();

        public static IEnumerable<NamespaceEdge> Edges(string file, string source, string root, params string[] ignored)
        {
            var code = CodeText.Of(source);
            var from = OwnNamespace(code, root);
            if (from == null) return Enumerable.Empty<NamespaceEdge>();
            return Regex.Matches(code, @"(?<![\w.])" + Regex.Escape(root) + @"\.([A-Z]\w*)")
                .Select(m => m.Groups[1].Value)
                .Where(to => to != from && !ignored.Contains(to))
                .Distinct()
                .Select(to => new NamespaceEdge(file, from, to));
        }

        private static string OwnNamespace(string code, string root)
        {
            var own = Regex.Match(code, @"^\s*namespace\s+" + Regex.Escape(root) + @"\.(\w+)", RegexOptions.Multiline);
            return own.Success ? own.Groups[1].Value : null;
        }

        private static IEnumerable<KeyValuePair<string, string>> SourceFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("bin/") && !f.StartsWith("obj/"))
                .Select(f => new KeyValuePair<string, string>(f, File.ReadAllText(Path.Combine(folder, f))));
    }
}
