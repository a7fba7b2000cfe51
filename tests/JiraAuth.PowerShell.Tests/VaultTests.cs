using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Security;
using JiraAuth.FakeJira;
using JiraAuth.PowerShell.Tests.Support;
using Xunit;

namespace JiraAuth.PowerShell.Tests
{
    /// <summary>Saving and loading connections through SecretManagement (the in-memory stub module, vault name "Stub").</summary>
    public sealed class VaultTests : IClassFixture<PowerShellSession>
    {
        private const string Fq = ",JiraAuth.Commands.ConnectJiraCloudCommand";
        private readonly PowerShellSession _session;

        public VaultTests(PowerShellSession session)
        {
            _session = session;
            _session.Reset();
        }

        private RunResult SaveNightly(string extra = "-Vault Stub") =>
            _session.Run("Connect-JiraCloud -Site $Site -Email $Email -ApiToken $Token -Name nightly -Save -AllowUnencryptedAuthentication -GatewayUri "
                + "$Gateway " + extra,
                _session.CloudParameters(("Email", FakeAccounts.AdminEmail), ("Token", Ps.Secure(FakeAccounts.AdminClassicToken))));

        private PSObject[] Entries() => _session.Run("Get-StubVaultEntry").AssertNoErrors().Output.ToArray();

        [Fact]
        public void Save_stores_one_SecureString_secret_with_metadata()
        {
            var connection = SaveNightly().AssertNoErrors().Single;
            Assert.Equal("Stub", Ps.Prop(connection, "VaultName"));

            var entry = Assert.Single(Entries());
            Assert.Equal("JiraAuth:nightly", Ps.Prop(entry, "Name"));
            Assert.Equal("Stub", Ps.Prop(entry, "VaultName"));
            Assert.IsType<SecureString>(Ps.Prop(entry, "Secret"));
            var metadata = Assert.IsAssignableFrom<IDictionary>(Ps.Prop(entry, "Metadata"));
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Unwrap(metadata["Site"]));
            Assert.Equal("ApiToken", Ps.Unwrap(metadata["AuthMode"])?.ToString());
            Assert.Equal(FakeAccounts.AdminEmail, Ps.Unwrap(metadata["UserName"]));
            // The token is only inside the SecureString, never in metadata.
            Assert.DoesNotContain(metadata.Values.Cast<object>(), v => (v?.ToString() ?? "").Contains(FakeAccounts.AdminClassicToken));
            var plain = _session.Run("Get-Secret -Name 'JiraAuth:nightly' -Vault Stub -AsPlainText").AssertNoErrors().Single.ToString();
            Assert.Contains(FakeAccounts.AdminClassicToken, plain);
        }

        // -WhatIf with a vault: tests/Pester/Vault.Tests.ps1 ('writes nothing to the vault under -WhatIf').

        [Fact]
        public void Saved_connection_loads_by_name_lists_from_metadata_and_is_forgotten()
        {
            SaveNightly().AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -Name nightly").AssertNoErrors();
            Assert.Empty(_session.Run("Get-JiraConnection").Output);

            var loaded = _session.Run("Connect-JiraCloud -Name nightly -Vault Stub").AssertNoErrors().Single;
            Assert.Equal("nightly", Ps.Prop(loaded, "Name"));
            Assert.Equal("ApiToken", Ps.Prop(loaded, "AuthMode").ToString());
            Assert.Equal("Stub", Ps.Prop(loaded, "VaultName"));
            Assert.Equal(FakeAccounts.AdminAccountId,
                Ps.Prop(_session.Run("Invoke-JiraRestMethod myself -Connection nightly").AssertNoErrors().Single, "accountId"));

            // Also without -Vault: every vault is searched.
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();
            Assert.Equal("Stub", Ps.Prop(_session.Run("Connect-JiraCloud -Name nightly").AssertNoErrors().Single, "VaultName"));
            _session.Run("Disconnect-JiraCloud -All").AssertNoErrors();

            var saved = _session.Run("Get-JiraConnection -ListAvailable").AssertNoErrors().Single;
            Assert.Equal("JiraAuth.Vault.SavedJiraConnection", saved.BaseObject.GetType().FullName);
            Assert.Equal("nightly", Ps.Prop(saved, "Name"));
            Assert.Equal("Stub", Ps.Prop(saved, "VaultName"));
            Assert.Equal("JiraAuth:nightly", Ps.Prop(saved, "SecretName"));
            Assert.Equal(_session.Cloud.SiteUrl, Ps.Prop(saved, "Site"));
            Assert.Equal(FakeAccounts.AdminEmail, Ps.Prop(saved, "UserName"));
            Assert.False((bool)Ps.Prop(saved, "IsConnected"));

            var forget = _session.Run("Disconnect-JiraCloud -Name nightly -Forget -Vault Stub -Confirm:$false", verbose: true).AssertNoErrors();
            Assert.Empty(Entries());
            Assert.Contains(forget.Verbose, v => v.Message.Contains("JiraAuth:nightly"));
            Assert.Empty(_session.Run("Get-JiraConnection -ListAvailable").AssertNoErrors().Output);
        }

