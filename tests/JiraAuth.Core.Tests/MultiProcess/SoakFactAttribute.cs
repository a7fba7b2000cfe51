using System;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>The long soak: run on demand (./build.ps1 -Task Soak sets JIRAAUTH_SOAK_ROUNDS), skipped in the normal test run.</summary>
    public sealed class SoakFactAttribute : RealSecretStoreFactAttribute
    {
        public const string RoundsVariable = "JIRAAUTH_SOAK_ROUNDS";

        public SoakFactAttribute()
        {
            if (Skip == null && !int.TryParse(Environment.GetEnvironmentVariable(RoundsVariable), out _))
            {
                Skip = $"The soak runs on demand: ./build.ps1 -Task Soak (or set {RoundsVariable} to a number of rounds).";
            }
        }
    }
}
