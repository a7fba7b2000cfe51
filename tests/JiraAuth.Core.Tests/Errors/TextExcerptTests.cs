using JiraAuth.Core.Errors;
using Xunit;

namespace JiraAuth.Core.Tests.Errors
{
    public sealed class TextExcerptTests
    {
        [Theory]
        [InlineData("text/html; charset=UTF-8", "")]
        [InlineData("", "<!DOCTYPE html><html><title>Log in</title></html>")]
        [InlineData("application/octet-stream", "  <html lang=\"en\"><body>Log in</body></html>")]
        public void A_web_page_is_recognised_by_its_content_type_or_its_markup(string contentType, string body) =>
            Assert.True(TextExcerpt.LooksLikeHtml(contentType, body));

        [Theory]
        [InlineData("application/json", "{\"errorMessages\":[]}")]
        [InlineData("application/xml", "<status><status-code>404</status-code></status>")]
        public void JSON_and_Jersey_XML_are_not_web_pages(string contentType, string body) =>
            Assert.False(TextExcerpt.LooksLikeHtml(contentType, body));
    }
}
