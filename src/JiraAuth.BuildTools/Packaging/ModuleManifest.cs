using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;

namespace JiraAuth.BuildTools.Packaging
{
    /// <summary>JiraAuth.psd1 read with PowerShell's own parser (as Import-PowerShellDataFile does), never executed.</summary>
    public sealed class ModuleManifest
    {
        private readonly Hashtable _data;

        private ModuleManifest(Hashtable data) => _data = data;

        public static ModuleManifest Read(string path)
        {
            var ast = Parser.ParseFile(path, out _, out var errors);
            if (errors.Length > 0) throw new InvalidOperationException(path + " does not parse: " + errors[0].Message);
            var table = ast.Find(a => a is HashtableAst, false) as HashtableAst
                ?? throw new InvalidOperationException(path + " holds no @{ } hashtable.");
            return new ModuleManifest((Hashtable)table.SafeGetValue());
        }

        public string ModuleVersion => Text("ModuleVersion");
        public string Description => Text("Description");
        public string Author => Text("Author");
        public string Copyright => Text("Copyright");
        public string RootModule => Text("RootModule");
        public IReadOnlyList<string> CmdletsToExport => List(_data, "CmdletsToExport");
        public IReadOnlyList<string> RequiredModules => List(_data, "RequiredModules");
        public IReadOnlyList<string> CompatiblePSEditions => List(_data, "CompatiblePSEditions");
        public IReadOnlyList<string> Tags => List(PSData, "Tags");
        public string ProjectUri => PSData?["ProjectUri"] as string;
        public string LicenseUri => PSData?["LicenseUri"] as string;
        public string ReleaseNotes => PSData?["ReleaseNotes"] as string;

        private Hashtable PSData => (_data["PrivateData"] as Hashtable)?["PSData"] as Hashtable;

        private string Text(string key) => _data[key] as string;

        // RequiredModules may name a module as a string or as @{ ModuleName = ...; ModuleVersion = ... }.
        private static string Name(object item) => item is Hashtable spec ? spec["ModuleName"] as string : item.ToString();

        private static IReadOnlyList<string> List(Hashtable table, string key)
        {
            switch (table?[key])
            {
                case null: return Array.Empty<string>();
                case string single: return new[] { single };
                case IEnumerable many: return many.Cast<object>().Select(Name).ToList();
                default: return new[] { table[key].ToString() };
            }
        }
    }
}
