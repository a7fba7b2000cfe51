using Xunit;

namespace JiraAuth.Core.Tests.OAuth
{
    /// <summary>Tests that set process-wide environment variables (JIRAAUTH_LOCK_DIRECTORY) run alone, never beside one that reads them.</summary>
    [CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
    }
}
