using Xunit;

// ConnectionRegistry.Session is process-wide: every runspace in this process sees the same connections, so the tests
// of this assembly must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
