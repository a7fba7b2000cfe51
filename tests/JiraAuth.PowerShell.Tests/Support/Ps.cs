using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;

namespace JiraAuth.PowerShell.Tests.Support
{
    /// <summary>Helpers for reading PSObjects and making secrets without ConvertTo-SecureString (not in the core engine).</summary>
    public static class Ps
    {
        public static object Unwrap(object value) => value is PSObject p && !(p.BaseObject is PSCustomObject) ? p.BaseObject : value;

        /// <summary>A property value, unwrapped; a dotted path walks nested objects (e.g. "fields.created").</summary>
        public static object Prop(object value, string path)
        {
            object current = value;
            foreach (var part in path.Split('.'))
            {
                if (current == null) return null;
                if (Unwrap(current) is IDictionary dictionary) { current = dictionary[part]; continue; }
                var ps = current as PSObject ?? PSObject.AsPSObject(current);
                var property = ps.Properties[part]
                    ?? throw new Xunit.Sdk.XunitException($"No property '{part}' on {ps.TypeNames[0]} (has: {string.Join(", ", Names(ps))}).");
                current = property.Value;
            }
            return Unwrap(current);
        }

        public static T Prop<T>(object value, string path) => (T)Prop(value, path);

        public static List<string> Names(PSObject value)
        {
            var names = new List<string>();
            foreach (var p in value.Properties) names.Add(p.Name);
            return names;
        }

        public static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }

        public static PSCredential Credential(string user, string secret) => new PSCredential(user, Secure(secret));

        /// <summary>ToString of the object and of every property value, recursively (bounded).</summary>
        public static IEnumerable<string> Describe(PSObject value, int depth = 0)
        {
            if (value == null) yield break;
            yield return value.ToString();
            if (depth > 3 || value.BaseObject is string || value.BaseObject.GetType().IsPrimitive) yield break;
            foreach (var property in value.Properties)
            {
                object v;
                try { v = property.Value; } catch (Exception e) { v = e.Message; }
                if (v == null) continue;
                yield return property.Name + "=" + v;
                if (!(v is string) && !v.GetType().IsPrimitive && !(v is SecureString))
                {
                    foreach (var text in Describe(PSObject.AsPSObject(v), depth + 1)) yield return text;
                }
            }
        }
    }
}
