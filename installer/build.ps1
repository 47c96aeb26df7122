# Builds the Windows bundle: dist\cchc-desktop\ (cchc-desktop.exe windowed + cchc.exe console),
# a portable zip, runs the frozen self-test, then the installer with Inno Setup 6 if ISCC is found.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-SkipSelfTest] [-SkipInstaller]
#
# Needs: Python 3.11+ venv in .venv with `pip install -e .[dev,dist]`; Inno Setup 6 (optional).
param([switch]$SkipSelfTest, [switch]$SkipInstaller)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$py = if ($env:PYTHON) { $env:PYTHON } else { '.venv\Scripts\python.exe' }
$started = Get-Date

function Invoke-Py { & $py @args; if ($LASTEXITCODE -ne 0) { throw "failed: python $args" } }

$version, $numeric = (& $py installer\make_version_info.py --print-version).Split(' ')
Write-Host "build: CCHC Desktop $version for windows-x64"

& $py -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { Invoke-Py -m pip install --disable-pip-version-check -q "pyinstaller>=6.6,<7" }

# Generated inputs: forms, translations, version resource, icon, guide screenshots.
Invoke-Py scripts\build_forms.py
Invoke-Py scripts\build_translations.py
Invoke-Py installer\make_version_info.py | Out-Null
if (Test-Path resources\icons\cchc.svg) { Invoke-Py installer\make_icon.py }
else { Write-Warning "resources\icons\cchc.svg does not exist yet; the setup and the exe get no icon" }
if (Test-Path scripts\make_guide_screenshots.py) {
    & $py scripts\make_guide_screenshots.py
    if ($LASTEXITCODE -ne 0) { Write-Warning "guide screenshots not refreshed" }
}

Remove-Item -Recurse -Force dist\cchc-desktop -ErrorAction SilentlyContinue
Invoke-Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\cchc_desktop.spec

$zip = "dist\cchc-desktop-$version-windows-x64.zip"
Remove-Item $zip -ErrorAction SilentlyContinue
Compress-Archive -Path dist\cchc-desktop -DestinationPath $zip
$size = (Get-ChildItem dist\cchc-desktop -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("build: {0:N0} MB unpacked, {1} in {2:N0} s" -f $size, $zip, ((Get-Date) - $started).TotalSeconds)

if (-not $SkipSelfTest) {
    # cchc.exe is the console twin: its output and exit status reach this script.
    & dist\cchc-desktop\cchc.exe --self-test --out build\self-test
    if ($LASTEXITCODE -ne 0) { throw "frozen self-test FAILED - see build\self-test\ket-qua.txt" }
}

if (-not $SkipInstaller) {
    $iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
    foreach ($c in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
        if (-not $iscc -and (Test-Path $c)) { $iscc = $c }
    }
    if ($iscc) {
        & $iscc "/DAppVersion=$version" "/DAppVersionNumeric=$numeric" installer\cchc_desktop.iss
        if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
        Write-Host "build: installer dist\cchc-desktop-$version-setup.exe"
    } else {
        Write-Warning "Inno Setup 6 (ISCC.exe) not found: only the folder and the zip were built"
    }
}
