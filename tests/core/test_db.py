"""open_db(): pragmas, refusal of foreign, damaged and too-new files, STRICT money columns."""

import sqlite3

import peewee
import pytest

from pmdesk.core.checkup import file_problems
from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import migrations
from pmdesk.core.safety.db import APPLICATION_ID, close_db, db, root_sqlite_error, sqlite_failure
from pmdesk.core.safety.opening import open_db


def pragma(name):
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_new_database_has_the_safety_pragmas(db_path):
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("secure_delete") == 1
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == migrations.SCHEMA_VERSION


def test_every_table_is_strict(db_path):
    rows = db.execute_sql("SELECT name, strict FROM pragma_table_list "
                          "WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").fetchall()
    assert rows and all(strict == 1 for _, strict in rows), rows


def test_area_rejects_real_and_text(db_path):
    db.execute_sql("INSERT INTO building (code) VALUES ('1')")
    for bad in (89.5, "89.50"):
        with pytest.raises(peewee.IntegrityError):
            db.execute_sql("INSERT INTO unit (building_id, room, code, area) VALUES (1, '101', "
                           "'1-101', ?)", (bad,))
    db.execute_sql("INSERT INTO unit (building_id, room, code, area) VALUES (1, '101', '1-101', "
                   "8950)")
    assert db.execute_sql("SELECT typeof(area), area FROM unit").fetchone() == ("integer", 8950)


def test_writes_take_the_lock_up_front(db_path):
    statements = []
    db.connection().set_trace_callback(statements.append)
    with db.atomic():
        db.execute_sql("INSERT INTO setting VALUES ('a', 'b')")
    assert "BEGIN IMMEDIATE" in statements


def test_random_bytes_are_refused_and_left_alone(tmp_path):
    path = tmp_path / "random.db"
    payload = bytes(range(256)) * 40
    path.write_bytes(payload)
    with pytest.raises(DatabaseError) as err:
        open_db(path)
    assert err.value.code == "db.not_a_database"
    assert path.read_bytes() == payload
    assert not (tmp_path / "random.db-wal").exists()


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError) as err:
        open_db(path)
    assert err.value.code == "db.foreign_file"


def test_a_newer_schema_is_refused(db_path):
    close_db()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseError) as err:
        open_db(db_path)
    assert err.value.code == "db.too_new"
    assert err.value.params["version"] == migrations.SCHEMA_VERSION + 1


def test_missing_file_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(DatabaseError) as err:
        open_db(tmp_path / "none.db", create=False)
    assert err.value.code == "db.missing"
    assert not (tmp_path / "none.db").exists()


def test_corruption_is_reported(db_path):
    db.execute_sql("CREATE TABLE filler (x TEXT) STRICT")
    with db.atomic():
        for _ in range(200):
            db.execute_sql("INSERT INTO filler VALUES (?)", ("x" * 500,))
    close_db()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 8, len(data) - page, page):  # smash the b-tree pages' headers
        data[offset:offset + 12] = b"\xff" * 12
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as err:
        open_db(db_path)
    assert err.value.code in {"db.corrupt", "db.not_a_database"}
    with pytest.raises(DatabaseError):
        file_problems(db_path)


def test_file_checks_are_clean_on_a_healthy_file(db_path):
    assert not any(file_problems(db_path).values())


def test_the_original_sqlite_error_is_found_behind_peewees_rollback_error():
    original = sqlite3.OperationalError("database or disk is full")
    try:
        try:
            raise original
        except sqlite3.Error:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as exc:
        assert root_sqlite_error(exc) is original
        assert sqlite_failure(exc).code == "db.disk_full"


def test_quick_check_can_be_left_to_the_caller(db_path, monkeypatch):
    from pmdesk.core.safety import db as dbmod
    from pmdesk.core.safety import opening

    close_db()
    checks = []
    real_probe = dbmod.probe

    def probe(path, check=True):
        checks.append(check)
        return real_probe(path, check=check)

    monkeypatch.setattr(dbmod, "probe", probe)
    monkeypatch.setattr(opening, "probe", probe)
    open_db(db_path, check=False)
    assert checks == [False]
    dbmod.quick_check(db_path)
    assert checks == [False, True]
