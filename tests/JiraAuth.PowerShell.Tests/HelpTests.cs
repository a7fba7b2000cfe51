using System.Linq;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Get-Help in the PowerShell 7.6 engine finds the compiled MAML and the about topic of the imported module.</summary>
    public sealed class HelpTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public HelpTests(PowerShellSession session)
        {
            _session = session;
        }

        [Fact]
        public void Get_Help_Examples_shows_the_examples_of_Connect_JiraCloud()
        {
            var help = _session.Run("Get-Help Connect-JiraCloud -Examples").AssertNoErrors().Single;
            Assert.StartsWith("Connects to a Jira Cloud", (string)_session.Run("(Get-Help Connect-JiraCloud).Synopsis").AssertNoErrors().Single.BaseObject);
            var codes = _session.Run("(Get-Help Connect-JiraCloud -Examples).examples.example | ForEach-Object { $_.code }").AssertNoErrors();
            Assert.True(codes.Output.Count >= 2);
            Assert.Contains(codes.Output, c => c.ToString() == "Connect-JiraCloud -Site acme -Credential (Get-Credential admin@acme.com)");
            Assert.NotNull(help);
        }

        [Theory]
        [InlineData("Connect-JiraCloud", "Site")]
        [InlineData("Invoke-JiraRestMethod", "Path")]
        [InlineData("Test-JiraToken", "Quiet")]
        public void Get_Help_Parameter_describes_the_parameter(string command, string parameter)
        {
            var text = _session.Run($"(Get-Help {command} -Parameter {parameter}).description | ForEach-Object {{ $_.Text }}").AssertNoErrors();
            Assert.NotEmpty(string.Join(" ", text.Output.Select(o => o.ToString())).Trim());
        }

        [Fact]
        public void Get_Help_shows_each_parameter_set_as_a_syntax_line()
        {
            var sets = _session.Run("(Get-Help Connect-JiraCloud).syntax.syntaxItem.Count").AssertNoErrors().Single;
            var expected = _session.Run("(Get-Command Connect-JiraCloud).ParameterSets.Count").AssertNoErrors().Single;
            Assert.Equal(expected.ToString(), sets.ToString());
        }

        [Fact]
        public void Get_Help_about_JiraAuth_shows_the_topic()
        {
            var text = (string)_session.Run("Get-Help about_JiraAuth").AssertNoErrors().Single.BaseObject;
            Assert.Contains("about_JiraAuth", text);
            Assert.Contains("CAPTCHAREQUIRED", text.ToUpperInvariant());
            Assert.Contains("RATE LIMITS", text);
        }
    }
}
