using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace JiraAuth.OAuth
{
    /// <summary>What a 3LO sign-in needs from the cmdlet: a person at the host who can read a link, paste a URL and choose a site.</summary>
    internal interface ISignInHost
    {
        bool IsNonInteractive { get; }

        /// <summary>Answers come from a pipe or file as plain lines (see <see cref="RedirectedConsoleInput"/>), not from a person at a prompt.</summary>
        bool InputIsRedirected { get; }

        T Wait<T>(Func<CancellationToken, Task<T>> work);

        /// <summary>Shown to the person (host UI, not an output stream).</summary>
        void Tell(string line);

        /// <summary>
        /// A line the person types or pastes, read without echo at a terminal (as it is from redirected input); null at the end
        /// of the input.
        /// </summary>
        string Ask(string prompt);

        /// <returns>The index chosen.</returns>
        int Choose(string caption, string message, IReadOnlyList<string> choices);

        void WriteWarning(string text);
    }
}
