using System;
using System.Linq;
using System.Management.Automation;

namespace JiraAuth.Benchmarks
{
    /// <summary>Same property names in the same order, same value types and values, recursively: what scripts written for Invoke-RestMethod rely on.</summary>
    internal static class ShapeComparer
    {
        /// <summary>The first difference, or null when the two are the same.</summary>
        public static string FirstDifference(object expected, object actual, string path = "$")
        {
            expected = expected is PSObject e && !(e.BaseObject is PSCustomObject) ? e.BaseObject : expected;
            actual = actual is PSObject a && !(a.BaseObject is PSCustomObject) ? a.BaseObject : actual;
            if (expected == null || actual == null) return expected == actual ? null : path + ": one is null";
            if (expected is PSObject custom)
            {
                if (!(actual is PSObject other) || !(other.BaseObject is PSCustomObject)) return path + ": not a PSCustomObject but " + actual.GetType();
                var names = custom.Properties.Select(p => p.Name).ToArray();
                var otherNames = other.Properties.Select(p => p.Name).ToArray();
                if (!names.SequenceEqual(otherNames)) return path + ": properties " + string.Join(",", names) + " vs " + string.Join(",", otherNames);
                foreach (var name in names)
                {
                    var difference = FirstDifference(custom.Properties[name].Value, other.Properties[name].Value, path + "." + name);
                    if (difference != null) return difference;
                }
                return null;
            }
            if (expected.GetType() != actual.GetType()) return path + ": " + expected.GetType() + " vs " + actual.GetType();
            if (expected is object[] items)
            {
                var otherItems = (object[])actual;
                if (items.Length != otherItems.Length) return path + ": " + items.Length + " items vs " + otherItems.Length;
                for (var i = 0; i < items.Length; i++)
                {
                    var difference = FirstDifference(items[i], otherItems[i], path + "[" + i + "]");
                    if (difference != null) return difference;
                }
                return null;
            }
            if (expected is DateTime date && date.Kind != ((DateTime)actual).Kind) return path + ": DateTimeKind " + date.Kind + " vs "
                + ((DateTime)actual).Kind;
            return Equals(expected, actual) ? null : path + ": " + expected + " vs " + actual;
        }
    }
}
