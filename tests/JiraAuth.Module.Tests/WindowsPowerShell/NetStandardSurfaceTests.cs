using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Versioning;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.WindowsPowerShell
{
    /// <summary>
    /// Windows PowerShell 5.1 cannot run here, so the assemblies it would load are checked for what it needs: netstandard2.0
    /// builds (which .NET Framework 4.7.2 runs through its netstandard facade), referencing nothing but netstandard, PowerShell
    /// and the bundled assemblies, and only types and members that the netstandard 2.0 reference assembly has.
    /// </summary>
    public class NetStandardSurfaceTests
    {
        private static readonly string[] LoadedByWindowsPowerShell = { "JiraAuth.dll", "JiraAuth.Core.dll", "Newtonsoft.Json.dll" };
        private static readonly HashSet<string> AllowedReferences = new HashSet<string>(StringComparer.Ordinal)
        {
            "netstandard", "System.Management.Automation", "JiraAuth.Core", "Newtonsoft.Json",
        };

        private static string NuGetPackages
        {
            get
            {
                var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
                return string.IsNullOrEmpty(packages) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                    : packages;
            }
        }

        private static string NetStandardReference =>
            Path.Combine(NuGetPackages, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref", "netstandard.dll");

        [Theory]
        [InlineData("JiraAuth.dll")]
        [InlineData("JiraAuth.Core.dll")]
        [InlineData("Newtonsoft.Json.dll")]
        public void Windows_PowerShell_assemblies_are_netstandard2_0_builds(string file)
        {
            using var context = new MetadataLoadContext(new PathAssemblyResolver(ResolverPaths()), "netstandard");
            var assembly = context.LoadFromAssemblyPath(Path.Combine(ModuleLayout.ModuleDirectory, file));
            var framework = assembly.GetCustomAttributesData().Single(a => a.AttributeType.FullName == typeof(TargetFrameworkAttribute).FullName);
            Assert.Equal(".NETStandard,Version=v2.0", framework.ConstructorArguments[0].Value);
        }

        [Theory]
        [InlineData("JiraAuth.dll")]
        [InlineData("JiraAuth.Core.dll")]
        public void Module_assemblies_reference_only_netstandard_PowerShell_and_the_bundled_assemblies(string file)
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(ModuleLayout.ModuleDirectory, file)));
            var metadata = pe.GetMetadataReader();
            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
            Assert.Empty(references.Where(r => !AllowedReferences.Contains(r)));
            Assert.Contains("netstandard", references);
        }

        [Theory]
        [InlineData("JiraAuth.dll")]
        [InlineData("JiraAuth.Core.dll")]
        public void Every_type_and_member_used_from_netstandard_exists_in_the_netstandard_2_0_reference(string file)
        {
            Assert.True(File.Exists(NetStandardReference), NetStandardReference
                + " is missing (NETStandard.Library 2.0.3 comes with any netstandard2.0 restore).");
            using var context = new MetadataLoadContext(new PathAssemblyResolver(ResolverPaths()), "netstandard");
            var netstandard = context.LoadFromAssemblyPath(NetStandardReference);
            using var pe = new PEReader(File.OpenRead(Path.Combine(ModuleLayout.ModuleDirectory, file)));
            var metadata = pe.GetMetadataReader();

            var missing = new List<string>();
            var checkedMembers = 0;
            foreach (var handle in metadata.MemberReferences)
            {
                var member = metadata.GetMemberReference(handle);
                if (member.Parent.Kind != HandleKind.TypeReference) continue;
                var typeName = NetStandardTypeName(metadata, (TypeReferenceHandle)member.Parent);
                if (typeName == null) continue;
                var type = netstandard.GetType(typeName);
                var name = metadata.GetString(member.Name);
                if (type == null) { missing.Add(typeName); continue; }
                checkedMembers++;
                var found = name == ".ctor"
                    ? type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Length > 0
                    : AllMembers(type, name).Any();
                if (!found) missing.Add(typeName + "." + name);
            }
            foreach (var handle in metadata.TypeReferences)
            {
                var typeName = NetStandardTypeName(metadata, handle);
                if (typeName != null && netstandard.GetType(typeName) == null) missing.Add(typeName);
            }
            Assert.True(checkedMembers > 100, $"only {checkedMembers} member references checked: the walk is broken");
            Assert.True(missing.Count == 0, "Not in netstandard 2.0: " + string.Join(", ", missing.Distinct()));
        }

        private static IEnumerable<MemberInfo> AllMembers(Type type, string name)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var m in current.GetMember(name,
                    BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)) yield return m;
            }
            foreach (var face in type.GetInterfaces())
            {
                foreach (var m in face.GetMember(name)) yield return m;
            }
        }

        /// <summary>"Namespace.Type" or "Namespace.Outer+Nested" for a reference into netstandard; null for any other scope.</summary>
        private static string NetStandardTypeName(MetadataReader metadata, TypeReferenceHandle handle)
        {
            var type = metadata.GetTypeReference(handle);
            var name = metadata.GetString(type.Name);
            switch (type.ResolutionScope.Kind)
            {
                case HandleKind.AssemblyReference:
                    var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope);
                    if (metadata.GetString(assembly.Name) != "netstandard") return null;
                    var ns = metadata.GetString(type.Namespace);
                    return ns.Length == 0 ? name : ns + "." + name;
                case HandleKind.TypeReference:
                    var outer = NetStandardTypeName(metadata, (TypeReferenceHandle)type.ResolutionScope);
                    return outer == null ? null : outer + "+" + name;
                default:
                    return null;
            }
        }

        private static IEnumerable<string> ResolverPaths()
        {
            var paths = new List<string> { NetStandardReference, ModuleLayout.PowerShellReferenceAssembly };
            paths.AddRange(LoadedByWindowsPowerShell.Select(f => Path.Combine(ModuleLayout.ModuleDirectory, f)));
            return paths;
        }
    }
}
