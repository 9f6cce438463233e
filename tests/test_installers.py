"""The installers' own files: the Windows installer script compiles (NSIS's makensis runs on
Linux) and keeps its promises about the office data; the Linux menu entry starts the program
the .deb installs. The bundle itself is built and run by packaging/build.sh (its smoke test),
which .ci/run runs after this suite."""

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import pmdesk

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
SCRIPT = PACKAGING / "windows" / "pmdesk.nsi"


def makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        if os.environ.get("PMDESK_TEST_INSTALLERS"):
            pytest.fail("makensis is missing (Debian: apt-get install nsis)")
        pytest.skip("makensis is not installed (Debian: nsis); .ci/run installs it")
    return found


def test_the_windows_installer_compiles_without_warnings(tmp_path):
    bundle = tmp_path / "pmdesk"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("pmdesk.exe", "pmdesk-gui.exe", "_internal/python311.dll"):
        (bundle / name).write_bytes(b"MZ stand-in")
    done = subprocess.run([makensis(), "-V2", "-WX", f"-DVERSION={pmdesk.__version__}",
                           f"-DBUNDLE={bundle}", f"-DOUTDIR={tmp_path}", str(SCRIPT)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    setup = tmp_path / f"pmdesk-{pmdesk.__version__}-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"


def test_the_windows_installer_installs_per_user_and_never_touches_the_data():
    script = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\pmdesk"' in script
    # the data folder (%LOCALAPPDATA%\pmdesk\pmdesk) is only ever named, never removed
    removals = re.findall(r"^\s*(?:RMDir|Delete)\s+(/r\s+)?\"([^\"]+)\"", script, re.M)
    assert removals
    for recursive, target in removals:
        assert target.startswith(("$INSTDIR\\", "$SMPROGRAMS\\", "$DESKTOP\\")) \
            or target == "$INSTDIR", target
        if recursive:
            assert target == "$INSTDIR\\_internal", "only the program's own libraries go whole"
    assert 'RMDir "$INSTDIR"' in script  # the folder itself only when nothing else is in it
    # ...and never into another program's folder, whose _internal the upgrade would empty
    assert "Function .onVerifyInstDir\n  Call OthersFolder" in script
    # a running pmdesk: a silent install or uninstall cancels instead of waiting for a click
    assert "/SD IDCANCEL IDRETRY retry" in script
    for language in ("SimpChinese", "English"):
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in script
    shortcuts = re.findall(r'CreateShortcut "([^"]+)" "([^"]+)"', script)
    assert {link.split("\\")[0] for link, _ in shortcuts} == {"$SMPROGRAMS", "$DESKTOP"}
    assert {target for _, target in shortcuts} == {"$INSTDIR\\pmdesk-gui.exe"}


def test_the_linux_menu_entry_starts_the_installed_program():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "pmdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "/opt/pmdesk/pmdesk"
    assert desktop["Name[zh_CN]"] == "物业前台"
    assert desktop["Icon"] == "pmdesk"
    assert desktop["StartupWMClass"] == "pmdesk"  # the window's class: its icon in the taskbar
    build_deb = (PACKAGING / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    assert 'ln -s /opt/pmdesk/pmdesk "$stage/usr/bin/pmdesk"' in build_deb
    assert "icons/hicolor/256x256/apps" in build_deb
