using System.Linq;
using Xunit;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>The parameter sets the issue specifies, pinned so that a refactoring cannot silently change how scripts bind.</summary>
    public class ParameterSetShapeTests
    {
        [Theory]
        [InlineData("Connect-JiraCloud", "Environment",
            "ApiToken:Site,Email,ApiToken|Credential:Site,Credential|Environment:|OAuth:ClientId,ClientSecret,Scope"
                + "|PersonalAccessToken:Site,PersonalAccessToken|Saved:Name|ServiceAccount:ClientId,ClientSecret,ServiceAccount")]
        [InlineData("Test-JiraToken", "Connection",
            "ApiToken:Site,Email,ApiToken|Connection:|Credential:Site,Credential|PersonalAccessToken:Site,PersonalAccessToken")]
        [InlineData("Disconnect-JiraCloud", "Name", "All:All|Name:")]
        [InlineData("Invoke-JiraRestMethod", "Body", "Body:Path|InFile:Path,InFile")]
        [InlineData("Get-JiraCloudId", "Site", "Connection:Connection|Site:Site")]
        [InlineData("Get-JiraConnection", null, "__AllParameterSets:")]
        public void Sets_and_their_mandatory_parameters(string cmdletName, string defaultSet, string expected)
        {
            var cmdlet = ModuleAssembly.Cmdlets.SingleOrDefault(c => c.Name == cmdletName);
            Assert.NotNull(cmdlet);
            Assert.Equal(defaultSet, cmdlet.DefaultParameterSetName);
            var actual = string.Join("|", cmdlet.Sets.OrderBy(s => s.Name, System.StringComparer.Ordinal)
                .Select(s => s.Name + ":" + string.Join(",", s.Members.Where(m => m.Declaration.Mandatory).Select(m => m.Parameter.Name)
                    .OrderBy(n => Order(expected, s.Name, n)))));
            Assert.Equal(expected, actual);
        }

        // Compare mandatory parameters as sets: sort them in the order the expectation lists them.
        private static int Order(string expected, string set, string parameter)
        {
            var part = expected.Split('|').FirstOrDefault(p => p.StartsWith(set + ":"));
            var names = part?.Substring(set.Length + 1).Split(',').ToList();
            var index = names?.IndexOf(parameter) ?? -1;
            return index < 0 ? int.MaxValue : index;
        }

        [Fact]
        public void Secrets_are_never_positional()
        {
            foreach (var cmdlet in ModuleAssembly.Cmdlets)
            {
                foreach (var parameter in cmdlet.Parameters.Where(p => p.ParameterType.FullName == "System.Security.SecureString"))
                {
                    Assert.All(parameter.Declarations, d => Assert.Null(d.Position));
                }
            }
        }
    }
}
