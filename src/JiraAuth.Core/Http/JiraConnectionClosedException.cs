using System;
using JiraAuth.Core.Errors;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// A call on a connection that was closed (disconnected, or replaced by a new connection with the same name) before the call
    /// took its lease. Still an <see cref="ObjectDisposedException"/> for callers that catch that; its own type so the host can
    /// tell it from any other disposed object. It carries no object name, which would add an "Object name" line between the
    /// problem and the remedy.
    /// </summary>
    public sealed class JiraConnectionClosedException : ObjectDisposedException
    {
        public JiraConnectionClosedException()
            : base(null, "This connection was closed: it was disconnected, or replaced by a new connection with the same name.")
        {
            this.With(RemedyKind.UseCurrentConnection);
        }
    }
}
