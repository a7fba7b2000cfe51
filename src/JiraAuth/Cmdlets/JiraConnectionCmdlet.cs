using System.Management.Automation;
using JiraAuth.Core.Connections;
using JiraAuth.Binding;


namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// Base for cmdlets that work through a connection: declares -Connection once (an object or a name), resolves the
    /// default when it is omitted, raises the no-connection error once and hands the connection to
    /// <see cref="ProcessRecordWithConnection"/> (the shape of PSOpenAD's OpenADSessionCmdletBase).
    /// Test-JiraToken takes -Connection in a parameter set of its own and so declares it itself, but resolves it
    /// through the same <see cref="JiraCmdlet.TryResolveConnection"/>.
    /// </summary>
    public abstract class JiraConnectionCmdlet : JiraCmdlet
    {
        [Parameter]
        [JiraConnectionTransformation]
        [ArgumentCompleter(typeof(JiraConnectionNameCompleter))]
        public JiraConnection Connection { get; set; }

        /// <summary>What the no-connection error names as its target (e.g. the REST path the user asked for).</summary>
        protected abstract object NoConnectionTarget { get; }

        protected sealed override void ProcessRecord()
        {
            if (!TryResolveConnection(Connection, NoConnectionTarget, out var connection, out var error))
            {
                ThrowTerminatingError(error);
                return;
            }
            ProcessRecordWithConnection(connection);
        }

        protected abstract void ProcessRecordWithConnection(JiraConnection connection);
    }
}
