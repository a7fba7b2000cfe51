using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>Everything one script wrote: output, and the error, warning, verbose, debug, information and progress streams.</summary>
    public sealed class RunResult
    {
        public List<PSObject> Output { get; } = new List<PSObject>();
        public List<ErrorRecord> Errors { get; } = new List<ErrorRecord>();
        public List<WarningRecord> Warnings { get; } = new List<WarningRecord>();
        public List<VerboseRecord> Verbose { get; } = new List<VerboseRecord>();
        public List<InformationRecord> Information { get; } = new List<InformationRecord>();
        public List<DebugRecord> Debug { get; } = new List<DebugRecord>();
        public List<ProgressRecord> Progress { get; } = new List<ProgressRecord>();

        /// <summary>Invokes <paramref name="shell"/> and collects everything it wrote, a script-terminating error included.</summary>
        /// <param name="run">How to run it (default: Invoke); returns the output.</param>
        public static RunResult Invoke(System.Management.Automation.PowerShell shell,
            System.Func<System.Management.Automation.PowerShell, IEnumerable<PSObject>> run = null)
        {
            var result = new RunResult();
            try
            {
                foreach (var item in run == null ? shell.Invoke() : run(shell)) result.Output.Add(item);
            }
            catch (RuntimeException e)
            {
                result.Terminating = e;
                result.Errors.Add(e.ErrorRecord);
            }
            result.Errors.InsertRange(0, shell.Streams.Error);
            result.Warnings.AddRange(shell.Streams.Warning);
            result.Verbose.AddRange(shell.Streams.Verbose);
            result.Debug.AddRange(shell.Streams.Debug);
            result.Information.AddRange(shell.Streams.Information);
            result.Progress.AddRange(shell.Streams.Progress);
            return result;
        }

        /// <summary>Set when the script itself was stopped (a script-terminating error escaped Invoke); also in <see cref="Errors"/>.</summary>
        public RuntimeException Terminating { get; set; }

        public PSObject Single => Output.Count == 1 ? Output[0]
            : throw new Xunit.Sdk.XunitException($"Expected one output object, got {Output.Count}. Errors: "
            + $"{string.Join(" | ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e))}");

        public ErrorRecord SingleError => Errors.Count == 1 ? Errors[0]
            : throw new Xunit.Sdk.XunitException($"Expected one error, got {Errors.Count}: "
            + $"{string.Join(" | ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e))}");

        /// <summary>Fails the test with the errors' text when there were any.</summary>
        public RunResult AssertNoErrors()
        {
            if (Errors.Count > 0) throw new Xunit.Sdk.XunitException("Unexpected errors: "
                + string.Join(" | ", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
            return this;
        }

        /// <summary>Every string a user could see from this run: output ToString and properties, errors with details, every other stream.</summary>
        public IEnumerable<string> VisibleText() => VisibleTextByStream().Select(t => t.Text);

        /// <summary><see cref="VisibleText"/>, each with the stream it came from (Output, Error, Warning, Verbose, Debug, Information, Progress).</summary>
        public IEnumerable<(string Stream, string Text)> VisibleTextByStream()
        {
            foreach (var o in Output)
            {
                foreach (var text in Ps.Describe(o)) yield return ("Output", text);
            }
            foreach (var e in Errors)
            {
                yield return ("Error", e.ToString());
                yield return ("Error", e.FullyQualifiedErrorId);
                yield return ("Error", e.Exception?.ToString());
                yield return ("Error", e.ErrorDetails?.Message);
                yield return ("Error", e.ErrorDetails?.RecommendedAction);
                yield return ("Error", e.CategoryInfo.ToString());
                yield return ("Error", e.TargetObject?.ToString());
                if (e.TargetObject != null) foreach (var text in Ps.Describe(PSObject.AsPSObject(e.TargetObject))) yield return ("Error", text);
            }
            foreach (var w in Warnings) yield return ("Warning", w.Message);
            foreach (var v in Verbose) yield return ("Verbose", v.Message);
            foreach (var d in Debug) yield return ("Debug", d.Message);
            foreach (var i in Information) yield return ("Information", i.MessageData?.ToString());
            foreach (var p in Progress)
            {
                yield return ("Progress", p.Activity);
                yield return ("Progress", p.StatusDescription);
                yield return ("Progress", p.CurrentOperation);
            }
        }
    }
}
