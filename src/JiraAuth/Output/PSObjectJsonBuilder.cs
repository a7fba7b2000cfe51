using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using JiraAuth.Core.Json;

namespace JiraAuth.Output
{
    /// <summary>Builds what ConvertFrom-Json builds: PSCustomObjects with note properties in document order, and object[] arrays.</summary>
    internal sealed class PSObjectJsonBuilder : IJsonObjectBuilder
    {
        // PowerShell 7 has PSObject(int instanceMemberCapacity), which ConvertFrom-Json uses: the member table is sized once
        // instead of growing property by property. Windows PowerShell 5.1 lacks it and gets the plain constructor.
        private static readonly Func<int, PSObject> NewSized = FindSizedConstructor();

        public bool IsCaseSensitive => false;

        public bool AllowsEmptyPropertyName => false;

        [MethodImpl(HotPath.Optimize)]
        public object CreateObject(int propertyCountHint) => NewSized != null && propertyCountHint > 0 ? NewSized(propertyCountHint) : new PSObject();

        // preValidated: the converter has already refused empty and case-duplicate names, so the per-property type-table lookup is skipped.
        [MethodImpl(HotPath.Optimize)]
        public void AddProperty(object target, string name, object value) =>
            ((PSObject)target).Properties.Add(new PSNoteProperty(name, value), preValidated: true);

        [MethodImpl(HotPath.Optimize)]
        public object CreateArray(IList<object> items) => items.ToArray();

        private static Func<int, PSObject> FindSizedConstructor()
        {
            var constructor = typeof(PSObject).GetConstructor(new[] { typeof(int) });
            if (constructor == null) return null;
            var capacity = Expression.Parameter(typeof(int), "capacity");
            return Expression.Lambda<Func<int, PSObject>>(Expression.New(constructor, capacity), capacity).Compile();
        }
    }
}
