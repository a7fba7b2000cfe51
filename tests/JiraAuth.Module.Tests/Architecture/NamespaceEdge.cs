namespace JiraAuth.Module.Tests.Architecture
{
    /// <summary>One file of namespace <see cref="From"/> names namespace <see cref="To"/> (short names under the assembly's root namespace).</summary>
    internal sealed class NamespaceEdge
    {
        public NamespaceEdge(string file, string from, string to)
        {
            File = file;
            From = from;
            To = to;
        }

        public string File { get; }
        public string From { get; }
        public string To { get; }

        public override string ToString() => $"{File}: {From} -> {To}";
    }
}
