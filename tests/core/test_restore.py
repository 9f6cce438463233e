"""Restore (issue 14.2, 14.3, 14.11): only a whole pmdesk database can replace the office's,
never while another window or writer has it, and a manager can still restore over a database
too damaged to sign in to."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import textwrap

import pytest

from pmdesk.actions.safety import restore
from pmdesk.core.errors import DatabaseError, PmdeskError
from pmdesk.core.money import fees
from pmdesk.core.safety import auth, backup, instance_lock, journal, session
from pmdesk.core.safety.db import close_db
from pmdesk.core.safety.opening import open_db
from pmdesk.core.settings import get_office_profile, save_office_profile


@pytest.fixture
def office(db_path):
    save_office_profile(estate_name="翠湖苑")
    return db_path


def _empty_sqlite(path):
    """A SQLite file of one page and no tables."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    assert path.stat().st_size > 0


@pytest.mark.parametrize("kind", ["zero-bytes", "empty-sqlite", "tables-missing", "foreign"])
def test_only_a_whole_pmdesk_database_can_be_restored(office, tmp_path, kind):
    """A zero-byte file, a SQLite file with no tables, a pmdesk file missing its tables, or
    another program's database would leave an office with no accounts and no households."""
    source = tmp_path / f"{kind}.db"
    if kind == "zero-bytes":
        source.write_bytes(b"")
    elif kind == "empty-sqlite":
        _empty_sqlite(source)
    elif kind == "tables-missing":
        backup.backup_to(office, source)
        conn = sqlite3.connect(source)
        conn.execute("DROP TABLE account")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(source)
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.close()
    with pytest.raises(DatabaseError) as err:
        backup.restore_from(source, office)
    assert err.value.code in {"db.empty", "db.incomplete", "db.foreign_file"}
    assert get_office_profile().estate_name == "翠湖苑"
    assert not list(office.parent.glob("backups/before-restore-*"))
    assert not backup.summary(source).usable


def test_a_zero_byte_database_is_not_backed_up(tmp_path):
    empty = tmp_path / "office.db"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseError) as err:
        backup.backup_to(empty, tmp_path / "copy.db")
    assert err.value.code == "db.empty"
    assert not (tmp_path / "copy.db").exists()


HOLDER = textwrap.dedent("""
    import sys, time
    from pmdesk.core.safety import instance_lock
    with instance_lock.exclusive(sys.argv[1]):
        print("holding", flush=True)
        time.sleep(60)
""")


def test_restore_is_refused_while_another_window_holds_the_database(office, child_argv):
    """The window holds `office.db.lock` (Qt's QLockFile format); a restore from the command
    line then names who has it open, and changes nothing."""
    saved = backup.backup_to(office)
    holder = subprocess.Popen(child_argv(HOLDER, office), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseError) as err:
            backup.restore_from(saved, office)
        assert err.value.code == "db.in_use"
        assert err.value.params["pid"] == holder.pid
        assert err.value.params["host"] == socket.gethostname()
    finally:
        holder.kill()
        holder.wait()
    assert not list(office.parent.glob("backups/before-restore-*"))
    restore(backup=saved, db_path=office)  # the holder is gone: its lock is stale


def test_the_lock_file_is_the_one_the_window_takes(tmp_path):
    """Qt's QLockFile and ours see each other: one held, the other refused."""
    from PySide6.QtCore import QLockFile

    path = tmp_path / "office.db"
    with instance_lock.exclusive(path):
        assert (path.parent / "office.db.lock").exists()
        qt = QLockFile(f"{path}.lock")
        qt.setStaleLockTime(0)
        assert not qt.tryLock(100)
    assert not (path.parent / "office.db.lock").exists()
    assert qt.tryLock(100)
    try:
        assert instance_lock.holder(path) is not None  # held by this process: Qt's file
        with instance_lock.exclusive(path):  # this process may go on: the window restores
            pass
        assert (path.parent / "office.db.lock").exists()
    finally:
        qt.unlock()


