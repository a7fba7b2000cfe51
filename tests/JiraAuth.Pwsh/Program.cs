namespace JiraAuth.Pwsh
{
    /// <summary>The pwsh console host: the same entry point the real pwsh executable calls.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            return Microsoft.PowerShell.UnmanagedPSEntry.Start(args, args.Length);
        }
    }
}
