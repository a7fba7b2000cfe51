using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>How one pwsh of a <see cref="Farm"/> ended: its calls, their failures by ErrorId, and whether it was killed or aborted.</summary>
    internal sealed class FarmWorker
    {
        /// <summary>
        /// Connects to the saved 3LO connection (again at the next step while it fails, as the next run of a scheduled task would)
        /// (and says so with a file in FARM_READY_FOLDER) and calls myself every 300 ms for FARM_SECONDS after the first attempt; never throws, so any
        /// exit code but 0 is an abort. Each new ErrorId is printed once with its message (FARM-ERROR id: message); the last
        /// line sums up: FARM ok=N failed=M errors=Id:count;...
        /// </summary>
        public const string Script = @"
$ErrorActionPreference = 'Stop'
Import-Module Microsoft.PowerShell.SecretManagement
Import-Module $env:JIRAAUTH_MODULE
$ok = 0; $failed = 0; $errors = @{}
function Note($record) {
    $id = ([string] $record.FullyQualifiedErrorId).Split(',')[0]
    if (-not $script:errors.ContainsKey($id)) { 'FARM-ERROR ' + $id + ': ' + ([string] $record.Exception.Message).Split([char] 10)[0] }
    $script:errors[$id] = 1 + [int] $script:errors[$id]
}
$connected = $false
function Step {
    if ($script:connected) { $null = Invoke-JiraRestMethod myself -Connection farm }
    else {
        $null = Connect-JiraCloud -Name farm
        $script:connected = $true
        [System.IO.File]::WriteAllText((Join-Path $env:FARM_READY_FOLDER ('connected-' + $PID)), 'connected')
    }
}
try { Step; $ok++ } catch { $failed++; Note $_ }
[System.IO.File]::WriteAllText((Join-Path $env:FARM_READY_FOLDER ('arrived-' + $PID)), 'arrived')
if ($env:FARM_START_FILE) {
    # Start together: pwsh starts slowly and the first connects queue for the refresh lock (rotations by different
    # processes are kept 6 s apart: RotationOptions.WriteSpacing), so without this the first
    # workers could finish before the last began.
    $startBy = [DateTime]::UtcNow.AddSeconds(120)
    while (-not [System.IO.File]::Exists($env:FARM_START_FILE) -and [DateTime]::UtcNow -lt $startBy) { Start-Sleep -Milliseconds 100 }
}
$end = [DateTime]::UtcNow.AddSeconds([double] $env:FARM_SECONDS)   # counted from the first connect (or the start): on a loaded machine pwsh starts slowly
while ([DateTime]::UtcNow -lt $end) {
    try { Step; $ok++ } catch { $failed++; Note $_ }
    Start-Sleep -Milliseconds 300
}
'FARM ok=' + $ok + ' failed=' + $failed + ' errors=' + (($errors.GetEnumerator() | Sort-Object Key | ForEach-Object { $_.Key + ':' + $_.Value }) -join ';')
";

        private static readonly Regex Summary = new Regex(@"FARM ok=(\d+) failed=(\d+) errors=(\S*)");

        public FarmWorker(int server, int exitCode, bool killed, bool timedOut, string output, string errorOutput)
        {
            Server = server;
            ExitCode = exitCode;
            Killed = killed;
            TimedOut = timedOut;
            Output = output;
            ErrorOutput = errorOutput;
            var match = Summary.Match(output ?? string.Empty);
            Reported = match.Success;
            if (!match.Success) return;
            Ok = int.Parse(match.Groups[1].Value);
            Failed = int.Parse(match.Groups[2].Value);
            Errors = match.Groups[3].Value.Split(';', System.StringSplitOptions.RemoveEmptyEntries)
                .Select(e => e.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1]));
        }

        public int Server { get; }
        public int ExitCode { get; }
        public bool Killed { get; }
        public bool TimedOut { get; }
        public bool Reported { get; }
        public int Ok { get; }
        public int Failed { get; }
        public IReadOnlyDictionary<string, int> Errors { get; } = new Dictionary<string, int>();
        public string Output { get; }
        public string ErrorOutput { get; }

        /// <summary>Ended by itself with a non-zero exit code or without its summary (a crash such as the runtime's abort): never expected.</summary>
        public bool Aborted => !Killed && !TimedOut && (ExitCode != 0 || !Reported);

        /// <summary>Still running at its time limit (the test then killed it).</summary>
        public bool Hung => TimedOut;

        public override string ToString() =>
            $"server {Server}: exit {ExitCode}{(Killed ? " (killed by the test)" : "")}{(TimedOut ? " (time limit)" : "")}\n--- stdout ---\n{Output}\n--- stderr ---\n{ErrorOutput}";
    }
}
