"""迁移到网络版: copy a one-PC office (its SQLite file) into an empty database on a PostgreSQL
server, in one transaction, and prove the copy before it is committed.

The file is only read, in one snapshot; it stays as it was. Every row keeps its id; what the
schema derives from other rows is derived again on the server rather than copied — each bill's
paid and reduced amounts from its allocations and reductions, each household's credit from its
credit entries — and then compared with the file's: a copy that does not add up to the same
money is rolled back. The counts of every table, the money invariants and the audit chain are
checked the same way; the receipt counter comes along, so the next receipt continues the
numbering.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmdesk.core.errors import DatabaseError
from pmdesk.core.money.payments import money_problems
from pmdesk.core.safety import audit, auth, migrations, pg_schema, server
from pmdesk.core.safety import db as dbmod
from pmdesk.core.safety.opening import open_db

DERIVED = {"pmdesk_schema", "credit"}  # on the server already, or made by its triggers
SETTLED = {"paid", "reduced"}  # a bill's: summed again by the triggers as allocations arrive


@dataclass(frozen=True)
class Moved:
    server: str
    rows: dict[str, int]  # table → rows copied
    next_receipt: str  # the number the next receipt will take, e.g. 2026-001235


def move_to_server(path: Path | str, url: str, *, approved_by: auth.User | None = None,
                   progress: Callable[[float], None] | None = None) -> Moved:
    """Copy the office database file at `path` into the empty server database at `url`; leave
    `db` bound to the server. A manager's right: `approved_by` checked against the accounts of
    the file (`auth.verify_in_file`, which writes nothing there). Raises `DatabaseError`
    (nothing written) when the file is not a whole pmdesk database of this version, the server
    database is not empty, or the copy does not prove out."""
    path = Path(path)
    auth.require("database.move", approved_by, path=path)
    version = dbmod.probe(path, whole=True, protected=True)[1]
    if version != migrations.SCHEMA_VERSION:  # opening it once with this program upgrades it
        raise DatabaseError("move.old_schema", path=str(path), version=version,
                            known=migrations.SCHEMA_VERSION)
    source = sqlite3.connect(dbmod._ro_uri(path), uri=True, timeout=dbmod.BUSY_TIMEOUT_S)
    try:
        source.execute("BEGIN")  # one snapshot of every table, whatever a window writes
        open_db(url)
        name = server.display_name(url)
        tables = [t for t in pg_schema.table_order() if t not in DERIVED]
        if any(dbmod.db.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]
               for t in tables if t not in pg_schema.SEEDED):
            raise DatabaseError("move.server_not_empty", server=name, path=name)
        rows: dict[str, int] = {}
        with dbmod.db.atomic():
            for table in pg_schema.SEEDED:  # a new database's rows, the file's instead
                dbmod.db.execute_sql(f"DELETE FROM {table}")
            for done, table in enumerate(tables):
                rows[table] = _copy(source, table)
                if progress:
                    progress(0.8 * (done + 1) / len(tables))
            dbmod.ids_taken(*(t for t in tables if pg_schema.has_identity(t)))
            _prove(source, rows, name)
            if progress:
                progress(0.95)
            audit.record("database.move", "database", None, source=path.name, rows=rows)
        # the planner's statistics of the rows just copied: without them billing the next
        # month of a large estate took 12 s instead of 2.8 s (benchmarks/server.py)
        dbmod.db.execute_sql("ANALYZE")
        year, last = dbmod.db.execute_sql(
            "SELECT year, last FROM counter WHERE name = 'receipt' ORDER BY year DESC LIMIT 1"
        ).fetchone() or (None, 0)
    except sqlite3.Error as exc:
        raise dbmod.sqlite_failure(exc, path) from exc
    finally:
        source.close()
    return Moved(name, rows, f"{year}-{last + 1:06d}" if year else "")


def _copy(source: sqlite3.Connection, table: str) -> int:
    """Stream one table to the server with COPY (its insert triggers fire, as for any row)."""
    cursor = source.execute(f"SELECT * FROM {table}")
    columns = [column[0] for column in cursor.description]
    settled = [i for i, column in enumerate(columns) if table == "bill" and column in SETTLED]
    count = 0
    with dbmod.db.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in cursor:
            if settled:
                row = tuple(0 if i in settled else value for i, value in enumerate(row))
            copy.write_row(row)
            count += 1
    return count


def _prove(source: sqlite3.Connection, rows: dict[str, int], name: str) -> None:
    """The server holds what the file holds, and its own sums of the money agree."""
    problems = [f"{table}: {count} rows copied, {held} held" for table, count in rows.items()
                if (held := dbmod.db.execute_sql(f"SELECT count(*) FROM {table}"
                                                 ).fetchone()[0]) != count]
    for query, what in (("SELECT id, paid, reduced FROM bill", "bills paid and reduced"),
                        ("SELECT unit_id, balance FROM credit WHERE balance <> 0",
                         "credit balances")):
        if set(source.execute(query)) != set(dbmod.db.execute_sql(query).fetchall()):
            problems.append(f"{what} differ from the file's")
    problems += money_problems() + audit.chain_problems()
    if problems:
        raise DatabaseError("move.failed", server=name, path=name,
                            detail="; ".join(problems[:5]))
