using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using JiraAuth.Core.Http;
using JiraAuth.Core.Tests.Support;
using Xunit;

namespace JiraAuth.Core.Tests.Http
{
    /// <summary>
    /// TLS 1.2 for JiraAuth's own requests on .NET Framework, without leaving the process changed for other modules.
    /// ServicePointManager.SecurityProtocol is settable on .NET Core too (where it has no effect), so the scope is tested here.
    /// </summary>
    [Collection(nameof(ProcessWideSecurityProtocol))]
    public class Tls12ScopeTests
    {
#pragma warning disable SYSLIB0014, CS0618 // ServicePointManager and TLS 1.0/1.1 are obsolete: exactly the .NET Framework setting under test.
        private static SecurityProtocolType Current
        {
            get => ServicePointManager.SecurityProtocol;
            set => ServicePointManager.SecurityProtocol = value;
        }

        private static async Task<SecurityProtocolType> ProtocolSeenDuringSend()
        {
            SecurityProtocolType seen = 0;
            var transport = new ScriptedTransport().Then(request => { seen = Current; return ScriptedTransport.Json(HttpStatusCode.OK, "{}"); });
            using var client = new JiraClient(new JiraClientOptions { ApiBaseUri = new Uri("https://acme.atlassian.net"), Transport = transport });
            await client.SendAsync(new JiraRequest(HttpMethod.Get, "myself"), CancellationToken.None);
            return seen;
        }

        [Fact]
        public async Task An_explicit_list_without_TLS_1_2_gets_it_while_JiraAuth_sends_and_is_restored_afterwards()
        {
            var original = Current;
            try
            {
                Current = SecurityProtocolType.Tls11;
                var during = await ProtocolSeenDuringSend();
                Assert.Equal(SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12, during);
                Assert.Equal(SecurityProtocolType.Tls11, Current);
            }
            finally
            {
                Current = original;
            }
        }

        [Fact]
        public async Task System_default_and_lists_with_TLS_1_2_are_left_alone()
        {
            var original = Current;
            try
            {
                Current = SecurityProtocolType.SystemDefault;
                Assert.Equal(SecurityProtocolType.SystemDefault, await ProtocolSeenDuringSend());
                Current = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
                Assert.Equal(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13, await ProtocolSeenDuringSend());
                Assert.Equal(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13, Current);
            }
            finally
            {
                Current = original;
            }
        }

        [Fact]
        public void Overlapping_requests_restore_only_after_the_last_one_and_never_undo_someone_elses_change()
        {
            var original = Current;
            try
            {
                Current = SecurityProtocolType.Tls11;
                var first = Tls12Scope.Enter();
                var second = Tls12Scope.Enter();
                first.Dispose();
                Assert.Equal(SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12, Current);
                second.Dispose();
                Assert.Equal(SecurityProtocolType.Tls11, Current);

                var scope = Tls12Scope.Enter();
                Current = SecurityProtocolType.Tls13;   // another module decides while JiraAuth is sending
                scope.Dispose();
                Assert.Equal(SecurityProtocolType.Tls13, Current);
            }
            finally
            {
                Current = original;
            }
        }
#pragma warning restore SYSLIB0014, CS0618
    }

    [CollectionDefinition(nameof(ProcessWideSecurityProtocol), DisableParallelization = true)]
    public class ProcessWideSecurityProtocol
    {
    }
}
