using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace JiraAuth.BuildTools.Help
{
    /// <summary>A cmdlet class's name, parameters and parameter sets, read by reflection the way PowerShell binds them.</summary>
    public sealed class CmdletMetadata
    {
        public const string AllSets = ParameterAttribute.AllParameterSets;

        public CmdletMetadata(Type type)
        {
            var cmdlet = type.GetCustomAttribute<CmdletAttribute>() ?? throw new ArgumentException(type + " is not a cmdlet.");
            Verb = cmdlet.VerbName;
            Noun = cmdlet.NounName;
            DefaultSet = cmdlet.DefaultParameterSetName;
            SupportsShouldProcess = cmdlet.SupportsShouldProcess;
            Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => new ParameterMetadata(p))
                .Where(p => p.Declarations.Count > 0)
                .ToList();
        }

        public string Verb { get; }
        public string Noun { get; }
        public string Name => Verb + "-" + Noun;
        public string DefaultSet { get; }
        public bool SupportsShouldProcess { get; }
        public IReadOnlyList<ParameterMetadata> Parameters { get; }

        /// <summary>Each set's parameters, ordered as Get-Help shows them: positional first, then mandatory, then the rest.</summary>
        public IEnumerable<(string Set, IReadOnlyList<(ParameterMetadata Parameter, ParameterAttribute Declaration)> Members)> Sets()
        {
            var names = Parameters.SelectMany(p => p.Declarations).Select(d => d.ParameterSetName).Where(s => s != AllSets).Distinct().ToList();
            if (names.Count == 0) names.Add(AllSets);
            names = names.OrderBy(n => n == DefaultSet ? 0 : 1).ToList();
            foreach (var name in names)
            {
                var members = Parameters.Select(p => (Parameter: p, Declaration: p.DeclarationFor(name)))
                    .Where(m => m.Declaration != null)
                    .OrderBy(m => m.Declaration.Position < 0 ? int.MaxValue : m.Declaration.Position)
                    .ThenBy(m => m.Declaration.Mandatory ? 0 : 1)
                    .ToList();
                yield return (name, members);
            }
        }

        public static IReadOnlyList<CmdletMetadata> FromAssembly(Assembly assembly) =>
            assembly.GetExportedTypes()
                .Where(t => !t.IsAbstract && t.GetCustomAttribute<CmdletAttribute>() != null)
                .Select(t => new CmdletMetadata(t))
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();
    }
}
