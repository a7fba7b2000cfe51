using System.Globalization;
using JiraAuth.FakeJira.Auth;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Hosting;
using JiraAuth.FakeJira.Http;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    /// <summary>Everything an endpoint handler needs about the request it is serving.</summary>
    internal sealed class ApiCall
    {
        public HttpContext Context { get; init; }
        public FakeRequestState State { get; init; }
        public Links Links { get; init; }
        public FakeDataStore Store { get; init; }
        public FakeJiraOptions Options { get; init; }
        public ServerAddresses Addresses { get; init; }

        public FakeUser User => State.Auth.User;
        public bool IsDataCenter => Options.Deployment == FakeDeployment.DataCenter;
        public HttpRequest Request => Context.Request;

        public string Route(string name) => Context.Request.RouteValues.TryGetValue(name, out object value) ? value?.ToString() : null;

        public string Query(string name)
        {
            string value = Context.Request.Query[name];
            return string.IsNullOrEmpty(value) ? null : value;
        }

        /// <summary>Unparseable numbers fall back to the default, which is how Jira treats them on most endpoints.</summary>
        public int QueryInt(string name, int fallback) =>
            int.TryParse(Query(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
    }
}
