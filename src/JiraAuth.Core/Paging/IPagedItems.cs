using System;
using System.Threading.Tasks;

namespace JiraAuth.Core.Paging
{
    /// <summary>
    /// Items of a paged collection, read without blocking: <see cref="TryRead"/> hands out what has arrived (and runs every
    /// callback on the caller's thread), <see cref="WaitAsync"/> is the one wait. One chain of pages (<see cref="PagedItemReader"/>)
    /// or several id ranges of a JQL search read side by side (<see cref="Ranges.RangedSearchReader"/>).
    /// </summary>
    internal interface IPagedItems : IDisposable
    {
        /// <summary>True when every wanted item has been read and nothing is left to wait for.</summary>
        bool IsFinished { get; }

        /// <summary>The next item, if it can be had without waiting; false at the end or when the caller must wait.</summary>
        bool TryRead(out object item);

        /// <summary>Completes when more can be read (or throws the failure that ended the reading).</summary>
        Task WaitAsync();
    }
}
