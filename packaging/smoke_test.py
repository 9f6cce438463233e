"""The built one-folder bundle, run as an office runs it, from its own folder.

    python3 packaging/smoke_test.py [dist/pmdesk]

In a throw-away home folder (nothing of this PC's pmdesk is touched): `--version`, `init`,
`demo --households 200`, `print notice` (the fonts come from inside the bundle and are embedded
in the PDF), `check`, an older office database upgraded on first open (a backup first), the 网络版
on a throw-away PostgreSQL server (when PostgreSQL is installed), and the window opening
offscreen to its first paint. Linux needs poppler-utils (pdffonts, pdftotext).
Exit 0 when all pass; otherwise the failed step and what it printed. Standard library only: it
runs with any Python 3, not the bundle's.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
BUDGET_MB = 180 if sys.platform.startswith("linux") else None  # Windows: see packaging/README
OLD_DATABASE = ROOT / "tests" / "fixtures" / "schema_v15.db"
# The fonts of resources/fonts, as PDFs name them
BUNDLED_FONTS = ("WenQuanYi", "NotoSerifCJKsc", "HanaMin")


class Failed(Exception):
    pass


def version_of_source() -> str:
    text = (ROOT / "pmdesk" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text)[1]


def isolated_environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PMDESK_", "XDG_", "PG"))}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), QT_QPA_PLATFORM="offscreen",
               LANG="zh_CN.UTF-8", PYTHONIOENCODING="utf-8")
    return env


class Bundle:
    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.program = folder / ("pmdesk.exe" if WINDOWS else "pmdesk")
        if not self.program.is_file():
            raise Failed(f"{self.program} is missing: build the bundle first "
                         "(packaging/build.sh)")
        self.env = env

    def run(self, *args: str, timeout: float = 300) -> str:
        started = time.monotonic()
        done = subprocess.run([str(self.program), *args], env=self.env, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=timeout)
        took = time.monotonic() - started
        shown = " ".join(args)
        if done.returncode != 0:
            raise Failed(f"`pmdesk {shown}` exited {done.returncode}:\n{done.stdout}"
                         f"{done.stderr}")
        print(f"  ok  pmdesk {shown}  ({took:.1f} s)")
        return done.stdout


def tool(name: str, *args: str) -> str:
    if shutil.which(name) is None:
        raise Failed(f"{name} is missing: install poppler-utils")
    return subprocess.run([name, *args], capture_output=True, text=True, check=True).stdout


def check_notice(pdf: Path) -> None:
    fonts = tool("pdffonts", str(pdf)).splitlines()[2:]
    if not fonts:
        raise Failed(f"{pdf} names no fonts")
    for line in fonts:
        if not any(name in line for name in BUNDLED_FONTS):
            raise Failed(f"a font not from the bundle: {line}")
        # columns: name type encoding emb sub uni object ID
        if line.split()[-5] != "yes":
            raise Failed(f"a font not embedded: {line}")
    text = tool("pdftotext", "-f", "1", "-l", "1", str(pdf), "-")
    if "停水通知" not in text or "翠湖花园" not in text:
        raise Failed(f"the notice's text is not in the PDF:\n{text}")
    print(f"  ok  the notice: {len(fonts)} fonts, all from the bundle and embedded")


def check_upgrade(bundle: Bundle, work: Path) -> None:
    old = work / "old-office" / "office.db"
    old.parent.mkdir()
    shutil.copyfile(OLD_DATABASE, old)
    bundle.run("--db", str(old), "check")
    with sqlite3.connect(old) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    backups = list((old.parent / "backups").glob("*before-migration-v15*.db"))
    if version <= 15 or not backups:
        raise Failed(f"the old database was not upgraded with a backup first (schema "
                     f"{version}, backups {backups})")
    print(f"  ok  a schema-15 database upgraded to {version}, backup {backups[0].name}")


def postgres_programs() -> Path | None:
    """Where PostgreSQL's server programs are (Debian keeps them out of PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return candidates[-1].parent if candidates else None


