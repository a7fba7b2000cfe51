using System.Xml;
using System.Xml.Linq;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// Reads the XML form of Jersey's status entity, which Jira Cloud sends for a 401 when JSON was not negotiated:
    /// &lt;status&gt;&lt;status-code&gt;401&lt;/status-code&gt;&lt;message&gt;…&lt;/message&gt;&lt;/status&gt;.
    /// </summary>
    internal static class JerseyStatusXml
    {
        /// <returns>The message, or null when the body is not that document.</returns>
        public static string TryReadMessage(string body)
        {
            if (body.IndexOf("<status", System.StringComparison.Ordinal) < 0) return null;
            try
            {
                // DTDs are refused (the XmlReader default), so a hostile body cannot expand entities.
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using (var reader = XmlReader.Create(new System.IO.StringReader(body), settings))
                {
                    var root = XDocument.Load(reader).Root;
                    if (root == null || root.Name.LocalName != "status") return null;
                    var message = root.Element(root.Name.Namespace + "message")?.Value;
                    return string.IsNullOrWhiteSpace(message) ? null : message.Trim();
                }
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
