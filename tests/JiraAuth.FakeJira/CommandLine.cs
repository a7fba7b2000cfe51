using System;
using System.Globalization;

namespace JiraAuth.FakeJira
{
    /// <summary>Parses `--port N [--gateway-port M] [--datacenter] [--context-path /jira] [--captcha-threshold K] [--cloud-id ID] [--oauth-token-lifetime
    /// SECONDS] [--oauth-reuse-leeway SECONDS]`.</summary>
    internal static class CommandLine
    {
        public static FakeJiraOptions Parse(string[] args)
        {
            var options = new FakeJiraOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--port": options.SitePort = Int(args, ++i); break;
                    case "--gateway-port": options.GatewayPort = Int(args, ++i); break;
                    case "--datacenter": options.Deployment = FakeDeployment.DataCenter; break;
                    case "--context-path": options.ContextPath = Value(args, ++i); break;
                    case "--captcha-threshold": options.CaptchaThreshold = Int(args, ++i); break;
                    case "--cloud-id": options.CloudId = Value(args, ++i); break;
                    case "--oauth-token-lifetime": options.OAuthAccessTokenLifetime = TimeSpan.FromSeconds(Int(args, ++i)); break;
                    case "--oauth-reuse-leeway": options.OAuthRefreshReuseLeeway = TimeSpan.FromSeconds(Int(args, ++i)); break;
                    default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
                }
            }
            return options;
        }

        private static string Value(string[] args, int index) =>
            index < args.Length ? args[index] : throw new ArgumentException($"Missing value after '{args[index - 1]}'.");

        private static int Int(string[] args, int index) => int.Parse(Value(args, index), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
