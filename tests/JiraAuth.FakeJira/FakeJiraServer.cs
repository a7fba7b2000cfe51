using System;
using System.Net;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Auth;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Endpoints;
using JiraAuth.FakeJira.Hosting;
using JiraAuth.FakeJira.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JiraAuth.FakeJira
{
    /// <summary>
    /// An in-process fake of Jira Cloud (site + api.atlassian.com gateway) or Jira Data Center, listening on
    /// 127.0.0.1 with random ports so several instances can run side by side in one test run.
    /// </summary>
    public sealed class FakeJiraServer : IAsyncDisposable, IDisposable
    {
        private readonly WebApplication app;
        private readonly LoginFailureTracker failures;
        private bool disposed;

        private FakeJiraServer(WebApplication app, FakeJiraOptions options, LoginFailureTracker failures, RequestLog requests, FaultQueue faults,
            FakeAuthorizationServer oauth)
        {
            OAuth = oauth;
            this.app = app;
            this.failures = failures;
            Options = options;
            Requests = requests;
            Faults = faults;
        }

        public FakeJiraOptions Options { get; }

        /// <summary>
        /// e.g. http://127.0.0.1:41234 (plus ContextPath for Data Center). System.Uri prints a bare authority with a
        /// trailing "/", so to build request URLs by concatenation use <see cref="SiteUrl"/> instead.
        /// </summary>
        public Uri SiteUri { get; private set; }

        /// <summary>SiteUri as a string without trailing slash: SiteUrl + "/rest/api/3/myself" is always right.</summary>
        public string SiteUrl => WithoutTrailingSlash(SiteUri);

        /// <summary>The api.atlassian.com stand-in (Cloud only; null for Data Center). Append /ex/jira/{CloudId}.</summary>
        public Uri GatewayUri { get; private set; }

        /// <summary>Same content as the site, over HTTPS with an untrusted self-signed certificate.</summary>
        public Uri TlsSiteUri { get; private set; }

        public string GatewayUrl => WithoutTrailingSlash(GatewayUri);

        /// <summary>GatewayUrl + "/ex/jira/{CloudId}": the base URL a scoped-token client should use.</summary>
        public string GatewayApiUrl => GatewayUri == null ? null : GatewayUrl + "/ex/jira/" + Options.CloudId;

        public string TlsSiteUrl => WithoutTrailingSlash(TlsSiteUri);

        /// <summary>Convenience: GatewayUri + /ex/jira/{CloudId}.</summary>
        public Uri GatewayApiUri => GatewayUri == null ? null : new Uri(GatewayApiUrl);

        /// <summary>The auth.atlassian.com stand-in (Cloud only; null for Data Center): /authorize and /oauth/token.</summary>
        public Uri AuthUri { get; private set; }

        public string AuthUrl => WithoutTrailingSlash(AuthUri);

        /// <summary>The strict OAuth authorization server behind AuthUri, accessible-resources and DC's token endpoint.</summary>
        public FakeAuthorizationServer OAuth { get; }

        public RequestLog Requests { get; }
        public FaultQueue Faults { get; }

        /// <summary>Latency, mid-export changes and more issues for search/jql exports.</summary>
        public FakeSearchControls Search { get; private init; }

        /// <summary>Clears failure counters and CAPTCHA states (the always-locked account stays locked).</summary>
        public void ResetLockouts() => failures.Reset();

        public static async Task<FakeJiraServer> StartAsync(FakeJiraOptions options = null)
        {
            options ??= new FakeJiraOptions();
            // Key generation is the slowest step of a cold start; overlap it with building the host.
            _ = Task.Run(() => SelfSignedCertificate.Instance);
            bool cloud = options.Deployment == FakeDeployment.Cloud;
            var failures = new LoginFailureTracker(options.CaptchaThreshold);
            var requests = new RequestLog();
            var faults = new FaultQueue();
            var ports = new ListenerPorts();
            var addresses = new ServerAddresses();

            // The empty builder reads no appsettings.json or ASPNETCORE_* variables, so the test host's
            // configuration cannot add endpoints or change behaviour, and it registers no logging providers,
            // which keeps in-process use silent.
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
            {
                Args = Array.Empty<string>(),
                ApplicationName = typeof(FakeJiraServer).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.WebHost.UseKestrelCore();
            builder.Services.AddRoutingCore();
            if (Environment.GetEnvironmentVariable("FAKEJIRA_LOG") == "1")
            {
                builder.Logging.AddSimpleConsole();
            }

            ListenOptions siteListen = null, gatewayListen = null, tlsListen = null, authListen = null;
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Listen(IPAddress.Loopback, options.SitePort, listen => siteListen = listen);
                if (cloud)
                {
                    kestrel.Listen(IPAddress.Loopback, options.GatewayPort, listen => gatewayListen = listen);
                    kestrel.Listen(IPAddress.Loopback, 0, listen => authListen = listen);
                }
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    tlsListen = listen;
                    listen.UseHttps(SelfSignedCertificate.Instance);
                });
            });

            WebApplication app = builder.Build();
            var oauth = new FakeAuthorizationServer(options);
            var pipeline = new RequestPipeline(options, ports, requests, faults, failures, oauth);
            app.Use((context, next) => pipeline.InvokeAsync(context, () => next(context)));
            // Routing must run after the pipeline has moved the context path / gateway prefix into PathBase.
            app.UseRouting();
            var store = new FakeDataStore();
            EndpointCatalog.MapAll(new ApiRouteMapper(app, store, options, addresses));

            await app.StartAsync().ConfigureAwait(false);

            ports.Site = siteListen.IPEndPoint.Port;
            ports.Gateway = gatewayListen?.IPEndPoint.Port ?? -1;
            ports.Tls = tlsListen.IPEndPoint.Port;
            ports.Auth = authListen?.IPEndPoint.Port ?? -1;

            var server = new FakeJiraServer(app, options, failures, requests, faults, oauth) { Search = store.Search };
            string context = options.NormalizedContextPath;
            server.SiteUri = new Uri($"http://127.0.0.1:{ports.Site}{context}");
            server.TlsSiteUri = new Uri($"https://127.0.0.1:{ports.Tls}{context}");
            server.GatewayUri = cloud ? new Uri($"http://127.0.0.1:{ports.Gateway}") : null;
            server.AuthUri = cloud ? new Uri($"http://127.0.0.1:{ports.Auth}") : null;
            oauth.SiteUrl = server.SiteUrl;
            addresses.SiteBase = server.SiteUrl;
            addresses.GatewayBase = server.GatewayUrl ?? "";
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        private static string WithoutTrailingSlash(Uri uri) => uri?.AbsoluteUri.TrimEnd('/');

        public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
