using Xunit;

namespace JiraAuth.Core.Tests.Support
{
    /// <summary>A fact that needs ../shared/reference; skipped with a visible reason where it is absent.</summary>
    public sealed class FixtureFactAttribute : FactAttribute
    {
        public FixtureFactAttribute()
        {
            if (!Fixtures.Available) Skip = Fixtures.MissingMessage;
        }
    }
}
