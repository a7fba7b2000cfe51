using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace JiraAuth.FakeJira.Auth
{
    /// <summary>
    /// The verdict on a request's credentials. Jira distinguishes failures that block everything (CAPTCHA,
    /// gateway rejections) from failures that only block endpoints needing a user (anonymous-readable ones still answer).
    /// </summary>
    internal sealed class AuthResult
    {
        public FakeUser User { get; private init; }

        /// <summary>When set, every endpoint answers with this instead.</summary>
        public Func<HttpContext, Task> RejectAll { get; private init; }

        /// <summary>When set, endpoints that need an authenticated, licensed user answer with this.</summary>
        public Func<HttpContext, Task> RejectProtected { get; private init; }

        /// <summary>Headers added to every response for this request (X-Seraph-LoginReason and friends).</summary>
        public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

        public static AuthResult Anonymous(Func<HttpContext, Task> rejectProtected) =>
            new AuthResult { RejectProtected = rejectProtected };

        public static AuthResult Authenticated(FakeUser user, Func<HttpContext, Task> rejectProtected, IReadOnlyDictionary<string, string> headers) =>
            new AuthResult { User = user, RejectProtected = rejectProtected, Headers = headers };

        public static AuthResult FailedButReadable(Func<HttpContext, Task> rejectProtected, IReadOnlyDictionary<string, string> headers) =>
            new AuthResult { RejectProtected = rejectProtected, Headers = headers };

        public static AuthResult Blocked(Func<HttpContext, Task> reject) =>
            new AuthResult { RejectAll = reject };
    }
}
