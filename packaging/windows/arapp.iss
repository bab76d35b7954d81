; Inno Setup script: the Windows installer of arapp (arapp-<version>-setup.exe).
;
; Build the bundle first on Windows (bash packaging/build.sh in Git Bash, which leaves
; dist\arapp\arapp.exe), then compile this script with Inno Setup 6:
;   iscc packaging\windows\arapp.iss
; The version is read from arapp\__init__.py by the preprocessor below (one place for it).
;
; Installs per user by default (no administrator needed; the owner may choose all users),
; makes Start-menu and (optional) desktop shortcuts, and an uninstaller. The uninstaller
; removes only what the installer put down: the owner's shop, backups and settings in
; %LOCALAPPDATA%\arapp are KEPT (nothing below deletes them).

#define SourceRoot AddBackslash(SourcePath) + "..\.."
#define VersionLine ""
#define VersionFile FileOpen(SourceRoot + "\arapp\__init__.py")
#sub ReadVersionLine
  #define Line FileRead(VersionFile)
  #if Pos("__version__ = ", Line) == 1
    #define VersionLine Line
  #endif
#endsub
#for {0; !FileEof(VersionFile); 0} ReadVersionLine
#expr FileClose(VersionFile)
#define AppVersion Copy(VersionLine, 16, Len(VersionLine) - 16)

[Setup]
AppId={{6B0E2C55-4A7B-4D0B-9C4E-5A2B7C1D3E8F}
AppName=arapp
AppVersion={#AppVersion}
AppVerName=arapp {#AppVersion}
AppPublisher=arapp
DefaultDirName={autopf}\arapp
DefaultGroupName=arapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#SourceRoot}\dist
OutputBaseFilename=arapp-{#AppVersion}-setup
SetupIconFile={#SourceRoot}\resources\icons\arapp.ico
UninstallDisplayIcon={app}\arapp.exe
UninstallDisplayName=arapp {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "hebrew"; MessagesFile: "compiler:Languages\Hebrew.isl"
; Inno Setup ships no official Arabic messages; Arabic-speaking owners get English here
; (the app itself opens in Arabic).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceRoot}\dist\arapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\arapp"; Filename: "{app}\arapp.exe"; Comment: "Who owes you, since when, and what to do about it"
Name: "{group}\{cm:UninstallProgram,arapp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\arapp"; Filename: "{app}\arapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\arapp.exe"; Description: "{cm:LaunchProgram,arapp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder's leftovers (Python's caches written next to the program).
; NOT {localappdata}\arapp: the owner's shop file, backups and settings stay.
Type: filesandordirs; Name: "{app}\__pycache__"
