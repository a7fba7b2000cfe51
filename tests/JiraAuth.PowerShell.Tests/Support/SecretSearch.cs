using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// The leak sweep's matching: everything a run showed, labelled with where it came from (every stream, the error records'
    /// exception chains, the host's screen, the module's format views), searched for every secret by ordinal substring.
    /// The sweep and its control step both go through here, so the control proves the search the sweep relies on.
    /// </summary>
    public static class SecretSearch
    {
        /// <summary>Every text of <paramref name="result"/>, with the host lines and format-view values shown while it ran.</summary>
        public static List<(string Where, string Text)> Collect(RunResult result, IEnumerable<string> hostLines, IEnumerable<string> formatViews)
        {
            var texts = result.VisibleTextByStream().ToList();
            texts.AddRange(ErrorRecordTexts(result).Select(t => ("Error record", t)));
            texts.AddRange(hostLines.Select(t => ("Host", t)));
            texts.AddRange(formatViews.Select(t => ("Format view", t)));
            return texts.Where(t => t.Item2 != null).ToList();
        }

        /// <summary>Where each secret appears: (where, secret) once per place.</summary>
        public static IEnumerable<(string Where, string Secret)> Find(IEnumerable<(string Where, string Text)> texts, IReadOnlyCollection<string> secrets)
        {
            return texts.SelectMany(t => secrets.Where(s => t.Text.IndexOf(s, StringComparison.Ordinal) >= 0).Select(s => (t.Where, s))).Distinct();
        }

        /// <summary>A secret shortened for a failure message, so the message is no leak itself.</summary>
        public static string Mask(string secret) => secret.Length <= 6 ? "***" : secret.Substring(0, 3) + "…";

        /// <summary>Everything an error record carries, down the exception chain (Exception.ToString has every message and inner type).</summary>
        private static IEnumerable<string> ErrorRecordTexts(RunResult result)
        {
            foreach (var error in result.Errors)
            {
                yield return error.CategoryInfo.GetMessage();
                yield return error.CategoryInfo.TargetName;
                yield return error.CategoryInfo.Reason;
                yield return error.InvocationInfo?.Line;
                for (var e = error.Exception; e != null; e = e.InnerException)
                {
                    yield return e.ToString();
                    foreach (var text in Ps.Describe(PSObject.AsPSObject(e))) yield return text;
                }
            }
        }
    }
}
