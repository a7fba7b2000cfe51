using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace JiraAuth.OAuth
{
    /// <summary>Opens the consent page in the user's browser, honouring $BROWSER as Unix tools do; says when there is no browser to open.</summary>
    internal static class BrowserLauncher
    {
        /// <summary>False over SSH or on a Linux machine without a desktop: the URL is shown for pasting instead.</summary>
        public static bool CanOpen
        {
            get
            {
                if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BROWSER"))) return true;
                if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SSH_CONNECTION"))) return false;
                if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return true;
                return !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY"))
                    || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY"));
            }
        }

        /// <returns>null when a browser was started, else why not.</returns>
        public static string TryOpen(Uri url)
        {
            try
            {
                var browser = Environment.GetEnvironmentVariable("BROWSER");
                ProcessStartInfo start;
                if (!string.IsNullOrEmpty(browser)) start = new ProcessStartInfo(browser, "\"" + url.AbsoluteUri + "\"");
                else if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) start = new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true };
                else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) start = new ProcessStartInfo("open", "\"" + url.AbsoluteUri + "\"");
                else start = new ProcessStartInfo("xdg-open", "\"" + url.AbsoluteUri + "\"");
                start.UseShellExecute = start.UseShellExecute && RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
                start.CreateNoWindow = true;
                using (Process.Start(start)) { }
                return null;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException || e is PlatformNotSupportedException)
            {
                return e.Message;
            }
        }
    }
}
