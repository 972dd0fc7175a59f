; Windows installer of akimdesk (Inno Setup 6).
;
; NOT VERIFIED BY CI: CI runs on Linux, where it builds and self-tests the Linux folder only. This script is
; kept beside the spec for the district technician who builds on Windows (README, "Build and install"):
;
;   .venv\Scripts\python -m PyInstaller build_installer.spec --noconfirm
;   dist\akimdesk\akimdesk-cli.exe --selftest
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" resources\installer\akimdesk.iss
;
; It packs dist\akimdesk\ (both programs and _internal\) into dist\akimdesk-<version>-setup.exe.
; The version comes from akimdesk.exe (set by build_installer.spec); /DAppVersion=... overrides it.

#define BuiltFolder AddBackslash(SourcePath) + "..\..\dist\akimdesk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BuiltFolder + "\akimdesk.exe", "ProductVersion")
#endif

[Setup]
AppId={{E65A3AFD-5BB9-438F-B632-1E49AAE6E691}
AppName=akimdesk
AppVersion={#AppVersion}
AppVerName=akimdesk {#AppVersion}
AppPublisher=akimdesk
DefaultDirName={autopf}\akimdesk
DefaultGroupName=akimdesk
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=akimdesk-{#AppVersion}-setup
SetupIconFile=akimdesk.ico
UninstallDisplayIcon={app}\akimdesk.exe
Compression=lzma2/max
SolidCompression=yes
; Qt 6 runs on 64-bit Windows 10 (1809) or later only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
; Inno Setup ships no Kazakh wizard texts; the desk itself opens in Kazakh.
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.SelfTest=Самопроверка akimdesk
en.SelfTest=akimdesk self-test
ru.RunSelfTest=Запустить самопроверку (несколько секунд)
en.RunSelfTest=Run the self-test now (a few seconds)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BuiltFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\akimdesk"; Filename: "{app}\akimdesk.exe"
Name: "{autoprograms}\{cm:SelfTest}"; Filename: "{app}\akimdesk.exe"; Parameters: "--selftest"
Name: "{autodesktop}\akimdesk"; Filename: "{app}\akimdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\akimdesk.exe"; Parameters: "--selftest"; Description: "{cm:RunSelfTest}"; \
    Flags: postinstall skipifsilent unchecked
