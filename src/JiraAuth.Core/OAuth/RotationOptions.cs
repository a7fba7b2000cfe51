using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Core.OAuth
{
    /// <summary>Timing of <see cref="RefreshTokenRotation"/>; the defaults fit Microsoft.PowerShell.SecretStore.</summary>
    internal sealed class RotationOptions
    {
        /// <summary>How long to wait for another process's refresh to finish.</summary>
        public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>How long a vault may keep returning an older generation than the lock file names before we give up.</summary>
        public TimeSpan StaleReadTimeout { get; set; } = TimeSpan.FromSeconds(20);

        public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

        /// <summary>
        /// Minimum time between writes by different processes. SecretStore reloads another process's write only when it
        /// came more than 5 s after this process's own last write; closer writes stay invisible and the next write
        /// silently drops them. Spacing writes by more than that keeps every process able to see the newest token.
        /// </summary>
        public TimeSpan WriteSpacing { get; set; } = TimeSpan.FromSeconds(6);

        /// <summary>Names this writer in the lock file; null: this process. Tests give two rotations different names to act as two processes.</summary>
        public string WriterId { get; set; }

        /// <summary>Recorded in the saved record with every rotation; tests give two rotations different names to act as two servers.</summary>
        public string MachineName { get; set; } = Environment.MachineName;

        /// <summary>null: <see cref="RefreshLockFolder.Current"/> (JIRAAUTH_LOCK_DIRECTORY, or the user profile).</summary>
        public string LockDirectory { get; set; }

        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;
    }
}
