using System;
using System.Linq;
using JiraAuth.BuildTools.Help;
using JiraAuth.BuildTools.Packaging;

namespace JiraAuth.BuildTools
{
    /// <summary>dotnet JiraAuth.BuildTools.dll &lt;command&gt; ...: the build steps that need more than MSBuild.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            try
            {
                switch (args.Length > 0 ? args[0] : string.Empty)
                {
                    case "package" when args.Length == 3:
                        Console.WriteLine("Packaged " + ModulePackager.WriteNupkg(args[1], args[2]));
                        Console.WriteLine("Packaged " + ModulePackager.WriteZip(args[1], args[2]));
                        return 0;
                    case "help" when args.Length == 3:
                        foreach (var file in HelpCompiler.Compile(args[1], args[2])) Console.WriteLine("Help: " + file);
                        return 0;
                    case "rest-index" when args.Length >= 3:
                        // rest-index <output.txt> <openapi.json>...: the index shipped in JiraAuth.dll for -Path completion.
                        var readers = args.Skip(2).Select(f => (System.IO.TextReader)System.IO.File.OpenText(f)).ToList();
                        var index = JiraAuth.Core.Completion.RestPathIndex.FromOpenApi(readers);
                        readers.ForEach(r => r.Dispose());
                        using (var writer = new System.IO.StreamWriter(args[1], false, new System.Text.UTF8Encoding(false))) index.Write(writer);
                        Console.WriteLine($"REST path index: {index.Entries.Count} paths -> {args[1]}");
                        return 0;
                    default:
                        Console.Error.WriteLine(Usage);
                        return 2;
                }
            }
            catch (Exception e) when (e is InvalidOperationException || e is System.IO.IOException || e is FormatException || e is ArgumentException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
        }

        private const string Usage =
            "usage: JiraAuth.BuildTools package <moduleFolder> <outputFolder>\n" +
            "       JiraAuth.BuildTools help <markdownFolder (src/JiraAuth/help/en-US)> <moduleFolder>\n" +
            "       JiraAuth.BuildTools rest-index <src/JiraAuth/Completion/rest-paths.txt> <openapi.json>...";
    }
}
