"""收款流水: a second, independent record of every receipt issued or voided (docs reliability
§2.5), one JSON line each in `backups/receipts-YYYY-MM.jsonl` beside the database, appended and
synced to disk right after the transaction commits.

SQLite's own checks cannot see a committed transaction that vanished — a power cut on a disk
that lied about flushing, a write-ahead log torn, zeroed or swapped for another copy's (§1.4):
the file is consistent, just older. The journal lets `lost_receipts()` name the receipts to look
for on the paper stubs, keeps the next receipt number above every number ever issued
(`highest_seq()`), and anchors the audit chain outside the database: every line carries the
chain's head (entry number and hash) at that moment, so rows removed from the end of the trail,
or a trail rewritten with its hashes recomputed, no longer match (`anchors()`).

Each line names the database it belongs to (`db`: its file name), so two databases kept in one
folder (office.db and a practice copy of it) do not read each other's lines — a name, not
anything inside the file, so rewriting the file cannot disown the lines that anchor it. The
journal holds only what identifies the money (receipt number, room, amount, method, clerk,
time), never names or IDs.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

from peewee import PeeweeException

from pmdesk.core import clock
from pmdesk.core.safety.db import db
from pmdesk.core.safety.location import backup_dir, resolved
from pmdesk.core.validate import storable
from pmdesk.logs import logger

CHECK_DAYS = 62  # how far back the start-up comparison reads
TAIL_BYTES = 64 * 1024  # enough of a month's end for its last receipt
GENESIS = "0" * 64


def _folder(db_path: Path | str) -> Path:
    return backup_dir(db_path)


def _files(db_path: Path | str) -> list[Path]:
    return sorted(_folder(db_path).glob("receipts-*.jsonl"))


def head() -> list:
    """[entry number, hash] of the newest audit row of the open database."""
    row = db.execute_sql("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return [row[0], row[1]] if row else [0, GENESIS]


def name_of(db_path: Path | str) -> str:
    """How journal lines and backup manifests name the database at `db_path`: its file name."""
    return resolved(db_path).name


def belongs(record: dict, name: str) -> bool:
    """Whether a journal line or manifest is the database `name`'s (lines written before lines
    were named, or without a name, are everyone's)."""
    owner = record.get("db", "")
    return isinstance(owner, str) and owner.casefold() in ("", name.casefold())


def anchor_of(path: Path | str) -> list:
    """[entry number, hash] of the audit chain's head in the database file at `path`: what a
    backup's manifest and a restore's journal line record."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # a schema before the chain
        last = None
    finally:
        conn.close()
    return [last[0], last[1]] if last else [0, GENESIS]


def append(db_path: Path | str | None, **entry: object) -> None:
    """One line, flushed and synced, with the database's name and the audit chain's head
    (unless `entry` gives it). A failure to write it never undoes the payment. (A database on
    a server has none: the server's write-ahead log and its backups are the second record.)"""
    if db_path is None:
        return
    folder = _folder(db_path)
    record = {"at": clock.stamp(), "db": name_of(db_path), **entry}
    with contextlib.suppress(sqlite3.Error, PeeweeException):  # the line goes without it
        record.setdefault("chain", head())
    line = storable(json.dumps(record, ensure_ascii=False, sort_keys=True))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"receipts-{clock.today():%Y-%m}.jsonl", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        logger.warning("receipt journal not written: %s", line, exc_info=True)


def _parse(lines: list[str], ours: str) -> list[dict]:
    found = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a torn last line
        if isinstance(entry, dict) and belongs(entry, ours):
            found.append(entry)
    return found


def entries(db_path: Path | str | None, *, days: int | None = CHECK_DAYS) -> list[dict]:
    """This database's journal lines of the last `days` days (all of them with None)."""
    if db_path is None:
        return []
    ours = name_of(db_path)
    if days is None:
        paths = _files(db_path)
        since = ""
    else:
        today = clock.today()
        since = (today - timedelta(days=days)).isoformat()
        months = {f"{today - timedelta(days=n):%Y-%m}" for n in range(0, days + 1, 28)}
        months.add(f"{today:%Y-%m}")
        paths = [_folder(db_path) / f"receipts-{month}.jsonl" for month in sorted(months)]
    found = []
    for path in paths:
        if path.exists():
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            found += [e for e in _parse(lines, ours) if e.get("at", "") >= since]
    return found


def _tail(path: Path) -> list[str]:
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - TAIL_BYTES))
        data = fh.read()
    lines = data.decode("utf-8", errors="replace").splitlines()
    return lines[1:] if size > TAIL_BYTES else lines  # the first may be cut


def highest_seq(db_path: Path | str | None, year: int) -> int:
    """The highest receipt number of `year` this database's journal saw issued (0: none).
    Receipts are journaled in the order they are issued, so the end of the newest month with
    any of that year's receipts holds it."""
    if db_path is None:
        return 0
    ours, prefix = name_of(db_path), f"{year}-"
    for path in reversed(_files(db_path)):
        if path.name < f"receipts-{year}-":
            break
        try:
            lines = _tail(path)
        except OSError:
            continue
        numbers = [int(e["receipt_no"][5:]) for e in _parse(lines, ours)
                   if e.get("kind") == "payment" and str(e.get("receipt_no", "")).startswith(prefix)
                   and e["receipt_no"][5:].isdigit()]
        if numbers:
            return max(numbers)
    return 0


def lost_receipts(db_path: Path | str | None, *, days: int | None = CHECK_DAYS) -> list[str]:
    """Receipt numbers the journal saw issued or voided that the database does not hold."""
    issued = {r for (r,) in db.execute_sql("SELECT receipt_no FROM payment")}
    voided = {r for (r,) in db.execute_sql(
        "SELECT p.receipt_no FROM payment_void v JOIN payment p ON p.id = v.payment_id")}
    lost = []
    for entry in entries(db_path, days=days):
        number = entry.get("receipt_no", "")
        if entry.get("kind") not in ("payment", "void"):
            continue
        held = issued if entry.get("kind") == "payment" else voided
        if number not in held and number not in lost:
            lost.append(number)
    return lost


def is_anchor(chain: object) -> bool:
    """Whether `chain` is a recorded [entry number, hash]."""
    return (isinstance(chain, list) and len(chain) == 2 and isinstance(chain[0], int)
            and isinstance(chain[1], str))
