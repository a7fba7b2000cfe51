using System.Runtime.CompilerServices;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization, which netstandard2.0 cannot name: the few loops that touch every byte or token
    /// of a response are compiled optimized at once. Otherwise a large page, converted by a method called once, runs in the
    /// unoptimized first tier (measured 2-3x slower in a PowerShell host, whose own JIT work keeps postponing the second tier).
    /// .NET Framework ignores the flag.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
