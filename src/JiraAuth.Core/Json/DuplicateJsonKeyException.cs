using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Json
{
    /// <summary>Two keys that differ only by case (e.g. "Key" and "key") where the output type compares names case-insensitively, as PSObject does.</summary>
    public sealed class DuplicateJsonKeyException : JsonKeyException
    {
        public DuplicateJsonKeyException(string existingKey, string duplicateKey, string jsonPath)
            : base(Describe(jsonPath) + " has keys that differ only by case: '" + existingKey + "' and '" + duplicateKey +
                   "'. PowerShell objects treat property names case-insensitively, so one would silently replace the other.",
                jsonPath)
        {
            this.With(Remedy.UseHashtableOutput("both"));
            ExistingKey = existingKey;
            DuplicateKey = duplicateKey;
        }

        public string ExistingKey { get; }

        public string DuplicateKey { get; }
    }
}
