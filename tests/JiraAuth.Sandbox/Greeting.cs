using System.IO;
using JiraAuth.FakeJira;

namespace JiraAuth.Sandbox
{
    /// <summary>
    /// What the interactive sandbox prints before its prompt: what is there and three commands to try. The vault is found by
    /// the sandbox's pwsh (Start-Sandbox.ps1), which says which one it uses.
    /// </summary>
    public static class Greeting
    {
        public static void Write(TextWriter output, SandboxSession session)
        {
            SandboxFakes fakes = session.Fakes;
            output.WriteLine("JiraAuth sandbox: PowerShell with out/JiraAuth imported, against a fake Jira on this machine.");
            output.WriteLine($"  $Sandbox.Site        {fakes.Cloud.SiteUrl}   Jira Cloud site (cloudId {fakes.Cloud.Options.CloudId})");
            output.WriteLine($"  $Sandbox.Gateway     {fakes.Cloud.GatewayUrl}   api.atlassian.com stand-in (scoped tokens)");
            if (fakes.Cloud.AuthUri != null) output.WriteLine($"  $Sandbox.AuthUri     {fakes.Cloud.AuthUrl}   auth.atlassian.com stand-in (OAuth 2.0, "
                + $"-AuthUri)");
            output.WriteLine($"  $Sandbox.DataCenter  {fakes.DataCenter.SiteUrl}   Jira Data Center");
            output.WriteLine($"  HOME:  {session.Home} (your own home and vaults are not touched)");
            output.WriteLine();
            foreach (string line in AccountsTable.Lines(FakeDeployment.Cloud)) output.WriteLine(line);
            foreach (string line in AccountsTable.Lines(FakeDeployment.DataCenter)) output.WriteLine(line);
            output.WriteLine();
            output.WriteLine("The fake speaks plain http, hence -AllowUnencryptedAuthentication; -GatewayUri is its api.atlassian.com. Try:");
            output.WriteLine("  Connect-JiraCloud -Site $Sandbox.Site -Email admin@acme.example -ApiToken $Sandbox.AdminToken -GatewayUri $Sandbox.Gateway "
                + "-AllowUnencryptedAuthentication -Name demo -Save");
            output.WriteLine("  Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; fields = 'summary' } -Paginate -First 5");
            output.WriteLine("  Test-JiraToken");
            output.WriteLine("In a later sandbox session, Connect-JiraCloud -Name demo loads the saved connection. 'exit' stops everything.");
            output.WriteLine();
        }
    }
}
