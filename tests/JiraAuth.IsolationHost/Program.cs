using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Newtonsoft.Json;

namespace JiraAuth.IsolationHost
{
    /// <summary>
    /// Loads this process's Newtonsoft.Json (14.0.1-beta2) and uses it, then runs the PowerShell script in args[0] in a hosted
    /// runspace and prints its output, one line each, and its errors prefixed "ERROR: ". Exit code 0 when no error was written.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            // Before PowerShell or JiraAuth: the older copy is in the process first.
            Console.WriteLine("host Newtonsoft.Json " + typeof(JsonConvert).Assembly.GetName().Version + " "
                + JsonConvert.SerializeObject(new { loaded = true }));

            using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.Runspace = runspace;
            ps.AddScript(File.ReadAllText(args[0]));
            var failed = false;
            try
            {
                foreach (var item in ps.Invoke()) Console.WriteLine(item?.ToString());
            }
            catch (RuntimeException e)
            {
                Console.WriteLine("ERROR: " + e.Message);
                failed = true;
            }
            foreach (var error in ps.Streams.Error)
            {
                Console.WriteLine("ERROR: " + error.Exception.Message);
                failed = true;
            }
            // JiraAuth loaded and used its own copy: the host's is still the one it binds, and still works.
            Console.WriteLine("host after Newtonsoft.Json " + typeof(JsonConvert).Assembly.GetName().Version + " "
                + JsonConvert.SerializeObject(new { stillWorks = true }));
            return failed ? 1 : 0;
        }
    }
}
