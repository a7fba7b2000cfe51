using System;
using Xunit;
using Xunit.Sdk;

namespace JiraAuth.Pester.Tests
{
    /// <summary>
    /// Marks a method that takes a Pester test Id: xunit gets one test case per test of the Pester suite, named like the
    /// Pester test, skipped when Pester discovery skips it (see <see cref="PesterTestDiscoverer"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    [XunitTestCaseDiscoverer("JiraAuth.Pester.Tests.PesterTestDiscoverer", "JiraAuth.Pester.Tests")]
    public sealed class PesterTestAttribute : FactAttribute
    {
    }
}
