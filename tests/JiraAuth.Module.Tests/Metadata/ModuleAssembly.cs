using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>The built JiraAuth.dll loaded for inspection only, so PowerShell's types resolve from the reference assembly without PowerShell
    /// installed.</summary>
    internal static class ModuleAssembly
    {
        private static readonly Lazy<IReadOnlyList<CmdletInfo>> LazyCmdlets = new Lazy<IReadOnlyList<CmdletInfo>>(Load);

        // Kept open for the test run: CustomAttributeData and types stay valid only while the context lives.
        private static MetadataLoadContext _context;

        public static IReadOnlyList<CmdletInfo> Cmdlets => LazyCmdlets.Value;

        private static IReadOnlyList<CmdletInfo> Load()
        {
            var paths = new List<string>();
            paths.AddRange(Directory.GetFiles(ModuleLayout.ModuleDirectory, "*.dll"));
            paths.AddRange(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
            paths.Add(ModuleLayout.PowerShellReferenceAssembly);
            var byName = paths.GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase).Select(g => g.First());
            _context = new MetadataLoadContext(new PathAssemblyResolver(byName));
            var assembly = _context.LoadFromAssemblyPath(ModuleLayout.AssemblyPath);
            return assembly.GetTypes()
                .Where(t => !t.IsAbstract && t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Management.Automation.CmdletAttribute"))
                .Select(t => new CmdletInfo(t))
                .OrderBy(c => c.Name)
                .ToList();
        }
    }
}
