"""Online backups are consistent while the app writes; a restore never loses the current file."""

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from pmdesk.core import backup
from pmdesk.core.db import close_db, db, open_db
from pmdesk.core.errors import DatabaseError
from pmdesk.core.settings import get_office_profile, save_office_profile

WRITER = textwrap.dedent("""
    import sys, time
    from pmdesk.core.db import open_db, db
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


def test_backup_taken_while_another_process_writes_is_consistent(db_path, tmp_path):
    close_db()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)],
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


def test_backup_into_the_database_itself_is_refused(db_path):
    with pytest.raises(DatabaseError) as err:
        backup.backup_to(db_path, db_path)
    assert err.value.code == "backup.same_file"


def test_restore_sets_the_current_database_aside(db_path):
    save_office_profile(estate_name="翠湖苑")
    saved = backup.backup_to(db_path)
    save_office_profile(estate_name="改过的名字")
    aside = backup.restore_from(saved, db_path)
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
    save_office_profile(estate_name="翠湖苑")
    info = backup.summary(backup.backup_to(db_path))
    assert info["estate"] == "翠湖苑" and info["households"] == 0 and info["size"] > 0
