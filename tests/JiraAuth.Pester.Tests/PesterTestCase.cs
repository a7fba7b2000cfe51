using System;
using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace JiraAuth.Pester.Tests
{
    /// <summary>One Pester test as an xunit test case: displayed as "Pester: &lt;file&gt;: &lt;Describe&gt; &gt; … &gt; &lt;It&gt;".</summary>
    public sealed class PesterTestCase : XunitTestCase
    {
        private string _displayName;
        private string _skipReason;

        [EditorBrowsable(EditorBrowsableState.Never)]
        [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
        public PesterTestCase()
        {
        }

        public PesterTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod,
            PesterTestOutcome test)
            : base(diagnostics, display, displayOptions, testMethod, new object[] { test.Id })
        {
            _displayName = $"Pester: {System.IO.Path.GetFileName(test.File)}: {test.Name}";
            _skipReason = test.Skip ? "Pester skips it: " + test.SkipReason : null;
        }

        protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => _displayName;

        protected override string GetSkipReason(IAttributeInfo factAttribute) => _skipReason;

        public override void Serialize(IXunitSerializationInfo data)
        {
            base.Serialize(data);
            data.AddValue("PesterDisplayName", _displayName);
            data.AddValue("PesterSkipReason", _skipReason);
        }

        public override void Deserialize(IXunitSerializationInfo data)
        {
            _displayName = data.GetValue<string>("PesterDisplayName");
            _skipReason = data.GetValue<string>("PesterSkipReason");
            base.Deserialize(data);
        }
    }
}
