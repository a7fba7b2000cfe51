using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using JiraAuth.Core.Completion;

namespace JiraAuth.Completion
{
    /// <summary>
    /// Completes Invoke-JiraRestMethod -Path from the REST path index, narrowed by -Method when it is bound. Path
    /// parameters stay as {placeholders} (the completion is quoted, since a bare { would start a script block).
    /// </summary>
    public sealed class RestPathCompleter : IArgumentCompleter
    {
        private const int MaximumResults = 200;

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var method = fakeBoundParameters?["Method"] as string;
            var full = typed.StartsWith("/", StringComparison.Ordinal);
            return RestPathIndexStore.Current.Complete(typed, method)
                .Take(MaximumResults)
                .Select(entry =>
                {
                    var text = full ? entry.Path : RestPathIndex.CompletionPath(entry);
                    var quoted = text.IndexOfAny(new[] { '{', '}', ' ' }) >= 0 ? "'" + text + "'" : text;
                    return new CompletionResult(quoted, text, CompletionResultType.ParameterValue, entry.ToString());
                })
                .ToList();
        }
    }
}
