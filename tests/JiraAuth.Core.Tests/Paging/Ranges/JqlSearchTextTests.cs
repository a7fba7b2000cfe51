using JiraAuth.Core.Paging.Ranges;
using Xunit;

namespace JiraAuth.Core.Tests.Paging.Ranges
{
    public class JqlSearchTextTests
    {
        [Theory]
        [InlineData("project = ABC", "project = ABC", "None")]
        [InlineData("project = ABC ORDER BY id", "project = ABC", "Ascending")]
        [InlineData("project = ABC order   by ID asc", "project = ABC", "Ascending")]
        [InlineData("project = ABC\nORDER BY id DESC", "project = ABC", "Descending")]
        [InlineData("summary ~ \"order by\" AND project = ABC", "summary ~ \"order by\" AND project = ABC", "None")]
        [InlineData("summary ~ 'it\\'s order by id' ORDER BY id DESC", "summary ~ 'it\\'s order by id'", "Descending")]
        [InlineData("summary ~ \"say \\\"order by x\\\"\"", "summary ~ \"say \\\"order by x\\\"\"", "None")]
        [InlineData("issue in linkedIssues(\"A-1\", \"order by\") and project = A", "issue in linkedIssues(\"A-1\", \"order by\") and project = A", "None")]
        [InlineData("labels = reorder_by_date", "labels = reorder_by_date", "None")]
        public void Reads_the_restriction_and_an_order_by_id(string jql, string restriction, string order)
        {
            var text = JqlSearchText.Read(jql);

            Assert.Null(text.Problem);
            Assert.Equal(restriction, text.Restriction);
            Assert.Equal(order, text.Order.ToString());
        }

        [Theory]
        [InlineData("project = ABC ORDER BY summary", "it orders by summary, not id")]
        [InlineData("project = ABC ORDER BY id, key", "it orders by more than one field (id, key)")]
        [InlineData("project = ABC ORDER BY id DESC NULLS", "it orders by something this reader cannot read safely (id DESC NULLS)")]
        [InlineData("project = ABC ORDER BY", "it orders by nothing (an empty ORDER BY)")]
        [InlineData("summary ~ \"open ORDER BY id", "it has a quoted string that is not closed")]
        [InlineData("(project = ABC ORDER BY id", "its parentheses do not match")]
        [InlineData("project = ABC) ORDER BY id", "its parentheses do not match")]
        [InlineData("project = A ORDER BY id ORDER BY key", "it has more than one ORDER BY")]
        [InlineData("ORDER BY id", "it has no restriction (Jira refuses an unbounded search)")]
        [InlineData("   ", "it has no restriction (Jira refuses an unbounded search)")]
        public void Refuses_what_it_cannot_split_safely_and_says_why(string jql, string problem)
        {
            Assert.Equal(problem, JqlSearchText.Read(jql).Problem);
        }

        [Fact]
        public void Another_order_is_Other_and_keeps_its_clause_for_messages()
        {
            var text = JqlSearchText.Read("project = ABC ORDER BY created DESC");

            Assert.Equal(IdOrder.Other, text.Order);
            Assert.Equal("ORDER BY created DESC", text.OrderText);
        }
    }
}
