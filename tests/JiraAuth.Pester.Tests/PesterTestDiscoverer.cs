using System;
using System.Collections.Generic;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace JiraAuth.Pester.Tests
{
    /// <summary>
    /// Lists the Pester suite's tests by a Pester discovery run (no test runs), one xunit test case each. When discovery
    /// itself fails, one failing test case carries pwsh's output, so a broken suite can never pass by having no tests.
    /// </summary>
    public sealed class PesterTestDiscoverer : IXunitTestCaseDiscoverer
    {
        private readonly IMessageSink _diagnostics;

        public PesterTestDiscoverer(IMessageSink diagnosticMessageSink)
        {
            _diagnostics = diagnosticMessageSink;
        }

        public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
        {
            TestMethodDisplay display = discoveryOptions.MethodDisplayOrDefault();
            TestMethodDisplayOptions displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();

            IReadOnlyList<PesterTestOutcome> tests;
            try
            {
                tests = PesterSuite.Discover();
            }
            catch (Exception e)
            {
                return new IXunitTestCase[] { new ExecutionErrorTestCase(_diagnostics, display, displayOptions, testMethod, e.Message) };
            }
            if (tests.Count == 0)
            {
                return new IXunitTestCase[] { new ExecutionErrorTestCase(_diagnostics, display, displayOptions, testMethod,
                    "Pester discovery found no tests in tests/Pester.") };
            }

            var cases = new List<IXunitTestCase>();
            foreach (PesterTestOutcome test in tests)
            {
                cases.Add(new PesterTestCase(_diagnostics, display, displayOptions, testMethod, test));
            }
            return cases;
        }
    }
}
