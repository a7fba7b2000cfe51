using System;

namespace JiraAuth.PwshHost
{
    /// <summary>How a pwsh run ended: exit code (-1 when killed), everything it printed, whether it hit its time limit.</summary>
    public sealed class PwshResult
    {
        public PwshResult(int exitCode, string standardOutput, string standardError, bool timedOut, TimeSpan elapsed)
        {
            ExitCode = exitCode;
            StandardOutput = standardOutput;
            StandardError = standardError;
            TimedOut = timedOut;
            Elapsed = elapsed;
        }

        public int ExitCode { get; }
        public string StandardOutput { get; }
        public string StandardError { get; }
        public bool TimedOut { get; }
        public TimeSpan Elapsed { get; }

        /// <summary>A summary for assertion messages.</summary>
        public override string ToString()
        {
            string end = TimedOut ? $"killed after {Elapsed.TotalSeconds:0}s (time limit)" : $"exit code {ExitCode} after {Elapsed.TotalSeconds:0.0}s";
            return $"pwsh {end}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
        }
    }
}
