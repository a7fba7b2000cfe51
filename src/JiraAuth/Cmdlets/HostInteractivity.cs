using System;
using System.Linq;


namespace JiraAuth.Cmdlets
{
    /// <summary>
    /// Decides whether anyone could answer a prompt. Scheduled tasks, services and remoting hosts must fail at once with
    /// an actionable message instead of waiting for input that never comes.
    /// </summary>
    internal static class HostInteractivity
    {
        private static readonly string[] NonInteractiveHostNames = { "Default Host", "ServerRemoteHost" };

        public static bool IsNonInteractive(string hostName, bool userInteractive, string[] commandLineArgs)
        {
            if (!userInteractive) return true;
            if (hostName != null && NonInteractiveHostNames.Any(n => string.Equals(n, hostName, StringComparison.OrdinalIgnoreCase))) return true;
            // pwsh accepts any unambiguous prefix of -NonInteractive (e.g. -noni), as scheduled tasks often spell it.
            // Arguments after -Command/-File belong to the script, not to the host.
            return commandLineArgs != null && commandLineArgs.Skip(1).TakeWhile(a => !StartsScript(a)).Any(IsNonInteractiveSwitch);
        }

        private static bool StartsScript(string argument)
        {
            var name = (argument ?? string.Empty).TrimStart('-', '/').ToLowerInvariant();
            if (name.Length == 0 || argument.Length == name.Length) return false;
            return name == "c" || name == "f" || name == "e" || name == "ec" || name == "file" || name == "command" || name == "encodedcommand";
        }

        public static bool IsNonInteractiveSwitch(string argument)
        {
            if (string.IsNullOrEmpty(argument) || (argument[0] != '-' && argument[0] != '/')) return false;
            var name = argument.TrimStart('-', '/');
            return name.Length >= 4 && "noninteractive".StartsWith(name, StringComparison.OrdinalIgnoreCase);
        }

        public static bool IsCurrentNonInteractive(string hostName) =>
            IsNonInteractive(hostName, Environment.UserInteractive, Environment.GetCommandLineArgs());
    }
}
