"""The 网络版 (issue 19): the office database on a PostgreSQL server — connecting, the schema,
the rules the server keeps beneath the program, several desks at once, checking."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from pmdesk.core import clock
from pmdesk.core.checkup import check_database
from pmdesk.core.demo import generate
from pmdesk.core.errors import DatabaseError
from pmdesk.core.money import fees, payments
from pmdesk.core.safety import migrations, pg_schema
from pmdesk.core.safety.db import close_db, db, server_url
from pmdesk.core.safety.opening import open_db
from pmdesk.paths import default_db_path


def test_a_server_url_is_never_taken_for_a_file_name(tmp_path, monkeypatch):
    """`--db postgresql://…` once made a folder called `postgresql:` with a SQLite file in it.
    A server that is away is said at once, not after a minute."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PMDESK_DB", "postgresql://desk@127.0.0.1:1/office")
    assert default_db_path() == "postgresql://desk@127.0.0.1:1/office"
    started = time.perf_counter()
    with pytest.raises(DatabaseError) as away:
        open_db("postgresql://desk:secret@127.0.0.1:1/office")
    assert away.value.code == "db.server_away"
    assert time.perf_counter() - started < 6
    assert away.value.params["server"] == "desk@127.0.0.1:1/office"  # never the password
    assert list(tmp_path.iterdir()) == []


