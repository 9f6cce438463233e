"""收款流水: a second, independent record of every receipt issued or voided (docs reliability
§2.5), one JSON line each in `backups/receipts-YYYY-MM.jsonl` beside the database, appended and
synced to disk right after the transaction commits.

SQLite's own checks cannot see a committed transaction that vanished — a power cut on a disk
that lied about flushing, a write-ahead log torn, zeroed or swapped for another copy's (§1.4):
the file is consistent, just older. `lost_receipts()` compares the journal with the database so
the window can say which receipts to look for on the paper stubs. The journal holds only what
identifies the money (receipt number, room, amount, method, clerk, time), never names or IDs.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

from pmdesk.core import clock
from pmdesk.core.db import db

CHECK_DAYS = 62  # how far back the start-up comparison reads


def _folder(db_path: Path | str) -> Path:
    from pmdesk.core.backup import backup_dir

    return backup_dir(db_path)


def append(db_path: Path | str, **entry: object) -> None:
    """One line, flushed and synced. A failure to write it never undoes the payment."""
    folder = _folder(db_path)
    line = json.dumps({"at": clock.stamp(), **entry}, ensure_ascii=False, sort_keys=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"receipts-{clock.today():%Y-%m}.jsonl", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        from pmdesk.logs import logger

        logger.warning("receipt journal not written: %s", line, exc_info=True)


def entries(db_path: Path | str, *, days: int = CHECK_DAYS) -> list[dict]:
    """The journal's lines of the last `days` days (a torn last line is skipped)."""
    since = (clock.today() - timedelta(days=days)).isoformat()
    months = {f"{clock.today() - timedelta(days=n):%Y-%m}" for n in range(0, days + 1, 28)}
    months.add(f"{clock.today():%Y-%m}")
    found = []
    for month in sorted(months):
        path = _folder(db_path) / f"receipts-{month}.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("at", "") >= since:
                found.append(entry)
    return found


def lost_receipts(db_path: Path | str, *, days: int = CHECK_DAYS) -> list[str]:
    """Receipt numbers the journal saw issued or voided that the database does not hold."""
    issued = {r for (r,) in db.execute_sql("SELECT receipt_no FROM payment")}
    voided = {r for (r,) in db.execute_sql(
        "SELECT p.receipt_no FROM payment_void v JOIN payment p ON p.id = v.payment_id")}
    lost = []
    for entry in entries(db_path, days=days):
        number = entry.get("receipt_no", "")
        held = issued if entry.get("kind") == "payment" else voided
        if number not in held and number not in lost:
            lost.append(number)
    return lost
