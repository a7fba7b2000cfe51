using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;
using JiraAuth.Core.Errors;
using JiraAuth.Core.Storage;
using PS = System.Management.Automation.PowerShell;
using JiraAuth.Input;
using JiraAuth.Errors;

namespace JiraAuth.Vault
{
    /// <summary>
    /// Keeps connection records in Microsoft.PowerShell.SecretManagement by running its cmdlets in the caller's runspace.
    /// Secrets travel only as parameter values, never inside script text, so they cannot leak through logging of scripts.
    /// </summary>
    internal sealed class SecretManagementStore
    {
        public const string ModuleName = "Microsoft.PowerShell.SecretManagement";

        private readonly bool _nonInteractive;
        private readonly Runspace _runspace;

        /// <param name="runspace">null: the caller's runspace (the pipeline thread); otherwise a runspace of our own, usable from any thread.</param>
        public SecretManagementStore(bool nonInteractive, Runspace runspace = null)
        {
            _nonInteractive = nonInteractive;
            _runspace = runspace;
        }

        /// <summary>Saves the record; returns the vault it went to.</summary>
        public string Save(ConnectionRecord record, string vault)
        {
            var target = vault ?? DefaultVaultName();
            var secretName = ConnectionRecordSerializer.SecretName(record.Name);
            var parameters = new Dictionary<string, object>
            {
                ["Name"] = secretName,
                ["Secret"] = CredentialFactory.ToSecureString(ConnectionRecordSerializer.Serialize(record)),
                ["Vault"] = target,
            };
            var metadata = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in ConnectionRecordSerializer.Metadata(record)) metadata[pair.Key] = pair.Value;
            try
            {
                Invoke("Set-Secret", new Dictionary<string, object>(parameters) { ["Metadata"] = metadata }, secretName);
            }
            catch (VaultException e) when (e.ErrorId == ErrorIds.VaultOperationFailed && e.Message.IndexOf("metadata", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                // Some extension vaults cannot store metadata; the record itself carries everything needed.
                Invoke("Set-Secret", parameters, secretName);
            }
            return target;
        }

        /// <summary>Reads and decodes a saved connection; null when no vault holds it.</summary>
        public SavedRecord Load(string connectionName, string vault)
        {
            var secretName = ConnectionRecordSerializer.SecretName(connectionName);
            var info = Find(connectionName, vault);
            if (info == null) return null;
            var results = Invoke("Get-Secret", new Dictionary<string, object>
            {
                ["Name"] = secretName,
                ["Vault"] = info.VaultName,
            }, secretName); // no -AsPlainText: the record stays a SecureString until this process needs it
            var value = results.Select(r => r?.BaseObject).FirstOrDefault(v => v != null);
            string text;
            switch (value)
            {
                case string s: text = s; break;
                case SecureString secure: text = CredentialFactory.Secret(secure).Reveal(); break;
                default:
                    throw new VaultException($"The secret '{secretName}' in vault '{info.VaultName}' is not a JiraAuth connection record. "
                        + $"Remove it with Remove-Secret -Name '{secretName}' -Vault '{info.VaultName}' "
                        + "and save the connection again with Connect-JiraCloud -Save.",
                        ErrorIds.InvalidConnectionRecord, ErrorCategory.InvalidData);
            }
            try
            {
                return new SavedRecord(ConnectionRecordSerializer.Deserialize(secretName, text), info.VaultName);
            }
            catch (InvalidOperationException e)
            {
                throw new VaultException(PowerShellRemedies.WithRemedy(e.Message, e), ErrorIds.InvalidConnectionRecord, ErrorCategory.InvalidData,
                    Remedies.Of(e), e);
            }
        }

        /// <summary>Describes saved connections from metadata only: nothing is decrypted, so locked vaults are not unlocked for this.</summary>
        public IReadOnlyList<SavedJiraConnection> List(string vault) => ListReadable(vault, out _);

        /// <summary>
        /// The saved connections of every vault that could be read; <paramref name="unreadable"/> names the vaults that
        /// failed (a locked one among others). Get-SecretInfo answers with the others' results and an error, and that
        /// partial answer must not pass for a complete one. When nothing could be read at all, the failure is thrown.
        /// </summary>
        public IReadOnlyList<SavedJiraConnection> ListReadable(string vault, out IReadOnlyList<VaultException> unreadable)
        {
            var parameters = new Dictionary<string, object> { ["Name"] = ConnectionRecordSerializer.SecretNamePrefix + "*" };
            if (vault != null) parameters["Vault"] = vault;
            var failures = new List<VaultException>();
            var found = Invoke("Get-SecretInfo", parameters, vault ?? ModuleName, failures)
                .Where(r => r != null)
                .Select(r => SavedConnectionDescriber.Describe(Property<string>(r, "Name"), Property<string>(r, "VaultName"), Metadata(r)))
                .Where(s => SavedConnectionDescriber.IsJiraSecret(s.SecretName))
                .ToList();
            unreadable = failures;
            return found;
        }

        /// <summary>The named saved connection, or null when no vault has it; a vault that could not be read is reported instead of "not found".</summary>
        public SavedJiraConnection Find(string connectionName, string vault)
        {
            var secretName = ConnectionRecordSerializer.SecretName(connectionName);
            var match = ListReadable(vault, out var unreadable).FirstOrDefault(s =>
                string.Equals(s.SecretName, secretName, StringComparison.OrdinalIgnoreCase));
            if (match == null && unreadable.Count > 0) throw unreadable[0];
            return match;
        }

