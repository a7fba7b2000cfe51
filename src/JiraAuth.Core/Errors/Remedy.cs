using System;
using System.Collections.Generic;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// A remedy as data: its kind and the values its wording needs (a secret's name, a time, a command). Core attaches it to
    /// the exception or diagnosis it describes; the host words it. Serializable because it travels in <see cref="Exception.Data"/>,
    /// which on .NET Framework accepts only serializable values.
    /// </summary>
    [Serializable]
    public sealed class Remedy
    {
        private readonly string[] _arguments;

        public Remedy(RemedyKind kind, params string[] arguments)
        {
            Kind = kind;
            _arguments = arguments ?? Array.Empty<string>();
        }

        public RemedyKind Kind { get; }

        public IReadOnlyList<string> Arguments => _arguments;

        /// <summary>The argument at <paramref name="index"/>, or null when it was not given.</summary>
        public string Argument(int index) => index < _arguments.Length ? _arguments[index] : null;

        public override string ToString() => _arguments.Length == 0 ? Kind.ToString() : Kind + "(" + string.Join(", ", _arguments) + ")";
    }
}
