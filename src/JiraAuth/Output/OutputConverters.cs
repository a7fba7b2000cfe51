using JiraAuth.Core.Json;

namespace JiraAuth.Output
{
    /// <summary>The converter behind each -OutputType: PSCustomObjects (as ConvertFrom-Json), ordered case-sensitive hashtables, or compact JSON
    /// text.</summary>
    internal static class OutputConverters
    {
        public static IJsonValueConverter For(JiraOutputType outputType)
        {
            switch (outputType)
            {
                case JiraOutputType.Hashtable:
                    return new JsonOutputConverter(new DictionaryJsonObjectBuilder());
                case JiraOutputType.Json:
                    return new CompactJsonConverter();
                default:
                    return new JsonOutputConverter(new PSObjectJsonBuilder());
            }
        }
    }
}
