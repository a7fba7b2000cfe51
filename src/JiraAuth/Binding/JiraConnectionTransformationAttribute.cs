using System;
using System.Management.Automation;
using JiraAuth.Core.Connections;
using JiraAuth.Core.Errors;
using JiraAuth.Errors;


namespace JiraAuth.Binding
{
    /// <summary>Lets -Connection take a connection object or the name of one in this session ("prod" instead of $prod).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class JiraConnectionTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                    return null;
                case JiraConnection connection:
                    if (connection.IsDisposed)
                    {
                        throw new ArgumentTransformationMetadataException($"The connection '{connection.Name}' was closed by Disconnect-JiraCloud. "
                            + "Connect again with Connect-JiraCloud.");
                    }
                    return connection;
                case string name:
                    try
                    {
                        return ConnectionRegistry.ProcessWide.Resolve(name);
                    }
                    catch (JiraConnectionNotFoundException e)
                    {
                        throw new ArgumentTransformationMetadataException(e.Message + " " + PowerShellRemedies.Text(Remedy.ConnectByName(e.ConnectionName)), e);
                    }
                default:
                    throw new ArgumentTransformationMetadataException(
                        $"-Connection takes a connection from Connect-JiraCloud or Get-JiraConnection, or a connection name; not a {value.GetType().Name}.");
            }
        }
    }
}
