using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace JiraAuth.BuildTools.Help
{
    public sealed class ParameterMetadata
    {
        public ParameterMetadata(PropertyInfo property)
        {
            Name = property.Name;
            Type = property.PropertyType;
            Declarations = Attribute.GetCustomAttributes(property, typeof(ParameterAttribute), true).Cast<ParameterAttribute>().ToList();
            Aliases = Attribute.GetCustomAttributes(property, typeof(AliasAttribute), true).Cast<AliasAttribute>().SelectMany(a => a.AliasNames).ToList();
            SupportsWildcards = Attribute.IsDefined(property, typeof(SupportsWildcardsAttribute), true);
            ValidValues = Attribute.GetCustomAttributes(property, typeof(ValidateSetAttribute), true).Cast<ValidateSetAttribute>().SelectMany(v =>
                v.ValidValues).ToList();
            if (ValidValues.Count == 0 && Type.IsEnum) ValidValues = Enum.GetNames(Type).ToList();
        }

        public string Name { get; }
        public Type Type { get; }
        public IReadOnlyList<ParameterAttribute> Declarations { get; }
        public IReadOnlyList<string> Aliases { get; }
        public bool SupportsWildcards { get; }
        public IReadOnlyList<string> ValidValues { get; }
        public bool IsSwitch => Type == typeof(SwitchParameter);

        /// <summary>A declaration for the set itself wins over an all-sets one, as in PowerShell.</summary>
        public ParameterAttribute DeclarationFor(string set) =>
            Declarations.FirstOrDefault(d => d.ParameterSetName == set) ?? Declarations.FirstOrDefault(d => d.ParameterSetName == CmdletMetadata.AllSets);

        /// <summary>"True (ByValue, ByPropertyName)" or "False", as Get-Help words it.</summary>
        public string PipelineInput
        {
            get
            {
                var kinds = new List<string>();
                if (Declarations.Any(d => d.ValueFromPipeline)) kinds.Add("ByValue");
                if (Declarations.Any(d => d.ValueFromPipelineByPropertyName)) kinds.Add("ByPropertyName");
                return kinds.Count == 0 ? "False" : "True (" + string.Join(", ", kinds) + ")";
            }
        }

        /// <summary>The type as an admin reads it: String[], SecureString, PSCredential.</summary>
        public string TypeName => Friendly(Type);

        private static string Friendly(Type type) => type.IsArray ? Friendly(type.GetElementType()) + "[]" : type.Name;
    }
}
