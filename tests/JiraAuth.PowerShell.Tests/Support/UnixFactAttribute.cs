using System.Runtime.InteropServices;
using Xunit;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>A fact that needs a Unix command (e.g. 'true' as $BROWSER); skipped on Windows with that reason.</summary>
    public sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute(string needs)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) Skip = "Skipped on Windows: the test needs " + needs + ".";
        }
    }
}
