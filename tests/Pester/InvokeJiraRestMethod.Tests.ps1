#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# What only a real shell shows about Invoke-JiraRestMethod: output that matches ConvertFrom-Json, try/catch and $Error,
# the error view, files. Paging, output types, bodies and error ids are tested in tests/JiraAuth.PowerShell.Tests.

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
    $null = Connect-FakeCloud $script:Cloud

    # Same property names, order, value types and values, recursively: what scripts written for ConvertFrom-Json rely on.
    # One line per node ("$.fields.created System.DateTime 2024-..."), compared in one assertion (Should per node is slow).
    function Get-Shape($Value, [string] $Path = '$') {
        if ($null -eq $Value) { return "$Path null" }
        if ($Value -is [System.Management.Automation.PSCustomObject]) {
            "$Path object " + (@($Value.PSObject.Properties.Name) -join ',')
            foreach ($property in $Value.PSObject.Properties) { Get-Shape $property.Value "$Path.$($property.Name)" }
        }
        elseif ($Value -is [array]) {
            "$Path array $($Value.Count)"
            for ($i = 0; $i -lt $Value.Count; $i++) { Get-Shape $Value[$i] "$Path[$i]" }
        }
        else {
            $text = if ($Value -is [datetime]) { $Value.ToString('o') } else { "$Value" }
            "$Path $($Value.GetType().FullName) $text"
        }
    }

    function Assert-SameShape($Actual, $Expected) {
        (Get-Shape $Actual) -join "`n" | Should -BeExactly ((Get-Shape $Expected) -join "`n")
    }
}

AfterAll {
    Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
    Stop-FakeJira $script:Cloud
}

Describe 'Invoke-JiraRestMethod' {
    Context 'paths' {
        It 'resolves <Path>' -TestCases @(
            @{ Path = 'myself' }
            @{ Path = '/rest/api/3/myself' }
            @{ Path = 'ABSOLUTE' }
        ) {
            param($Path)
            if ($Path -eq 'ABSOLUTE') { $Path = "$($script:Cloud.Site)/rest/api/3/myself" }
            (Invoke-JiraRestMethod -Path $Path).displayName | Should -Be 'Alice Admin'
        }
    }

    Context 'output shape' {
        It 'matches ConvertFrom-Json of the same body for <Path>' -Skip:($PSVersionTable.PSVersion.Major -lt 7) -TestCases @(
            @{ Path = 'myself' }
            @{ Path = 'project/search' }
            @{ Path = 'issue/ABC-1' }
        ) {
            param($Path)
            $json = Invoke-JiraRestMethod $Path -OutputType Json
            $json | Should -BeOfType ([string])

            Assert-SameShape (Invoke-JiraRestMethod $Path) ($json | ConvertFrom-Json)
        }

    }

    Context 'bodies and status' {
        It 'accepts a PSCustomObject body' {
            $body = [pscustomobject]@{ fields = [pscustomobject]@{ project = @{ key = 'ABC' }; summary = 'From an object'; issuetype = @{ name = 'Task' } } }
            (Invoke-JiraRestMethod issue -Method POST -Body $body).key | Should -BeLike 'ABC-*'
        }
    }

    Context 'errors' {
        It 'stops only the statement for a missing issue: try/catch gets it, $Error keeps it, the error view shows Jira''s words' {
            $Error.Clear()
            $caught = $null
            try { Invoke-JiraRestMethod issue/NOPE-999; $reached = $true } catch { $caught = $_ }
            $after = 'after'

            $caught.FullyQualifiedErrorId | Should -BeExactly 'JiraApi404,JiraAuth.Commands.InvokeJiraRestMethodCommand'
            $reached | Should -BeNullOrEmpty
            $after | Should -Be 'after'
            $Error[0].FullyQualifiedErrorId | Should -BeExactly $caught.FullyQualifiedErrorId
            # The error view wraps long lines to the console width behind '|' margins; read it as one line.
            $shown = ($caught | Out-String) -replace '\s*\|\s*', ' ' -replace '\s+', ' '
            $shown | Should -Match 'Jira returned 404 Not Found for GET /rest/api/3/issue/NOPE-999: Issue does not exist or you do not have permission to see it'
            $shown | Should -Match 'Recommendation: It does not exist or you cannot see it'
        }
    }

    Context 'attachments' {
        It 'leaves no file behind when the download fails' {
            $target = Join-Path $TestDrive 'missing.bin'
            { Invoke-JiraRestMethod attachment/content/999999 -OutFile $target } | Should -Throw -ErrorId 'JiraApi404,JiraAuth.Commands.InvokeJiraRestMethodCommand'
            Test-Path $target | Should -BeFalse
        }
    }
}
