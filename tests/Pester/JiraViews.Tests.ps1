#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# How Jira objects read in a real shell: the JiraAuth.* type names Invoke-JiraRestMethod adds and the views of
# JiraAuth.format.ps1xml, and that nothing else about the objects changes (compared with ConvertFrom-Json of the same bytes).

BeforeAll {
    . (Join-Path $PSScriptRoot 'FakeJira.ps1')
    Import-JiraAuthModule
    $script:Cloud = Start-FakeJira
    $script:DataCenter = Start-FakeJira -DataCenter
    $null = Connect-FakeCloud $script:Cloud -Default
    $null = Connect-JiraCloud -Site $script:DataCenter.Site -PersonalAccessToken (New-TestSecret $script:Accounts.DcPat) -Name dc `
        -AllowUnencryptedAuthentication -ErrorAction Stop

    # What the console shows: the lines of the default (or given) view, wide enough that nothing is cut.
    function Show([Parameter(ValueFromPipeline)] $InputObject, [switch] $List) {
        begin { $items = [System.Collections.Generic.List[object]]::new() }
        process { $items.Add($InputObject) }
        end {
            $text = if ($List) { $items | Format-List | Out-String -Width 200 } else { $items | Out-String -Width 200 }
            @($text -split '\r?\n' | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ })
        }
    }

    # A table row as its cells: columns are separated by at least one space, so compare the row with the cells joined by
    # runs of spaces (an empty cell is just more spaces).
    function Get-RowPattern([object[]] $Cells) {
        '^' + (($Cells | ForEach-Object { [regex]::Escape("$_") }) -join '\s+') + '$'
    }

    function Format-JiraDate($Value) { if ($Value -is [datetime]) { $Value.ToString('yyyy-MM-dd HH:mm') } else { "$Value" } }

    # The same request twice: once as JiraAuth's objects, once as ConvertFrom-Json of its bytes (-OutputType Json).
    function Get-BothWays([string] $Path, [hashtable] $Query = @{}, [string] $List) {
        $typed = @(Invoke-JiraRestMethod $Path -Query $Query)
        $plain = @(Invoke-JiraRestMethod $Path -Query $Query -OutputType Json | ConvertFrom-Json)
        if ($List) { $typed = @($typed[0].$List); $plain = @($plain[0].$List) }
        [pscustomobject]@{ Typed = $typed; Plain = $plain }
    }
}

AfterAll {
    Disconnect-JiraCloud -All -ErrorAction SilentlyContinue
    Stop-FakeJira $script:Cloud
    Stop-FakeJira $script:DataCenter
}

Describe 'Jira objects in the console' {
    Context 'issues' {
        BeforeAll {
            $script:IssueQuery = @{ jql = 'project = ABC'; fields = 'summary,issuetype,status,priority,assignee,updated' }
        }

        It 'shows a page of issues as a table of Key, Type, Status, Priority, Assignee, Updated, Summary' {
            $issues = @(Invoke-JiraRestMethod search/jql -Query $script:IssueQuery -Paginate -First 6)
            $issues[0].PSTypeNames[0] | Should -BeExactly 'JiraAuth.Issue'
            $lines = $issues | Show

            $lines[0] | Should -Match '^Key\s+Type\s+Status\s+Priority\s+Assignee\s+Updated\s+Summary$'
            $lines.Count | Should -Be 8
            $expected = @(Invoke-JiraRestMethod search/jql -Query ($script:IssueQuery + @{ maxResults = 6 }) -OutputType Json | ConvertFrom-Json).issues
            for ($i = 0; $i -lt 6; $i++) {
                $f = $expected[$i].fields
                $cells = $expected[$i].key, $f.issuetype.name, $f.status.name, $f.priority.name, $f.assignee.displayName, (Format-JiraDate $f.updated), $f.summary
                $lines[$i + 2] | Should -Match (Get-RowPattern ($cells | Where-Object { $_ }))
            }
            $lines[3] | Should -Match '^ABC-2\s+Story\s+Done\s+Medium\s+\S.*\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+Generated issue number 2$'
        }

        It 'shows the issues of an Agile sprint with the same table' {
            $issues = @(Invoke-JiraRestMethod /rest/agile/1.0/sprint/1/issue -Paginate)
            $issues.key | Should -Be @('ABC-1', 'ABC-58', 'ABC-115')
            $lines = $issues | Show
            $lines[0] | Should -Match '^Key\s+Type\s+Status\s+Priority\s+Assignee\s+Updated\s+Summary$'
            $lines[2] | Should -Match '^ABC-1\s+Story\s+In Progress\s+Medium\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+Generated issue number 1$'
            $lines.Count | Should -Be 5
        }

        It 'leaves a missing field blank, without an error, also under Set-StrictMode' {
            $issues = @(Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC'; fields = 'summary' } -Paginate -First 2)
            $Error.Clear()
            $lines = & {
                Set-StrictMode -Version Latest
                $issues | Show
                $issues | Show -List
            }
            $Error.Count | Should -Be 0
            $lines[2] | Should -Match '^ABC-1\s+Generated issue number 1$'
            $lines | Should -Contain 'Summary     : Generated issue number 1'
            $lines | Should -Contain 'Status      :'
        }

        It 'shows one Cloud issue as a list with its ADF description as text' {
            $issue = Invoke-JiraRestMethod issue/ABC-1
            $issue.fields.description.type | Should -BeExactly 'doc'
            $lines = $issue | Show -List

            $lines | Should -Contain 'Key         : ABC-1'
            $lines | Should -Contain 'Summary     : Generated issue number 1'
            $lines | Should -Contain 'Reporter    : Alice Admin'
            $start = [array]::IndexOf($lines, 'Description : Release checklist')
            $start | Should -BeGreaterThan 0
            $lines[($start + 1)..($start + 3)] | ForEach-Object { $_.Trim() } |
                Should -Be @('Ship only after the tests pass.', '- Build the module', '- Run .ci/run')
        }

        It 'shows one Data Center issue as a list with its wiki-markup description as text' {
            $issue = Invoke-JiraRestMethod issue/ABC-1 -Connection dc
            $issue.fields.description | Should -BeLike 'h2. Release checklist*'
            $lines = $issue | Show -List

            $start = [array]::IndexOf($lines, 'Description : Release checklist')
            $start | Should -BeGreaterThan 0
            $lines[($start + 1)..($start + 3)] | ForEach-Object { $_.Trim() } |
                Should -Be @('Ship only after the tests pass.', '- Build the module', '- Run .ci/run')
        }

        It 'keeps the plain type for search items that hold only an id (search/jql''s default fields)' {
            $items = @(Invoke-JiraRestMethod search/jql -Query @{ jql = 'project = ABC' } -Paginate -First 2)
            $items[0].PSTypeNames[0] | Should -BeExactly 'System.Management.Automation.PSCustomObject'
            ($items | Show)[0] | Should -Match '^id$'
        }

        It 'names the issues inside a search page read without -Paginate, not the page' {
            $page = Invoke-JiraRestMethod search/jql -Query ($script:IssueQuery + @{ maxResults = 2 })
            $page.PSTypeNames[0] | Should -BeExactly 'System.Management.Automation.PSCustomObject'
            $page.issues[0].PSTypeNames[0] | Should -BeExactly 'JiraAuth.Issue'
            ($page.issues | Show)[0] | Should -Match '^Key\s+Type\s+Status'
        }
    }

    Context 'projects, users, boards, sprints, fields, comments' {
        It 'shows projects as Key, Name, Type, Lead' {
            $lines = Invoke-JiraRestMethod project/search -Paginate -First 3 | Show
            $lines[0] | Should -Match '^Key\s+Name\s+Type\s+Lead$'
            $lines[2] | Should -Match '^P001\s+Project 001\s+software$'
            $lines[4] | Should -Match '^P003\s+Project 003\s+business$'

            $project = Invoke-JiraRestMethod project/ABC
            $project.PSTypeNames[0] | Should -BeExactly 'JiraAuth.Project'
            ($project | Show)[2] | Should -Match '^ABC\s+Alphabetical\s+software\s+Alice Admin$'
        }

        It 'shows users as DisplayName, EmailAddress, AccountId, Active (Cloud and Data Center)' {
            $me = Invoke-JiraRestMethod myself
            $me.PSTypeNames[0] | Should -BeExactly 'JiraAuth.User'
            $lines = $me | Show
            $lines[0] | Should -Match '^DisplayName\s+EmailAddress\s+AccountId\s+Active$'
            $lines[2] | Should -Match (Get-RowPattern 'Alice Admin', 'admin@acme.example', $me.accountId, 'True')

            $users = @(Invoke-JiraRestMethod users/search -Query @{ maxResults = 5 })
            $users | ForEach-Object { $_.PSTypeNames[0] | Should -BeExactly 'JiraAuth.User' }
            ($users | Show).Count | Should -Be 7

            $dc = Invoke-JiraRestMethod myself -Connection dc
            $dc.PSTypeNames[0] | Should -BeExactly 'JiraAuth.User'
            ($dc | Show)[2] | Should -Match ('^' + [regex]::Escape($dc.displayName) + '\s+.*\s+' + [regex]::Escape($dc.name) + '\s+True$')
        }

        It 'shows Agile boards as Id, Name, Type, Project' {
            $boards = @(Invoke-JiraRestMethod /rest/agile/1.0/board -Paginate)
            $boards.Count | Should -Be 3
            $lines = $boards | Show
            $lines[0] | Should -Match '^Id\s+Name\s+Type\s+Project$'
            $lines[2] | Should -Match '^1\s+ABC board\s+scrum\s+ABC$'
            $lines[4] | Should -Match '^3\s+Kanban board\s+kanban\s+P002$'
            (Invoke-JiraRestMethod /rest/agile/1.0/board/1).PSTypeNames[0] | Should -BeExactly 'JiraAuth.Board'
        }

        It 'shows sprints as Id, Name, State, StartDate, EndDate, Goal' {
            $sprints = @(Invoke-JiraRestMethod /rest/agile/1.0/board/1/sprint -Paginate -Skip 54)
            $lines = $sprints | Show
            $lines[0] | Should -Match '^Id\s+Name\s+State\s+StartDate\s+EndDate\s+Goal$'
            $active = $sprints | Where-Object state -eq 'active'
            $lines -match (Get-RowPattern $active.id, $active.name, 'active', (Format-JiraDate $active.startDate), (Format-JiraDate $active.endDate),
                $active.goal) | Should -HaveCount 1
            $lines[-1] | Should -Match '^57\s+ABC Sprint 57\s+future$'
        }

        It 'shows fields as Id, Name, Custom, Type' {
            $lines = Invoke-JiraRestMethod field | Show
            $lines[0] | Should -Match '^Id\s+Name\s+Custom\s+Type$'
            $lines -match '^customfield_10010\s+Story Points\s+True\s+number$' | Should -HaveCount 1
            $lines -match '^summary\s+Summary\s+False\s+string$' | Should -HaveCount 1
        }

        It 'shows comments with author, created and text' {
            $comments = @(Invoke-JiraRestMethod issue/ABC-1/comment -Paginate -First 2)
            $comments[0].body.type | Should -BeExactly 'doc'
            $lines = $comments | Show
            $lines[0] | Should -Match '^Id\s+Author\s+Created\s+Text$'
            $lines[2] | Should -Match (Get-RowPattern '10100', 'Alice Admin', (Format-JiraDate $comments[0].created), 'Comment 1 on the first issue.')
            $comments[0] | Show -List | Should -Contain 'Text    : Comment 1 on the first issue.'
            (Invoke-JiraRestMethod issue/ABC-1/comment -Connection dc -Paginate -First 1 | Show)[2] | Should -Match 'Comment 1 on the first issue\.$'
        }
    }

    Context 'nothing else changes' {
        It 'gives <Path> the same JSON, CSV, properties, Select-Object and Format-List * as ConvertFrom-Json of the same bytes' -TestCases @(
            @{ Path = 'search/jql'; Query = @{ jql = 'project = ABC'; fields = '*all'; maxResults = 5 }; List = 'issues'; Type = 'JiraAuth.Issue' }
            @{ Path = 'issue/ABC-1'; Query = @{}; List = $null; Type = 'JiraAuth.Issue' }
            @{ Path = '/rest/agile/1.0/sprint/1/issue'; Query = @{}; List = 'issues'; Type = 'JiraAuth.Issue' }
            @{ Path = 'project/search'; Query = @{ maxResults = 5 }; List = 'values'; Type = 'JiraAuth.Project' }
            @{ Path = 'myself'; Query = @{}; List = $null; Type = 'JiraAuth.User' }
            @{ Path = 'users/search'; Query = @{ maxResults = 5 }; List = $null; Type = 'JiraAuth.User' }
            @{ Path = '/rest/agile/1.0/board'; Query = @{}; List = 'values'; Type = 'JiraAuth.Board' }
            @{ Path = '/rest/agile/1.0/board/1/sprint'; Query = @{ maxResults = 5 }; List = 'values'; Type = 'JiraAuth.Sprint' }
            @{ Path = 'field'; Query = @{}; List = $null; Type = 'JiraAuth.Field' }
            @{ Path = 'issue/ABC-1/comment'; Query = @{}; List = 'comments'; Type = 'JiraAuth.Comment' }
        ) {
            param($Path, $Query, $List, $Type)
            $both = Get-BothWays $Path $Query $List
            $typed = $both.Typed
            $plain = $both.Plain
            $typed.Count | Should -BeGreaterThan 0
            $typed | ForEach-Object { $_.PSTypeNames[0] | Should -BeExactly $Type }

            ConvertTo-Json $typed -Depth 30 | Should -BeExactly (ConvertTo-Json $plain -Depth 30)
            $typedCsv = Join-Path $TestDrive 'typed.csv'
            $plainCsv = Join-Path $TestDrive 'plain.csv'
            $typed | Export-Csv -LiteralPath $typedCsv
            $plain | Export-Csv -LiteralPath $plainCsv
            [System.IO.File]::ReadAllText($typedCsv) | Should -BeExactly ([System.IO.File]::ReadAllText($plainCsv))
            ($typed | ConvertTo-Csv) -join "`n" | Should -BeExactly (($plain | ConvertTo-Csv) -join "`n")
            @($typed[0].PSObject.Properties.Name) | Should -Be @($plain[0].PSObject.Properties.Name)
            $selected = @($plain[0].PSObject.Properties.Name)[0..1]
            $typed | Select-Object $selected | ConvertTo-Json | Should -BeExactly ($plain | Select-Object $selected | ConvertTo-Json)
            $typed | Format-List * | Out-String -Width 300 | Should -BeExactly ($plain | Format-List * | Out-String -Width 300)
        }

        It 'gives -OutputType Hashtable and Json no type names' {
            $hashtable = Invoke-JiraRestMethod issue/ABC-1 -OutputType Hashtable
            $hashtable | Should -BeOfType ([System.Collections.Specialized.OrderedDictionary])
            $hashtable.PSObject.TypeNames | Should -Not -Contain 'JiraAuth.Issue'
            $hashtable | ConvertTo-Json -Depth 30 | Should -BeExactly (Invoke-JiraRestMethod issue/ABC-1 -OutputType Json | ConvertFrom-Json |
                    ConvertTo-Json -Depth 30)
            $json = Invoke-JiraRestMethod issue/ABC-1 -OutputType Json
            $json | Should -BeOfType ([string])
            $json.PSObject.TypeNames | Should -Not -Contain 'JiraAuth.Issue'
        }

        It 'shows the type name in Get-Member and keeps Format-List * showing every property' {
            $issue = Invoke-JiraRestMethod issue/ABC-1
            ($issue | Get-Member)[0].TypeName | Should -BeExactly 'JiraAuth.Issue'
            $names = ($issue | Format-List * | Out-String -Width 300) -split '\r?\n' | Where-Object { $_ -match '^(\w+)\s+:' } | ForEach-Object { $Matches[1] }
            $names | Should -Be @($issue.PSObject.Properties.Name)
        }
    }
}