WRITER = textwrap.dedent("""
    import os, sys, time
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.money.payments import pay
    open_db(sys.argv[1])
    first = os.stat(sys.argv[1]).st_ino
    print("ready", flush=True)
    for n in range(150):
        if n == 140:  # keep the last ten for after the restore, however slow the machine
            deadline = time.monotonic() + 60
            while os.stat(sys.argv[1]).st_ino == first and time.monotonic() < deadline:
                time.sleep(0.01)
        print(pay(unit_id=1, amount=100).receipt_no, flush=True)
""")


def _receipts_in(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r for (r,) in conn.execute("SELECT receipt_no FROM payment ORDER BY id")]
    finally:
        conn.close()


def test_a_writer_during_a_restore_loses_nothing_and_reuses_no_number(office, child_argv):
    """Another program paying in a loop while the office restores: what it paid before the
    restore is in the file set aside, what it paid after is in the restored database — none
    in a file nobody looks at — and no receipt number is issued twice (issue 14.3, 14.4)."""
    from tests.core.test_fees import _unit

    _unit("1-1-101", 9000)
    fees.add_fee_item(name="物业服务费", basis="fixed", rate="100")
    fees.run_billing("2026-10")
    saved = backup.backup_to(office)
    close_db()
    writer = subprocess.Popen(child_argv(WRITER, office), stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        issued = [writer.stdout.readline().strip() for _ in range(3)]
        aside = restore(backup=saved, db_path=office)
        issued += [line.strip() for line in writer.stdout]
    finally:
        writer.kill()
        writer.wait()
    assert len(issued) == len(set(issued)) == 150
    before, after = _receipts_in(aside), _receipts_in(office)
    assert sorted(before + after) == sorted(issued)
    assert min(after) > max(before)  # the restored file's numbering went on above them
    lost = journal.lost_receipts(office, days=None)
    assert lost == before  # paid before the restore, not in the backup: named


def test_a_writer_whose_file_was_replaced_stops(office, tmp_path):
    """A database file swapped behind a running program (copied over by hand, or a damaged
    file renamed aside by a restore): its next write is refused instead of going into the
    file that was moved away."""
    other = backup.backup_to(office, tmp_path / "other.db")
    save_office_profile(estate_name="翠湖苑二期")
    os.replace(other, office)
    with pytest.raises(DatabaseError) as err:
        save_office_profile(estate_name="翠湖苑三期")
    assert err.value.code == "db.replaced"


def test_restore_over_a_database_too_damaged_to_open(office, tmp_path):
    """14.11: the manager signs in against the backup being restored."""
    manager = auth.create_account(name="王经理", role="manager", password="manager-pw")
    saved = backup.backup_to(office)
    close_db()
    session.act_as(None)
    data = bytearray(office.read_bytes())
    data[:100] = b"\x00" * 100
    office.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        open_db(office)
    with pytest.raises(PmdeskError) as err:
        backup.restore_from(saved, office)
    assert err.value.code == "auth.forbidden"
    approval = auth.verify_in_file(saved, "王经理", "manager-pw")
    assert approval.name == manager.name and approval.is_manager
    restore(backup=saved, db_path=office, approved_by=approval)
    assert get_office_profile().estate_name == "翠湖苑"
    with pytest.raises(PmdeskError) as err:
        auth.verify_in_file(saved, "王经理", "wrong-pw")
    assert err.value.code == "auth.bad_password"


def test_a_made_up_approval_is_refused(office):
    """14.12: an approval is a verified sign-in, not an argument anyone can build."""
    from pmdesk.core.money import payments

    auth.create_account(name="王经理", role="manager", password="manager-pw")
    clerk = auth.create_account(name="李小梅", role="clerk", password="clerk-pw1")
    session.act_as(clerk)
    forged = session.User(1, "王经理", "manager")
    with pytest.raises(PmdeskError) as err:
        payments.void(receipt_no="2026-000001", reason="试试", approved_by=forged)
    assert err.value.code == "auth.forbidden"
    real = auth.verify("王经理", "manager-pw")
    assert auth.require("receipt.void", real) == "王经理"


def test_an_approval_counts_only_in_the_database_that_checked_it(office, tmp_path):
    """Review of issue 14: a manager checked against a backup (or a practice copy, where anyone
    can make themselves manager) approved voids in the office's own database."""
    auth.create_account(name="王经理", role="manager", password="manager-pw")
    clerk = auth.create_account(name="李小梅", role="clerk", password="clerk-pw1")
    saved = backup.backup_to(office)
    session.act_as(clerk)
    from_backup = auth.verify_in_file(saved, "王经理", "manager-pw")
    with pytest.raises(PmdeskError) as err:
        auth.require("receipt.void", from_backup)
    assert err.value.code == "auth.forbidden"
    assert auth.require("backup.restore", from_backup, path=saved) == "王经理"
    close_db()
    practice = tmp_path / "practice.db"
    open_db(practice)
    session.act_as(None)
    auth.create_account(name="自封经理", role="manager", password="practice-pw")
    self_made = auth.verify("自封经理", "practice-pw")
    close_db()
    open_db(office)
    session.act_as(clerk)
    with pytest.raises(PmdeskError) as err:
        auth.require("receipt.void", self_made)
    assert err.value.code == "auth.forbidden"
    assert auth.require("receipt.void", auth.verify("王经理", "manager-pw")) == "王经理"


def test_a_backup_from_before_logins_cannot_replace_a_database_with_them(office):
    """Restoring it would leave an office where nobody signs in to void a receipt."""
    old = backup.backup_to(office)
    auth.create_account(name="王经理", role="manager", password="manager-pw")
    with pytest.raises(DatabaseError) as err:
        restore(backup=old, db_path=office, approved_by=auth.verify("王经理", "manager-pw"))
    assert err.value.code == "backup.no_accounts"
    assert auth.has_accounts()
    assert not list(office.parent.glob("backups/before-restore-*"))


def test_a_backup_with_its_protections_removed_is_refused(office, tmp_path):
    """A copy whose triggers another tool dropped lets receipts be deleted: not a backup to
    restore, and 检查数据库 names what is missing in a live database."""
    from pmdesk.core.checkup import check_database
    from pmdesk.core.safety.db import db

    source = backup.backup_to(office, tmp_path / "edited.db")
    conn = sqlite3.connect(source)
    conn.execute("DROP TRIGGER payment_no_delete")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError) as err:
        backup.restore_from(source, office)
    assert err.value.code == "db.unprotected" and "payment_no_delete" in str(err.value)
    assert not backup.summary(source).usable
    db.execute_sql("DROP TRIGGER audit_log_no_delete")
    report = check_database(office, backup_first=False)
    assert report.problems["audit"] == [
        "trigger audit_log_no_delete missing: removed by another tool, the rows it kept from "
        "change are unprotected"]


