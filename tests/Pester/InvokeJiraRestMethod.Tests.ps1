#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

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

        It 'turns Jira dates (+0000) into DateTime and integers into Int64' {
            $issue = Invoke-JiraRestMethod issue/ABC-1
            $issue.fields.created | Should -BeOfType ([datetime])
            $page = Invoke-JiraRestMethod project/search
            $page.total | Should -BeOfType ([long])
        }

        It 'gives ordered dictionaries with -OutputType Hashtable' {
            $result = Invoke-JiraRestMethod myself -OutputType Hashtable
            $result | Should -BeOfType ([System.Collections.Specialized.OrderedDictionary])
            $result['displayName'] | Should -Be 'Alice Admin'
        }
    }

    Context 'paging' {
        It 'follows every page of project/search (offset paging)' {
            $projects = @(Invoke-JiraRestMethod project/search -Paginate)
            $projects.Count | Should -Be 123
            @($projects.id | Sort-Object -Unique).Count | Should -Be 123
        }

        It 'follows nextPageToken on search/jql with -Query' {
            $issues = @(Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; fields = 'summary' } -Paginate)
            $issues.Count | Should -Be 137
            $issues[0].fields.summary | Should -Not -BeNullOrEmpty
            @($issues.id | Sort-Object -Unique).Count | Should -Be 137
        }

        It 'honours -First and -Skip over items, not pages' {
            $all = @(Invoke-JiraRestMethod project/search -Paginate)
            $some = @(Invoke-JiraRestMethod project/search -Paginate -Skip 55 -First 60)
            $some.Count | Should -Be 60
            $some[0].id | Should -Be $all[55].id
            $some[59].id | Should -Be $all[114].id
        }

        It 'writes items as JSON text with -OutputType Json' {
            $items = @(Invoke-JiraRestMethod project/search -Paginate -First 3 -OutputType Json)
            $items.Count | Should -Be 3
            ($items[0] | ConvertFrom-Json).id | Should -Not -BeNullOrEmpty
        }
    }

    Context 'bodies and status' {
        It 'POSTs a hashtable body as JSON and reports the status code' {
            $body = @{ fields = @{ project = @{ key = 'ABC' }; summary = 'Created by Pester'; issuetype = @{ name = 'Task' } } }

            $created = Invoke-JiraRestMethod issue -Method POST -Body $body -StatusCodeVariable status -ResponseHeadersVariable headers

            $status | Should -Be 201
            $headers['Content-Type'] | Should -Match 'json'
            $created.key | Should -BeLike 'ABC-*'
            (Invoke-JiraRestMethod "issue/$($created.key)").fields.summary | Should -Be 'Created by Pester'
        }

        It 'accepts a PSCustomObject body' {
            $body = [pscustomobject]@{ fields = [pscustomobject]@{ project = @{ key = 'ABC' }; summary = 'From an object'; issuetype = @{ name = 'Task' } } }
            (Invoke-JiraRestMethod issue -Method POST -Body $body).key | Should -BeLike 'ABC-*'
        }
    }

    Context 'errors' {
        It 'throws JiraApi404 / ObjectNotFound with the path as target for a missing issue' {
            $thrown = { Invoke-JiraRestMethod issue/NOPE-999 } | Should -Throw -ErrorId 'JiraApi404,JiraAuth.Commands.InvokeJiraRestMethodCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $thrown.TargetObject | Should -BeLike '*/issue/NOPE-999'
            $thrown.ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'throws JiraApi400 / InvalidArgument with Jira''s field errors' {
            $thrown = { Invoke-JiraRestMethod issue -Method POST -Body @{ fields = @{ project = @{ key = 'ABC' } } } } |
                Should -Throw -ErrorId 'JiraApi400,JiraAuth.Commands.InvokeJiraRestMethodCommand' -PassThru

            $thrown.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $thrown.Exception.Message | Should -Match 'summary'
        }

        It 'returns the error body instead with -SkipHttpErrorCheck' {
            $result = Invoke-JiraRestMethod issue/NOPE-999 -SkipHttpErrorCheck -StatusCodeVariable status
            $status | Should -Be 404
            $result.errorMessages | Should -Not -BeNullOrEmpty
        }

        It 'refuses a custom Authorization header' {
            { Invoke-JiraRestMethod myself -Headers @{ Authorization = 'Basic eDp5' } } | Should -Throw
        }
    }

    Context 'attachments' {
        It 'uploads with -InFile and downloads the same bytes with -OutFile' {
            $source = Join-Path $TestDrive 'upload.bin'
            $target = Join-Path $TestDrive 'download.bin'
            $bytes = [byte[]](0..255) * 40
            [System.IO.File]::WriteAllBytes($source, $bytes)

            $attachment = Invoke-JiraRestMethod issue/ABC-1/attachments -InFile $source
            $attachment.filename | Should -Be 'upload.bin'

            Invoke-JiraRestMethod "attachment/content/$($attachment.id)" -OutFile $target -StatusCodeVariable status | Should -BeNullOrEmpty
            $status | Should -Be 200
            (Get-FileHash $target).Hash | Should -Be (Get-FileHash $source).Hash
        }

        It 'leaves no file behind when the download fails' {
            $target = Join-Path $TestDrive 'missing.bin'
            { Invoke-JiraRestMethod attachment/content/999999 -OutFile $target } | Should -Throw -ErrorId 'JiraApi404,JiraAuth.Commands.InvokeJiraRestMethodCommand'
            Test-Path $target | Should -BeFalse
        }
    }
}
