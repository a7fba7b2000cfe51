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

        [Fact]
        public void Data_Center_site_is_a_non_terminating_CloudIdNotFound_and_the_pipeline_goes_on()
        {
            var result = _session.Run("$Dc, $Site | Get-JiraCloudId",
                _session.CloudParameters(("Dc", _session.DataCenter.SiteUrl)));

            var error = result.SingleError;
            Assert.Null(result.Terminating);
            Assert.Equal("JiraCloudIdNotFound,JiraAuth.Commands.GetJiraCloudIdCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("-CloudId", error.ErrorDetails.RecommendedAction);
            AssertCloudId(result.Single);
        }

        [Fact]
        public void Input_that_is_not_a_site_is_InvalidSite()
        {
            var error = _session.Run("Get-JiraCloudId -Site 'not a site!'").SingleError;
            Assert.Equal("JiraInvalidSite,JiraAuth.Commands.GetJiraCloudIdCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }
    }
}
