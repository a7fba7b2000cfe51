using System.IO;
using JiraAuth.PwshHost;
using Xunit;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>A fact that needs the test pwsh (out/pwsh) and the real SecretManagement/SecretStore in ../shared; skipped, saying which is missing, without
    /// them.</summary>
    public class RealSecretStoreFactAttribute : FactAttribute
    {
        public RealSecretStoreFactAttribute()
        {
            if (RepositoryLayout.SharedPowerShellModules == null)
            {
                Skip = "The real SecretManagement/SecretStore modules are not in ../shared/tools/powershell-modules beside the repository; the cross-process "
                    + "rotation test needs them.";
            }
            else if (!Directory.Exists(RepositoryLayout.PwshFolder))
            {
                Skip = "The test pwsh is not built (out/pwsh); run dotnet build JiraAuth.sln.";
            }
        }
    }
}
