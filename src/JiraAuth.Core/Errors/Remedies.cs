using System;

namespace JiraAuth.Core.Errors
{
    /// <summary>
    /// Attaches a <see cref="Remedy"/> to an exception and reads it back. Exception.Data carries it, so any exception type
    /// (a TimeoutException from the pipeline as much as Core's own) can say what to do without putting a host's command in its message.
    /// </summary>
    internal static class Remedies
    {
        private const string Key = "JiraAuth.Remedy";

        public static TException With<TException>(this TException exception, RemedyKind kind) where TException : Exception =>
            exception.With(new Remedy(kind));

        public static TException With<TException>(this TException exception, Remedy remedy) where TException : Exception
        {
            if (remedy == null) exception.Data.Remove(Key);
            else exception.Data[Key] = remedy;
            return exception;
        }

        /// <summary>The remedy attached to <paramref name="exception"/>, or null.</summary>
        public static Remedy Of(Exception exception) => exception?.Data[Key] as Remedy;
    }
}
