"""Consistent copies of the live database, their rotation, and putting one back.

A backup is made with SQLite's online backup API from a connection of its own, so it is
consistent even while the app writes; it is written to a temporary file in the target folder,
switched to a single self-contained file (journal_mode=DELETE), checked with
`PRAGMA integrity_check`, synced to disk and only then renamed to its final name. A restore never
deletes the current database: its files are set aside as `before-restore-<time>.db` first.

Automatic backups (`auto_backup`) are skipped when nothing changed since the newest one and are
thinned by `rotate()` like Anki's: the newest N, then one a day, then one a month (settings).
Set-aside databases (`before-restore-*`) are never removed automatically.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pmdesk.core import clock
from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety import audit, auth, instance_lock, journal, session
from pmdesk.core.safety import db as dbmod
from pmdesk.core.safety.location import (
    TMP_SUFFIX,
    backup_dir,
    is_companion,
    path_key,
    remove_stale_temporary_files,
    resolved,
)
from pmdesk.core.validate import storable
from pmdesk.logs import logger

SET_ASIDE = "before-restore"
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}\.\d{2})")


def timestamp() -> str:
    return clock.now().strftime("%Y-%m-%d-%H.%M.%S")


def _unique(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.db"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.db"
        n += 1
    return candidate


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_online(src: Path, tmp: Path, *, full_check: bool = True) -> None:
    """Copy `src` into `tmp` with the backup API and make `tmp` a verified standalone file:
    `integrity_check`, or with `full_check=False` the O(N) `quick_check` (every page and record
    read back; it leaves out index-against-table consistency, a property of the source that
    检查数据库 checks) — 4× faster on a large file, for the frequent automatic copies."""
    source = sqlite3.connect(dbmod._ro_uri(src), uri=True, timeout=dbmod.BUSY_TIMEOUT_S)
    target = sqlite3.connect(tmp)
    try:
        source.backup(target, progress=_give_up_when_busy(src))
        target.execute("PRAGMA journal_mode = DELETE")
        check = "integrity_check" if full_check else "quick_check"
        result = [row[0] for row in target.execute(f"PRAGMA {check}(5)")]
        if result != ["ok"]:
            raise DatabaseError("backup.verify_failed", path=str(tmp), detail="; ".join(result))
    finally:
        target.close()
        source.close()
    _fsync_file(tmp)


def _give_up_when_busy(path: Path):
    """A backup's progress callback: Python retries a step refused as busy for ever (every
    250 ms); give up with `db.busy` after the database's usual busy timeout."""
    busy = {"steps": 0}

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy["steps"] += 1
            if busy["steps"] * 0.25 > dbmod.BUSY_TIMEOUT_S:
                raise DatabaseError("db.busy", path=str(path))

    return progress


