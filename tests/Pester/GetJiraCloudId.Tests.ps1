#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# -ErrorAction and -ErrorVariable with a site that has no cloudId, as a script would use them. Parameter and pipeline
# binding and the error ids are tested in tests/JiraAuth.PowerShell.Tests.

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
    $script:DataCenter = Start-FakeJira -DataCenter
}

AfterAll {
    Stop-FakeJira $script:Cloud
    Stop-FakeJira $script:DataCenter
}

Describe 'Get-JiraCloudId' {
    It 'writes a non-terminating ObjectNotFound error for a site without a cloudId and goes on to the next site' {
        $results = Get-JiraCloudId -Site $script:DataCenter.Site, $script:Cloud.Site -ErrorAction SilentlyContinue -ErrorVariable failures

        $results.CloudId | Should -Be $script:Cloud.CloudId
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeExactly 'JiraCloudIdNotFound,JiraAuth.Commands.GetJiraCloudIdCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match '-CloudId'
    }

    It 'stops at the first such site with -ErrorAction Stop' {
        $script:results = @()
        { Get-JiraCloudId -Site $script:DataCenter.Site, $script:Cloud.Site -ErrorAction Stop | ForEach-Object { $script:results += $_ } } |
            Should -Throw -ErrorId 'JiraCloudIdNotFound,JiraAuth.Commands.GetJiraCloudIdCommand'

        $script:results | Should -BeNullOrEmpty
    }
}
