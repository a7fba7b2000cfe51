using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>
    /// Finds parameter sets the binder could never pick. A set B is reachable if binding all of B's parameters rules out every
    /// other set A: either B has a parameter A lacks, or A needs a mandatory parameter B does not have. The default set is
    /// always reachable (it wins ties).
    /// </summary>
    internal static class ParameterSetAnalyzer
    {
        public static IEnumerable<string> Unreachable(CmdletInfo cmdlet) => Unreachable(cmdlet.Name, cmdlet.Sets, cmdlet.DefaultParameterSetName);

        public static IEnumerable<string> Unreachable(string cmdletName, IReadOnlyList<ParameterSet> sets, string defaultSet)
        {
            foreach (var candidate in sets.Where(s => s.Name != defaultSet))
            {
                foreach (var other in sets.Where(s => s.Name != candidate.Name))
                {
                    var candidateHasOwnParameter = !candidate.All.IsSubsetOf(other.All);
                    var otherNeedsMore = !other.Mandatory.IsSubsetOf(candidate.All);
                    if (!candidateHasOwnParameter && !otherNeedsMore)
                    {
                        yield return $"{cmdletName}: set '{candidate}' cannot be told apart from '{other}' (every parameter of '{candidate}' is in '{other}', "
                            + $"which needs nothing more).";
                    }
                }
            }
        }
    }
}