def backup_to(db_path: Path | str, dest: Path | str | None = None, *,
              label: str = "backup", full_check: bool = True) -> Path:
    """Write a verified copy of the database at `db_path`; return the new file's path.

    `dest` may be a folder (a timestamped name is chosen in it), a file name, or None for the
    default backups folder.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise DatabaseError("db.missing", path=str(db_path))
    dbmod.probe(db_path, whole=True)
    if dest is None:
        dest = backup_dir(db_path)
    dest = Path(dest)
    if dest.is_dir() or dest.suffix == "":
        folder, final = dest, None
    else:
        folder, final = dest.parent, dest
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if final is None:
            final = _unique(folder, f"{label}-{timestamp()}")
        else:
            _check_target(final, db_path)
        if folder != backup_dir(db_path):  # a killed backup's copy left in the same folder
            remove_stale_temporary_files(db_path, folder)
        tmp = folder / f".{final.name}.{TMP_SUFFIX}"
        tmp.unlink(missing_ok=True)
        try:
            _copy_online(db_path, tmp, full_check=full_check)
            manifest = {"at": clock.stamp(), "db": journal.name_of(db_path),
                        "chain": journal.anchor_of(tmp), **_counts(tmp)}
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)
        _write_manifest(final, manifest)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise dbmod.sqlite_failure(exc, final or folder) from exc
    except OSError as exc:
        raise DatabaseError("backup.write_failed", path=str(folder), detail=str(exc)) from exc
    return final


def _check_target(target: Path, db_path: Path) -> None:
    """A backup named by the clerk may replace only an older pmdesk backup outside the backups
    folder — never the database or its companions, nothing in the backups folder (the set-aside
    databases, the receipt journal, the manifests), nothing else."""
    if is_companion(target, db_path):
        raise DatabaseError("backup.same_file", path=str(target))
    if not (target.exists() or target.is_symlink()):
        return
    if not resolved(target).is_file():
        raise DatabaseError("file.not_regular", path=str(target))
    if path_key(target).startswith(path_key(backup_dir(db_path)) + os.sep):
        raise DatabaseError("file.protected", path=str(target))
    if not _is_backup(target):
        raise DatabaseError("backup.target_exists", path=str(target))


def _is_backup(path: Path) -> bool:
    try:
        dbmod.probe(path, check=False, whole=True)
    except DatabaseError:
        return False
    return True


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _counts(path: Path) -> dict:
    conn = sqlite3.connect(dbmod._ro_uri(path), uri=True)
    try:
        receipts = conn.execute("SELECT count(*) FROM payment").fetchone()[0]
        last = conn.execute("SELECT receipt_no FROM payment ORDER BY year DESC, seq DESC "
                            "LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # a schema before payments
        receipts, last = 0, None
    finally:
        conn.close()
    return {"receipts": receipts, "last_receipt": last[0] if last else ""}


def _write_manifest(backup: Path, manifest: dict) -> None:
    """What the backup holds, beside it: among it the audit chain's head, which anchors the
    chain outside the database (检查数据库 compares it). Best effort: the backup stands."""
    try:
        with open(manifest_path(backup), "w", encoding="utf-8") as fh:
            fh.write(storable(json.dumps(manifest, ensure_ascii=False, sort_keys=True)))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        logger.warning("backup manifest not written: %s", backup, exc_info=True)


def manifests(folder: Path | str) -> list[tuple[Path, dict]]:
    """(backup, manifest) of every backup in `folder` that has one."""
    found = []
    for path in sorted(Path(folder).glob("*.db.json")):
        try:
            found.append((path.with_suffix(""), json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
    return found


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, for the clerk to judge before restoring it."""

    path: Path
    taken_at: datetime
    size: int
    label: str  # auto, backup, before-import, before-restore, … (the name before the time)
    estate: str | None = None
    households: int = 0
    persons: int = 0
    receipts: int = 0
    last_receipt: str = ""
    last_payment_on: str = ""
    problem: str = ""  # why it cannot be used; '' when it can

    @property
    def usable(self) -> bool:
        return not self.problem


def _taken_at(path: Path) -> datetime:
    match = _STAMP.search(path.name)
    if match:
        return datetime.strptime(match.group(1), "%Y-%m-%d-%H.%M.%S")
    return clock.from_timestamp(path.stat().st_mtime)


def _label(path: Path) -> str:
    match = _STAMP.search(path.stem)
    return path.stem[:match.start()].rstrip("-") if match else path.stem


def summary(path: Path | str, *, check: bool = True) -> BackupInfo:
    """Read what the backup at `path` holds. A file that is not a usable pmdesk database comes
    back with `problem` set (the error's code) rather than raising. `check=False` skips the
    O(size) quick_check (backups were checked when written; a restore checks again)."""
    path = Path(path)
    info = BackupInfo(path, _taken_at(path), path.stat().st_size, _label(path))
    try:
        dbmod.probe(path, check=check, whole=True, protected=True)
        conn = sqlite3.connect(dbmod._ro_uri(path), uri=True)
    except DatabaseError as exc:
        return BackupInfo(**{**info.__dict__, "problem": exc.code})
    except sqlite3.Error:
        return BackupInfo(**{**info.__dict__, "problem": "db.not_a_database"})
    try:
        def first_row(sql: str) -> tuple | None:
            try:
                return conn.execute(sql).fetchone()
            except sqlite3.OperationalError:  # a table an older schema did not have yet
                return None

        def scalar(sql: str) -> object:
            return (first_row(sql) or (None,))[0]

        last = first_row("SELECT year, seq, paid_on FROM payment "
                         "ORDER BY year DESC, seq DESC LIMIT 1")
        return BackupInfo(
            **{**info.__dict__,
               "estate": scalar("SELECT estate_name FROM office_profile"),
               "households": scalar("SELECT count(*) FROM unit") or 0,
               "persons": scalar("SELECT count(*) FROM person") or 0,
               "receipts": scalar("SELECT count(*) FROM payment") or 0,
               "last_receipt": f"{last[0]}-{last[1]:06d}" if last else "",
               "last_payment_on": last[2] if last else ""})
    except sqlite3.DatabaseError:
        return BackupInfo(**{**info.__dict__, "problem": "db.corrupt"})
    finally:
        conn.close()


