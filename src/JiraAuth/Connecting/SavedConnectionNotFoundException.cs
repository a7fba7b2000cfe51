using System.Management.Automation;

namespace JiraAuth.Connecting
{
    /// <summary>No vault holds a saved connection by that name.</summary>
    public sealed class SavedConnectionNotFoundException : ItemNotFoundException
    {
        public SavedConnectionNotFoundException(string connectionName, string vault)
            : base($"No saved Jira connection named '{connectionName}' was found{(vault != null ? " in vault '" + vault + "'" : " in any vault")}.")
        {
            ConnectionName = connectionName;
        }

        public string ConnectionName { get; }
    }
}
