"""A regular (non-editable) install carries its resources: the wheel is built and installed
into a scratch folder, and the installed package finds its translations there."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_the_wheel_ships_resources_and_finds_them_when_installed(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps",
                    "--no-build-isolation", "-q", "-w", str(tmp_path / "dist")],
                   check=True, capture_output=True, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("pmdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"pmdesk/resources/{p.relative_to(REPO / 'resources').as_posix()}"
               for p in (REPO / "resources").rglob("*")
               if p.is_file() and p.suffix not in {".ts", ".pyc"}}
    assert "pmdesk/resources/i18n/pmdesk_en.qm" in shipped
    assert shipped <= names, "list the missing data folder under [tool.setuptools] packages"
    sources = {p.relative_to(REPO).as_posix() for p in (REPO / "pmdesk").rglob("*.py")}
    assert sources <= names, "list the missing package under [tool.setuptools] packages"
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "pmdesk = pmdesk.__main__:main" in text and "[gui_scripts]" in text

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(site), str(wheel)], check=True, capture_output=True)
    probe = ("import pmdesk, pmdesk.paths as p; "
             "print(pmdesk.__file__); print(p.resource('i18n', 'pmdesk_en.qm').is_file())")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(site)})
    where, found = out.stdout.split()
    assert Path(where).is_relative_to(site)
    assert found == "True"
