using JiraAuth.Core.Http;
using JiraAuth.Core.OAuth;


namespace JiraAuth.Observing
{
    /// <summary>
    /// What the cmdlet waiting for a call hears about it while it runs: each request sent, each retry, and a rotated
    /// refresh token that could not be saved. Called on whatever thread Core is on; an observer only queues.
    /// </summary>
    internal interface ICallObserver
    {
        void RequestSent(RequestTrace trace);

        void Retrying(RetryNotice notice);

        void RefreshTokenNotSaved(RefreshTokenNotSavedException failure);
    }
}
