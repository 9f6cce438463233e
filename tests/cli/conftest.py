"""Command-line fixtures: an office set up through the command line itself."""

from __future__ import annotations

import pytest


@pytest.fixture
def office(run_cli, tmp_path):
    """An office with two households (3-2-501 of 89.50 m², 12-101) and two fee items."""
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    assert run_cli("--db", "office.db", "init", "--estate", "翠湖苑").returncode == 0
    db = open_db(tmp_path / "office.db")
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
        result = run_cli("--db", "office.db", *args)
        assert result.returncode == 0, result.stderr
    return tmp_path / "office.db"
