using System.Threading;
using System.Threading.Tasks;


namespace JiraAuth.Core.Connecting
{
    /// <summary>
    /// How one kind of credential becomes a connection: a static credential (API token, scoped token, PAT, password),
    /// a service account, a 3LO sign-in, or a saved record. Each holds an immutable <see cref="ConnectionSettings"/>.
    /// </summary>
    internal interface IConnectStrategy
    {
        /// <param name="validate">Check the credential with /myself (settling Auto) before returning.</param>
        Task<ConnectResult> ConnectAsync(string name, bool validate, CancellationToken cancellationToken);
    }
}
