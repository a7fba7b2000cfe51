using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>
    /// Compiles src/JiraAuth/help/&lt;culture&gt;/*.md into &lt;module&gt;/&lt;culture&gt;/JiraAuth.dll-Help.xml and about_*.help.txt.
    /// A cmdlet without a page still gets its syntax (read from the assembly); the help-coverage tests fail on it.
    /// </summary>
    public static class HelpCompiler
    {
        public static IReadOnlyList<string> Compile(string markdownDirectory, string moduleDirectory, string assemblyName = "JiraAuth")
        {
            var cmdlets = LoadCmdlets(Path.Combine(moduleDirectory, assemblyName + ".dll"));
            var pages = ReadPages(markdownDirectory);
            var culture = Path.GetFileName(Path.TrimEndingDirectorySeparator(markdownDirectory));
            var output = Directory.CreateDirectory(Path.Combine(moduleDirectory, culture)).FullName;
            var written = new List<string>();

            var commands = cmdlets.Select(c => (c, pages.TryGetValue(c.Name, out var page) ? page : new CommandHelp { Name = c.Name })).ToList();
            var maml = Path.Combine(output, assemblyName + ".dll-Help.xml");
            MamlWriter.Write(commands).Save(maml);
            written.Add(maml);

            foreach (var about in Directory.GetFiles(markdownDirectory, "about_*.md"))
            {
                var target = Path.Combine(output, Path.GetFileNameWithoutExtension(about) + ".help.txt");
                File.WriteAllText(target, AboutTopicWriter.Convert(File.ReadAllText(about)));
                written.Add(target);
            }
            return written;
        }

        public static Dictionary<string, CommandHelp> ReadPages(string markdownDirectory) =>
            Directory.GetFiles(markdownDirectory, "*-*.md")
                .Select(MarkdownHelpReader.Read)
                .ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

        /// <summary>The cmdlets of the built module, loaded in a context of their own beside the module's dependencies.</summary>
        public static IReadOnlyList<CmdletMetadata> LoadCmdlets(string assemblyPath)
        {
            var context = new ModuleFolderContext(Path.GetDirectoryName(Path.GetFullPath(assemblyPath)));
            return CmdletMetadata.FromAssembly(context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath)));
        }

        private sealed class ModuleFolderContext : AssemblyLoadContext
        {
            private readonly string _directory;

            public ModuleFolderContext(string directory) : base("help-" + Guid.NewGuid().ToString("N"), isCollectible: false) => _directory = directory;

            // PowerShell's own types must be the ones this tool reads attributes with: only the module's files load here.
            protected override Assembly Load(AssemblyName name)
            {
                var path = Path.Combine(_directory, name.Name + ".dll");
                return name.Name != "System.Management.Automation" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
