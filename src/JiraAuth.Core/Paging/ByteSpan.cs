namespace JiraAuth.Core.Paging
{
    /// <summary>Where one JSON value lies in a page's UTF-8 body.</summary>
    internal struct ByteSpan
    {
        public ByteSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }
    }
}
