"""The office database connection — peewee's, bound to one SQLite file with its pragmas
(docs reliability §0: WAL, synchronous=FULL, foreign keys, busy timeout, secure_delete; every
transaction `BEGIN IMMEDIATE`), or to a PostgreSQL server (`server`, the 网络版) — the read-only
probe of a file, failures of either engine as coded errors, and the few statements that differ
between the engines (a new row's id, a number without gaps, one writer at a time).
`opening.open_db()` is the only way the app, the command line and the tests bind it.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from peewee import DatabaseProxy, SqliteDatabase

from pmdesk.core.errors import DatabaseError, PmdeskError
from pmdesk.core.safety import migrations, server
from pmdesk.core.safety.migrations import APPLICATION_ID

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
    "cache_size": -32000,  # 32 MiB
}
BUSY_TIMEOUT_S = 5
CROSSED_ATTEMPTS = 3  # a transaction that crossed another desk's is tried this many times
R = TypeVar("R")



def file_identity(path: Path | str) -> tuple[int, int] | None:
    """What tells one file from another at the same path (device and inode; Windows fills
    them from the volume serial number and the file index)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class OfficeDatabase(SqliteDatabase):
    """peewee's SQLite database (connections, pragmas, `atomic()` with savepoints) whose every
    write transaction first makes sure that the file it has open is still the one at its path:
    a restore by another program puts the old file aside, and a writer that carried on would
    write receipts into the file set aside (issue 14.3)."""

    def _add_conn_hooks(self, conn) -> None:
        super()._add_conn_hooks(conn)
        self._state.file_identity = file_identity(self.database)

    def begin(self, lock_type: str | None = None) -> None:
        super().begin(lock_type)
        if file_identity(self.database) != getattr(self._state, "file_identity", None):
            self.cursor().execute("ROLLBACK")
            raise DatabaseError("db.replaced", path=str(self.database))


sqlite_db = OfficeDatabase(None, lock_type="IMMEDIATE")
db = DatabaseProxy()  # the engine bound last: `sqlite_db` or the server's (`server.bind`)
db.initialize(sqlite_db)


_opened: dict[str, object] = {"path": None, "read_only": False, "server": None}


def _ro_uri(path: Path) -> str:
    """A read-only connection's URI. A WAL database in a folder this user may not write to,
    closed cleanly (no -wal, no -shm), cannot be read the usual way — SQLite needs to create
    its -shm — so it is read as immutable: with no -wal there is nothing it could miss."""
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    if not os.access(path.parent, os.W_OK) and not any(
            Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")):
        uri += "&immutable=1"
    return uri


def is_read_only() -> bool:
    """Whether the open database may only be read (its file or folder is not writable)."""
    return bool(_opened["read_only"])


def bind(path: Path, *, read_only: bool = False, **connect: object) -> None:
    """Point `db` at the database file at `path` (`opening.open_db` checks it first)."""
    close_db()
    if read_only:
        pragmas = {k: v for k, v in PRAGMAS.items()
                   if k in ("foreign_keys", "trusted_schema", "cache_size")}
        sqlite_db.init(_ro_uri(path), pragmas={**pragmas, "query_only": 1},
                       timeout=BUSY_TIMEOUT_S, uri=True)
    else:
        sqlite_db.init(str(path), pragmas=dict(PRAGMAS), timeout=BUSY_TIMEOUT_S, **connect)
    db.initialize(sqlite_db)
    _opened.update(path=path, read_only=read_only, server=None)


def bind_server(url: str) -> None:
    """Point `db` at the PostgreSQL database at `url` (`opening.open_db` checks it first)."""
    close_db()
    db.initialize(server.bind(url))
    _opened.update(path=None, read_only=False, server=url)


def server_url() -> str | None:
    """The server's URL when the office database is on a server (the 网络版), else None."""
    return _opened["server"] if db.obj is not sqlite_db else None


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
    path = path or current_path() or ""
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


def coded(exc: BaseException) -> BaseException:
    """A failure of either engine (disk full, I/O error, busy, read-only, the server away) as
    the coded error that names its real cause; anything else as it is."""
    if not isinstance(exc, PmdeskError) and root_sqlite_error(exc) is not None:
        return sqlite_failure(exc)
    return server.coded(exc, server_url() or "")


def probe(path: Path, *, check: bool = True, whole: bool = False,
          protected: bool = False) -> tuple[int, int]:
    """Check an existing file read-only; return (application_id, user_version).

    Raises `DatabaseError` when the file is not SQLite, belongs to another program, fails
    `quick_check` (skipped with `check=False`), or was written by a newer pmdesk. With `whole`
    it must moreover be a pmdesk database with every table of its schema — what a backup, a
    restore or a copy must be (an empty file or an empty SQLite file is not: it would leave an
    office with no accounts and no households). With `protected` as well every trigger — what
    a file to restore must have (one whose receipts another tool made deletable is not; a
    database in that state may still be backed up).
    """
    path = Path(path)
    if path.exists() and not path.is_file():  # SQLite would wait on a pipe for ever
        raise DatabaseError("db.not_a_file", path=str(path))
    if whole and path.is_file() and path.stat().st_size == 0:
        raise DatabaseError("db.empty", path=str(path))
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
        if whole and (app_id != APPLICATION_ID or version < 1):
            raise DatabaseError("db.empty" if not tables else "db.foreign_file", path=str(path))
        if whole and version <= migrations.SCHEMA_VERSION:
            missing = missing_parts(conn, version)
            if missing["table"]:
                raise DatabaseError("db.incomplete", path=str(path),
                                    tables="、".join(missing["table"]))
            if protected and missing["trigger"]:
                raise DatabaseError("db.unprotected", path=str(path),
                                    triggers="、".join(missing["trigger"]))
        problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")] if check else ["ok"]
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseError("db.corrupt", path=str(path), detail="; ".join(problems))
    migrations.refuse_newer(str(path), version)
    return app_id, version


def missing_parts(conn: sqlite3.Connection, version: int) -> dict[str, list[str]]:
    """The tables and triggers a pmdesk database of schema `version` has and the one open on
    `conn` lacks: a file another tool changed (the triggers keep receipts, bills and the audit
    trail append-only)."""
    present: dict[str, set[str]] = {"table": set(), "trigger": set()}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master "
                                   "WHERE type IN ('table', 'trigger')"):
        present[kind].add(name)
    return {"table": sorted(migrations.tables_of(version) - present["table"]),
            "trigger": sorted(migrations.triggers_of(version) - present["trigger"])}


