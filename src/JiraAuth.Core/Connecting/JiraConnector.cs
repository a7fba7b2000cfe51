using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Auth;
using JiraAuth.Core.Diagnosis;
using JiraAuth.Core.Connections;

namespace JiraAuth.Core.Connecting
{
    /// <summary>Turns settings into a connection: validates (settling Auto) unless told not to.</summary>
    internal sealed class JiraConnector
    {
        private readonly CloudIdResolver _cloudIds;
        private readonly CredentialProbe _probe;

        public JiraConnector(CloudIdResolver cloudIds = null)
        {
            _cloudIds = cloudIds ?? CloudIdResolver.Shared;
            _probe = new CredentialProbe(_cloudIds);
        }

        /// <exception cref="JiraAuthenticationException">The credential did not work; the diagnosis says why.</exception>
        public async Task<ConnectResult> ConnectAsync(string name, ConnectionSettings settings, bool validate, CancellationToken cancellationToken)
        {
            if (validate)
            {
                var diagnosis = await _probe.ProbeAsync(settings, cancellationToken).ConfigureAwait(false);
                if (!diagnosis.IsValid) throw new JiraAuthenticationException(diagnosis);
                var target = ConnectionTarget.For(settings, diagnosis.AuthMode, diagnosis.CloudId);
                return new ConnectResult(new JiraConnection(name, settings, target, diagnosis.CloudId ?? settings.CloudId, diagnosis.Account), diagnosis);
            }

            var mode = AutoModeResolver.Resolve(settings.AuthMode, settings.Credential?.UserName);
            var cloudId = settings.CloudId;
            if (AuthModeProfile.For(mode).Route == AuthModeRoute.Gateway && cloudId == null)
            {
                cloudId = await _cloudIds.GetCloudIdAsync(settings.Site, settings.Transport, cancellationToken).ConfigureAwait(false);
            }
            return new ConnectResult(new JiraConnection(name, settings, ConnectionTarget.For(settings, mode, cloudId), cloudId, null), null);
        }
    }
}