RESTORE = textwrap.dedent("""
    import sys
    from pmdesk.actions.safety import restore
    print(restore(backup=sys.argv[1], db_path=sys.argv[2]))
""")


@pytest.mark.parametrize("state", ["emptied", "copied-in-by-hand"])
def test_restore_over_an_emptied_or_hand_copied_database_finishes(office, child_argv, state):
    """Review of issue 14: over a 0-byte file, or a backup copied over office.db by hand (no
    write-ahead log), the restore waited for ever on its own write lock."""
    import shutil

    saved = backup.backup_to(office)
    save_office_profile(estate_name="翠湖苑二期")
    close_db()
    for suffix in ("-wal", "-shm"):
        office.with_name(office.name + suffix).unlink(missing_ok=True)
    if state == "emptied":
        office.write_bytes(b"")
    else:
        shutil.copy(saved, office)
    done = subprocess.run(child_argv(RESTORE, saved, office), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    open_db(office)
    assert get_office_profile().estate_name == "翠湖苑"
    assert list((office.parent / "backups").glob("before-restore-*"))


def test_an_emptied_database_is_not_opened_as_a_new_office(tmp_path):
    """A 0-byte office.db (a failed sync, a full disk) became an empty office, and the
    automatic backups of it rotated the good ones out."""
    path = tmp_path / "office.db"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError) as err:
        open_db(path)
    assert err.value.code == "db.empty"
    assert path.stat().st_size == 0
    folder, pipe = tmp_path / "folder.db", tmp_path / "pipe.db"
    folder.mkdir()
    os.mkfifo(pipe)
    for path in (folder, pipe):
        with pytest.raises(DatabaseError) as err:
            open_db(path)
        assert err.value.code == "db.not_a_file"
