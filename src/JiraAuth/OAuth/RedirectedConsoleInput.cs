using System;
using System.IO;

namespace JiraAuth.OAuth
{
    /// <summary>
    /// Standard input of pwsh or powershell.exe that is a pipe or a file (ssh without -t, a wrapper script, a parent process).
    /// The console host cannot read it hidden: PowerShell 7.6 ends the whole process at ReadLineAsSecureString with exit code 0,
    /// and its ReadLine echoes what it read to standard output. There is no echo to hide, so the line is read as it is.
    /// Other hosts (ISE, VS Code, a hosted runspace with its own UI) read through their UI whatever the process's input is.
    /// </summary>
    internal static class RedirectedConsoleInput
    {
        /// <summary>Host.Name of the console host in Windows PowerShell 5.1 and PowerShell 7.</summary>
        public const string ConsoleHostName = "ConsoleHost";

        public static bool Applies(string hostName) => Applies(hostName, IsInputRedirected);

        public static bool Applies(string hostName, Func<bool> inputRedirected) =>
            string.Equals(hostName, ConsoleHostName, StringComparison.Ordinal) && inputRedirected();

        /// <summary>The next line, or null at the end of the input.</summary>
        public static string ReadLine() => Console.In.ReadLine();

        // Console.IsInputRedirected: .NET Framework 4.5+ (Windows PowerShell 5.1) and every .NET Core; it asks the OS about
        // the handle, so it holds for the process however PowerShell was started.
        private static bool IsInputRedirected()
        {
            try
            {
                return Console.IsInputRedirected;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }
}
