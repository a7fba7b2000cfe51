using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;

namespace JiraAuth.Core.Completion
{
    /// <summary>
    /// Reads the "paths" of an OpenAPI document (Atlassian's platform and Jira Software documents are 0.5 to 2.5 MB) with a
    /// streaming reader: only path names and their operation keys are kept, never the schemas.
    /// </summary>
    internal static class OpenApiPathReader
    {
        private static readonly HashSet<string> Operations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "get", "put", "post", "delete", "patch", "head", "options",
        };

        public static IReadOnlyList<RestPathEntry> Read(TextReader document)
        {
            var entries = new List<RestPathEntry>();
            using (var reader = new JsonTextReader(document) { CloseInput = false, DateParseHandling = DateParseHandling.None })
            {
                if (!reader.Read() || reader.TokenType != JsonToken.StartObject) throw new InvalidDataException("An OpenAPI document is a JSON object.");
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = (string)reader.Value;
                    reader.Read();
                    if (name == "paths" && reader.TokenType == JsonToken.StartObject) ReadPaths(reader, entries);
                    else reader.Skip();
                }
            }
            if (entries.Count == 0) throw new InvalidDataException("The document has no \"paths\": it is not an OpenAPI document.");
            return entries;
        }

        private static void ReadPaths(JsonTextReader reader, List<RestPathEntry> entries)
        {
            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var path = (string)reader.Value;
                reader.Read();
                var methods = new List<string>();
                if (reader.TokenType == JsonToken.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                    {
                        var key = (string)reader.Value;
                        reader.Read();
                        if (Operations.Contains(key)) methods.Add(key.ToUpperInvariant());
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Skip();
                }
                if (methods.Count > 0
                    && path.StartsWith("/", StringComparison.Ordinal)) entries.Add(new RestPathEntry(path,
                    methods.OrderBy(m => m, StringComparer.Ordinal).ToList()));
            }
        }
    }
}