def check_server(bundle: Bundle) -> None:
    """The 网络版 through the bundle: on Linux psycopg finds the system's libpq (the .deb
    depends on libpq5), on Windows its own. A throw-away cluster on 127.0.0.1, run as the
    `postgres` user when this runs as root (PostgreSQL refuses root)."""
    programs = postgres_programs()
    if programs is None:
        if os.environ.get("PMDESK_TEST_SERVER"):
            raise Failed("PostgreSQL's server programs are needed: apt-get install postgresql")
        print("  --  the 网络版: skipped, PostgreSQL is not installed")
        return
    folder = Path(tempfile.mkdtemp(prefix="pmdesk-smoke-pg-"))  # one the postgres user reaches
    owner = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        owner = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def run(tool: str, *args: str) -> None:
        subprocess.run([*owner, str(programs / tool), *args], check=True, capture_output=True,
                       cwd=folder)

    run("initdb", "-D", str(folder / "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C.UTF-8")
    run("pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "log"), "-w", "-o",
        f"-h 127.0.0.1 -p {port} -k {folder}", "start")
    try:
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "office")
        db = ("--db", f"postgresql://postgres@127.0.0.1:{port}/office")
        bundle.run(*db, "init", "--estate", "翠湖花园")
        bundle.run(*db, "demo", "--households", "20", "--years", "0")
        bundle.run(*db, "check")
    finally:
        run("pg_ctl", "-D", str(folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def check_window(bundle: Bundle, database: Path, home: Path) -> None:
    """The window (no command) on the demo office, offscreen, until its first paint: the
    program writes its start line to the log then."""
    process = subprocess.Popen([str(bundle.program), "--db", str(database)], env=bundle.env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    started = time.monotonic()
    try:
        while time.monotonic() - started < 120:
            logs = list(home.rglob("pmdesk.log"))
            text = logs[0].read_text(encoding="utf-8") if logs else ""
            if "window shown" in text:
                time.sleep(2)  # what the first paint starts (checks, sign-in) may fail late
                text = logs[0].read_text(encoding="utf-8")
                if " ERROR " in text or process.poll() is not None:
                    raise Failed(f"the window failed after its first paint:\n{text}")
                print(f"  ok  the window painted offscreen after "
                      f"{time.monotonic() - started:.1f} s")
                return
            if process.poll() is not None:
                output = process.stdout.read().decode("utf-8", "replace")
                raise Failed(f"the window exited {process.returncode} before its first "
                             f"paint:\n{output}{text}")
            time.sleep(0.2)
        raise Failed("the window did not paint within 120 s")
    finally:
        process.kill()
        process.wait()


def check_size(folder: Path) -> None:
    size = sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())
    megabytes = size / 1_000_000
    print(f"  ok  bundle size {megabytes:.0f} MB" + (f" (budget {BUDGET_MB} MB)"
                                                    if BUDGET_MB else ""))
    if BUDGET_MB and megabytes > BUDGET_MB:
        raise Failed(f"the bundle is {megabytes:.0f} MB, over its budget of {BUDGET_MB} MB")


def smoke(folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="pmdesk-smoke-") as scratch:
        work = Path(scratch)
        home = work / "home"
        home.mkdir()
        bundle = Bundle(folder, isolated_environment(home))
        expected = f"pmdesk {version_of_source()}"
        if bundle.run("--version").strip() != expected:
            raise Failed(f"--version does not print “{expected}”")
        database = work / "office" / "office.db"
        database.parent.mkdir()
        db = ("--db", str(database))
        bundle.run(*db, "init", "--estate", "翠湖花园", "--office", "翠湖花园物业服务中心")
        bundle.run(*db, "demo", "--households", "200")
        body = work / "body.txt"
        body.write_text("因市政管网维修，12月5日8:00至18:00停水。\n\n请提前储水，不便之处敬请谅解。",
                        encoding="utf-8")
        notice = work / "notice.pdf"
        bundle.run(*db, "print", "notice", str(notice), "--title", "停水通知",
                   "--body-file", str(body))
        check_notice(notice)
        bundle.run(*db, "check")
        check_upgrade(bundle, work)
        check_server(bundle)
        check_window(bundle, database, home)
    check_size(folder)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "pmdesk"
    print(f"smoke test of {folder}")
    try:
        smoke(folder)
    except (Failed, subprocess.SubprocessError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
