using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>A [Cmdlet] class as PowerShell would see it, read from attribute data without running PowerShell.</summary>
    internal sealed class CmdletInfo
    {
        public const string AllParameterSets = "__AllParameterSets";

        public CmdletInfo(Type type)
        {
            Type = type;
            var cmdlet = Attribute(type.GetCustomAttributesData(), "System.Management.Automation.CmdletAttribute");
            Verb = (string)cmdlet.ConstructorArguments[0].Value;
            Noun = (string)cmdlet.ConstructorArguments[1].Value;
            DefaultParameterSetName = (string)Named(cmdlet, "DefaultParameterSetName");
            SupportsShouldProcess = (bool?)Named(cmdlet, "SupportsShouldProcess") ?? false;
            OutputTypes = type.GetCustomAttributesData().Where(a => a.AttributeType.FullName == "System.Management.Automation.OutputTypeAttribute").ToList();
            Parameters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => new ParameterInfo(p))
                .Where(p => p.Declarations.Count > 0)
                .ToList();
        }

        public Type Type { get; }
        public string Verb { get; }
        public string Noun { get; }
        public string Name => Verb + "-" + Noun;
        public string DefaultParameterSetName { get; }
        public bool SupportsShouldProcess { get; }
        public IReadOnlyList<CustomAttributeData> OutputTypes { get; }
        public IReadOnlyList<ParameterInfo> Parameters { get; }

        public IReadOnlyList<string> NamedSets =>
            Parameters.SelectMany(p => p.Declarations).Select(d => d.SetName).Where(s => s != AllParameterSets).Distinct().OrderBy(s => s).ToList();

        /// <summary>Parameter sets as the binder sees them: a cmdlet with no named set has the single implicit one.</summary>
        public IReadOnlyList<ParameterSet> Sets
        {
            get
            {
                var names = NamedSets.Count == 0 ? new List<string> { AllParameterSets } : NamedSets.ToList();
                return names.Select(name => new ParameterSet(name,
                    Parameters.Select(p => (p, d: p.DeclarationFor(name))).Where(x => x.d != null).Select(x => new SetMember(x.p, x.d)).ToList())).ToList();
            }
        }

        public static CustomAttributeData Attribute(IEnumerable<CustomAttributeData> attributes, string fullName) =>
            attributes.FirstOrDefault(a => a.AttributeType.FullName == fullName);

        public static object Named(CustomAttributeData attribute, string name) =>
            attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

        public override string ToString() => Name;
    }

    internal sealed class ParameterInfo
    {
        public ParameterInfo(PropertyInfo property)
        {
            Property = property;
            Attributes = property.GetCustomAttributesData();
            Declarations = Attributes.Where(a => a.AttributeType.FullName == "System.Management.Automation.ParameterAttribute")
                .Select(a => new ParameterDeclaration(a)).ToList();
        }

        public PropertyInfo Property { get; }
        public string Name => Property.Name;
        public Type ParameterType => Property.PropertyType;
        public IList<CustomAttributeData> Attributes { get; }
        public IReadOnlyList<ParameterDeclaration> Declarations { get; }

        public bool HasAttribute(string fullName) => Attributes.Any(a => a.AttributeType.FullName == fullName);

        /// <summary>A declaration for the set itself wins over an all-sets one, as in PowerShell.</summary>
        public ParameterDeclaration DeclarationFor(string set) =>
            Declarations.FirstOrDefault(d => d.SetName == set) ?? Declarations.FirstOrDefault(d => d.SetName == CmdletInfo.AllParameterSets);

        public override string ToString() => "-" + Name;
    }

    internal sealed class ParameterDeclaration
    {
        public ParameterDeclaration(CustomAttributeData attribute)
        {
            SetName = (string)CmdletInfo.Named(attribute, "ParameterSetName") ?? CmdletInfo.AllParameterSets;
            Mandatory = (bool?)CmdletInfo.Named(attribute, "Mandatory") ?? false;
            Position = (int?)CmdletInfo.Named(attribute, "Position");
        }

        public string SetName { get; }
        public bool Mandatory { get; }
        public int? Position { get; }
    }

    internal sealed class SetMember
    {
        public SetMember(ParameterInfo parameter, ParameterDeclaration declaration)
        {
            Parameter = parameter;
            Declaration = declaration;
        }

        public ParameterInfo Parameter { get; }
        public ParameterDeclaration Declaration { get; }
    }

    internal sealed class ParameterSet
    {
        public ParameterSet(string name, IReadOnlyList<SetMember> members)
            : this(name, members.Select(m => m.Parameter.Name), members.Where(m => m.Declaration.Mandatory).Select(m => m.Parameter.Name))
        {
            Members = members;
        }

        public ParameterSet(string name, IEnumerable<string> all, IEnumerable<string> mandatory)
        {
            Name = name;
            All = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
            Mandatory = new HashSet<string>(mandatory, StringComparer.OrdinalIgnoreCase);
            Members = Array.Empty<SetMember>();
        }

        public string Name { get; }
        public IReadOnlyList<SetMember> Members { get; }
        public ISet<string> All { get; }
        public ISet<string> Mandatory { get; }

        public override string ToString() => Name;
    }
}
