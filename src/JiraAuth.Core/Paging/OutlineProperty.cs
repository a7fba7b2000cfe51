using System.Collections.Generic;

namespace JiraAuth.Core.Paging
{
    /// <summary>One top-level property of a page: its name, what kind of value it holds, where that value lies, and (arrays) where each element lies.</summary>
    internal sealed class OutlineProperty
    {
        public OutlineProperty(string name, char kind, ByteSpan value, IReadOnlyList<ByteSpan> elements)
        {
            Name = name;
            Kind = kind;
            Value = value;
            Elements = elements;
        }

        public string Name { get; }

        /// <summary>The value's first character: '{', '[', '"', 't', 'f', 'n', or a digit or '-' for numbers.</summary>
        public char Kind { get; }

        public ByteSpan Value { get; }

        /// <summary>Element positions for arrays; null otherwise.</summary>
        public IReadOnlyList<ByteSpan> Elements { get; }

        public bool IsArray => Kind == '[';
    }
}
