namespace JiraAuth.Core.OAuth
{
    /// <summary>How a token endpoint wants its parameters: Atlassian Cloud takes JSON, Data Center takes a form.</summary>
    internal enum TokenEndpointFormat
    {
        Json,
        Form,
    }
}