def test_an_empty_database_gets_the_whole_schema_once(pg_cluster):
    url = pg_cluster.new_database(empty=True)
    with pytest.raises(DatabaseError) as empty:
        open_db(url, create=False)
    assert empty.value.code == "db.server_empty"
    open_db(url)
    assert server_url() == url
    tables = {t for (t,) in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    assert tables == pg_schema.tables() and migrations.tables_of(
        migrations.SCHEMA_VERSION) <= tables
    assert db.execute_sql("SELECT version FROM pmdesk_schema").fetchone()[0] \
        == migrations.SCHEMA_VERSION == pg_schema.BASELINE + len(migrations.SERVER_STEPS)
    close_db()
    open_db(url, create=False)  # the second desk finds it ready
    assert db.execute_sql("SELECT count(*) FROM pmdesk_schema").fetchone()[0] == 1
    close_db()


def test_a_database_of_another_program_or_a_newer_pmdesk_is_refused(pg_cluster):
    other = pg_cluster.new_database(empty=True)
    pg_cluster.sql("CREATE TABLE invoices (id int)", other.rsplit("/", 1)[1])
    with pytest.raises(DatabaseError) as foreign:
        open_db(other)
    assert foreign.value.code == "db.foreign_file"
    newer = pg_cluster.new_database()
    pg_cluster.sql("UPDATE pmdesk_schema SET version = version + 1", newer.rsplit("/", 1)[1])
    with pytest.raises(DatabaseError) as too_new:
        open_db(newer)
    assert too_new.value.code == "db.too_new"


def test_a_wrong_password_or_database_name_is_named(pg_cluster):
    url = pg_cluster.new_database()
    with pytest.raises(DatabaseError) as login:
        open_db(url.replace(pg_cluster.PASSWORD, "wrong"))
    assert login.value.code == "db.server_login"
    with pytest.raises(DatabaseError) as missing:
        open_db(url.rsplit("/", 1)[0] + "/no_such_office")
    assert missing.value.code == "db.server_no_database"


@pytest.fixture
def server_estate(pg_cluster):
    """A demo estate of 60 households with a year of bills and payments, on its own server
    database."""
    url = pg_cluster.new_database()
    open_db(url)
    generate(households=60, seed=4, years=1)
    yield url
    close_db()


def test_the_server_keeps_receipts_append_only_beneath_the_program(server_estate, pg_cluster):
    paid = payments.pay(unit_id=1, amount=10_000)
    for statement in ("UPDATE payment SET amount = 1 WHERE receipt_no = ?",
                      "DELETE FROM payment WHERE receipt_no = ?"):
        with pytest.raises(Exception, match="append-only"), db.atomic():
            db.execute_sql(statement, (paid.receipt_no,))
    with pytest.raises(Exception, match="permission denied"), db.atomic():
        db.execute_sql("TRUNCATE payment_void")  # fires no row trigger: not allowed at all
    assert check_database(server_estate).ok


def test_check_names_a_disabled_trigger_and_runs_amcheck(server_estate, pg_cluster):
    name = server_estate.rsplit("/", 1)[1]
    assert "amcheck" in pg_cluster.sql("SELECT extname FROM pg_extension", name)
    assert check_database(server_estate).ok
    pg_cluster.sql("ALTER TABLE payment DISABLE TRIGGER payment_no_update", name)
    report = check_database(server_estate)
    assert [line for line in report.lines() if "payment_no_update disabled" in line]


DESK = """
import sys
from pmdesk.core.money import payments
from pmdesk.core.safety import session
from pmdesk.core.safety.opening import open_db
open_db(sys.argv[1])
session.act_as(session.User(0, "desk" + sys.argv[2], "manager"))
first, count = int(sys.argv[2]), int(sys.argv[3])
for n in range(count):
    payments.pay(unit_id=first + 3 * (n % 15), amount=100 + n)
print("done", flush=True)
"""


def test_three_desks_paying_at_once_get_unique_gapless_receipts(server_estate, child_argv):
    """Three processes pay at once; the counter row makes each wait for the other's commit."""
    year = clock.today().year
    before = db.execute_sql("SELECT count(*) FROM payment WHERE year = ?", (year,)).fetchone()[0]
    desks = [subprocess.Popen(child_argv(DESK, server_estate, desk, 25), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for desk in (1, 2, 3)]
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0 and out.strip() == "done", err
    seqs = [s for (s,) in db.execute_sql("SELECT seq FROM payment WHERE year = ? ORDER BY seq",
                                         (year,))]
    assert len(seqs) == before + 75 == len(set(seqs))
    assert seqs == list(range(1, len(seqs) + 1))
    assert check_database(server_estate).ok


KILLED = """
import sys, time
from pmdesk.core.money import payments
from pmdesk.core.safety.db import db
from pmdesk.core.safety.opening import open_db
open_db(sys.argv[1])
with db.atomic():
    payments.pay(unit_id=5, amount=30_000)
    print("paying", flush=True)
    time.sleep(60)
"""


def test_a_desk_killed_mid_payment_leaves_nothing_half_written(server_estate, child_argv):
    counts = "SELECT (SELECT count(*) FROM payment), (SELECT count(*) FROM allocation), " \
             "(SELECT count(*) FROM audit_log), (SELECT sum(paid) FROM bill)"
    before = db.execute_sql(counts).fetchone()
    desk = subprocess.Popen(child_argv(KILLED, server_estate), stdout=subprocess.PIPE,
                            text=True)
    assert desk.stdout.readline().strip() == "paying"
    desk.kill()
    desk.wait()
    assert db.execute_sql(counts).fetchone() == before
    after = payments.pay(unit_id=5, amount=30_000)  # the number the killed desk held is free
    year, seq = after.receipt_no.split("-")
    held = db.execute_sql("SELECT max(seq) FROM payment WHERE year = ? AND receipt_no <> ?",
                          (int(year), after.receipt_no)).fetchone()[0]
    assert int(seq) == held + 1
    assert check_database(server_estate).ok


def test_billing_twice_at_two_desks_bills_once(server_estate, child_argv):
    bill = ("import sys\nfrom pmdesk.core.money import fees\n"
            "from pmdesk.core.safety.opening import open_db\nopen_db(sys.argv[1])\n"
            "print(fees.run_billing('2026-12').bills)")
    desks = [subprocess.Popen(child_argv(bill, server_estate), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    made = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        made.append(int(out))
    assert sorted(made)[0] == 0 < sorted(made)[1]
    assert db.execute_sql("SELECT count(*) FROM bill WHERE period = 202612").fetchone()[0] \
        == max(made)
    assert fees.fee_items()


def test_the_core_reads_integer_sums_as_int(server_estate):
    total = db.execute_sql("SELECT sum(amount) FROM bill").fetchone()[0]
    assert type(total) is int and total > 0
    assert sys.modules.get("psycopg") is not None


def test_a_move_that_does_not_add_up_writes_nothing(pg_cluster, tmp_path):
    """A file whose bill says less was paid than its allocations hold (edited by another tool)
    is not carried onto the server: the server sums the money again and the copy is undone.
    A file of an older schema is refused before anything is read."""
    import shutil
    import sqlite3
    from pathlib import Path

    from pmdesk.core.moving import move_to_server

    office = tmp_path / "office.db"
    open_db(office)
    generate(households=30, seed=2, years=1)
    close_db()
    edit = sqlite3.connect(office)
    edit.execute("UPDATE bill SET paid = paid - 1 WHERE id = (SELECT min(bill_id) FROM "
                 "allocation)")
    edit.commit()
    edit.close()
    url = pg_cluster.new_database(empty=True)
    with pytest.raises(DatabaseError) as failed:
        move_to_server(office, url)
    assert failed.value.code == "move.failed" and "bills paid" in failed.value.params["detail"]
    assert db.execute_sql("SELECT count(*) FROM unit").fetchone()[0] == 0
    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema_v12.db", old)
    with pytest.raises(DatabaseError) as refused:
        move_to_server(old, url)
    assert refused.value.code == "move.old_schema"
    close_db()


@pytest.mark.parametrize("url", ["postgresql://desk:secret@host:abc/office",
                                 "postgresql://desk:secret@[::1/office",
                                 "postgresql://desk:secret@127.0.0.1:5432"])
def test_a_server_address_libpq_cannot_read_is_named_without_its_password(url, tmp_path,
                                                                          monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseError) as bad:
        open_db(url)
    assert bad.value.code == "db.server_url" and "secret" not in str(bad.value.params)
    assert list(tmp_path.iterdir()) == []


def test_a_dropped_connection_is_said_and_the_next_statement_reconnects(server_estate,
                                                                        pg_cluster):
    """The server restarted, or killed the desk's session: the statement that finds out fails
    as `db.server_away`; the next one connects again by itself."""
    from pmdesk.core.safety.db import coded

    before = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    pg_cluster.sql(f"SELECT pg_terminate_backend({before})")
    with pytest.raises(Exception) as dropped:
        payments.pay(unit_id=1, amount=10_000)
    assert coded(dropped.value).code == "db.server_away"
    payments.pay(unit_id=1, amount=10_000)
    assert db.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != before
    assert check_database(server_estate).ok


def test_while_the_server_is_away_connecting_fails_at_once(server_estate):
    from pmdesk.core.safety import pg_engine
    from pmdesk.core.safety.db import coded

    close_db()
    pg_engine.server_db.away = True
    try:
        started = time.perf_counter()
        with pytest.raises(Exception) as away:
            db.execute_sql("SELECT 1")
        assert time.perf_counter() - started < 0.5
        assert coded(away.value).code == "db.server_away"
    finally:
        pg_engine.server_db.away = False
    assert db.execute_sql("SELECT 1").fetchone() == (1,)


def test_a_transaction_caught_in_a_deadlock_is_tried_again(server_estate):
    """Another session holds row b and will want row a; this desk's transaction takes a, then
    waits for b and is the one the server picks to undo: it runs again, and passes."""
    import threading

    import psycopg

    from pmdesk.core.safety.db import retried

    db.execute_sql("INSERT INTO counter (name, year, last) VALUES ('a', 1, 0), ('b', 1, 0)")
    other = psycopg.connect(server_estate)
    other.execute("UPDATE counter SET last = last + 1 WHERE name = 'b'")
    attempts = []

    def theirs():
        time.sleep(0.3)  # after this desk began to wait for b
        other.execute("UPDATE counter SET last = last + 1 WHERE name = 'a'")
        other.commit()

    @retried
    def ours():
        attempts.append(1)
        with db.atomic():
            db.execute_sql("UPDATE counter SET last = last + 10 WHERE name = 'a'")
            db.execute_sql("UPDATE counter SET last = last + 10 WHERE name = 'b'")

    thread = threading.Thread(target=theirs)
    thread.start()
    ours()
    thread.join()
    other.close()
    assert len(attempts) == 2
    assert dict(db.execute_sql("SELECT name, last FROM counter WHERE year = 1")) \
        == {"a": 11, "b": 11}


def test_a_transaction_crossed_every_time_ends_as_busy(server_estate):
    import psycopg

    from pmdesk.core.safety.db import CROSSED_ATTEMPTS, retried

    attempts = []

    @retried
    def crossed():
        attempts.append(1)
        raise psycopg.errors.SerializationFailure("could not serialize access")

    with pytest.raises(DatabaseError) as busy:
        crossed()
    assert busy.value.code == "db.busy" and len(attempts) == CROSSED_ATTEMPTS
    attempts.clear()
    with db.atomic(), pytest.raises(psycopg.errors.SerializationFailure):
        crossed()  # inside a caller's transaction: once, the caller decides
    assert len(attempts) == 1


def test_a_committed_change_is_announced_to_the_other_desks(server_estate):
    """LISTEN pmdesk hears the tables a transaction changed once it commits, never a change
    rolled back; a notice says which session sent it (a desk skips its own)."""
    import psycopg

    from pmdesk.core.safety import pg_engine

    desk_2 = psycopg.connect(server_estate, autocommit=True)
    desk_2.execute("LISTEN pmdesk")
    with db.atomic() as transaction:
        payments.pay(unit_id=1, amount=10_000)
        assert list(desk_2.notifies(timeout=0.2)) == []  # not before the commit
        transaction.rollback()
    assert list(desk_2.notifies(timeout=0.2)) == []
    owing = db.execute_sql("SELECT unit_id FROM bill WHERE paid + reduced < amount "
                           "ORDER BY unit_id LIMIT 1").fetchone()[0]
    payments.pay(unit_id=owing, amount=100)
    heard = list(desk_2.notifies(timeout=0.5))
    assert {"payment", "allocation", "bill"} <= {n.payload for n in heard}
    assert {n.pid for n in heard} <= pg_engine.server_db.backends
    desk_2.close()


def test_a_new_office_starts_with_the_same_rows_on_either_engine(pg_cluster, tmp_path):
    """What a new database holds before anyone types (the event partners offered) is the
    same on a file and on a server."""
    def rows() -> dict[str, list]:
        return {table: sorted(db.execute_sql(f"SELECT * FROM {table}").fetchall())
                for table in pg_schema.tables() - {"pmdesk_schema"}}

    open_db(tmp_path / "office.db")
    on_file = rows()
    close_db()
    open_db(pg_cluster.new_database(empty=True))
    assert rows() == on_file and on_file["event_partner"]
    close_db()
