"""Command-line fixtures: an office set up through the command line itself, on an SQLite file
or — in a module marked `both_engines` — also on the test server (issue 19)."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest


@pytest.fixture
def office_db(engine: str, request) -> str:
    """What this test gives `--db`: a file in its folder, or a new, empty database on the
    server (the first command that may create the office creates its schema there)."""
    if engine == "postgresql":
        return request.getfixturevalue("pg_cluster").new_database(empty=True)
    return "office.db"


@pytest.fixture
def cli(run_cli, office_db):
    """`cli(ARGS…)`: `pmdesk --db OFFICE ARGS…` as a subprocess."""
    def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
        return run_cli("--db", office_db, *args, **kwargs)

    return run


@pytest.fixture
def query(office_db, tmp_path):
    """`query(SQL)`: the rows of a plain SELECT, read on a connection of the test's own, as a
    script or a database browser beside the program would read them."""
    def run(sql: str) -> list[tuple]:
        if office_db.startswith("postgresql:"):
            import psycopg

            with psycopg.connect(office_db) as conn:
                return conn.execute(sql).fetchall()
        conn = sqlite3.connect(tmp_path / office_db)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    return run


@pytest.fixture
def office(cli, office_db, tmp_path):
    """An office with two households (3-2-501 of 89.50 m², 12-101) and two fee items; what
    `open_db` takes to open it in the test's own process."""
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    assert cli("init", "--estate", "翠湖苑").returncode == 0
    where = office_db if office_db.startswith("postgresql:") else tmp_path / office_db
    db = open_db(where)
    for building in ("3", "12"):
        db.execute_sql("INSERT INTO building (code) VALUES (?)", (building,))
    db.execute_sql("INSERT INTO unit (building_id, stairwell, room, code, area, handover_date) "
                   "VALUES (1, '2', '501', '3-2-501', 8950, '2020-01-01'), "
                   "(2, '', '101', '12-101', 12000, '2020-01-01')")
    db.execute_sql("INSERT INTO person (name, created_at) VALUES ('张三&李四', '2020-01-01')")
    db.execute_sql("INSERT INTO occupancy (unit_id, person_id, role) VALUES (1, 1, 'owner')")
    close_db()
    for args in (("fee-item", "add", "物业服务费", "--per-area", "2.35"),
                 ("fee-item", "add", "垃圾清运费", "--fixed", "10", "--unit-types", "住宅")):
        result = cli(*args)
        assert result.returncode == 0, result.stderr
    return where
