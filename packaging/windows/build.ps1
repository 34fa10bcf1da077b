# Build GroupDesk's Windows installer: the one-folder app (PyInstaller), its self-test, then
# the Inno Setup installer, dist\GroupDesk-VERSION-windows-setup.exe.
# Needs: Python 3.11+, `pip install -e ".[test]"` in .venv, Inno Setup 6 (iscc on PATH or in
# its default folder). Run from anywhere: powershell -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
$python = "$root\.venv\Scripts\python.exe"
$version = & $python -c "from importlib.metadata import version; print(version('groupdesk'))"
& $python -m PyInstaller --noconfirm --log-level WARN packaging\groupdesk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& dist\GroupDesk\groupdesk-cli.exe --self-test
if ($LASTEXITCODE) { throw "The built app's self-test failed" }
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DSourceDir=$root\dist\GroupDesk" `
  "/DIconFile=$root\build\groupdesk\icons\groupdesk.ico" "/DOutputDir=$root\dist" `
  packaging\windows\groupdesk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
# Signing (when the group has a code-signing certificate): see docs/packaging.md.
