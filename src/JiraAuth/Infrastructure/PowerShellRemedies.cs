namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// The PowerShell remedies (which cmdlet or parameter to use) that the module adds to problems Core describes.
    /// Core says what is wrong; what to type about it lives here.
    /// </summary>
    internal static class PowerShellRemedies
    {
        /// <summary>No default connection (<paramref name="name"/> null) or none by that name.</summary>
        public static string NoConnection(string name) =>
            string.IsNullOrEmpty(name) ? "Run Connect-JiraCloud first (or pass -Connection)." : $"Run Connect-JiraCloud -Name {name} first.";

        /// <summary>The recommended action of the JiraConnectionNotFound error.</summary>
        public const string ConnectFirst = "Run Connect-JiraCloud first, or pass -Connection.";
    }
}