def fetch_all(cls: type[R], sql: str, params: tuple | list = (), **extra: object) -> list[R]:
    """The rows of `sql` as `cls` records, each column given to the field of its name (alias
    a column to the field: `SELECT b.id AS bill_id`); `extra` fills the fields the query does
    not."""
    cursor = db.execute_sql(sql, params)
    names = [column[0] for column in cursor.description]
    return [cls(**dict(zip(names, row, strict=True)), **extra) for row in cursor]


def fetch_one(cls: type[R], sql: str, params: tuple | list = (), **extra: object) -> R | None:
    """The first row of `sql` as a `cls` record, or None."""
    found = fetch_all(cls, sql, params, **extra)
    return found[0] if found else None


def like_literal(text: str) -> str:
    """`text` with LIKE's wildcards escaped, for a pattern used with `ESCAPE '\\'`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def wait_for_write_lock() -> None:
    """Block (up to the busy timeout) until this thread's connection could write, then let go:
    for a worker that waits while the window stays responsive. Raises `db.busy` on timeout.
    (A server has no such lock: its writers wait row by row.)"""
    if server_url():
        return
    try:
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql("ROLLBACK")
    except sqlite3.Error as exc:
        raise sqlite_failure(exc) from exc
    except Exception as exc:
        if root_sqlite_error(exc) is None:
            raise
        raise sqlite_failure(exc) from exc


def close_db() -> None:
    """Close this thread's connection to the database `db` is bound to."""
    if db.obj.database is not None and not db.obj.is_closed():
        db.obj.close()


def current_path() -> Path | None:
    """The file `db` is bound to, or None (none, or a server)."""
    return Path(_opened["path"]) if db.obj is sqlite_db and sqlite_db.database \
        and _opened["path"] else None


def current_place() -> Path | str | None:
    """Where the office database is: its file, or its server's URL."""
    return current_path() or server_url()


def insert(sql: str, params: tuple | list = (), *, cursor=None) -> int:
    """Run an INSERT of one row (on `cursor` if given) and return the new row's id (both
    engines: RETURNING)."""
    if cursor is None:
        return db.execute_sql(f"{sql} RETURNING id", params).fetchone()[0]
    return cursor.execute(f"{sql} RETURNING id", params).fetchone()[0]


def ids_taken(*tables: str) -> None:
    """After rows were written with ids of their own (the demo office, a copied database): a
    server's next automatic id of each table comes after them (SQLite's does by itself)."""
    if server_url():
        for table in tables:
            db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                           f"coalesce(max(id), 0) + 1, false) FROM {table}")


def take_number(name: str, year: int, *, floor=lambda: 0) -> int:
    """The next number of the counter `name` in `year` (receipts, complaints), inside the
    caller's transaction. The counter row is raised first: on a server that locks it until the
    transaction ends, so a second desk waits for the first's commit and the numbers have no
    gap and no twin; a rolled-back transaction takes its number back. `floor()`, asked once the
    row is held, is the highest number known to be used already (the table, the journal)."""
    number = db.execute_sql(
        "INSERT INTO counter (name, year, last) VALUES (?, ?, 1) ON CONFLICT (name, year) "
        "DO UPDATE SET last = counter.last + 1 RETURNING last", (name, year)).fetchone()[0]
    used = floor()
    if number <= used:
        number = used + 1
        db.execute_sql("UPDATE counter SET last = ? WHERE name = ? AND year = ?",
                       (number, name, year))
    return number


def one_writer(*key: object) -> None:
    """Inside a transaction: wait until no other desk is in one with the same `key` (billing a
    month, importing, one household's money), until this one ends. SQLite has one writer at a
    time already (every transaction begins IMMEDIATE); a server takes an advisory lock."""
    if server_url():
        db.execute_sql("SELECT pg_advisory_xact_lock(hashtext(?))",
                       (":".join(map(str, key)),))


def retried(fn: Callable[..., R]) -> Callable[..., R]:
    """`fn`, a whole transaction, tried again (up to `CROSSED_ATTEMPTS` times in all) when a
    server undid it because it crossed another desk's — a deadlock or a serialization failure:
    nothing of it stayed, and the next try usually passes. Then `db.busy`. Inside a caller's
    transaction `fn` runs once: only the outermost transaction can be tried again."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        if db.in_transaction() or not server_url():
            return fn(*args, **kwargs)
        for attempt in range(1, CROSSED_ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                if server.crossed(exc) is None:
                    raise
                if attempt == CROSSED_ATTEMPTS:
                    raise server.server_failure(exc, server_url()) from exc
            time.sleep(0.05 * attempt)
    return run


@contextmanager
def worker_connection() -> Iterator[None]:
    """A connection of its own for a worker thread, closed when the work ends."""
    with db.connection_context():
        yield


def quick_check(path: Path | str) -> None:
    """Raise `DatabaseError` if `PRAGMA quick_check` finds damage in the file at `path`."""
    probe(Path(path))
