"""Opening the office database safely.

`open_db(path)` is the only way the app, the command line and the tests open a database file.
Before anything is written it proves the file is a pmdesk database in good health:

1. it must be on a local disk, not a network share or removable drive (`location.py`);
2. a plain read-only probe: is it SQLite at all, is it ours (`PRAGMA application_id`), does
   `PRAGMA quick_check` pass, is its schema (`PRAGMA user_version`) one we know;
3. the connection gets the pragmas of docs reliability §0 (WAL, synchronous=FULL, foreign keys,
   busy timeout, secure_delete) and every transaction is `BEGIN IMMEDIATE`;
4. an older schema is backed up online and migrated in one transaction (`migrations.py`).

Any failure becomes a coded `DatabaseError`; the database is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase

from pmdesk.core import migrations
from pmdesk.core.errors import DatabaseError
from pmdesk.core.migrations import APPLICATION_ID

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
    "cache_size": -32000,  # 32 MiB
}
BUSY_TIMEOUT_S = 5

db = SqliteDatabase(None, lock_type="IMMEDIATE")


def _ro_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def root_sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The original sqlite3 error behind `exc`: the deepest one in its chain. (After a failed
    write peewee's rollback fails too, and "cannot rollback - no transaction is active" sits
    in front of the real cause, docs reliability §1.4.)"""
    seen, found = set(), None
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.Error):
            found = exc
        elif isinstance(getattr(exc, "orig", None), sqlite3.Error):
            found = exc.orig
        exc = exc.__cause__ or exc.__context__
    return found


def sqlite_failure(exc: BaseException, path: Path | str = "") -> DatabaseError:
    """Map a low-level SQLite failure to the coded error the user is shown."""
    err = root_sqlite_error(exc) or exc
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        code = "db.disk_full"
    elif name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        code = "db.io_error"
    elif name.startswith("SQLITE_BUSY") or "database is locked" in text:
        code = "db.busy"
    elif name.startswith("SQLITE_NOTADB") or "file is not a database" in text:
        code = "db.not_a_database"
    elif name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        code = "db.corrupt"
    elif name.startswith("SQLITE_READONLY") or "readonly" in text:
        code = "db.read_only"
    elif name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        code = "db.cannot_open"
    else:
        code = "db.error"
    return DatabaseError(code, path=str(path), detail=text)


def probe(path: Path, *, check: bool = True) -> tuple[int, int]:
    """Check an existing file read-only; return (application_id, user_version).

    Raises `DatabaseError` when the file is not SQLite, belongs to another program, fails
    `quick_check` (skipped with `check=False`), or was written by a newer pmdesk.
    """
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise DatabaseError("db.foreign_file", path=str(path))
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if check else ["ok"]
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseError("db.corrupt", path=str(path), detail="; ".join(problems))
    if version > migrations.SCHEMA_VERSION:
        raise DatabaseError("db.too_new", path=str(path), version=version,
                            known=migrations.SCHEMA_VERSION)
    return app_id, version


def open_db(path: Path | str, *, create: bool = True, check: bool = True) -> SqliteDatabase:
    """Open (and if needed create or upgrade) the database at `path`; return the bound `db`.

    `check=False` skips the O(size) `quick_check` of a database that needs no upgrade, for a
    caller that runs `quick_check()` itself right after (the GUI does it in the background so
    a large database does not delay the first window). An upgrade always checks first.
    """
    from pmdesk.core import location

    path = Path(path)
    close_db()
    if path.is_dir():
        raise DatabaseError("db.cannot_open", path=str(path), detail="is a directory")
    kind = location.storage_kind(path)
    if kind != location.LOCAL:
        raise DatabaseError(f"db.{kind}_drive", path=str(path))
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise DatabaseError("db.missing", path=str(path))
    version = probe(path, check=check)[1] if exists else 0
    if exists and not check and version < migrations.SCHEMA_VERSION:
        probe(path)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("db.cannot_open", path=str(path), detail=str(exc)) from exc
    db.init(str(path), pragmas=dict(PRAGMAS), timeout=BUSY_TIMEOUT_S)
    try:
        db.connect()
        if db.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            raise DatabaseError("db.read_only", path=str(path), detail="journal_mode")
        if version < migrations.SCHEMA_VERSION:
            if version > 0:
                from pmdesk.core.backup import backup_to

                backup_to(path, label=f"before-migration-v{version}")
            migrations.migrate(db)
    except DatabaseError:
        close_db()
        raise
    except Exception as exc:
        close_db()
        if root_sqlite_error(exc) is None:
            raise
        raise sqlite_failure(exc, path) from exc
    return db


def like_literal(text: str) -> str:
    """`text` with LIKE's wildcards escaped, for a pattern used with `ESCAPE '\\'`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def wait_for_write_lock() -> None:
    """Block (up to the busy timeout) until this thread's connection could write, then let go:
    for a worker that waits while the window stays responsive. Raises `db.busy` on timeout."""
    try:
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, db.database or "") from exc
    except Exception as exc:
        if root_sqlite_error(exc) is None:
            raise
        raise sqlite_failure(exc, db.database or "") from exc


def close_db() -> None:
    """Close this thread's connection and unbind `db` from its file."""
    if db.database is not None and not db.is_closed():
        db.close()


def current_path() -> Path | None:
    """The file `db` is bound to, or None."""
    return Path(db.database) if db.database else None


@contextmanager
def worker_connection() -> Iterator[None]:
    """A connection of its own for a worker thread, closed when the work ends."""
    with db.connection_context():
        yield


def quick_check(path: Path | str) -> None:
    """Raise `DatabaseError` if `PRAGMA quick_check` finds damage in the file at `path`."""
    probe(Path(path))
