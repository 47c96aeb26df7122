; Inno Setup 6 script for CCHC Desktop: per-user install, no administrator rights needed.
; Built by installer\build.ps1 (passes /DAppVersion=... /DAppVersionNumeric=...).
;
; The officer's data lives in %LOCALAPPDATA%\CCHC Desktop (platformdirs), a different folder
; from the program ({localappdata}\Programs\CCHC Desktop). Uninstalling removes the program
; only: the data folder is deliberately NOT listed in [UninstallDelete], and neither is a
; portable CCHC-Data folder.

#define AppName "CCHC Desktop"
#define AppExe "cchc-desktop.exe"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\cchc-desktop"
#endif

[Setup]
; Never change AppId: upgrades find the previous installation by it.
AppId={{6F1C2E0A-4B7D-4C55-9A7E-3C2D8B1E5A90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CCHC
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist
OutputBaseFilename=cchc-desktop-{#AppVersion}-setup
SetupIconFile=cchc.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; An open copy is closed (Restart Manager) so its files can be replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany=CCHC
VersionInfoDescription={#AppName} — cài đặt
VersionInfoCopyright=© CCHC Desktop

[Languages]
; Default.isl first: a message our Vietnamese file lacks falls back to English instead of failing the build.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DataKept=Dữ liệu của đơn vị vẫn được giữ nguyên trong thư mục:%n%1%n%nNếu cài lại CCHC Desktop, dữ liệu này sẽ được dùng tiếp.
en.DataKept=Your unit's data has been kept in:%n%1%n%nReinstalling CCHC Desktop will use it again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that the new one no longer ships (never the data folder)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is intentionally absent: see the header.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
