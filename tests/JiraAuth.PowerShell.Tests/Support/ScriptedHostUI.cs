using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>Records every line shown; answers ReadLine and choices from callbacks set by the test.</summary>
    public sealed class ScriptedHostUI : PSHostUserInterface
    {
        private readonly StringBuilder _partial = new StringBuilder();

        public List<string> Lines { get; } = new List<string>();

        /// <summary>Called with each complete line shown (e.g. to "click" a link).</summary>
        public Action<string> OnLine { get; set; }

        /// <summary>Answers ReadLine, given everything shown so far.</summary>
        public Func<IReadOnlyList<string>, string> Answer { get; set; } = _ => null;

        public int Choice { get; set; }

        public override PSHostRawUserInterface RawUI => null;

        public override string ReadLine()
        {
            Flush();
            return Answer(Lines);
        }

        public override SecureString ReadLineAsSecureString()
        {
            var answer = ReadLine();
            if (answer == null) return null;
            var secure = new SecureString();
            foreach (var c in answer) secure.AppendChar(c);
            return secure;
        }
        public override void Write(string value) => _partial.Append(value);
        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);

        public override void WriteLine(string value)
        {
            _partial.Append(value);
            Flush();
        }

        public override void WriteErrorLine(string value) => WriteLine(value);
        public override void WriteDebugLine(string message) => WriteLine(message);
        public override void WriteProgress(long sourceId, ProgressRecord record) { }
        public override void WriteVerboseLine(string message) => WriteLine(message);
        public override void WriteWarningLine(string message) => WriteLine(message);
        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException();
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException();
        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
            PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw new NotSupportedException();

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice)
        {
            Lines.Add(message);
            foreach (var choice in choices) Lines.Add(choice.Label);
            return Choice;
        }

        private void Flush()
        {
            if (_partial.Length == 0) return;
            var line = _partial.ToString();
            _partial.Clear();
            lock (Lines) Lines.Add(line);
            OnLine?.Invoke(line);
        }
    }
}
