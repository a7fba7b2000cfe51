using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using JiraAuth.Binding;

namespace JiraAuth.Module.Tests.Metadata
{
    /// <summary>What PowerShell would only report at import or bind time, checked on the built assembly.</summary>
    public class CmdletConventionTests
    {
        // Get-Verb on PowerShell 7.4 (a superset of 5.1's list).
        private static readonly HashSet<string> ApprovedVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open",
            "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip", "Split",
            "Step", "Switch", "Undo", "Unlock", "Watch", "Connect", "Disconnect", "Read", "Receive", "Send", "Write", "Backup", "Checkpoint",
            "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand", "Export", "Group", "Import",
            "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync", "Unpublish", "Update", "Debug", "Measure",
            "Ping", "Repair", "Resolve", "Test", "Trace", "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable",
            "Enable", "Install", "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall",
            "Unregister", "Wait", "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect", "Use",
        };

        private static readonly string[] SecretParameterNames = { "ApiToken", "PersonalAccessToken", "Password", "Secret", "Token", "ClientSecret",
            "RefreshToken", "Credential" };

        public static IEnumerable<object[]> Cmdlets() => ModuleAssembly.Cmdlets.Select(c => new object[] { c.Name });

        private static CmdletInfo Cmdlet(string name) => ModuleAssembly.Cmdlets.Single(c => c.Name == name);

        [Fact]
        public void The_module_has_the_six_cmdlets_to_connect_test_disconnect_and_call_Jira()
        {
            var names = ModuleAssembly.Cmdlets.Select(c => c.Name).ToList();
            foreach (var expected in new[] { "Connect-JiraCloud", "Disconnect-JiraCloud", "Get-JiraConnection", "Test-JiraToken", "Get-JiraCloudId",
                "Invoke-JiraRestMethod" })
            {
                Assert.Contains(expected, names);
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Verb_is_approved(string name) => Assert.Contains(Cmdlet(name).Verb, ApprovedVerbs);

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Noun_is_singular_and_prefixed_Jira(string name)
        {
            var noun = Cmdlet(name).Noun;
            Assert.StartsWith("Jira", noun, StringComparison.Ordinal);
            Assert.True(!noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("ss", StringComparison.Ordinal)
                || noun.EndsWith("us", StringComparison.Ordinal),
                $"{name}: the noun looks plural.");
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Declares_its_output_type(string name)
        {
            var cmdlet = Cmdlet(name);
            Assert.NotEmpty(cmdlet.OutputTypes);
            Assert.All(cmdlet.OutputTypes, a => Assert.NotEmpty(a.ConstructorArguments));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Has_no_bool_parameters(string name)
        {
            foreach (var parameter in Cmdlet(name).Parameters)
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                Assert.False(type.FullName == "System.Boolean", $"{name} {parameter}: use SwitchParameter, not bool.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Secret_parameters_are_SecureString_or_PSCredential(string name)
        {
            foreach (var parameter in Cmdlet(name).Parameters)
            {
                var looksSecret = SecretParameterNames.Any(s => string.Equals(s, parameter.Name, StringComparison.OrdinalIgnoreCase))
                                  || parameter.Name.EndsWith("Token", StringComparison.OrdinalIgnoreCase)
                                  || parameter.Name.EndsWith("Secret", StringComparison.OrdinalIgnoreCase)
                                  || parameter.Name.EndsWith("Password", StringComparison.OrdinalIgnoreCase);
                if (!looksSecret) continue;
                var typeName = parameter.ParameterType.FullName;
                Assert.True(typeName == "System.Security.SecureString" || typeName == "System.Management.Automation.PSCredential",
                    $"{name} {parameter} is a secret but typed {typeName}.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void PSCredential_parameters_carry_the_Credential_attribute(string name)
        {
            foreach (var parameter in Cmdlet(name).Parameters.Where(p => p.ParameterType.FullName == "System.Management.Automation.PSCredential"))
            {
                Assert.True(parameter.HasAttribute("System.Management.Automation.CredentialAttribute"),
                    $"{name} {parameter} needs [Credential()] so a user name alone prompts.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Connection_parameters_accept_names(string name)
        {
            foreach (var parameter in Cmdlet(name).Parameters.Where(p => p.ParameterType.FullName == "JiraAuth.Core.Connections.JiraConnection"))
            {
                Assert.True(parameter.HasAttribute("JiraAuth.Binding.JiraConnectionTransformationAttribute"),
                    $"{name} {parameter} must take a name too.");
                Assert.True(parameter.HasAttribute("System.Management.Automation.ArgumentCompleterAttribute"), $"{name} {parameter} should complete names.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Cmdlets_that_change_a_vault_support_ShouldProcess(string name)
        {
            var cmdlet = Cmdlet(name);
            var changesVault = cmdlet.Parameters.Any(p => p.Name == "Save" || p.Name == "Forget")
                               || (cmdlet.Verb != "Get" && cmdlet.Parameters.Any(p => p.Name == "Vault"));
            if (changesVault) Assert.True(cmdlet.SupportsShouldProcess, $"{name} changes a vault but does not support -WhatIf/-Confirm.");
        }

        [Fact]
        public void Cmdlets_that_only_read_do_not_pretend_to_change_state()
        {
            Assert.All(ModuleAssembly.Cmdlets.Where(c => c.Verb == "Get" || c.Verb == "Test"), c => Assert.False(c.SupportsShouldProcess, c.Name));
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Several_parameter_sets_have_an_existing_default(string name)
        {
            var cmdlet = Cmdlet(name);
            if (cmdlet.NamedSets.Count > 1)
            {
                Assert.NotNull(cmdlet.DefaultParameterSetName);
                Assert.Contains(cmdlet.DefaultParameterSetName, cmdlet.NamedSets);
            }
            else if (cmdlet.DefaultParameterSetName != null && cmdlet.NamedSets.Count == 1)
            {
                Assert.Equal(cmdlet.NamedSets[0], cmdlet.DefaultParameterSetName);
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void No_two_parameters_share_a_position_in_a_set(string name)
        {
            foreach (var set in Cmdlet(name).Sets)
            {
                var duplicates = set.Members.Where(m => m.Declaration.Position.HasValue)
                    .GroupBy(m => m.Declaration.Position.Value).Where(g => g.Count() > 1).ToList();
                Assert.True(duplicates.Count == 0,
                    $"{name} set {set}: position {duplicates.FirstOrDefault()?.Key} is used by "
                        + $"{string.Join(", ", duplicates.SelectMany(g => g).Select(m => m.Parameter))}.");
            }
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Every_parameter_set_can_be_chosen(string name)
        {
            var cmdlet = Cmdlet(name);
            foreach (var problem in ParameterSetAnalyzer.Unreachable(cmdlet))
            {
                Assert.Fail(problem);
            }
        }
    }
}
