; Inno Setup 6 script: a small installer for the Ontkoppel bundle on Windows.
; (Not run in CI: Inno Setup only runs on Windows.)
;
; 1. On Windows, from the repository:   py packaging\build.py --smoke
;    This leaves the bundle in dist\ontkoppel\ (Ontkoppel.exe = the app, ontkoppel-cli.exe = the
;    command line) and the icon in build\icons\ontkoppel.ico.
; 2. Compile:   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\ontkoppel.iss
;    (another version: add /DAppVersion=0.2.0). Result: dist\ontkoppel-VERSION-setup.exe
;
; Choices:
; - Installs for the current user by default, so it works on public PCs without admin rights;
;   an administrator can choose "for all users" in the first dialog.
; - An optional task names the shortcuts "Notes" (discreet). The entry in "Installed apps" still
;   says Ontkoppel: discreet mode hides the kit from a quick look, not from a search.
; - Uninstalling removes the program, never the encrypted data (it may be evidence). To erase
;   the data, use Settings in the app, or:  ontkoppel-cli.exe data erase --yes
; - For a USB stick, do not install: copy dist\ontkoppel\ to the stick and create an empty file
;   named "portable" next to Ontkoppel.exe. Everything the kit writes then stays on the stick.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\ontkoppel"
#define Icon "..\..\build\icons\ontkoppel.ico"

[Setup]
AppId={{28EDB40A-A92B-4C92-B950-F44C22BEB959}
AppName=Ontkoppel
AppVersion={#AppVersion}
AppPublisher=Ontkoppel project
DefaultDirName={autopf}\Ontkoppel
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ontkoppel-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\Ontkoppel.exe
#if FileExists(AddBackslash(SourcePath) + Icon)
SetupIconFile={#Icon}
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.NeutralName=Name the shortcuts "Notes" instead of "Ontkoppel"
nl.NeutralName=Noem de snelkoppelingen "Notities" in plaats van "Ontkoppel"
fr.NeutralName=Nommer les raccourcis « Notes » au lieu de « Ontkoppel »
en.NotesName=Notes
nl.NotesName=Notities
fr.NotesName=Notes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "neutralname"; Description: "{cm:NeutralName}"; Flags: unchecked

[Files]
; the whole one-folder bundle, but never a "portable" marker or data from a test run
Source: "{#Bundle}\*"; DestDir: "{app}"; Excludes: "\portable,\data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Ontkoppel"; Filename: "{app}\Ontkoppel.exe"; Tasks: not neutralname
Name: "{autoprograms}\{cm:NotesName}"; Filename: "{app}\Ontkoppel.exe"; Tasks: neutralname
Name: "{autodesktop}\Ontkoppel"; Filename: "{app}\Ontkoppel.exe"; Tasks: desktopicon and not neutralname
Name: "{autodesktop}\{cm:NotesName}"; Filename: "{app}\Ontkoppel.exe"; Tasks: desktopicon and neutralname

[Run]
Filename: "{app}\Ontkoppel.exe"; Description: "{cm:LaunchProgram,Ontkoppel}"; Flags: nowait postinstall skipifsilent
