using System;
using JiraAuth.Core.Errors;
using Xunit;

namespace JiraAuth.Core.Tests.Errors
{
    public sealed class ExceptionChainTests
    {
        [Fact]
        public void Inner_messages_follow_the_outer_one_with_the_separator()
        {
            var error = new InvalidOperationException("outer", new InvalidOperationException("middle", new TimeoutException("inner")));
            Assert.Equal("outer -> middle -> inner", ExceptionChain.Flatten(error, " -> "));
        }

        [Fact]
        public void An_inner_message_the_outer_one_already_quotes_is_not_repeated()
        {
            var error = new InvalidOperationException("Unable to add secret: vault locked", new InvalidOperationException("vault locked"));
            Assert.Equal("Unable to add secret: vault locked", ExceptionChain.Flatten(error));
        }
    }
}
