using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using JiraAuth.Core.Json;

namespace JiraAuth.Output
{
    /// <summary>Builds what ConvertFrom-Json builds: PSCustomObjects with note properties in document order, and object[] arrays.</summary>
    internal sealed class PSObjectJsonBuilder : IJsonObjectBuilder
    {
        public bool IsCaseSensitive => false;

        public bool AllowsEmptyPropertyName => false;

        public object CreateObject(int propertyCountHint) => new PSObject();

        // preValidated: the converter has already refused empty and case-duplicate names, so the per-property type-table lookup is skipped.
        public void AddProperty(object target, string name, object value) => ((PSObject)target).Properties.Add(new PSNoteProperty(name, value), preValidated: true);


        public object CreateArray(IList<object> items) => items.ToArray();
    }
}
