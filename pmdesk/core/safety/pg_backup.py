"""Backups of a database on a server (the 网络版), with the server's own tools: `pg_dump` in its
custom format, verified by reading its table of contents back (`pg_restore --list`) before it
takes its final name; a restore with `pg_restore` into an empty database only, in one
transaction, then opened and checked like any office database.

The password never appears on a command line (other users of the PC could read it there): it
goes to the tools through PGPASSWORD, as libpq's other habits (pgpass, sslmode) go through
the URL.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from pmdesk.core import clock
from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import server
from pmdesk.core.safety.db import bind_server, close_db, db
from pmdesk.core.safety.opening import open_db
from pmdesk.paths import data_dir

TOOLS_TIMEOUT_S = 3600


def tool(name: str) -> str:
    """Where PostgreSQL's `name` (pg_dump, pg_restore) is: on the PATH, or where the Windows
    installer and Debian put it (the newest version first)."""
    found = shutil.which(name)
    if found:
        return found
    patterns = [f"/usr/lib/postgresql/*/bin/{name}",
                os.path.join(os.environ.get("PROGRAMFILES", r"C:\Program Files"),
                             "PostgreSQL", "*", "bin", f"{name}.exe")]
    candidates = sorted((p for pattern in patterns for p in glob.glob(pattern)),
                        key=lambda p: [int(part) if part.isdigit() else 0
                                       for part in Path(p).parts], reverse=True)
    if not candidates:
        raise DatabaseError("server.no_tools", tool=name)
    return candidates[0]


def _run(name: str, url: str, *args: str) -> str:
    """Run a PostgreSQL tool against `url`, the password in its environment only."""
    env = dict(os.environ)
    if (password := server.password_of(url)) is not None:
        env["PGPASSWORD"] = password
    done = subprocess.run([tool(name), *args, f"--dbname={server.without_password(url)}"],
                          capture_output=True, text=True, env=env, timeout=TOOLS_TIMEOUT_S)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise DatabaseError("server.tool_failed", tool=name, server=server.display_name(url),
                            detail=detail)
    return done.stdout


def server_backups() -> Path:
    """Where a desk keeps the server backups it makes when not told where."""
    return data_dir() / "backups" / "server"


def backup_server(url: str, target: Path | str) -> Path:
    """Dump the office database at `url` into `target` (a folder: a file named after the
    database and the time is made in it); return the verified dump."""
    server.check_url(url)
    target = Path(target)
    if target.is_dir() or not target.suffix:
        name = (urlsplit(url).path.strip("/") or "office").replace("/", "-")
        target = target / f"{name}-{clock.now():%Y-%m-%d-%H.%M.%S}.dump"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp")
    try:
        _run("pg_dump", url, "--format=custom", f"--file={partial}")
        listed = subprocess.run([tool("pg_restore"), "--list", str(partial)],
                                capture_output=True, text=True, timeout=TOOLS_TIMEOUT_S)
        if listed.returncode != 0 or "TABLE DATA public payment" not in listed.stdout:
            raise DatabaseError("backup.verify_failed", detail=listed.stderr.strip()
                                or "pg_restore --list")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore_server(dump: Path | str, url: str) -> None:
    """Restore `dump` into the empty database at `url` (an office database is never written
    over: restore into a new one and point the desks at it), then open it. Extensions (the IT
    person's amcheck) are left out: only a superuser may create them."""
    server.check_url(url)
    dump = Path(dump)
    if not dump.is_file():
        raise DatabaseError("db.missing", path=str(dump))
    bind_server(url)
    try:
        tables = db.execute_sql("SELECT count(*) FROM pg_tables "
                                "WHERE schemaname = current_schema()").fetchone()[0]
    except Exception as exc:
        raise server.server_failure(exc, url) from exc
    finally:
        close_db()
    if tables:
        raise DatabaseError("server.restore_not_empty", server=server.display_name(url))
    listed = subprocess.run([tool("pg_restore"), "--list", str(dump)], capture_output=True,
                            text=True, timeout=TOOLS_TIMEOUT_S)
    if listed.returncode != 0:
        raise DatabaseError("backup.verify_failed", detail=listed.stderr.strip())
    wanted = dump.with_name(f".{dump.name}.list")
    wanted.write_text("\n".join(line for line in listed.stdout.splitlines()
                                if "EXTENSION" not in line and "bt_index_check" not in line),
                      encoding="utf-8")
    try:
        _run("pg_restore", url, "--no-owner", "--single-transaction", "--exit-on-error",
             f"--use-list={wanted}", str(dump))
    finally:
        wanted.unlink(missing_ok=True)
    open_db(url, create=False)
    db.execute_sql("ANALYZE")  # pg_restore leaves the planner no statistics (see `moving`)
