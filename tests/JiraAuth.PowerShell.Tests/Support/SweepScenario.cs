using System;
using System.Collections.Generic;
using System.Linq;
using JiraAuth.FakeJira;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>
    /// One scenario of the leak sweep: a script as an admin would type it, and the outcome it must have (error ids in order,
    /// how many objects it writes, what the fake Jira must or must not have seen), so a sweep of scenarios that all failed
    /// early cannot pass for a sweep of the behaviour they name.
    /// </summary>
    public sealed class SweepScenario
    {
        private string[] _errorIds = Array.Empty<string>();
        private int _outputs;
        private readonly List<string> _sent = new List<string>();
        private bool _sendsNothing;

        public SweepScenario(string name, string script)
        {
            Name = name;
            Script = script;
        }

        public string Name { get; }
        public string Script { get; }

        /// <summary>The ErrorIds (before the comma) the script must write, in order; none by default.</summary>
        public SweepScenario Fails(params string[] errorIds)
        {
            _errorIds = errorIds;
            return this;
        }

        /// <summary>How many objects the script must write to the output; none by default.</summary>
        public SweepScenario Writes(int outputs)
        {
            _outputs = outputs;
            return this;
        }

        /// <summary>The fake must have seen a request whose ApiPath starts with each of these.</summary>
        public SweepScenario Sends(params string[] apiPaths)
        {
            _sent.AddRange(apiPaths);
            return this;
        }

        /// <summary>Neither fake may see any request.</summary>
        public SweepScenario SendsNothing()
        {
            _sendsNothing = true;
            return this;
        }

        /// <summary>What differs from the expected outcome; empty when the scenario ended as it must.</summary>
        public IReadOnlyList<string> Differences(RunResult result, IReadOnlyList<LoggedRequest> requests)
        {
            var differences = new List<string>();
            var errorIds = result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToArray();
            if (!errorIds.SequenceEqual(_errorIds))
            {
                differences.Add($"errors [{string.Join(", ", errorIds)}] instead of [{string.Join(", ", _errorIds)}]"
                    + (errorIds.Length > 0 ? " (first: " + result.Errors[0].Exception?.Message + ")" : ""));
            }
            if (result.Output.Count != _outputs) differences.Add($"{result.Output.Count} objects written instead of {_outputs}");
            foreach (var path in _sent.Where(p => !requests.Any(r => r.ApiPath.StartsWith(p, StringComparison.OrdinalIgnoreCase))))
            {
                differences.Add($"no request for {path} (saw: {string.Join(", ", requests.Select(r => r.Method + " " + r.ApiPath))})");
            }
            if (_sendsNothing && requests.Count > 0) differences.Add("sent " + string.Join(", ", requests.Select(r => r.Method + " " + r.ApiPath)));
            return differences;
        }
    }
}
