using System.Collections.Generic;

namespace JiraAuth.Core.Json
{
    /// <summary>
    /// Builds the output objects for <see cref="JsonOutputConverter"/>. Core walks the JSON; the PowerShell layer
    /// only decides what an "object" and an "array" are (PSObject or Hashtable), so the walk is testable without PowerShell.
    /// </summary>
    internal interface IJsonObjectBuilder
    {
        /// <summary>False for targets like PSObject that cannot hold "Key" and "key" side by side; the converter then reports such keys instead of letting one
        /// overwrite the other.</summary>
        bool IsCaseSensitive { get; }

        /// <summary>False for targets like PSObject that cannot have a property named "".</summary>
        bool AllowsEmptyPropertyName { get; }

        object CreateObject(int propertyCountHint);

        /// <summary>Called once per JSON property, in document order; names already checked against the two rules above.</summary>
        void AddProperty(object target, string name, object value);

        /// <summary>Items are already converted; PowerShell's ConvertFrom-Json hands out object[].</summary>
        object CreateArray(IList<object> items);
    }
}
