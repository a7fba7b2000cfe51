namespace JiraAuth.Output
{
    /// <summary>What Invoke-JiraRestMethod writes: ConvertFrom-Json-style objects, ordered dictionaries (keys that differ only by case survive), or the raw
    /// JSON text.</summary>
    public enum JiraOutputType
    {
        PSObject,
        Hashtable,
        Json,
    }
}
