using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>What a browser does with a 3LO link shown by -NoBrowser: ask the fake's /authorize (which consents at once) and return where it redirects.</summary>
    public sealed class ConsentingBrowser
    {
        private readonly List<string> _codes = new List<string>();

        /// <summary>Every authorization code the redirects carried (they are secrets too).</summary>
        public IReadOnlyList<string> Codes
        {
            get { lock (_codes) return _codes.ToList(); }
        }

        /// <summary>The redirect the fake answers <paramref name="link"/> with (what the person pastes back).</summary>
        public string Follow(string link)
        {
            using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) })
            using (var response = http.GetAsync(link).GetAwaiter().GetResult())
            {
                var location = response.Headers.Location.ToString();
                var code = location.Split('?', '&').FirstOrDefault(p => p.StartsWith("code=", StringComparison.Ordinal));
                if (code != null) lock (_codes) _codes.Add(Uri.UnescapeDataString(code.Substring(5)));
                return location;
            }
        }
    }
}
