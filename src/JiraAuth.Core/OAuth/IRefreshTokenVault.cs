using JiraAuth.Core.Storage;

namespace JiraAuth.Core.OAuth
{
    /// <summary>Where a saved 3LO connection's record lives. Calls come from any thread and may block.</summary>
    internal interface IRefreshTokenVault
    {
        /// <summary>For messages, e.g. "secret 'JiraAuth:prod' in vault 'JiraVault'".</summary>
        string Description { get; }

        /// <summary>The record as the vault returns it now (which may be a stale cache); null when it is gone.</summary>
        ConnectionRecord Read();

        void Write(ConnectionRecord record);
    }
}
