using JiraAuth.OAuth;
using Xunit;

namespace JiraAuth.Module.Tests.Units
{
    /// <summary>
    /// Which hosts read the pasted sign-in redirect as a plain line: only the console host (pwsh, powershell.exe) whose
    /// standard input is redirected. Other hosts have their own UI whatever the process's input is. The end-to-end checks,
    /// a real pwsh with a pipe for input, are in tests/Pester/SignInFromPipe.Tests.ps1.
    /// </summary>
    public sealed class RedirectedConsoleInputTests
    {
        [Theory]
        [InlineData("ConsoleHost", true, true)]
        [InlineData("ConsoleHost", false, false)]
        [InlineData("JiraAuthTestHost", true, false)]
        [InlineData("Windows PowerShell ISE Host", true, false)]
        [InlineData("Visual Studio Code Host", true, false)]
        [InlineData("consolehost", true, false)]
        [InlineData(null, true, false)]
        public void Only_the_console_host_with_redirected_input_reads_a_plain_line(string hostName, bool redirected, bool expected)
        {
            Assert.Equal(expected, RedirectedConsoleInput.Applies(hostName, () => redirected));
        }

        [Fact]
        public void Redirection_is_not_asked_about_for_other_hosts()
        {
            var asked = false;
            RedirectedConsoleInput.Applies("Default Host", () => asked = true);
            Assert.False(asked);
        }
    }
}
