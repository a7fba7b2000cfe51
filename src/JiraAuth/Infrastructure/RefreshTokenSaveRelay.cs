using System;
using System.Threading;
using JiraAuth.Core.OAuth;

namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// A rotated refresh token that could not be saved is reported by whichever cmdlet's request caused the refresh: the
    /// rotation raises its event on a pool thread, and this AsyncLocal sink (set by the waiting cmdlet) carries it there.
    /// </summary>
    internal static class RefreshTokenSaveRelay
    {
        private static readonly AsyncLocal<Action<RefreshTokenNotSavedException>> Sink = new AsyncLocal<Action<RefreshTokenNotSavedException>>();

        public static Action<RefreshTokenNotSavedException> Current
        {
            get => Sink.Value;
            set => Sink.Value = value;
        }

        public static void Publish(RefreshTokenNotSavedException failure) => Sink.Value?.Invoke(failure);
    }
}
