namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets netstandard2.0 code declare init-only properties (immutable descriptions built with object initializers); .NET 5+
    /// has the type, and the compiler only needs one with this name.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
