; The Windows installer (NSIS 3) around the one-folder bundle dist\pmdesk\:
;     makensis /DVERSION=0.1.0 packaging\windows\pmdesk.nsi
; writes dist\pmdesk-0.1.0-setup.exe (see packaging/README.md). Per user, without
; administrator rights: the program goes to %LOCALAPPDATA%\Programs\pmdesk, shortcuts to
; pmdesk-gui.exe in the Start menu and on the desktop, an entry in 应用和功能 to remove it.
; The office data lives elsewhere (%LOCALAPPDATA%\pmdesk\pmdesk: the database, its backups):
; installing, upgrading and uninstalling never touch it. After an upgrade the program backs the
; database up and brings it to the new version the first time it opens it.

Unicode true
!ifndef VERSION
  !error "give the version: makensis /DVERSION=X.Y.Z packaging\windows\pmdesk.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\pmdesk"
!endif
!ifndef OUTDIR
  !define OUTDIR "..\..\dist"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\pmdesk"

Name "$(AppName)"
OutFile "${OUTDIR}\pmdesk-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\pmdesk"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "pmdesk ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "物业前台 pmdesk"
VIAddVersionKey /LANG=2052 "FileDescription" "物业前台安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "..\pmdesk.ico"
!define MUI_UNICON "..\pmdesk.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\pmdesk-gui.exe"
!define MUI_FINISHPAGE_TEXT "$(Finished)"
!define MUI_UNFINISHPAGE_NOAUTOCLOSE

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\..\resources\LICENSE-GPL-3.0.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(DataKept)"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString AppName ${LANG_SIMPCHINESE} "物业前台"
LangString AppName ${LANG_ENGLISH} "pmdesk Property Front Desk"
LangString StillRunning ${LANG_SIMPCHINESE} "物业前台正在运行。请先关闭它（关闭时会自动备份数据），然后点“重试”。"
LangString StillRunning ${LANG_ENGLISH} "pmdesk is running. Close it first (it backs up the data as it closes), then click Retry."
LangString OthersFolder ${LANG_SIMPCHINESE} "$INSTDIR 里有其他程序的文件。请选择一个新的文件夹安装物业前台。"
LangString OthersFolder ${LANG_ENGLISH} "$INSTDIR holds another program's files. Choose a new folder for pmdesk."
LangString Finished ${LANG_SIMPCHINESE} "物业前台 ${VERSION} 已安装。$\r$\n$\r$\n数据保存在 $LOCALAPPDATA\pmdesk\pmdesk，安装和卸载都不会改动它。从旧版本升级时，第一次打开会先备份数据库，再升级数据。"
LangString Finished ${LANG_ENGLISH} "pmdesk ${VERSION} is installed.$\r$\n$\r$\nThe data stays in $LOCALAPPDATA\pmdesk\pmdesk, which installing and uninstalling never change. After an upgrade, the first start backs the database up before updating it."
LangString DataKept ${LANG_SIMPCHINESE} "物业前台已卸载。$\r$\n$\r$\n数据库和备份仍保留在 $LOCALAPPDATA\pmdesk\pmdesk；重新安装后会继续使用。不再需要时，可以在备份到别处后手动删除该文件夹。"
LangString DataKept ${LANG_ENGLISH} "pmdesk has been removed.$\r$\n$\r$\nThe database and its backups remain in $LOCALAPPDATA\pmdesk\pmdesk and are used again after a new install. When no longer needed, copy them elsewhere, then delete that folder by hand."

; The program files may not be replaced while pmdesk runs: Windows refuses to open a running
; .exe for writing. Both are checked before either is deleted, so that a Cancel leaves the
; installed program whole (the nightly `pmdesk.exe backup` included). Silent: cancel.
!macro MarkIfRunning program
  ${If} ${FileExists} "$INSTDIR\${program}"
    ClearErrors
    FileOpen $R0 "$INSTDIR\${program}" a
    ${If} ${Errors}
      StrCpy $R1 "running"
    ${Else}
      FileClose $R0
    ${EndIf}
  ${EndIf}
!macroend

!macro ProgramClosedFunction un
  Function ${un}ProgramClosed
    retry:
    StrCpy $R1 ""
    !insertmacro MarkIfRunning "pmdesk-gui.exe"
    !insertmacro MarkIfRunning "pmdesk.exe"
    ${If} $R1 != ""
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
      Abort
    ${EndIf}
    Delete "$INSTDIR\pmdesk-gui.exe"
    Delete "$INSTDIR\pmdesk.exe"
  FunctionEnd
!macroend
!insertmacro ProgramClosedFunction ""
!insertmacro ProgramClosedFunction "un."

; A folder holding another program's libraries (_internal without pmdesk.exe, and not where
; pmdesk was installed before) is never installed into: the upgrade empties _internal.
Function OthersFolder
  StrCpy $R3 ""
  ReadRegStr $R2 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
  ${AndIfNot} ${FileExists} "$INSTDIR\pmdesk.exe"
  ${AndIf} $R2 != $INSTDIR
    StrCpy $R3 "others"
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  Call OthersFolder
  ${If} $R3 != ""
    Abort  ; the Next button stays disabled
  ${EndIf}
FunctionEnd

; Only what the installer put there: the folder itself goes only when nothing else is in it.
!macro RemoveProgram
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
!macroend

!macro RemoveShortcuts
  Delete "$SMPROGRAMS\物业前台.lnk"
  Delete "$SMPROGRAMS\pmdesk Property Front Desk.lnk"
  Delete "$DESKTOP\物业前台.lnk"
  Delete "$DESKTOP\pmdesk Property Front Desk.lnk"
!macroend

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "pmdesk"
  SetShellVarContext current
  Call OthersFolder
  ${If} $R3 != ""
    MessageBox MB_OK|MB_ICONSTOP "$(OthersFolder)" /SD IDOK
    Abort
  ${EndIf}
  SetOutPath "$INSTDIR"
  Call ProgramClosed
  ; an upgrade: the previous version's libraries go, never mixed with the new ones
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  !insertmacro RemoveShortcuts
  CreateShortcut "$SMPROGRAMS\$(AppName).lnk" "$INSTDIR\pmdesk-gui.exe"
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\pmdesk-gui.exe"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "pmdesk"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\pmdesk-gui.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Call un.ProgramClosed
  !insertmacro RemoveShortcuts
  !insertmacro RemoveProgram
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
