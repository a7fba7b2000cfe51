using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// A remedy as data: its kind and the named values its wording needs (a secret's name, a time, a command). Core attaches it
    /// to the exception or diagnosis it describes; the host words it. Kinds that need values are made by the factory of that
    /// name, so a value cannot go to the wrong place. Serializable because it travels in <see cref="Exception.Data"/>, which on
    /// .NET Framework accepts only serializable values.
    /// </summary>
    [Serializable]
    public sealed class Remedy
    {
        /// <summary>A remedy whose wording needs no values.</summary>
        public Remedy(RemedyKind kind)
        {
            Kind = kind;
        }

        public RemedyKind Kind { get; }

        /// <summary>For <see cref="RemedyKind.RaiseTimeout"/>: what did not answer.</summary>
        internal UnansweredService Unanswered { get; private set; }

        /// <summary>
        /// For <see cref="RemedyKind.WaitForRateLimitReset"/>, <see cref="RemedyKind.RateLimitedWaitSeconds"/> and
        /// <see cref="RemedyKind.RateLimitedUntilReset"/>: when the rate limit resets.
        /// </summary>
        internal DateTimeOffset? ResetsAt { get; private set; }

        /// <summary>For <see cref="RemedyKind.RateLimitedWaitSeconds"/>: how many whole seconds to wait, at least one.</summary>
        internal long? WaitSeconds { get; private set; }

        /// <summary>For <see cref="RemedyKind.CheckMethodAndPath"/>: the HTTP method the endpoint refused (null when unknown).</summary>
        internal string Method { get; private set; }

        /// <summary>For <see cref="RemedyKind.RemoveDamagedSecret"/>: the secret that holds the damaged record.</summary>
        internal string SecretName { get; private set; }

        /// <summary>
        /// For <see cref="RemedyKind.OAuthSignInAgain"/> and <see cref="RemedyKind.SignInInteractivelyOnce"/>: the connection's own sign-in
        /// command (the host's); null for the general form.
        /// </summary>
        internal string SignInCommand { get; private set; }

        /// <summary>For <see cref="RemedyKind.UseHashtableOutput"/>: which keys a hashtable keeps ("both", "it").</summary>
        internal string KeysToKeep { get; private set; }

        /// <summary>
        /// For <see cref="RemedyKind.ConnectByName"/>, <see cref="RemedyKind.SaveConnection"/> and
        /// <see cref="RemedyKind.SignInInteractivelyOnce"/>: the connection's name.
        /// </summary>
        internal string ConnectionName { get; private set; }

        internal static Remedy RaiseTimeout(UnansweredService unanswered) =>
            new Remedy(RemedyKind.RaiseTimeout) { Unanswered = unanswered };

        internal static Remedy WaitForRateLimitReset(DateTimeOffset resetsAt) =>
            new Remedy(RemedyKind.WaitForRateLimitReset) { ResetsAt = resetsAt };

        internal static Remedy RateLimitedWaitSeconds(long waitSeconds, DateTimeOffset resetsAt) =>
            new Remedy(RemedyKind.RateLimitedWaitSeconds) { WaitSeconds = waitSeconds, ResetsAt = resetsAt };

        internal static Remedy RateLimitedUntilReset(DateTimeOffset resetsAt) =>
            new Remedy(RemedyKind.RateLimitedUntilReset) { ResetsAt = resetsAt };

        internal static Remedy CheckMethodAndPath(string method) =>
            new Remedy(RemedyKind.CheckMethodAndPath) { Method = method };

        internal static Remedy RemoveDamagedSecret(string secretName) =>
            new Remedy(RemedyKind.RemoveDamagedSecret) { SecretName = secretName };

        internal static Remedy OAuthSignInAgain(string signInCommand) =>
            new Remedy(RemedyKind.OAuthSignInAgain) { SignInCommand = signInCommand };

        internal static Remedy UseHashtableOutput(string keysToKeep) =>
            new Remedy(RemedyKind.UseHashtableOutput) { KeysToKeep = keysToKeep };

        /// <summary>Connect <paramref name="connectionName"/> first; null when the default was asked for.</summary>
        internal static Remedy ConnectByName(string connectionName) =>
            new Remedy(RemedyKind.ConnectByName) { ConnectionName = connectionName };

        /// <summary>Sign in once interactively with <paramref name="signInCommand"/>, then connect by <paramref name="connectionName"/>.</summary>
        internal static Remedy SignInInteractivelyOnce(string signInCommand, string connectionName) =>
            new Remedy(RemedyKind.SignInInteractivelyOnce) { SignInCommand = signInCommand, ConnectionName = connectionName };

        internal static Remedy SaveConnection(string connectionName) =>
            new Remedy(RemedyKind.SaveConnection) { ConnectionName = connectionName };

        /// <summary>The kind and its named values, e.g. RemoveDamagedSecret(SecretName=JiraAuth:prod), for logs and unworded kinds.</summary>
        public override string ToString()
        {
            var values = Values().ToList();
            return values.Count == 0 ? Kind.ToString() : Kind + "(" + string.Join(", ", values) + ")";
        }

        private IEnumerable<string> Values()
        {
            if (Kind == RemedyKind.RaiseTimeout) yield return nameof(Unanswered) + "=" + Unanswered;
            if (WaitSeconds != null) yield return nameof(WaitSeconds) + "=" + WaitSeconds.Value.ToString(CultureInfo.InvariantCulture);
            if (ResetsAt != null) yield return nameof(ResetsAt) + "=" + UtcText.Of(ResetsAt.Value);
            if (Method != null) yield return nameof(Method) + "=" + Method;
            if (SecretName != null) yield return nameof(SecretName) + "=" + SecretName;
            if (SignInCommand != null) yield return nameof(SignInCommand) + "=" + SignInCommand;
            if (KeysToKeep != null) yield return nameof(KeysToKeep) + "=" + KeysToKeep;
            if (ConnectionName != null) yield return nameof(ConnectionName) + "=" + ConnectionName;
        }
    }
}
