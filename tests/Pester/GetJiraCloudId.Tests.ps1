#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

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
    It 'returns the site and its cloudId' {
        $result = Get-JiraCloudId -Site $script:Cloud.Site

        $result.Site | Should -Be $script:Cloud.Site
        $result.CloudId | Should -Be $script:Cloud.CloudId
    }

    It 'takes sites from the pipeline by value' {
        ($script:Cloud.Site | Get-JiraCloudId).CloudId | Should -Be $script:Cloud.CloudId
    }

    It 'takes sites from the pipeline by the property name <Property>' -TestCases @(@{ Property = 'Site' }, @{ Property = 'Url' }) {
        param($Property)
        $item = [pscustomobject]@{ $Property = $script:Cloud.Site }
        ($item | Get-JiraCloudId).CloudId | Should -Be $script:Cloud.CloudId
    }

    It 'writes a non-terminating ObjectNotFound-style error for a site without a cloudId and goes on' {
        $results = Get-JiraCloudId -Site $script:DataCenter.Site, $script:Cloud.Site -ErrorAction SilentlyContinue -ErrorVariable failures

        $results.CloudId | Should -Be $script:Cloud.CloudId
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'JiraCloudIdNotFound*'
    }

    It 'rejects input that is not a site' {
        Get-JiraCloudId -Site 'not a site!' -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'JiraInvalidSite*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}
