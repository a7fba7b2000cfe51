using System;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// A JSON property name the chosen output type cannot represent. It carries <see cref="RemedyKind.UseHashtableOutput"/>: the
    /// PowerShell layer turns it into an error that suggests the Hashtable output type.
    /// </summary>
    public abstract class JsonKeyException : Exception
    {
        protected JsonKeyException(string message, string jsonPath) : base(message)
        {
            JsonPath = jsonPath ?? string.Empty;
        }

        /// <summary>Where the offending object sits in the document ("" for the root), so users can find it in large responses.</summary>
        public string JsonPath { get; }

        /// <summary>The output type that can hold the data as it is.</summary>
        public string SuggestedOutputType => "Hashtable";

        internal static string Describe(string jsonPath) => string.IsNullOrEmpty(jsonPath) ? "The JSON object" : "The JSON object at '" + jsonPath + "'";
    }
}
