; Inno Setup script: GroupDesk for one Windows user, installed without administrator rights.
;
;   packaging\windows\build.ps1      (builds the app with PyInstaller, then runs this script)
;
; or by hand, after `pyinstaller packaging\groupdesk.spec`:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\GroupDesk /DIconFile=build\groupdesk\icons\groupdesk.ico
;        /DOutputDir=dist packaging\windows\groupdesk.iss
; AppVersion comes from the package metadata (pyproject.toml), as in the app's Help → About.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z (build.ps1 reads it from the package)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\GroupDesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\groupdesk\icons\groupdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change AppId: Windows knows an installed GroupDesk by it (upgrades, uninstalling).
AppId={{6F1C2B7E-4D0A-4E55-9B3C-2A7E5D1F0C61}
AppName=GroupDesk
AppVersion={#AppVersion}
AppVerName=GroupDesk {#AppVersion}
AppPublisher=GroupDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription=GroupDesk installer
; Per user, no administrator: into %LOCALAPPDATA%\Programs\GroupDesk.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\GroupDesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\groupdesk.exe
UninstallDisplayName=GroupDesk {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=GroupDesk-{#AppVersion}-windows-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\GroupDesk"; Filename: "{app}\groupdesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\GroupDesk"; Filename: "{app}\groupdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\groupdesk.exe"; Description: "{cm:LaunchProgram,GroupDesk}"; Flags: nowait postinstall skipifsilent

[Code]
// The group's records are not the program's: uninstalling removes only what was installed
// (Inno Setup never deletes files it did not put there) and says where the data stays.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\GroupDesk');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox('GroupDesk is removed. Your group''s records, backups and attachments were kept in:'
        + #13#10#13#10 + DataDir + #13#10#13#10
        + 'Installing GroupDesk again opens them. Delete that folder only if you are sure '
        + 'no one needs them (make a backup first).', mbInformation, MB_OK);
  end;
end;