def _of(path: Path, db_path: Path | str | None) -> bool:
    """Whether the backup at `path` is a copy of the database at `db_path` (by the name its
    manifest keeps; a backup without one is anyone's, and so is one whose database is no
    longer beside this one — renamed, most likely); every backup when `db_path` is None.
    Several databases may share one folder — and so one backups folder."""
    if db_path is None:
        return True
    try:
        manifest = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    if not isinstance(manifest, dict) or journal.belongs(manifest, journal.name_of(db_path)):
        return True
    owner = manifest.get("db")
    return not isinstance(owner, str) or not (resolved(db_path).parent / owner).exists()


def backups(folder: Path | str, *, check: bool = False, of: Path | str | None = None
            ) -> list[BackupInfo]:
    """Every backup in `folder` (of the database `of` only, when given), newest first, with
    what each holds."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [summary(path, check=check) for path in folder.glob("*.db")
             if path.is_file() and _of(path, of)]
    return sorted(found, key=lambda info: info.taken_at, reverse=True)


def rotate(folder: Path | str, *, keep_recent: int = 12, keep_daily: int = 10,
           keep_monthly: int = 9, of: Path | str | None = None) -> list[Path]:
    """Thin the backups in `folder` (those of the database `of`, when given: another
    database's backups in a shared folder are not its to thin): keep the newest
    `keep_recent`, then the newest of each of `keep_daily` more days, then of `keep_monthly`
    more months; remove the rest and return them. Databases set aside by a restore are never
    touched."""
    folder = Path(folder)
    candidates = sorted(((path, _taken_at(path)) for path in folder.glob("*.db")
                         if not path.name.startswith(SET_ASIDE) and _of(path, of)),
                        key=lambda item: item[1], reverse=True)
    kept = candidates[:keep_recent]
    days = {taken.date() for _, taken in kept}
    months = {(taken.year, taken.month) for _, taken in kept}
    removed, daily, monthly = [], 0, 0
    for path, taken in candidates[keep_recent:]:
        month = (taken.year, taken.month)
        if taken.date() not in days and daily < keep_daily:
            days.add(taken.date())
            months.add(month)
            daily += 1
        elif month not in months and monthly < keep_monthly:
            months.add(month)
            monthly += 1
        else:
            try:
                path.unlink()
                manifest_path(path).unlink(missing_ok=True)
                removed.append(path)
            except OSError:
                pass  # in use by a viewer; the next rotation tries again
    return removed


def changed_since(db_path: Path | str, moment: datetime) -> bool:
    """Whether the database (or its WAL, where commits land first) was written after `moment`."""
    stamps = [Path(f"{db_path}{suffix}").stat().st_mtime for suffix in ("", "-wal")
              if Path(f"{db_path}{suffix}").exists()]
    return not stamps or clock.from_timestamp(max(stamps)) > moment


def auto_backup(db_path: Path | str, *, label: str = "auto", force: bool = False,
                keep: tuple[int, int, int] = (12, 10, 9)) -> Path | None:
    """An automatic backup into the backups folder (verified with quick_check), then rotation.
    Without `force` it is skipped (None) when nothing was written since the newest backup."""
    folder = backup_dir(db_path)
    if not force:
        newest = max((clock.from_timestamp(path.stat().st_mtime)
                      for path in folder.glob("*.db")
                      if not path.name.startswith(SET_ASIDE) and _of(path, db_path)),
                     default=None)
        if newest is not None and not changed_since(db_path, newest):
            return None
    made = backup_to(db_path, label=label, full_check=False)
    rotate(folder, keep_recent=keep[0], keep_daily=keep[1], keep_monthly=keep[2], of=db_path)
    return made


def is_off_machine(db_path: Path | str, target: Path | str) -> bool:
    """A copy outside the automatic backups folder: on a USB stick, a share, another disk."""
    folder = backup_dir(db_path)
    target = Path(target).resolve()
    return folder != target.parent and folder not in target.parents


def note_off_machine_copy(target: Path | str) -> None:
    """Remember (in the database) that a copy left the PC; audited."""
    with dbmod.db.atomic():
        dbmod.db.execute_sql("INSERT INTO setting (key, value) VALUES ('backup.last_off_machine'"
                             ", ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             (clock.stamp(),))
        audit.record("backup.off_machine", "database", None, path=str(target))


def days_since_off_machine_copy(today: datetime | None = None) -> int | None:
    """Days since the last copy that left the PC; None when there never was one."""
    row = dbmod.db.execute_sql("SELECT value FROM setting WHERE key = 'backup.last_off_machine'"
                               ).fetchone()
    if row is None:
        return None
    return ((today or clock.now()) - datetime.fromisoformat(row[0])).days


def record_restore(backup: Path | str, aside: Path | str) -> None:
    """Write the restore into the restored database's own audit trail."""
    audit.record("backup.restore", "database", None, backup=str(backup), set_aside=str(aside))


def restore_from(backup: Path | str, db_path: Path | str, *,
                 approved_by: session.User | None = None) -> Path:
    """Replace the database at `db_path` with `backup`; return where the old one was put.

    The backup must be a whole pmdesk database and is verified before anything is touched.
    The database's lock must be free (no window of another program holds it: `db.in_use`
    names who does). The current database is copied aside (`before-restore-…`), never deleted,
    then the backup is written into it with SQLite's backup API while holding its write lock,
    so another program writing meanwhile waits and then writes into the restored database —
    never into a file set aside. A file too damaged to read is renamed aside instead, and a
    manager's password is then checked against the backup's accounts. The caller opens the
    restored database (`open_db`: checked, upgraded if older) and calls `record_restore`
    (`actions.safety.restore` does both).
    """
    backup, db_path = Path(backup), resolved(db_path)  # a link's target is what is replaced
    if not backup.exists():
        raise DatabaseError("db.missing", path=str(backup))
    if not resolved(backup).is_file():  # a folder, or a pipe SQLite would wait on for ever
        raise DatabaseError("db.not_a_file", path=str(backup))
    if is_companion(backup, db_path):
        raise DatabaseError("backup.same_file", path=str(backup))
    dbmod.probe(backup, whole=True, protected=True)
    with instance_lock.exclusive(db_path):
        readable = db_path.exists() and _readable(db_path)
        if db_path.exists():  # a manager's right; when the office's own file cannot be read,
            # its accounts are looked up in the backup being restored
            auth.require("backup.restore", approved_by, path=db_path if readable else backup)
            if readable and auth.accounts_in_file(db_path) and not auth.accounts_in_file(backup):
                raise DatabaseError("backup.no_accounts", path=str(backup))
        if dbmod.current_path() is not None and is_companion(dbmod.current_path(), db_path):
            dbmod.close_db()
        db_path.parent.mkdir(parents=True, exist_ok=True)
        incoming = db_path.with_name(f".{db_path.name}.restore-tmp")
        incoming.unlink(missing_ok=True)
        aside_dir = backup_dir(db_path)
        aside_dir.mkdir(parents=True, exist_ok=True)
        aside = _unique(aside_dir, f"before-restore-{timestamp()}")
        try:
            _copy_online(backup, incoming)
            chain = journal.anchor_of(incoming)
            if readable:
                _restore_in_place(incoming, db_path, aside)
            else:
                _rename_aside(incoming, db_path, aside)
        except sqlite3.Error as exc:
            raise dbmod.sqlite_failure(exc, db_path) from exc
        except OSError as exc:
            raise DatabaseError("backup.write_failed", path=str(db_path), detail=str(exc)) \
                from exc
        finally:
            incoming.unlink(missing_ok=True)
        journal.append(db_path, kind="restore", backup=backup.name, chain=chain)
    return aside


def _readable(db_path: Path) -> bool:
    """Whether the database is a whole pmdesk database that passes quick_check: else (damaged,
    emptied to 0 bytes, tables missing) it is renamed aside."""
    try:
        dbmod.probe(db_path, whole=True)
    except DatabaseError:
        return False
    return True


def _restore_in_place(incoming: Path, db_path: Path, aside: Path) -> None:
    """Write `incoming` into the live database with the backup API, a page at a time. Its first
    step takes the database's write lock and keeps it until the restore commits; at that moment
    (nothing of the restore is visible yet) a copy of the live database is set aside — so
    nothing another program writes can fall between the two (issue 14.3)."""
    live = sqlite3.connect(db_path, timeout=dbmod.BUSY_TIMEOUT_S, isolation_level=None)
    source = sqlite3.connect(dbmod._ro_uri(incoming), uri=True)
    busy, aside_taken = _give_up_when_busy(db_path), []

    def step(status: int, remaining: int, total: int) -> None:
        busy(status, remaining, total)  # another program is writing: wait, not for ever
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and not aside_taken:
            _copy_online(db_path, aside, full_check=False)
            aside_taken.append(aside)

    try:
        # Readers go on while the restore holds the write lock only with the write-ahead log;
        # a file copied in by hand is in rollback mode until pmdesk opens it (nobody writes it)
        if live.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise DatabaseError("db.read_only", path=str(db_path), detail="journal_mode")
        source.backup(live, pages=1, progress=step)
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        source.close()
        live.close()
    _fsync_dir(aside.parent)


def _rename_aside(incoming: Path, db_path: Path, aside: Path) -> None:
    """A damaged database (and its -wal, -shm) is moved aside as it is; the copy takes its
    place. (Nobody can be writing a file SQLite cannot read.)"""
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{db_path}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    os.replace(incoming, db_path)
    _fsync_dir(db_path.parent)
