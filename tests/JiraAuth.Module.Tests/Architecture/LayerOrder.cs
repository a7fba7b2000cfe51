using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>Namespaces from the lowest layer up: each may depend only on those before it (README, "Layers").</summary>
    internal sealed class LayerOrder
    {
        private readonly IReadOnlyList<string> _layers;
        private readonly ISet<string> _allowed;

        /// <param name="allowed">"File: From -> To" edges that may point up, each kept for a reason stated where the order is declared.</param>
        public LayerOrder(IReadOnlyList<string> layers, params string[] allowed)
        {
            _layers = layers;
            _allowed = new HashSet<string>(allowed, StringComparer.Ordinal);
        }

        public IEnumerable<string> Unplaced(IEnumerable<string> namespaces) => namespaces.Where(n => !_layers.Contains(n));

        public IEnumerable<NamespaceEdge> Violations(IEnumerable<NamespaceEdge> edges) =>
            edges.Where(e => !_allowed.Contains(e.ToString()) && !(IndexOf(e.To) >= 0 && IndexOf(e.To) < IndexOf(e.From)));

        public IEnumerable<string> UnusedAllowances(IEnumerable<NamespaceEdge> edges) => _allowed.Except(edges.Select(e => e.ToString()));

        private int IndexOf(string layer)
        {
            for (var i = 0; i < _layers.Count; i++) if (_layers[i] == layer) return i;
            return -1;
        }
    }
}
