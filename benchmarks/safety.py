"""Data safety at scale, in one process, on a copy of the fees database (20,000 households, five
years of bills): upgrading it to the current schema (backup first), an automatic backup, the
check that skips an unchanged one, listing the backups folder, 检查数据库, a sign-in, and the
audit trail with 100,000 more entries (writing them, checking the chain, filtering the viewer).
Prints `name seconds` lines. Usage: python safety.py DB RUNS [ENTRIES]"""

import shutil
import sys
import time
from pathlib import Path

from pmdesk.core import clock
from pmdesk.core.checkup import check_database
from pmdesk.core.safety import audit, auth, backup
from pmdesk.core.safety.db import close_db, db
from pmdesk.core.safety.opening import open_db

source, runs = Path(sys.argv[1]), int(sys.argv[2])
entries = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
work = source.parent / "safety"
shutil.rmtree(work, ignore_errors=True)
work.mkdir()
database = work / "office.db"
shutil.copy(source, database)


def timed(name: str, fn):
    started = time.perf_counter()
    result = fn()
    print(name, time.perf_counter() - started, flush=True)
    return result


timed("open-and-upgrade", lambda: open_db(database))
print("size-database-mb", database.stat().st_size // 2**20)
for _ in range(runs):
    timed("automatic-backup", lambda: backup.auto_backup(database, force=True))
    timed("unchanged-skip", lambda: backup.auto_backup(database))
timed("list-backups", lambda: backup.backups(backup.backup_dir(database)))
timed("check-database", lambda: check_database(database, backup_first=False))
for _ in range(runs):  # the demo's manager (README: 王经理, 123456)
    timed("sign-in", lambda: auth.sign_in("王经理", "123456"))


def many_entries() -> None:
    with db.atomic():
        for n in range(entries):
            audit.record("payment.create", "payment", n, receipt_no=f"2026-{n:06d}",
                         room="3-2-501", amount=21033)


timed(f"audit-{entries}-entries", many_entries)
print("size-audit-rows", db.execute_sql("SELECT count(*) FROM audit_log").fetchone()[0])
for _ in range(runs):
    timed("audit-chain", audit.chain_problems)
    timed("audit-viewer-filter", lambda: audit.entries(text="3-2-501", limit=2000))
    timed("day-hash", lambda: audit.day_hash(clock.stamp()[:10]))
close_db()
shutil.rmtree(work)
