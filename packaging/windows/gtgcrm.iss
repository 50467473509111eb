; Inno Setup script: the Windows installer of GTG CRM Desktop (per-user or all users, Arabic
; and English installer pages). Built by the CI workflow after PyInstaller:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=C:\path\dist\gtgcrm /OC:\path\dist packaging\windows\gtgcrm.iss
; The user's data (the encrypted workspace) lives outside the install folder and is never removed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\gtgcrm"
#endif

[Setup]
AppId={{6B1C3F52-8E0A-4C47-9A0B-0C5E7E3B2D41}
AppName=GTG CRM
AppVersion={#AppVersion}
AppPublisher=GTG
DefaultDirName={autopf}\GTG CRM
DefaultGroupName=GTG CRM
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=GTG-CRM-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\gtgcrm.ico
UninstallDisplayIcon={app}\gtgcrm.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\GTG CRM"; Filename: "{app}\gtgcrm.exe"
Name: "{autodesktop}\GTG CRM"; Filename: "{app}\gtgcrm.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\gtgcrm.exe"; Description: "{cm:LaunchProgram,GTG CRM}"; Flags: nowait postinstall skipifsilent
