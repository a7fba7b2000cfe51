using System.Reflection;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// "JiraAuth/&lt;ModuleVersion&gt;": the build stamps JiraAuth.psd1's ModuleVersion into the informational version, so
    /// Atlassian's logs and a proxy's show the module release an admin installed, not an assembly's four-part number.
    /// </summary>
    internal static class DefaultUserAgent
    {
        public static string ProductVersion { get; } = ReadProductVersion();

        public static string Value { get; } = "JiraAuth/" + ProductVersion;

        private static string ReadProductVersion()
        {
            var assembly = typeof(DefaultUserAgent).Assembly;
            var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            // A local build may append "+commit"; a User-Agent product token has no place for it.
            var version = informational?.Split('+')[0];
            return string.IsNullOrEmpty(version) ? assembly.GetName().Version.ToString(3) : version;
        }
    }
}
