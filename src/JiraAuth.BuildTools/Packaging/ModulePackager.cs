using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NuGet.Frameworks;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using NuGet.Versioning;

namespace JiraAuth.BuildTools.Packaging
{
    /// <summary>
    /// Turns the built module folder into what the PowerShell Gallery tools expect: a .nupkg with the module's files at the
    /// package root and a nuspec made from the manifest (the PSModule/PSCmdlet_ tags PSResourceGet searches by, RequiredModules
    /// as dependencies), and a plain zip for copying by hand. Debug symbols are left out of both.
    /// </summary>
    public static class ModulePackager
    {
        public static IReadOnlyList<string> ShippedFiles(string moduleDirectory) =>
            Directory.GetFiles(moduleDirectory, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(moduleDirectory, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        /// <summary>Writes JiraAuth.&lt;version&gt;.nupkg into <paramref name="outputDirectory"/> and returns its path.</summary>
        public static string WriteNupkg(string moduleDirectory, string outputDirectory)
        {
            var manifest = ReadManifest(moduleDirectory, out var moduleName);
            var builder = new PackageBuilder
            {
                Id = moduleName,
                Version = NuGetVersion.Parse(manifest.ModuleVersion),
                Description = manifest.Description,
                Copyright = manifest.Copyright,
                ReleaseNotes = manifest.ReleaseNotes,
            };
            builder.Authors.Add(manifest.Author);
            builder.Owners.Add(manifest.Author);
            if (manifest.ProjectUri != null) builder.ProjectUrl = new Uri(manifest.ProjectUri);
            if (manifest.LicenseUri != null) builder.LicenseUrl = new Uri(manifest.LicenseUri);
            builder.Tags.AddRange(GalleryTags(manifest));
            builder.DependencyGroups.Add(new PackageDependencyGroup(NuGetFramework.AnyFramework,
                manifest.RequiredModules.Select(m => new PackageDependency(m)).ToList()));
            foreach (var file in ShippedFiles(moduleDirectory))
            {
                builder.Files.Add(new PhysicalPackageFile { SourcePath = Path.Combine(moduleDirectory, file), TargetPath = file });
            }

            Directory.CreateDirectory(outputDirectory);
            var path = Path.Combine(outputDirectory, $"{moduleName}.{builder.Version.ToNormalizedString()}.nupkg");
            using (var stream = File.Create(path)) builder.Save(stream);
            return path;
        }

        /// <summary>Writes JiraAuth-&lt;version&gt;.zip (a JiraAuth folder inside) and returns its path.</summary>
        public static string WriteZip(string moduleDirectory, string outputDirectory)
        {
            var manifest = ReadManifest(moduleDirectory, out var moduleName);
            Directory.CreateDirectory(outputDirectory);
            var path = Path.Combine(outputDirectory, $"{moduleName}-{manifest.ModuleVersion}.zip");
            File.Delete(path);
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                foreach (var file in ShippedFiles(moduleDirectory))
                {
                    zip.CreateEntryFromFile(Path.Combine(moduleDirectory, file), moduleName + "/" + file);
                }
            }
            return path;
        }

        /// <summary>The manifest's own tags plus the ones the Gallery derives from it (what Publish-PSResource writes).</summary>
        public static IEnumerable<string> GalleryTags(ModuleManifest manifest)
        {
            var tags = new List<string>(manifest.Tags) { "PSModule" };
            tags.AddRange(manifest.CompatiblePSEditions.Select(e => "PSEdition_" + e));
            foreach (var cmdlet in manifest.CmdletsToExport)
            {
                tags.Add("PSCmdlet_" + cmdlet);
                tags.Add("PSCommand_" + cmdlet);
            }
            return tags.Distinct(StringComparer.OrdinalIgnoreCase);
        }

        private static ModuleManifest ReadManifest(string moduleDirectory, out string moduleName)
        {
            moduleName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(moduleDirectory)));
            var path = Path.Combine(moduleDirectory, moduleName + ".psd1");
            if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing: build the module first (dotnet build JiraAuth.sln).", path);
            return ModuleManifest.Read(path);
        }
    }
}
