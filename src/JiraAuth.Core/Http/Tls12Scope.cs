using System;
using System.Net;

namespace JiraAuth.Core.Http
{
    /// <summary>
    /// Windows PowerShell 5.1 runs on .NET Framework, whose process-wide ServicePointManager.SecurityProtocol may still list
    /// only TLS 1.0/1.1 where Atlassian requires 1.2. While at least one JiraAuth request is being sent, TLS 1.2 is added to
    /// an explicit list; when the last one ends the list is put back as it was (unless someone else changed it meanwhile),
    /// so other modules see the process as they left it. "System default" (0) is left alone, and .NET Core ignores the
    /// setting altogether.
    /// </summary>
    internal static class Tls12Scope
    {
        private static readonly object Gate = new object();
        private static int _active;
        private static SecurityProtocolType _saved;
        private static bool _changed;

        public static IDisposable Enter()
        {
            lock (Gate)
            {
                if (_active++ == 0)
                {
                    var current = ServicePointManager.SecurityProtocol;
                    _changed = current != 0 && (current & SecurityProtocolType.Tls12) == 0;
                    if (_changed)
                    {
                        _saved = current;
                        ServicePointManager.SecurityProtocol = current | SecurityProtocolType.Tls12;
                    }
                }
            }
            return new Exit();
        }

        private static void Leave()
        {
            lock (Gate)
            {
                if (--_active > 0 || !_changed) return;
                if (ServicePointManager.SecurityProtocol == (_saved | SecurityProtocolType.Tls12)) ServicePointManager.SecurityProtocol = _saved;
                _changed = false;
            }
        }

        private sealed class Exit : IDisposable
        {
            private bool _done;

            public void Dispose()
            {
                if (_done) return;
                _done = true;
                Leave();
            }
        }
    }
}
