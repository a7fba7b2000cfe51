using System.Linq;
using System.Management.Automation;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    public sealed class GetJiraCloudIdTests : IClassFixture<PowerShellSession>
    {
        private readonly PowerShellSession _session;

        public GetJiraCloudIdTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private void AssertCloudId(PSObject info)
        {
            Assert.Equal("JiraAuth.Output.JiraCloudIdInfo", info.BaseObject.GetType().FullName);
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(info, "Site"));
            Assert.Equal(_session.Cloud.Options.CloudId, Ps.Prop(info, "CloudId"));
        }

        [Fact]
        public void Site_parameter()
        {
            AssertCloudId(_session.Run("Get-JiraCloudId -Site $Site", _session.CloudParameters()).AssertNoErrors().Single);
            AssertCloudId(_session.Run("Get-JiraCloudId $Site", _session.CloudParameters()).AssertNoErrors().Single);
        }

        [Theory]
        [InlineData("$Site, $Site | Get-JiraCloudId", 2)]
        [InlineData("[pscustomobject]@{ Site = $Site } | Get-JiraCloudId", 1)]
        [InlineData("[pscustomobject]@{ Url = $Site } | Get-JiraCloudId", 1)]
        [InlineData("@([pscustomobject]@{ Url = $Site }, [pscustomobject]@{ Site = $Site }) | Get-JiraCloudId", 2)]
        public void Pipeline_by_value_and_by_property_name(string script, int count)
        {
            var result = _session.Run(script, _session.CloudParameters()).AssertNoErrors();
            Assert.Equal(count, result.Output.Count);
            foreach (var info in result.Output) AssertCloudId(info);
        }

        // A non-terminating CloudIdNotFound with -ErrorAction/-ErrorVariable: tests/Pester/GetJiraCloudId.Tests.ps1.

        [Fact]
        public void Input_that_is_not_a_site_is_InvalidSite()
        {
            var error = _session.Run("Get-JiraCloudId -Site 'not a site!'").SingleError;
            Assert.Equal("JiraInvalidSite,JiraAuth.Commands.GetJiraCloudIdCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }
    }
}
