using System;
using JiraAuth.Core.Auth;


namespace JiraAuth.Core.Http
{
    /// <summary>A bearer token and when it stops working. Renewed a little before that, so a request never leaves with a dying token.</summary>
    internal sealed class AccessToken
    {
        private static readonly TimeSpan MaxRenewMargin = TimeSpan.FromSeconds(60);

        public AccessToken(SecretText value, DateTimeOffset expiresAt, TimeSpan lifetime)
        {
            Value = value ?? throw new ArgumentNullException(nameof(value));
            ExpiresAt = expiresAt;
            Lifetime = lifetime;
        }

        public SecretText Value { get; }
        public DateTimeOffset ExpiresAt { get; }
        public TimeSpan Lifetime { get; }

        /// <summary>A minute before expiry for Atlassian's hour-long tokens, a tenth of the lifetime for short ones.</summary>
        public TimeSpan RenewMargin
        {
            get
            {
                var tenth = TimeSpan.FromTicks(Lifetime.Ticks / 10);
                return tenth < MaxRenewMargin ? tenth : MaxRenewMargin;
            }
        }

        public bool IsFresh(DateTimeOffset now) => now < ExpiresAt - RenewMargin;

        public override string ToString() => "access token (expires " + ExpiresAt.ToString("u") + ")";
    }
}
