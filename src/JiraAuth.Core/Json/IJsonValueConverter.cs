using Newtonsoft.Json;

namespace JiraAuth.Core.Json
{
    /// <summary>Turns the JSON value at a reader's position into one output value (an object, a JSON text, a JToken).</summary>
    internal interface IJsonValueConverter
    {
        /// <summary>How the reader feeding this converter must treat date strings: DateTime to get dates, None to keep the text as sent.</summary>
        DateParseHandling DateParseHandling { get; }

        /// <summary>Reads one complete value starting at the reader's current token and leaves the reader on its last token.</summary>
        object ReadValue(JsonReader reader);
    }
}
