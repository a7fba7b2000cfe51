namespace JiraAuth.Core.Auth
{
    /// <summary>What the secret of a <see cref="JiraCredential"/> is; it decides how the secret was normalised and how errors name it.</summary>
    internal enum CredentialKind
    {
        ApiToken,
        ScopedApiToken,
        PersonalAccessToken,
        Password,
    }
}
