using Xunit;
namespace JiraAuth.Core.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void CoreAssemblyLoads() => Assert.Equal("JiraAuth.Core", typeof(JiraAuth.Core.Auth.AuthMode).Assembly.GetName().Name);
    }
}
