"""Online backups are consistent while the app writes; a restore never loses the current file."""

import os
import sqlite3
import subprocess
import textwrap
import time
from datetime import timedelta

import pytest

from pmdesk.actions.safety import restore
from pmdesk.core import clock
from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import backup
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db
from pmdesk.core.settings import get_office_profile, save_office_profile

WRITER = textwrap.dedent("""
    import sys, time
    from pmdesk.core.safety.db import db
    from pmdesk.core.safety.opening import open_db
    open_db(sys.argv[1])
    db.execute_sql("CREATE TABLE IF NOT EXISTS load (batch INTEGER, n INTEGER, pad TEXT) STRICT")
    print("ready", flush=True)
    batch = 0
    while True:
        with db.atomic():
            for n in range(50):
                db.execute_sql("INSERT INTO load VALUES (?, ?, ?)", (batch, n, "x" * 200))
        batch += 1
""")


def integrity(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_backup_taken_while_another_process_writes_is_consistent(db_path, tmp_path,
                                                                  child_argv):
    close_db()
    writer = subprocess.Popen(child_argv(WRITER, db_path),
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        copies = [backup.backup_to(db_path, tmp_path / "copies") for _ in range(5)]
    finally:
        writer.kill()
        writer.wait()
    assert len(set(copies)) == 5
    for copy in copies:
        assert integrity(copy) == "ok"
        conn = sqlite3.connect(copy)
        per_batch = conn.execute("SELECT count(*) FROM load GROUP BY batch").fetchall()
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.close()
        assert per_batch and {n for (n,) in per_batch} == {50}, "a batch was torn"
        assert mode == "delete", "a backup must be one self-contained file"


def test_default_backup_goes_to_the_backups_folder(db_path):
    target = backup.backup_to(db_path)
    assert target.parent == db_path.parent / "backups"
    assert target.name.startswith("backup-") and target.suffix == ".db"
    assert not list(target.parent.glob(".*tmp"))


@pytest.mark.parametrize("name", ["office.db", "office.db-wal", "office.db-shm", "OFFICE.DB",
                                  "office.db.lock"])
def test_backup_into_the_database_or_its_companions_is_refused(db_path, name):
    """A backup written over the write-ahead log would be read as the log (issue 14.1)."""
    with pytest.raises(DatabaseError) as err:
        backup.backup_to(db_path, db_path.parent / name)
    assert err.value.code == "backup.same_file"
    assert open_db(db_path)


def test_backup_onto_a_pipe_or_device_is_refused(db_path, tmp_path):
    os.mkfifo(tmp_path / "pipe.db")
    with pytest.raises(DatabaseError) as err:
        backup.backup_to(db_path, tmp_path / "pipe.db")
    assert err.value.code == "file.not_regular"


def test_restore_sets_the_current_database_aside(db_path):
    save_office_profile(estate_name="翠湖苑")
    saved = backup.backup_to(db_path)
    save_office_profile(estate_name="改过的名字")
    aside = restore(backup=saved, db_path=db_path)
    assert get_office_profile().estate_name == "翠湖苑"
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn = sqlite3.connect(aside)
    assert conn.execute("SELECT estate_name FROM office_profile").fetchone()[0] == "改过的名字"
    conn.close()
    assert aside.name.startswith("before-restore-")


def test_a_broken_backup_is_refused_before_anything_is_touched(db_path, tmp_path):
    save_office_profile(estate_name="翠湖苑")
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(DatabaseError):
        backup.restore_from(broken, db_path)
    open_db(db_path)
    assert get_office_profile().estate_name == "翠湖苑"
    assert not list((db_path.parent / "backups").glob("before-restore-*"))


def test_summary_describes_a_backup(db_path):
    from pmdesk.core.demo import generate

    generate(households=30, years=1, complaints=0)
    save_office_profile(estate_name="翠湖苑")
    last = db.execute_sql("SELECT year, seq, paid_on FROM payment ORDER BY year DESC, seq DESC"
                          ).fetchone()
    info = backup.summary(backup.backup_to(db_path))
    assert (info.estate, info.households, info.label) == ("翠湖苑", 30, "backup")
    assert info.receipts == db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] > 0
    assert info.last_receipt == f"{last[0]}-{last[1]:06d}" and info.last_payment_on == last[2]
    assert info.usable and info.size > 0


def test_the_list_marks_a_damaged_backup_unusable(db_path):
    """Catalogue S23: bytes flipped in the newest backup."""
    save_office_profile(estate_name="翠湖苑")
    good = backup.backup_to(db_path, label="auto")
    clock.pin(clock.now() + timedelta(minutes=1))
    bad = backup.backup_to(db_path, label="auto")
    data = bytearray(bad.read_bytes())
    data[:16] = b"garbage garbage!"
    bad.write_bytes(bytes(data))
    listed = backup.backups(db_path.parent / "backups")
    assert [info.path for info in listed] == [bad, good]
    assert not listed[0].usable and listed[0].problem == "db.not_a_database"
    assert listed[1].usable
    with pytest.raises(DatabaseError):
        backup.restore_from(bad, db_path)


def _touch_backups(folder, stamps):
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (folder / f"auto-{stamp}.db").write_bytes(b"")


def test_rotation_keeps_recent_then_daily_then_monthly(tmp_path):
    from datetime import datetime, timedelta

    folder = tmp_path / "backups"
    start = datetime(2026, 11, 27, 17, 0)
    # every 30 minutes for 3 days, then one a day for 400 days before that
    stamps = [start - timedelta(minutes=30 * n) for n in range(144)]
    stamps += [start - timedelta(days=3 + n) for n in range(400)]
    _touch_backups(folder, [t.strftime("%Y-%m-%d-%H.%M.%S") for t in stamps])
    (folder / "before-restore-2020-01-01-10.00.00.db").write_bytes(b"")
    removed = backup.rotate(folder, keep_recent=12, keep_daily=10, keep_monthly=9)
    left = sorted((backup._taken_at(p) for p in folder.glob("auto-*.db")), reverse=True)
    assert len(left) == 12 + 10 + 9 and len(removed) == len(stamps) - len(left)
    assert left[:12] == stamps[:12]  # the newest twelve, six hours of half-hourly copies
    days = [t.date() for t in left[12:22]]
    assert len(set(days)) == 10 and left[11].date() not in days
    months = {(t.year, t.month) for t in left[22:]}
    assert len(months) == 9 and not months & {(t.year, t.month) for t in left[:22]}
    assert (folder / "before-restore-2020-01-01-10.00.00.db").exists()


def test_automatic_backup_skips_when_nothing_changed(db_path):
    save_office_profile(estate_name="翠湖苑")
    first = backup.auto_backup(db_path)
    assert first is not None and first.name.startswith("auto-")
    time.sleep(1.1)
    assert backup.auto_backup(db_path) is None
    save_office_profile(estate_name="翠湖苑二期")
    second = backup.auto_backup(db_path)
    assert second is not None and second != first
    assert backup.auto_backup(db_path, label="before-check", force=True) is not None


def test_off_machine_copies_are_remembered(db_path, tmp_path):
    from datetime import timedelta

    assert backup.days_since_off_machine_copy() is None
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup.backup_to(db_path, usb)
    assert backup.is_off_machine(db_path, made)
    assert not backup.is_off_machine(db_path, backup.backup_to(db_path))
    backup.note_off_machine_copy(made)
    assert backup.days_since_off_machine_copy() == 0
    assert backup.days_since_off_machine_copy(clock.now() + timedelta(days=8)) == 8


def test_copies_left_by_a_killed_backup_are_cleared_at_the_next_start(db_path):
    """Issue 14.12: kill -9 during `backup` left a 30 MB `.tmp` for ever. Once an hour old
    (a backup running right now is younger), the next start removes it."""
    import time

    folder = db_path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stale = [folder / ".auto-2026-11-25-09.00.00.db.tmp", db_path.parent / ".office.db.restore-tmp",
             folder / ".auto-2026-11-25-08.00.00.db.pmdesk-tmp",
             folder / ".auto-2026-11-25-08.00.00.db.pmdesk-tmp-journal",
             db_path.parent / ".office.db.restore-tmp-journal"]
    fresh = folder / ".auto-2026-11-25-10.00.00.db.tmp"
    for path in [*stale, fresh]:
        path.write_bytes(b"x" * 1000)
    now = time.time()  # the files' times by the same clock the check reads (libfaketime too)
    for path in stale:
        os.utime(path, (now - 2 * 3600, now - 2 * 3600))
    os.utime(fresh, (now, now))
    close_db()
    open_db(db_path)
    assert not any(path.exists() for path in stale) and fresh.exists()


def test_a_database_opened_through_a_link_keeps_its_companions_safe(db_path, tmp_path):
    """Review of issue 14: opened as `link.db` → `office.db`, SQLite writes `office.db-wal`;
    a backup named `office.db-wal` must still be refused and both names share one lock."""
    from pmdesk.core.safety.instance_lock import lock_path

    link = tmp_path / "elsewhere" / "link.db"
    link.parent.mkdir()
    link.symlink_to(db_path)
    with pytest.raises(DatabaseError) as err:
        backup.backup_to(link, db_path.parent / "office.db-wal")
    assert err.value.code == "backup.same_file"
    assert lock_path(link) == lock_path(db_path) == db_path.parent / "office.db.lock"
    assert backup.backup_to(link).parent == db_path.parent / "backups"


def test_a_named_backup_replaces_only_an_older_backup(db_path, tmp_path):
    """A clerk may save over last week's USB copy, never over a letter, the receipt journal
    or a set-aside database in the backups folder."""
    usb = tmp_path / "usb"
    usb.mkdir()
    older = backup.backup_to(db_path, usb / "weekly.db")
    save_office_profile(estate_name="翠湖苑")
    assert backup.backup_to(db_path, older) == older
    conn = sqlite3.connect(older)
    assert conn.execute("SELECT estate_name FROM office_profile").fetchone()[0] == "翠湖苑"
    conn.close()
    letter = usb / "letter.db"
    letter.write_bytes(b"not a database, but the clerk's own file")
    inside = backup.backup_to(db_path)
    for target, code in ((letter, "backup.target_exists"), (inside, "file.protected")):
        before = target.read_bytes()
        with pytest.raises(DatabaseError) as err:
            backup.backup_to(db_path, target)
        assert err.value.code == code and target.read_bytes() == before


def test_a_killed_backups_copy_on_a_usb_stick_is_cleared_at_the_next_backup(db_path, tmp_path):
    """Review of issue 14: the next start clears only the backups folder; a backup to a USB
    stick killed half-way left its copy there for ever. Files of other programs stay."""
    usb = tmp_path / "usb"
    usb.mkdir()
    ours = [usb / ".weekly.db.pmdesk-tmp", usb / ".weekly.db.pmdesk-tmp-journal"]
    theirs = usb / ".notes.tmp"
    hours_ago = time.time() - 2 * 3600
    for path in [*ours, theirs]:
        path.write_bytes(b"x" * 1000)
        os.utime(path, (hours_ago, hours_ago))
    backup.backup_to(db_path, usb / "weekly.db")
    assert not any(path.exists() for path in ours) and theirs.exists()


def test_two_databases_in_one_folder_keep_their_own_backups(db_path):
    """Several databases in one folder share its backups folder: each lists, and thins, only
    its own backups (the other office's are never offered for a restore, nor removed)."""
    save_office_profile(estate_name="翠湖苑")
    close_db()
    other = db_path.parent / "other.db"
    open_db(other)
    save_office_profile(estate_name="金桂园")
    close_db()
    theirs = []
    for _ in range(5):
        clock.pin(clock.now() + timedelta(minutes=1))
        theirs.append(backup.backup_to(other, label="auto"))
    mine = backup.backup_to(db_path, label="auto")
    folder = db_path.parent / "backups"
    assert [info.path for info in backup.backups(folder, of=db_path)] == [mine]
    assert {info.estate for info in backup.backups(folder, of=other)} == {"金桂园"}
    assert len(backup.backups(folder)) == 6
    clock.pin(clock.now() + timedelta(minutes=1))
    backup.auto_backup(db_path, force=True, keep=(1, 0, 0))
    assert all(path.exists() for path in theirs) and not mine.exists()
    open_db(db_path)


def test_the_backups_of_a_renamed_database_are_still_offered(db_path):
    save_office_profile(estate_name="翠湖苑")
    made = backup.backup_to(db_path, label="auto")
    close_db()
    renamed = db_path.with_name("翠湖苑.db")
    db_path.rename(renamed)
    assert [info.path for info in backup.backups(db_path.parent / "backups", of=renamed)] == \
        [made]
    open_db(renamed)
