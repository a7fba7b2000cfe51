#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }

# The order in which build.ps1, the Pester suite and the sandbox look for SecretManagement and SecretStore
# (VaultModules.ps1): each on the user's own module path, then in ../shared/tools/powershell-modules; without
# SecretManagement, the stub. Every case is a
# made-up layout in a temp folder: fake module folders on a made-up PSModulePath and a made-up repository with or
# without ../shared beside it.

BeforeAll {
    . (Join-Path $PSScriptRoot 'VaultModules.ps1')
    $script:Sandbox = Join-Path ([System.IO.Path]::GetTempPath()) ('jiraauth-lookup-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
    $script:Separator = [System.IO.Path]::PathSeparator

    # <folder>/<Name>/<Version>/<Name>.psd1, as Install-PSResource lays out a module; -Stub writes the stub's marker.
    function New-FakeModule([string] $Folder, [string] $Name, [switch] $Stub) {
        $versionFolder = Join-Path (Join-Path $Folder $Name) '1.1.2'
        $null = New-Item -ItemType Directory -Path $versionFolder -Force
        $privateData = if ($Stub) { "PrivateData = @{ $script:VaultStubMarker = `$true }" } else { '' }
        Set-Content -LiteralPath (Join-Path $versionFolder "$Name.psd1") -Value "@{ ModuleVersion = '1.1.2'; $privateData }"
    }

    # A repository folder, and beside it ../shared/tools/powershell-modules with both modules when -WithShared.
    function New-FakeLayout([switch] $WithShared) {
        $layout = Join-Path $script:Sandbox ([guid]::NewGuid().ToString('N').Substring(0, 8))
        $repository = Join-Path $layout 'repo'
        $null = New-Item -ItemType Directory -Path $repository -Force
        $shared = Join-Path $layout 'shared/tools/powershell-modules'
        if ($WithShared) {
            New-FakeModule $shared 'Microsoft.PowerShell.SecretManagement'
            New-FakeModule $shared 'Microsoft.PowerShell.SecretStore'
        }
        [pscustomobject]@{ Root = $layout; Repository = $repository; Shared = [System.IO.Path]::GetFullPath($shared)
            User = Join-Path $layout 'user-modules'; Other = Join-Path $layout 'other-modules' }
    }
}

AfterAll {
    if (Test-Path -LiteralPath $script:Sandbox) { Remove-Item -LiteralPath $script:Sandbox -Recurse -Force }
}

Describe 'Finding SecretManagement and SecretStore' {
    It 'takes the ones on the user''s module path first, even when ../shared has them too' {
        $layout = New-FakeLayout -WithShared
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretManagement'
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretStore'

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath ($layout.Other + $script:Separator + $layout.User)

        $found.Prefix | Should -Be @($layout.User)
        $found.IsStub | Should -BeFalse
        $found.HasSecretStore | Should -BeTrue
    }

    It 'finds the two modules in different folders of the user''s module path' {
        $layout = New-FakeLayout -WithShared
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretManagement'
        New-FakeModule $layout.Other 'Microsoft.PowerShell.SecretStore'

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath ($layout.User + $script:Separator + $layout.Other)

        $found.Prefix | Should -Be @($layout.User, $layout.Other)
        $found.HasSecretStore | Should -BeTrue
    }

    It 'takes from ../shared what the user''s module path lacks' {
        $layout = New-FakeLayout -WithShared
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretManagement'

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User

        $found.Prefix | Should -Be @($layout.User, $layout.Shared)
        $found.HasSecretStore | Should -BeTrue
    }

    It 'takes both from ../shared when the user has neither' {
        $layout = New-FakeLayout -WithShared

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User

        $found.Prefix | Should -Be @($layout.Shared)
        $found.IsStub | Should -BeFalse
    }

    It 'uses the user''s SecretManagement and reports SecretStore missing when nothing else has it' {
        $layout = New-FakeLayout
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretManagement'

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User

        $found.Prefix | Should -Be @($layout.User)
        $found.IsStub | Should -BeFalse
        $found.HasSecretStore | Should -BeFalse
        $found.Description | Should -Match 'no SecretStore \(Install-PSResource'
    }

    It 'falls back to the stub, names it a stub and says what to install, when no SecretManagement is found' {
        $layout = New-FakeLayout
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretStore'

        $found = Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User

        $found.IsStub | Should -BeTrue
        $found.HasSecretStore | Should -BeFalse
        $found.Prefix | Should -Be @([System.IO.Path]::GetFullPath((Join-Path $layout.Repository 'tests/JiraAuth.PowerShell.Tests/Stubs')))
        $found.Description | Should -Match 'STUB'
        $found.Description | Should -Match ([regex]::Escape('Install-PSResource Microsoft.PowerShell.SecretManagement, Microsoft.PowerShell.SecretStore'))
        $found.Description | Should -Not -Match 'shared'
    }

    It 'never takes the stub for the real SecretManagement' {
        $layout = New-FakeLayout -WithShared
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretManagement' -Stub
        New-FakeModule $layout.User 'Microsoft.PowerShell.SecretStore'

        (Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User).Prefix | Should -Be @($layout.Shared, $layout.User)
    }

    It 'finds a module laid out without a version folder' {
        $layout = New-FakeLayout
        foreach ($name in 'Microsoft.PowerShell.SecretManagement', 'Microsoft.PowerShell.SecretStore') {
            $null = New-Item -ItemType Directory -Path (Join-Path $layout.User $name) -Force
            Set-Content -LiteralPath (Join-Path (Join-Path $layout.User $name) "$name.psd1") -Value "@{ ModuleVersion = '1.0.0' }"
        }

        (Find-VaultModules -RepositoryRoot $layout.Repository -UserModulePath $layout.User).Prefix | Should -Be @($layout.User)
    }

    It 'puts the chosen folders first on a module path, without repeating them' {
        $path = Join-VaultModulePath -Prefix @('/a', '/b') -ModulePath ('/c' + $script:Separator + '/a' + $script:Separator + '/d')

        $path | Should -Be (('/a', '/b', '/c', '/d') -join $script:Separator)
    }
}
