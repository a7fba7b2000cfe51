using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Http;
using Xunit;

namespace JiraAuth.Core.Tests.Errors
{
    /// <summary>Remedies carry named values; a failed call's description is built step by step and never changed.</summary>
    public class RemedyAndFailureTests
    {
        [Fact]
        public void A_remedy_names_its_values_in_ToString()
        {
            var resets = new DateTimeOffset(2026, 1, 1, 2, 0, 0, TimeSpan.FromHours(1));

            Assert.Equal("WaitForRateLimitReset(ResetsAt=2026-01-01 01:00:00Z)", Remedy.WaitForRateLimitReset(resets).ToString());
            Assert.Equal("RemoveDamagedSecret(SecretName=JiraAuth:prod)", Remedy.RemoveDamagedSecret("JiraAuth:prod").ToString());
            Assert.Equal("RaiseTimeout(Unanswered=SignInService)", Remedy.RaiseTimeout(UnansweredService.SignInService).ToString());
            Assert.Equal("CheckCredential", new Remedy(RemedyKind.CheckCredential).ToString());
        }

        [Fact]
        public void A_remedy_survives_being_attached_and_read_back()
        {
            var error = new InvalidOperationException("damaged").With(Remedy.RemoveDamagedSecret("JiraAuth:me"));

            var remedy = Remedies.Of(error);
            Assert.Equal(RemedyKind.RemoveDamagedSecret, remedy.Kind);
            Assert.Equal("JiraAuth:me", remedy.SecretName);
            Assert.Null(remedy.SignInCommand);
        }

        [Fact]
        public void Every_token_status_but_Valid_has_a_remedy_kind_of_its_own_or_an_OAuth_one()
        {
            var statuses = Enum.GetValues(typeof(TokenStatus)).Cast<TokenStatus>().ToList();

            Assert.Null(TokenStatusRemedies.For(TokenStatus.Valid));
            var kinds = statuses.Where(s => s != TokenStatus.Valid).Select(s => TokenStatusRemedies.For(s)?.Kind).ToList();
            Assert.DoesNotContain(null, kinds);
            Assert.Equal(kinds.Count, kinds.Distinct().Count());
        }

        [Fact]
        public void Each_step_of_a_failure_description_is_a_new_value()
        {
            var uri = new Uri("https://admin:secret@acme.atlassian.net/rest/api/3/issue?jql=x");
            var bare = new JiraApiFailure(404, "GET", uri);
            var described = bare.WithJiraMessages(new[] { "Issue does not exist" }, new Dictionary<string, string> { ["key"] = "bad" })
                .WithRateLimit(new RateLimitInfo { RetryAfter = TimeSpan.FromSeconds(3) })
                .WithResponseExcerpt("excerpt");

            Assert.Empty(bare.ErrorMessages);
            Assert.Empty(bare.FieldErrors);
            Assert.Same(RateLimitInfo.None, bare.RateLimit);

            var error = new JiraApiException("Jira returned 404.", described);
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("GET", error.Method);
            Assert.Equal(new[] { "Issue does not exist", "key: bad" }, error.AllMessages);
            Assert.Equal(TimeSpan.FromSeconds(3), error.RateLimit.RetryAfter);
            Assert.Null(error.Remedy);
            Assert.Equal(RemedyKind.CheckKeyAndPermissions, error.With(new Remedy(RemedyKind.CheckKeyAndPermissions)).Remedy.Kind);
            Assert.Equal("excerpt", error.ResponseExcerpt);
            Assert.DoesNotContain("secret", error.RequestUri.ToString());
            Assert.DoesNotContain("jql", error.RequestUri.ToString());
        }

        [Fact]
        public void A_closed_connection_is_its_own_exception_with_its_remedy_and_no_object_name()
        {
            var closed = new JiraConnectionClosedException();

            Assert.IsAssignableFrom<ObjectDisposedException>(closed);
            Assert.Equal(RemedyKind.UseCurrentConnection, Remedies.Of(closed).Kind);
            Assert.DoesNotContain("Object name", closed.Message);
        }
    }
}
