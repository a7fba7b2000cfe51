using Xunit;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>A theory that needs ../shared/reference; skipped with a visible reason where it is absent.</summary>
    public sealed class FixtureTheoryAttribute : TheoryAttribute
    {
        public FixtureTheoryAttribute()
        {
            if (!Fixtures.Available) Skip = Fixtures.MissingMessage;
        }
    }
}
