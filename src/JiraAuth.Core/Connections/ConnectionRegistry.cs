using System;
using System.Collections.Generic;
using System.Linq;

namespace JiraAuth.Core.Connections
{
    /// <summary>
    /// A set of named connections, one of them the default. Thread-safe. The module uses one instance for the whole
    /// process (<see cref="ProcessWide"/>): every runspace in the process sees the same connections and the same default.
    /// </summary>
    internal sealed class ConnectionRegistry
    {
        /// <summary>The registry the cmdlets use: one per process, shared by all runspaces (not one per PowerShell session).</summary>
        public static readonly ConnectionRegistry ProcessWide = new ConnectionRegistry();

        private readonly object _gate = new object();
        private readonly Dictionary<string, JiraConnection> _connections = new Dictionary<string, JiraConnection>(StringComparer.OrdinalIgnoreCase);
        private string _defaultName;

        public JiraConnection Default
        {
            get { lock (_gate) return _defaultName != null && _connections.TryGetValue(_defaultName, out var c) ? c : null; }
        }

        public IReadOnlyList<JiraConnection> All
        {
            get { lock (_gate) return _connections.Values.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(); }
        }

        public bool IsDefault(JiraConnection connection)
        {
            lock (_gate) return connection != null && string.Equals(_defaultName, connection.Name, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Adds or replaces (disposing the replaced one). The first connection, or makeDefault, becomes the default.</summary>
        public void Register(JiraConnection connection, bool makeDefault)
        {
            if (connection == null) throw new ArgumentNullException(nameof(connection));
            JiraConnection replaced;
            lock (_gate)
            {
                _connections.TryGetValue(connection.Name, out replaced);
                _connections[connection.Name] = connection;
                if (makeDefault || _defaultName == null || !_connections.ContainsKey(_defaultName)) _defaultName = connection.Name;
            }
            if (replaced != null && !ReferenceEquals(replaced, connection)) replaced.Dispose();
        }

        public bool TryGet(string name, out JiraConnection connection)
        {
            lock (_gate) return _connections.TryGetValue(name ?? string.Empty, out connection);
        }

        /// <summary>Removes and disposes; if it was the default, the alphabetically first remaining one takes over.</summary>
        public bool Remove(string name)
        {
            JiraConnection removed;
            lock (_gate)
            {
                if (!_connections.TryGetValue(name ?? string.Empty, out removed)) return false;
                _connections.Remove(removed.Name);
                if (string.Equals(_defaultName, removed.Name, StringComparison.OrdinalIgnoreCase))
                {
                    _defaultName = _connections.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault();
                }
            }
            removed.Dispose();
            return true;
        }

        public IReadOnlyList<string> Names
        {
            get { lock (_gate) return _connections.Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ToList(); }
        }

        /// <summary>Resolves a connection: null means the default; a name must exist.</summary>
        /// <exception cref="JiraConnectionNotFoundException">There is no default, or no connection by that name.</exception>
        public JiraConnection Resolve(string name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return Default ?? throw new JiraConnectionNotFoundException("There is no Jira connection in this session.", null);
            }
            if (TryGet(name, out var connection)) return connection;
            var known = Names;
            throw new JiraConnectionNotFoundException(known.Count == 0
                ? $"There is no Jira connection named '{name}' in this session."
                : $"There is no Jira connection named '{name}' in this session (known: {string.Join(", ", known)}).", name);
        }
    }
}
