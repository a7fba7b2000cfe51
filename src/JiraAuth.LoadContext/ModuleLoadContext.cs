using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace JiraAuth.LoadContext
{
    /// <summary>
    /// JiraAuth's own AssemblyLoadContext on PowerShell 7. JiraAuth.dll is loaded into it, so JiraAuth.Core and the bundled
    /// Newtonsoft.Json (beside it in the module folder) bind here and never meet another module's copy, or PowerShell's own,
    /// in the default context, whichever version was loaded first. Everything else (PowerShell, .NET) is shared.
    /// </summary>
    public sealed class ModuleLoadContext : AssemblyLoadContext
    {
        public const string ModuleAssemblyName = "JiraAuth";

        private static readonly object Gate = new object();
        private static readonly Dictionary<string, ModuleLoadContext> ByModuleDirectory = new Dictionary<string, ModuleLoadContext>();

        private readonly string _moduleDirectory;

        private ModuleLoadContext(string moduleDirectory)
            : base("JiraAuth", isCollectible: false)
        {
            _moduleDirectory = moduleDirectory;
        }

        /// <summary>
        /// The cmdlet assembly of the module in <paramref name="moduleDirectory"/>, loaded into that module's context. Importing
        /// again (Import-Module -Force) returns the same assembly: a loaded assembly cannot be replaced in a running process.
        /// </summary>
        public static Assembly LoadModuleAssembly(string moduleDirectory)
        {
            var key = Path.GetFullPath(moduleDirectory);
            ModuleLoadContext context;
            lock (Gate)
            {
                if (!ByModuleDirectory.TryGetValue(key, out context))
                {
                    context = new ModuleLoadContext(key);
                    ByModuleDirectory.Add(key, context);
                }
            }
            return context.LoadFromAssemblyName(new AssemblyName(ModuleAssemblyName));
        }

        protected override Assembly Load(AssemblyName assemblyName)
        {
            var bundled = Path.Combine(_moduleDirectory, assemblyName.Name + ".dll");
            // Not bundled: PowerShell itself or .NET, which must be the process's one copy (null = ask the default context).
            return File.Exists(bundled) ? LoadFromAssemblyPath(bundled) : null;
        }
    }
}
