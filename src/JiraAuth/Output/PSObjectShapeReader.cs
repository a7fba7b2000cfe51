using System.Management.Automation;
using JiraAuth.Core.Entities;

namespace JiraAuth.Output
{
    /// <summary>Reads the PSCustomObjects <see cref="PSObjectJsonBuilder"/> makes, for the entity classifier.</summary>
    internal sealed class PSObjectShapeReader : IObjectShapeReader
    {
        public static readonly PSObjectShapeReader Instance = new PSObjectShapeReader();

        public bool IsObject(object value) => value is PSObject wrapped && wrapped.BaseObject is PSCustomObject;

        public bool TryGetProperty(object target, string name, out object value)
        {
            value = null;
            if (!IsObject(target)) return false;
            var property = ((PSObject)target).Properties[name];
            if (property == null) return false;
            value = property.Value;
            return true;
        }
    }
}
