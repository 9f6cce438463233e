"""Schema upgrades: every released schema has a fixture file that must open and upgrade; an
upgrade is backed up first and happens whole or not at all."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from pmdesk.core.checkup import file_problems
from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import migrations
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def counts():
    return db.execute_sql("SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM person), "
                          "(SELECT estate_name FROM office_profile)").fetchone()


MONEY_TABLES = ("bill", "payment", "payment_void", "allocation", "reduction", "credit_entry")


def _rows(path: Path) -> dict[str, int]:
    """Row counts of the register and (from schema 5 on) the money tables."""
    with sqlite3.connect(path) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        found = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                 for table in ("unit", "person", *MONEY_TABLES) if table in tables}
    conn.close()
    return found


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.db")), ids=lambda p: p.stem)
def test_each_released_schema_opens_and_upgrades(fixture, tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(fixture, path)
    before = _rows(path)
    open_db(path)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert counts()[0] == 40 and counts()[2] == "翠湖苑"
        if "payment" in before:
            from pmdesk.core.money.payments import money_problems

            assert money_problems() == []
    finally:
        close_db()
    assert {table: n for table, n in _rows(path).items() if table in before} == before
    assert not any(file_problems(path).values())


@pytest.fixture
def v1_file(tmp_path):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / "schema_v1.db", path)
    return path


NEXT = migrations.SCHEMA_VERSION + 1


def _with_next_step(monkeypatch, step):
    """Pretend a release adds one more step after the real ones."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (NEXT, step)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)


def test_an_upgrade_is_backed_up_first(monkeypatch, v1_file):
    def step(database):
        database.execute_sql("ALTER TABLE person ADD COLUMN wechat TEXT NOT NULL DEFAULT ''")

    _with_next_step(monkeypatch, step)
    open_db(v1_file)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == NEXT
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
    def step(database):
        database.execute_sql("CREATE TABLE half_done (x INTEGER) STRICT")
        database.execute_sql("DELETE FROM occupancy")
        raise RuntimeError("power cut in the middle of the last step")

    _with_next_step(monkeypatch, step)
    with pytest.raises(RuntimeError):
        open_db(v1_file)
    with sqlite3.connect(v1_file) as conn:  # every step rolled back, the real ones too
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables and "document" not in tables
        assert conn.execute("SELECT count(*) FROM occupancy").fetchone()[0] == 110
    conn.close()


def test_an_upgrade_that_breaks_foreign_keys_is_rolled_back(monkeypatch, v1_file):
    def step(database):
        database.execute_sql("DELETE FROM person WHERE id = 1")

    _with_next_step(monkeypatch, step)
    with pytest.raises(DatabaseError) as err:
        open_db(v1_file)
    assert err.value.code == "db.migration_failed"
    monkeypatch.undo()
    open_db(v1_file)
    try:
        assert db.execute_sql("SELECT count(*) FROM person WHERE id = 1").fetchone()[0] == 1
    finally:
        close_db()


def test_documents_kept_before_schema_11_are_found_by_their_households(tmp_path):
    """The upgrade files each batch of letters under its households' rooms and owners."""
    from pmdesk.core.archive import list_documents

    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / "schema_v10.db", path)
    open_db(path)
    try:
        room, owner = db.execute_sql(
            "SELECT u.code, p.name FROM demand_letter l JOIN unit u ON u.id = l.unit_id "
            "JOIN occupancy o ON o.unit_id = u.id AND o.role = 'owner' "
            "JOIN person p ON p.id = o.person_id ORDER BY l.id LIMIT 1").fetchone()
        for text in (room, owner):
            assert {d.kind for d in list_documents(text=text)} == {"demand_letter"}
        assert [d.kind for d in list_documents(text="停水")] == ["notice"]
    finally:
        close_db()
