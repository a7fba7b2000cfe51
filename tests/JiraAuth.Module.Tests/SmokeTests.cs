using Xunit;
namespace JiraAuth.Module.Tests
{
    public class SmokeTests
    {
        [Fact]
        public void Placeholder() => Assert.True(System.IO.File.Exists(System.IO.Path.Combine(System.AppContext.BaseDirectory, "JiraAuth.Module.Tests.dll")));
    }
}
