"""The command line on a PostgreSQL server (issue 19): `--db postgresql://…` and PMDESK_DB."""

from __future__ import annotations

import json

from pmdesk.core.demo import DEMO_PASSWORD


def analysed(url: str) -> bool:
    """Whether the planner has been given statistics of the bills (ANALYZE, not autovacuum)."""
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                            "WHERE relname = 'bill'").fetchone()[0]


def test_an_office_on_a_server_from_the_command_line(run_cli, pg_cluster, tmp_path):
    url = pg_cluster.new_database(empty=True)
    init = run_cli("--db", url, "init", "--estate", "翠湖苑")
    assert init.returncode == 0, init.stderr
    on_server = {"PMDESK_DB": url}
    demo = run_cli("demo", "--households", "40", "--years", "1", extra_env=on_server)
    assert demo.returncode == 0, demo.stderr
    owing = json.loads(run_cli("report", "arrears", "--json", extra_env=on_server).stdout)
    room, owed = owing["households"][0]["room"], owing["households"][0]["owed"]
    paid = run_cli("pay", room, str(owed), "--json", "--receipt-pdf", "r.pdf",
                   extra_env=on_server)
    assert paid.returncode == 0, paid.stderr
    receipt = json.loads(paid.stdout)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    after = json.loads(run_cli("report", "arrears", "--json", extra_env=on_server).stdout)
    assert room not in {row["room"] for row in after["households"]}
    again = json.loads(run_cli("pay", room, "1", "--json", extra_env=on_server).stdout)
    assert int(again["receipt_no"][5:]) == int(receipt["receipt_no"][5:]) + 1
    check = run_cli("check", extra_env=on_server)
    assert check.returncode == 0, check.stderr
    assert pg_cluster.PASSWORD not in check.stdout + check.stderr + init.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == \
        ["r.pdf"]  # no folder named after the URL


def test_a_server_that_is_away_or_empty_is_said_in_one_line(run_cli, pg_cluster):
    away = run_cli("--db", "postgresql://desk:secret@127.0.0.1:1/office", "report", "arrears")
    assert away.returncode == 1
    assert "连接不上数据库服务器 desk@127.0.0.1:1/office" in away.stderr
    assert "secret" not in away.stderr and "Traceback" not in away.stderr
    empty = run_cli("--db", pg_cluster.new_database(empty=True), "report", "arrears")
    assert empty.returncode == 1 and "还是空的" in empty.stderr


def test_a_one_pc_office_moves_to_the_server_and_carries_on(run_cli, pg_cluster, tmp_path):
    """migrate-to-postgres: every row, the same money, the numbering continued, the file as it
    was; a second move into the now full database writes nothing."""
    import hashlib

    assert run_cli("--db", "office.db", "init", "--estate", "翠湖苑").returncode == 0
    assert run_cli("--db", "office.db", "demo", "--households", "40", "--years", "1"
                   ).returncode == 0
    paid = json.loads(run_cli("--db", "office.db", "pay", "1-1-101", "80", "--json").stdout)
    manager = {"PMDESK_PASSWORD": DEMO_PASSWORD}
    assert run_cli("--db", "office.db", "--user", "王经理", "void", paid["receipt_no"],
                   "--reason", "收错户", extra_env=manager).returncode == 0
    arrears = run_cli("--db", "office.db", "report", "arrears", "--json").stdout
    before = hashlib.sha256((tmp_path / "office.db").read_bytes()).hexdigest()
    url = pg_cluster.new_database(empty=True)
    refused = run_cli("--db", "office.db", "migrate-to-postgres", url)
    assert refused.returncode == 1 and "主管" in refused.stderr  # the office's manager moves it
    moved = run_cli("--db", "office.db", "--user", "王经理", "migrate-to-postgres", url,
                    extra_env=manager)
    assert moved.returncode == 0, moved.stderr
    assert "核对无误" in moved.stdout and pg_cluster.PASSWORD not in moved.stdout
    assert hashlib.sha256((tmp_path / "office.db").read_bytes()).hexdigest() == before
    assert analysed(url)  # the next billing is not planned blind
    on_server = {"PMDESK_DB": url}
    assert run_cli("report", "arrears", "--json", extra_env=on_server).stdout == arrears
    after = json.loads(run_cli("pay", "1-1-101", "80", "--json", extra_env=on_server).stdout)
    assert int(after["receipt_no"][5:]) == int(paid["receipt_no"][5:]) + 1
    assert run_cli("check", extra_env=on_server).returncode == 0
    again = run_cli("--db", "office.db", "--user", "王经理", "migrate-to-postgres", url,
                    extra_env=manager)
    assert again.returncode == 1 and "已经有数据" in again.stderr


def test_a_server_database_is_backed_up_with_pg_dump_and_restored_into_an_empty_one(
        run_cli, pg_cluster, tmp_path):
    url = pg_cluster.new_database()
    on_server = {"PMDESK_DB": url}
    assert run_cli("demo", "--households", "20", "--years", "1", extra_env=on_server
                   ).returncode == 0
    arrears = run_cli("report", "arrears", "--json", extra_env=on_server).stdout
    made = run_cli("backup", str(tmp_path / "dumps"), extra_env=on_server)
    assert made.returncode == 0, made.stderr
    dump = next((tmp_path / "dumps").glob("office_*.dump"))
    assert dump.read_bytes().startswith(b"PGDMP") and not list(tmp_path.rglob(".*.tmp"))
    refused = run_cli("restore", str(dump), extra_env=on_server)  # never over an office
    assert refused.returncode == 1 and "不是空的" in refused.stderr
    fresh = {"PMDESK_DB": pg_cluster.new_database(empty=True)}
    restored = run_cli("restore", str(dump), extra_env=fresh)
    assert restored.returncode == 0, restored.stderr
    assert analysed(fresh["PMDESK_DB"])
    assert run_cli("report", "arrears", "--json", extra_env=fresh).stdout == arrears
    checked = run_cli("check", extra_env=fresh)
    assert checked.returncode == 0, checked.stderr
