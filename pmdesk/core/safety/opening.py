"""Opening the office database safely.

`open_db(path)` is the only way the app, the command line and the tests open a database file.
Before anything is written it proves the file is a pmdesk database in good health:

1. it must be on a local disk, not a network share or removable drive (`location`);
2. a plain read-only probe: is it SQLite at all, is it ours (`PRAGMA application_id`), does
   `PRAGMA quick_check` pass, is its schema (`PRAGMA user_version`) one we know;
3. the connection gets the pragmas of docs reliability §0 and every transaction is
   `BEGIN IMMEDIATE` (`db`); a file or folder this user may not write is opened read-only;
4. an older schema is backed up online and migrated in one transaction (`migrations`).

Any failure becomes a coded `DatabaseError`; the database is left exactly as it was.

A `postgresql://` URL opens the office database on a server instead (the 网络版): an empty
database gets the whole schema in one transaction; one that is not pmdesk's, or is newer than
this program, is refused as a file would be.
"""

from __future__ import annotations

import os
from pathlib import Path

from peewee import SqliteDatabase

from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import location, migrations, pg_schema, server
from pmdesk.core.safety.backup import backup_to
from pmdesk.core.safety.db import (
    bind,
    bind_server,
    close_db,
    db,
    probe,
    root_sqlite_error,
    server_url,
    sqlite_failure,
)


def open_db(path: Path | str, *, create: bool = True, check: bool = True) -> SqliteDatabase:
    """Open (and if needed create or upgrade) the database at `path`; return the bound `db`.
    A file emptied to 0 bytes is refused (`db.empty`): the window then offers its backups.

    `check=False` skips the O(size) `quick_check` of a database that needs no upgrade, for a
    caller that runs `quick_check()` itself right after (the GUI does it in the background so
    a large database does not delay the first window). An upgrade always checks first.
    """
    if server.is_server(path):
        return _open_server(str(path), create=create)
    path = location.resolved(path)
    close_db()
    if path.exists() and not path.is_file():
        raise DatabaseError("db.not_a_file", path=str(path))
    kind = location.storage_kind(path)
    if kind != location.LOCAL:
        raise DatabaseError(f"db.{kind}_drive", path=str(path))
    location.remove_stale_temporary_files(path)
    exists = path.exists()
    if exists and path.stat().st_size == 0:  # emptied by a failure: never silently a new office
        raise DatabaseError("db.empty", path=str(path))
    if not exists and not create:
        raise DatabaseError("db.missing", path=str(path))
    version = probe(path, check=check)[1] if exists else 0
    if exists and not check and version < migrations.SCHEMA_VERSION:
        probe(path)
    if exists and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return _open_read_only(path, version)
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError("db.cannot_open", path=str(path), detail=str(exc)) from exc
    bind(path)
    try:
        db.connect()
        if db.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            raise DatabaseError("db.read_only", path=str(path), detail="journal_mode")
        if version < migrations.SCHEMA_VERSION:
            if version > 0:
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


def _open_read_only(path: Path, version: int) -> SqliteDatabase:
    """A database whose file or folder this user may not write (a CD, a write-protected stick,
    a folder without permission): open it for reading only. Every write is then refused as
    `db.read_only`; an older schema cannot be upgraded, so it is not opened at all."""
    if version < migrations.SCHEMA_VERSION:
        raise DatabaseError("db.read_only", path=str(path), detail="upgrade")
    bind(path, read_only=True)
    try:
        db.connect()
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        close_db()
        if root_sqlite_error(exc) is None:
            raise
        raise sqlite_failure(exc, path) from exc
    return db


def _open_server(url: str, *, create: bool) -> SqliteDatabase:
    """Connect to the server database at `url`; give an empty one the schema, in one
    transaction that two desks starting at once take in turn."""
    close_db()
    bind_server(server.check_url(url))
    name = server.display_name(url)
    try:
        db.connect()
        with db.atomic():
            db.execute_sql("SELECT pg_advisory_xact_lock(hashtext('pmdesk.schema'))")
            version = _server_version(db.execute_sql, name)
            if version is None:
                if not create:
                    raise DatabaseError("db.server_empty", path=name, server=name)
                db.cursor().execute(pg_schema.script(migrations.APPLICATION_ID))
                version = pg_schema.BASELINE
            for step in range(version + 1, migrations.SCHEMA_VERSION + 1):
                db.cursor().execute(migrations.SERVER_STEPS[step])
                db.execute_sql("UPDATE pmdesk_schema SET version = ?", (step,))
    except DatabaseError:
        close_db()
        raise
    except Exception as exc:
        close_db()
        if server.root_server_error(exc) is None:
            raise
        raise server.server_failure(exc, url) from exc
    return db


def _server_version(run, name: str) -> int | None:
    """The schema version of the server database `run` (a statement's runner) reaches, None
    when it is empty; another program's database, or a newer pmdesk's, is refused."""
    if run("SELECT to_regclass('pmdesk_schema') IS NULL").fetchone()[0]:
        if run("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]:
            raise DatabaseError("db.foreign_file", path=name, server=name)
        return None
    app_id, version = run("SELECT application_id, version FROM pmdesk_schema").fetchone()
    if app_id != migrations.APPLICATION_ID:
        raise DatabaseError("db.foreign_file", path=name, server=name)
    migrations.refuse_newer(name, version)
    return version


def schema_version() -> int:
    """The schema version of the open database (数据版本, shown in 关于物业前台)."""
    if server_url() is not None:
        return db.execute_sql("SELECT version FROM pmdesk_schema").fetchone()[0]
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def probe_server(url: str) -> int | None:
    """测试连接: reach the server database at `url` on a connection of its own (the bound
    database stays as it is) — the households it holds, or None when it is empty (the first
    desk to connect gives it the schema); a coded `DatabaseError` saying what is wrong."""
    from pmdesk.core.safety import pg_engine

    name = server.display_name(url)
    try:
        with pg_engine.psycopg.connect(server.check_url(url), autocommit=True,
                                       connect_timeout=server.CONNECT_TIMEOUT_S,
                                       **server.NETWORK) as conn:
            if _server_version(conn.execute, name) is None:
                return None
            return conn.execute("SELECT count(*) FROM unit").fetchone()[0]
    except DatabaseError:
        raise
    except Exception as exc:
        if server.root_server_error(exc) is None:
            raise
        raise server.server_failure(exc, url) from exc
