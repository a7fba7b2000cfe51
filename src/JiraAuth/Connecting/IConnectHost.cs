using System;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.Connecting
{
    /// <summary>What <see cref="JiraConnectionFactory"/> needs from the cmdlet that runs it: waiting, writing and confirming.</summary>
    internal interface IConnectHost
    {
        /// <summary>Waits for Core's async work on the pipeline thread (cancellable with Ctrl+C, relaying retry notices).</summary>
        T Wait<T>(Func<CancellationToken, Task<T>> work);

        void WriteVerbose(string text);

        void WriteWarning(string text);

        bool ShouldProcess(string target, string action);
    }
}
