using JiraAuth.Core.Connections;
using Xunit;

namespace JiraAuth.Core.Tests.Connections
{
    public sealed class ConnectionRegistryTests
    {
        [Fact]
        public void Resolving_the_default_of_an_empty_registry_says_there_is_none_without_naming_a_cmdlet()
        {
            var e = Assert.Throws<JiraConnectionNotFoundException>(() => new ConnectionRegistry().Resolve(null));
            Assert.Null(e.ConnectionName);
            Assert.Equal("There is no Jira connection in this session.", e.Message);
        }

        [Fact]
        public void Resolving_an_unknown_name_keeps_the_name_for_the_caller_to_use_in_its_remedy()
        {
            var e = Assert.Throws<JiraConnectionNotFoundException>(() => new ConnectionRegistry().Resolve("prod"));
            Assert.Equal("prod", e.ConnectionName);
            Assert.Equal("There is no Jira connection named 'prod' in this session.", e.Message);
        }
    }
}