        /// <summary>Removes the saved secret; false when no vault had it.</summary>
        public bool Remove(string connectionName, string vault)
        {
            var info = Find(connectionName, vault);
            if (info == null) return false;
            Invoke("Remove-Secret", new Dictionary<string, object> { ["Name"] = info.SecretName, ["Vault"] = info.VaultName }, info.SecretName);
            return true;
        }

        /// <summary>Fails now, before any login to Jira, when the named vault is not registered.</summary>
        public void EnsureVaultExists(string vault)
        {
            if (Invoke("Get-SecretVault", new Dictionary<string, object> { ["Name"] = vault }, vault).Count > 0) return;
            throw new VaultException($"No SecretManagement vault named '{vault}' is registered (Get-SecretVault lists them).",
                ErrorIds.VaultNotConfigured, ErrorCategory.ResourceUnavailable, new Remedy(RemedyKind.RegisterVault));
        }

        public string DefaultVaultName()
        {
            var vaults = Invoke("Get-SecretVault", new Dictionary<string, object>(), ModuleName);
            var defaultVault = vaults.FirstOrDefault(v => v != null && Property<bool>(v, "IsDefault"));
            if (defaultVault == null)
            {
                throw new VaultException(
                    vaults.Count == 0 ? "No SecretManagement vault is registered, so the connection cannot be saved."
                        : "No SecretManagement vault is registered as the default; pass -Vault or register a default vault.",
                    ErrorIds.VaultNotConfigured, ErrorCategory.ResourceUnavailable, new Remedy(RemedyKind.RegisterDefaultVault));
            }
            return Property<string>(defaultVault, "Name");
        }

        private Collection<PSObject> Invoke(string command, IDictionary<string, object> parameters, object target) => Invoke(command, parameters, target, null);

        /// <param name="partialFailures">
        /// When given, errors that came with some results (a locked vault among several) are collected here instead of
        /// thrown; errors with no result at all are still thrown.
        /// </param>
        private Collection<PSObject> Invoke(string command, IDictionary<string, object> parameters, object target, List<VaultException> partialFailures)
        {
            using (var ps = _runspace == null ? PS.Create(RunspaceMode.CurrentRunspace) : PS.Create())
            {
                if (_runspace != null) ps.Runspace = _runspace;
                ps.AddCommand(ModuleName + "\\" + command);
                // Errors must come back as records to classify, also when the caller's script sets
                // $ErrorActionPreference = 'Stop' (inherited here, it would turn them into a bare "stopped" exception).
                ps.AddParameter("ErrorAction", ActionPreference.Continue);
                foreach (var pair in parameters)
                {
                    if (pair.Value is bool flag) { if (flag) ps.AddParameter(pair.Key); }
                    else ps.AddParameter(pair.Key, pair.Value);
                }
                Collection<PSObject> results;
                try
                {
                    results = ps.Invoke();
                }
                catch (CommandNotFoundException e)
                {
                    throw ModuleMissing(e);
                }
                catch (RuntimeException e)
                {
                    throw Classify(command, e.ErrorRecord?.FullyQualifiedErrorId, ExceptionChain.Flatten(e), e);
                }
                foreach (var error in ps.Streams.Error)
                {
                    if (error.Exception is CommandNotFoundException missing) throw ModuleMissing(missing);
                    var failure = Classify(command, error.FullyQualifiedErrorId,
                        error.Exception != null ? ExceptionChain.Flatten(error.Exception) : error.ToString(), error.Exception);
                    if (partialFailures == null || results.Count == 0) throw failure;
                    partialFailures.Add(failure);
                }
                return results;
            }
        }

        private static VaultException ModuleMissing(Exception e) =>
            new VaultException($"The {ModuleName} module is not installed, so connections cannot be saved to or loaded from a vault.",
                ErrorIds.SecretManagementMissing, ErrorCategory.NotInstalled, new Remedy(RemedyKind.InstallSecretStore), e);

        private VaultException Classify(string command, string errorId, string message, Exception inner)
        {
            if (VaultErrorText.IsLocked(inner, message))
            {
                var remedy = new Remedy(_nonInteractive ? RemedyKind.ConfigureUnattendedVault : RemedyKind.UnlockVault);
                return new VaultException("The vault is locked: " + message, ErrorIds.VaultLocked, ErrorCategory.PermissionDenied, remedy, inner);
            }
            if (VaultErrorText.IsMissingVault(errorId, message))
            {
                return new VaultException(message, ErrorIds.VaultNotConfigured, ErrorCategory.ResourceUnavailable, new Remedy(RemedyKind.RegisterVault), inner);
            }
            return new VaultException($"{command} failed: {message}", ErrorIds.VaultOperationFailed, ErrorCategory.WriteError, null, inner);
        }

        private static T Property<T>(PSObject value, string name)
        {
            var raw = value.Properties[name]?.Value;
            if (raw is PSObject wrapped) raw = wrapped.BaseObject;
            return raw is T typed ? typed : default(T);
        }

        private static IDictionary Metadata(PSObject info)
        {
            var raw = info.Properties["Metadata"]?.Value;
            if (raw is PSObject wrapped) raw = wrapped.BaseObject;
            if (!(raw is IDictionary dictionary)) return null;
            var unwrapped = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in dictionary)
            {
                unwrapped[entry.Key] = entry.Value is PSObject p ? p.BaseObject : entry.Value;
            }
            return unwrapped;
        }
    }
}
