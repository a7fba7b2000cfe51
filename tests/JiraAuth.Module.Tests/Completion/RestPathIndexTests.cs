using System;
using System.IO;
using System.Linq;
using JiraAuth.Core.Completion;
using JiraAuth.Module.Tests.Metadata;
using Xunit;

namespace JiraAuth.Module.Tests.Completion
{
    public class RestPathIndexTests
    {
        private static readonly string Committed = Path.Combine(ModuleLayout.RepositoryRoot, "src", "JiraAuth", "Completion", "rest-paths.txt");

        [OpenApiFact]
        public void The_committed_index_is_the_one_the_OpenAPI_documents_give()
        {
            var documents = OpenApiFactAttribute.Documents;
            var readers = documents.Select(d => (TextReader)File.OpenText(d)).ToList();
            var fresh = new StringWriter();
            RestPathIndex.FromOpenApi(readers).Write(fresh);
            readers.ForEach(r => r.Dispose());
            Assert.True(fresh.ToString() == File.ReadAllText(Committed),
                "src/JiraAuth/Completion/rest-paths.txt is out of date: dotnet run --project src/JiraAuth.BuildTools -- rest-index "
                    + "src/JiraAuth/Completion/rest-paths.txt " + string.Join(" ", documents));
        }

        [Fact]
        public void The_committed_index_has_platform_and_agile_paths_with_placeholders()
        {
            var index = RestPathIndex.Parse(new StringReader(File.ReadAllText(Committed)));
            Assert.True(index.Entries.Count > 400);
            var issue = Assert.Single(index.Entries, e => e.Path == "/rest/api/3/issue/{issueIdOrKey}");
            Assert.Equal(new[] { "DELETE", "GET", "PUT" }, issue.Methods);
            Assert.Contains(index.Entries, e => e.Path == "/rest/agile/1.0/board");
        }

        [Fact]
        public void Completion_is_relative_for_the_platform_API_and_narrowed_by_method()
        {
            var index = RestPathIndex.Parse(new StringReader(
                "GET,POST /rest/api/3/issue\nDELETE,GET,PUT /rest/api/3/issue/{issueIdOrKey}\nGET /rest/api/3/myself\nGET,POST /rest/agile/1.0/board\n"));
            Assert.Equal(new[] { "issue", "issue/{issueIdOrKey}" }, index.Complete("iss", null).Select(RestPathIndex.CompletionPath));
            Assert.Equal(new[] { "issue/{issueIdOrKey}" }, index.Complete("ISSUE", "delete").Select(RestPathIndex.CompletionPath));
            Assert.Equal(new[] { "/rest/agile/1.0/board" }, index.Complete("/rest/ag", "POST").Select(e => e.Path));
            Assert.Equal(new[] { "/rest/api/3/myself" }, index.Complete("/rest/api/3/my", null).Select(e => e.Path));
            Assert.Empty(index.Complete("myself", "POST"));
        }

        [Fact]
        public void A_document_without_paths_is_refused()
        {
            Assert.Throws<InvalidDataException>(() => OpenApiPathReader.Read(new StringReader("{\"openapi\":\"3.0.1\",\"info\":{}}")));
            Assert.Throws<InvalidDataException>(() => RestPathIndex.Parse(new StringReader("no-methods-here\n")));
        }
    }
}