        [Fact]
        public void Locked_vault_fails_at_once_with_VaultLocked_and_the_unattended_setup()
        {
            SaveNightly().AssertNoErrors();
            _session.Run("Disconnect-JiraCloud -All; Set-StubVaultState -Locked").AssertNoErrors();
            _session.Cloud.Requests.Clear();

            var result = _session.Run("Connect-JiraCloud -Name nightly -Vault Stub");

            var error = result.SingleError;
            Assert.Equal("JiraVaultLocked" + Fq, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
            Assert.Contains("Set-SecretStoreConfiguration", error.ErrorDetails.RecommendedAction);
            Assert.Contains("Unlock-SecretStore", error.Exception.Message);
            Assert.Empty(_session.Cloud.Requests.Snapshot()); // failed at the vault, before any request
            Assert.Empty(_session.Run("Get-JiraConnection").Output);

            // Saving into the locked vault fails the same way and registers nothing.
            var save = SaveNightly();
            Assert.Equal("JiraVaultLocked" + Fq, save.SingleError.FullyQualifiedErrorId);
            Assert.Empty(_session.Run("Get-JiraConnection").Output);

            // Listing reports it as an error but still lists the session.
            var list = _session.Run("Get-JiraConnection -ListAvailable");
            Assert.Equal("JiraVaultLocked,JiraAuth.Commands.GetJiraConnectionCommand", list.SingleError.FullyQualifiedErrorId);
        }

        [Fact]
        public void Missing_saved_name_is_SavedConnectionNotFound()
        {
            var error = _session.Run("Connect-JiraCloud -Name nope -Vault Stub").SingleError;
            Assert.Equal("JiraSavedConnectionNotFound" + Fq, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Contains("-ListAvailable", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Listing_a_vault_that_is_not_registered_is_VaultNotConfigured()
        {
            var error = _session.Run("Get-JiraConnection -ListAvailable -Vault Nope").SingleError;
            Assert.Equal("JiraVaultNotConfigured,JiraAuth.Commands.GetJiraConnectionCommand", error.FullyQualifiedErrorId);
            Assert.Contains("Register-SecretVault", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Save_without_a_default_vault_is_VaultNotConfigured_before_touching_Jira()
        {
            _session.Run("Set-StubVaultState -NoDefaultVault").AssertNoErrors();
            var result = SaveNightly(extra: "");

            var error = result.SingleError;
            Assert.Equal("JiraVaultNotConfigured" + Fq, error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("Register-SecretVault", error.ErrorDetails.RecommendedAction);
            Assert.Empty(_session.Cloud.Requests.Snapshot());
            Assert.Empty(Entries());
        }

        [Fact]
        public void Save_to_the_default_vault_when_no_Vault_is_given()
        {
            SaveNightly(extra: "").AssertNoErrors();
            Assert.Equal("Stub", Ps.Prop(Assert.Single(Entries()), "VaultName"));
        }
    }
}
