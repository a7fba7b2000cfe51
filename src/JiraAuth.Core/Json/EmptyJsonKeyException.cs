using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Json
{
    /// <summary>A property named "" where the output type cannot have one (PowerShell 7's ConvertFrom-Json refuses it for PSObject too).</summary>
    public sealed class EmptyJsonKeyException : JsonKeyException
    {
        public EmptyJsonKeyException(string jsonPath)
            : base(Describe(jsonPath) + " has a property with an empty name, which PowerShell objects cannot hold.", jsonPath)
        {
            this.With(Remedy.UseHashtableOutput("it"));
        }
    }
}
