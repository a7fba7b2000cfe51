using System;
using System.Collections.Generic;

namespace JiraAuth.Completion
{
    /// <summary>What Update-JiraRestPathIndex wrote: where, how many paths, from which documents.</summary>
    public sealed class RestPathIndexUpdate
    {
        public RestPathIndexUpdate(string path, int pathCount, IReadOnlyList<Uri> sources)
        {
            Path = path;
            PathCount = pathCount;
            Sources = sources;
        }

        public string Path { get; }
        public int PathCount { get; }
        public IReadOnlyList<Uri> Sources { get; }
    }
}
