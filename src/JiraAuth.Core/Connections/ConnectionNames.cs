namespace JiraAuth.Core.Connections
{
    /// <summary>Connection names with a meaning of their own.</summary>
    internal static class ConnectionNames
    {
        /// <summary>What a connection is called when no name was given; a 3LO sign-in command leaves -Name out for it.</summary>
        public const string Default = "default";
    }
}
