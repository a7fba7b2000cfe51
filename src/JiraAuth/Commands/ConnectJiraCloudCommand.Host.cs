using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation.Host;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Connecting;
using JiraAuth.Input;
using JiraAuth.OAuth;

namespace JiraAuth.Commands
{
    /// <summary>What connecting and the 3LO sign-in ask of the PowerShell host: waiting, messages, the pasted redirect, the site choice.</summary>
    public sealed partial class ConnectJiraCloudCommand
    {
        T IConnectHost.Wait<T>(Func<CancellationToken, Task<T>> work) => RunSync(work);

        T ISignInHost.Wait<T>(Func<CancellationToken, Task<T>> work) => RunSync(work);

        bool ISignInHost.IsNonInteractive => NonInteractive || Host?.UI == null;

        bool ISignInHost.InputIsRedirected => RedirectedConsoleInput.Applies(Host?.Name);

        void ISignInHost.Tell(string line) => Host.UI.WriteLine(line);

        // Read hidden at a terminal: the redirect carries the authorization code, which must not stay on screen or in a transcript.
        string ISignInHost.Ask(string prompt)
        {
            if (((ISignInHost)this).InputIsRedirected)
            {
                Host.UI.Write(prompt + " (read from standard input): ");
                var line = RedirectedConsoleInput.ReadLine();
                Host.UI.WriteLine();
                return line;
            }
            Host.UI.Write(prompt + " (input is hidden): ");
            var pasted = Host.UI.ReadLineAsSecureString();
            return pasted == null ? null : CredentialFactory.Secret(pasted).Reveal();
        }

        int ISignInHost.Choose(string caption, string message, IReadOnlyList<string> choices)
        {
            var options = new Collection<ChoiceDescription>(choices.Select((c, i) => new ChoiceDescription("&" + (i + 1) + " " + c, c)).ToList());
            return Host.UI.PromptForChoice(caption, message, options, 0);
        }

        void ISignInHost.WriteWarning(string text) => WriteWarning(text);

        void IConnectHost.WriteVerbose(string text) => WriteVerbose(text);

        void IConnectHost.WriteWarning(string text) => WriteWarning(text);

        bool IConnectHost.ShouldProcess(string target, string action) => ShouldProcess(target, action);
    }
}
