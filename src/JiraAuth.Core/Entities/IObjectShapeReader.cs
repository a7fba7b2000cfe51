namespace JiraAuth.Core.Entities
{
    /// <summary>
    /// Looks into the objects an output builder made (PSObjects in the module, dictionaries in tests) without Core knowing
    /// what they are. Arrays are object[] for every builder, so only objects need a reader.
    /// </summary>
    internal interface IObjectShapeReader
    {
        /// <summary>True when <paramref name="value"/> is a JSON object as the builder made it.</summary>
        bool IsObject(object value);

        /// <summary>False when <paramref name="target"/> is not a JSON object or has no property of that name.</summary>
        bool TryGetProperty(object target, string name, out object value);
    }
}
