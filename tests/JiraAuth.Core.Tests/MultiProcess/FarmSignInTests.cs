using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace JiraAuth.Core.Tests.MultiProcess
{
    /// <summary>
    /// Two "servers" (throw-away homes) with two pwsh processes each share one 3LO sign-in in a shared-folder vault against
    /// the strict fake authorization server (refresh tokens work once; a reuse revokes the chain), access tokens living 2 s.
    /// </summary>
    public class FarmSignInTests
    {
        private readonly ITestOutputHelper _output;

        public FarmSignInTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [RealSecretStoreFact]
        public async Task ServersSharingTheLockFolderKeepTheSignInAndTheVaultEndsWithTheLiveToken()
        {
            await using var farm = await Farm.StartAsync(servers: 2, reuseLeeway: TimeSpan.Zero);

            var workers = await farm.RunAsync(perServer: 2, TimeSpan.FromSeconds(6), sharedLocks: true);
            foreach (var worker in workers) _output.WriteLine(worker.ToString());

            // Calls are counted, not required to all succeed: on an overloaded machine a 2 s access token can expire between the
            // refresh and Connect-JiraCloud's check, which does not repeat a login. What must hold is the chain.
            foreach (var worker in workers)
            {
                Assert.False(worker.Aborted || worker.Hung, worker.ToString());
                Assert.DoesNotContain("invalid_grant", worker.Output);
                Assert.DoesNotContain("unauthorized_client", worker.Output);
            }
            Assert.True(workers.Sum(w => w.Ok) >= workers.Count, string.Join("\n", workers));
            var chain = Assert.Single(farm.Server.OAuth.Chains);
            Assert.False(chain.Revoked, "the chain was revoked");
            Assert.Equal(0, chain.Reuses);
            Assert.True(chain.Refreshes >= workers.Count, "refreshes: " + chain.Refreshes);
            Assert.Equal(chain.LiveToken, farm.StoredRefreshToken);
        }

        /// <summary>The bug this folder fixes: each server serialises only its own processes, so two servers spend one token.</summary>
        [RealSecretStoreFact]
        public async Task WithoutTheSharedLockFolderTheStrictServerEndsTheSignInForEveryServer()
        {
            await using var farm = await Farm.StartAsync(servers: 2, reuseLeeway: TimeSpan.Zero);

            var workers = await farm.RunAsync(perServer: 1, TimeSpan.FromSeconds(6), sharedLocks: false);
            foreach (var worker in workers) _output.WriteLine(worker.ToString());

            Assert.All(workers, w => Assert.False(w.Aborted || w.Hung, w.ToString()));
            var chain = Assert.Single(farm.Server.OAuth.Chains);
            Assert.True(chain.Revoked, "the chain survived: " + string.Join("\n", workers));
            Assert.True(chain.Reuses >= 1);
            Assert.False(farm.SignInAlive);
            // Connect-JiraCloud reports the refused refresh as JiraAuthenticationFailed; a call on a connected session as JiraOAuthConsentRequired.
            Assert.Contains(workers, w => w.Errors.ContainsKey("JiraOAuthConsentRequired") || w.Errors.ContainsKey("JiraAuthenticationFailed"));
            Assert.Contains(workers, w => w.Output.Contains("invalid_grant"));
        }
    }
}
