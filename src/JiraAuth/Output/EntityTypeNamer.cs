using System.Management.Automation;
using JiraAuth.Core.Entities;
using JiraAuth.Core.Http;

namespace JiraAuth.Output
{
    /// <summary>
    /// Adds JiraAuth.Issue, JiraAuth.Project, … to the PSTypeNames of the objects a response holds, so JiraAuth.format.ps1xml
    /// shows them like Jira does. Only the type name changes: properties, ConvertTo-Json and Export-Csv stay as they were.
    /// Hashtable and Json output are never named.
    /// </summary>
    internal sealed class EntityTypeNamer
    {
        private readonly JiraEntityClassifier _classifier;

        private EntityTypeNamer(JiraEntityClassifier classifier)
        {
            _classifier = classifier;
        }

        /// <summary>The namer for a response's objects, or null when nothing in it is to be named.</summary>
        public static EntityTypeNamer For(JiraOutputType outputType, JiraResponse response)
        {
            if (outputType != JiraOutputType.PSObject || response == null || !response.IsSuccess) return null;
            var classifier = JiraEntityClassifier.ForRequest(response.Method?.Method, response.RequestUri);
            return classifier == null ? null : new EntityTypeNamer(classifier);
        }

        /// <summary>Names what <paramref name="item"/> holds (with <paramref name="namer"/> null, nothing) and returns the item.</summary>
        public static object Apply(EntityTypeNamer namer, object item)
        {
            if (namer == null) return item;
            var typeName = namer._classifier.TypeName;
            foreach (var entity in namer._classifier.EntitiesIn(item, PSObjectShapeReader.Instance))
            {
                var names = ((PSObject)entity).TypeNames;
                if (!names.Contains(typeName)) names.Insert(0, typeName);
            }
            return item;
        }
    }
}
