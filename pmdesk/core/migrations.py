"""Numbered, forward-only schema steps keyed on `PRAGMA user_version`.

Step N turns a version N-1 database into version N. Steps are plain SQL: the tables are STRICT,
money and areas are integers (fen; 0.01 m²) guarded by CHECK constraints, and append-only tables
get triggers. `migrate()` runs every missing step in one transaction with foreign keys off (they
are a no-op inside a transaction), then checks foreign keys before it commits. A released step is
never edited: a change of schema is a new step and a fixture database in tests/fixtures/.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from pmdesk.core.errors import DatabaseError

APPLICATION_ID = 0x504D444B  # "PMDK": PRAGMA application_id of every pmdesk database

V1 = """
CREATE TABLE office_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    estate_name     TEXT NOT NULL CHECK (length(trim(estate_name)) > 0),
    office_name     TEXT NOT NULL,
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    complaint_phone TEXT NOT NULL DEFAULT '',
    seal_png        BLOB,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE building (
    id    INTEGER PRIMARY KEY,
    code  TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    note  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE unit (
    id            INTEGER PRIMARY KEY,
    building_id   INTEGER NOT NULL REFERENCES building (id),
    stairwell     TEXT NOT NULL DEFAULT '',
    room          TEXT NOT NULL CHECK (length(room) > 0),
    code          TEXT NOT NULL UNIQUE,
    floor         INTEGER,
    area          INTEGER NOT NULL CHECK (area > 0),
    inner_area    INTEGER CHECK (inner_area IS NULL OR inner_area > 0),
    kind          TEXT NOT NULL DEFAULT 'residential'
                  CHECK (kind IN ('residential', 'shop', 'garage', 'storage')),
    state         TEXT NOT NULL DEFAULT 'owner_occupied'
                  CHECK (state IN ('undelivered', 'delivered', 'owner_occupied', 'rented',
                                   'vacant', 'renovating')),
    handover_date TEXT CHECK (handover_date IS NULL OR date(handover_date) = handover_date),
    note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX unit_building ON unit (building_id, stairwell, floor);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    phone       TEXT NOT NULL DEFAULT '',
    phone2      TEXT NOT NULL DEFAULT '',
    id_number   TEXT,
    is_company  INTEGER NOT NULL DEFAULT 0 CHECK (is_company IN (0, 1)),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE occupancy (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    role        TEXT NOT NULL
                CHECK (role IN ('owner', 'co_owner', 'tenant', 'family', 'emergency')),
    start_date  TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date    TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date
                                    AND (start_date IS NULL OR end_date >= start_date)))
) STRICT;
CREATE INDEX occupancy_unit ON occupancy (unit_id, end_date);
CREATE INDEX occupancy_person ON occupancy (person_id);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
) STRICT;

CREATE TABLE unit_tag (
    unit_id  INTEGER NOT NULL REFERENCES unit (id),
    tag_id   INTEGER NOT NULL REFERENCES tag (id),
    PRIMARY KEY (unit_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX unit_tag_tag ON unit_tag (tag_id);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    detail     TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""

# 2: the archive of generated documents (type, subject, household, who, when, the PDF itself).
V2 = """
CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (length(kind) > 0),
    subject     TEXT NOT NULL,
    unit_id     INTEGER REFERENCES unit (id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    pages       INTEGER NOT NULL CHECK (pages > 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf         BLOB NOT NULL
) STRICT;
CREATE INDEX document_created ON document (created_at);
CREATE INDEX document_unit ON document (unit_id);
CREATE TRIGGER document_no_update BEFORE UPDATE ON document
BEGIN SELECT RAISE(ABORT, 'document is append-only'); END;
"""

# 3: search keys for names (pinyin), vehicles and parking spaces.
V3 = """
ALTER TABLE person ADD COLUMN pinyin TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN initials TEXT NOT NULL DEFAULT '';
CREATE TABLE vehicle (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id),
    plate       TEXT NOT NULL CHECK (length(plate) > 0),
    space       TEXT NOT NULL DEFAULT '',
    space_kind  TEXT NOT NULL DEFAULT 'none' CHECK (space_kind IN ('owned', 'rented', 'none')),
    start_date  TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date    TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX vehicle_unit ON vehicle (unit_id);
CREATE INDEX vehicle_plate ON vehicle (plate);
"""


def _step_3(database: SqliteDatabase) -> None:
    from pmdesk.core.pinyin import name_keys

    _sql_step(V3)(database)
    rows = database.execute_sql("SELECT id, name FROM person").fetchall()
    database.cursor().executemany("UPDATE person SET pinyin = ?, initials = ? WHERE id = ?",
                                  [(*name_keys(name), pid) for pid, name in rows])

# 4: a record of every roster import (which file, by content hash, how many rows).
V4 = """
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    rows_read   INTEGER NOT NULL,
    imported    INTEGER NOT NULL,
    rejected    INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
) STRICT;
CREATE INDEX import_batch_sha ON import_batch (sha256);
"""


def _sql_step(script: str) -> Callable[[SqliteDatabase], None]:
    def step(database: SqliteDatabase) -> None:
        cursor = database.cursor()
        for statement in _statements(script):
            cursor.execute(statement)

    return step


def _statements(script: str) -> list[str]:
    """Split a script into statements; trigger bodies keep their inner semicolons."""
    import sqlite3

    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _sql_step(V1)),
    (2, _sql_step(V2)),
    (3, _step_3),
    (4, _sql_step(V4)),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(database: SqliteDatabase) -> int:
    """Bring the connected `database` to SCHEMA_VERSION in one transaction.

    Returns the version it had before.
    """
    old = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if old >= SCHEMA_VERSION:
        return old
    database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with database.atomic():
            for version, step in MIGRATIONS:
                if version > old:
                    step(database)
                    database.execute_sql(f"PRAGMA user_version = {version}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError("db.migration_failed", version=SCHEMA_VERSION,
                                    detail=f"{len(broken)} foreign key violations")
    finally:
        database.execute_sql("PRAGMA foreign_keys = ON")
    return old
