using System.IO;
using System.Linq;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Completion
{
    /// <summary>A fact that needs Atlassian's OpenAPI documents in ../shared/reference/openapi; skipped with that reason where they are absent.</summary>
    public sealed class OpenApiFactAttribute : FactAttribute
    {
        public static readonly string Folder = Path.GetFullPath(Path.Combine(ModuleLayout.RepositoryRoot, "..", "shared", "reference", "openapi"));

        public static readonly string[] Documents =
            new[] { "jira-platform-swagger-v3.v3.json", "jira-software-swagger.v3.json" }.Select(f => Path.Combine(Folder, f)).ToArray();

        public OpenApiFactAttribute()
        {
            if (!Documents.All(File.Exists)) Skip = "Skipped: " + Folder + " is not beside the repository, so the committed index cannot be compared.";
        }
    }
}
