using Xunit;
using JiraAuth.Cmdlets;

namespace JiraAuth.Module.Tests.Units
{
    public class HostInteractivityTests
    {
        private static readonly string[] Console = { "pwsh" };

        [Theory]
        [InlineData("Default Host")]
        [InlineData("ServerRemoteHost")]
        public void Hosts_without_a_user_are_non_interactive(string hostName)
        {
            Assert.True(HostInteractivity.IsNonInteractive(hostName, userInteractive: true, Console));
        }

        [Fact]
        public void The_console_host_of_a_logged_on_user_is_interactive()
        {
            Assert.False(HostInteractivity.IsNonInteractive("ConsoleHost", userInteractive: true, Console));
        }

        [Fact]
        public void A_service_session_is_non_interactive_whatever_the_host()
        {
            Assert.True(HostInteractivity.IsNonInteractive("ConsoleHost", userInteractive: false, Console));
        }

        [Theory]
        [InlineData("-NonInteractive")]
        [InlineData("-noni")]
        [InlineData("/NonInteractive")]
        [InlineData("--noninteractive")]
        public void The_NonInteractive_switch_in_any_accepted_spelling_counts(string argument)
        {
            Assert.True(HostInteractivity.IsNonInteractive("ConsoleHost", true, new[] { "powershell.exe", "-NoProfile", argument, "-File", "job.ps1" }));
        }

        [Theory]
        [InlineData("-NoProfile")]
        [InlineData("-NoLogo")]
        [InlineData("-non")]
        public void Other_switches_do_not(string argument)
        {
            Assert.False(HostInteractivity.IsNonInteractive("ConsoleHost", true, new[] { "pwsh", argument }));
        }

        [Fact]
        public void Arguments_that_belong_to_the_script_are_ignored()
        {
            Assert.False(HostInteractivity.IsNonInteractive("ConsoleHost", true, new[] { "pwsh", "-File", "job.ps1", "-NonInteractive" }));
            Assert.False(HostInteractivity.IsNonInteractive("ConsoleHost", true, new[] { "pwsh", "-c", "echo", "-noni" }));
        }
    }
}
