"""Schema upgrades: every released schema has a fixture file that must open and upgrade; an
upgrade is backed up first and happens whole or not at all."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from pmdesk.core import migrations
from pmdesk.core.db import close_db, db, integrity_report, open_db
from pmdesk.core.errors import DatabaseError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def counts():
    return db.execute_sql("SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM person), "
                          "(SELECT estate_name FROM office_profile)").fetchone()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.db")), ids=lambda p: p.stem)
def test_each_released_schema_opens_and_upgrades(fixture, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(fixture, path)
    open_db(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert counts() == (40, 110, "翠湖苑")
    finally:
        close_db()
    assert integrity_report(path) == []


@pytest.fixture
def v1_file(tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    return path


def _with_step_2(monkeypatch, step):
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:1], (2, step)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)


def test_an_upgrade_is_backed_up_first(monkeypatch, v1_file):
    def step_2(database):
        database.execute_sql("ALTER TABLE person ADD COLUMN wechat TEXT NOT NULL DEFAULT ''")

    _with_step_2(monkeypatch, step_2)
    open_db(v1_file)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == 2
        assert "wechat" in [c.name for c in db.get_columns("person")]
    finally:
        close_db()
    saved = list((v1_file.parent / "backups").glob("before-migration-v1-*.db"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 110
    conn.close()


def test_a_failing_upgrade_changes_nothing(monkeypatch, v1_file):
    def step_2(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER) STRICT")
        database.execute_sql("DELETE FROM occupancy")
        raise RuntimeError("power cut in the middle of step 2")

    _with_step_2(monkeypatch, step_2)
    with pytest.raises(RuntimeError):
        open_db(v1_file)
    monkeypatch.undo()
    open_db(v1_file)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == 1
        assert "half_done" not in db.get_tables()
        assert db.execute_sql("SELECT count(*) FROM occupancy").fetchone()[0] == 110
    finally:
        close_db()


def test_an_upgrade_that_breaks_foreign_keys_is_rolled_back(monkeypatch, v1_file):
    def step_2(database):
        database.execute_sql("DELETE FROM person WHERE id = 1")

    _with_step_2(monkeypatch, step_2)
    with pytest.raises(DatabaseError) as err:
        open_db(v1_file)
    assert err.value.code == "db.migration_failed"
    monkeypatch.undo()
    open_db(v1_file)
    try:
        assert db.execute_sql("SELECT count(*) FROM person WHERE id = 1").fetchone()[0] == 1
    finally:
        close_db()
