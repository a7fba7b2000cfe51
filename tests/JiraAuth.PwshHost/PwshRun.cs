using System;
using System.Collections.Generic;

namespace JiraAuth.PwshHost
{
    /// <summary>One run of the test pwsh: its arguments, environment changes, working folder and time limit.</summary>
    public sealed class PwshRun
    {
        /// <summary>Long enough for a loaded 2-core machine; short enough that a hang fails the test instead of stalling CI.</summary>
        public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

        /// <summary>pwsh's own arguments, e.g. -NoProfile -NonInteractive -File script.ps1 -Name value.</summary>
        public List<string> Arguments { get; } = new List<string>();

        /// <summary>Variables to set (null value: remove) on top of this process's environment.</summary>
        public IReadOnlyDictionary<string, string> Environment { get; set; }

        public string WorkingDirectory { get; set; }

        public TimeSpan Timeout { get; set; } = DefaultTimeout;
    }
}
