"""Where a database file may live — on this PC's own disk, not on a network share or a removable
drive (docs reliability §1.3, §1.5 rule 1) — and the files that belong with it: its companions
(-wal, -shm, the lock) and its backups folder.

SQLite's locking is unreliable over network file systems and WAL does not work there at all;
USB sticks lie about flushing and get pulled out. pmdesk refuses to keep the live database on
either and offers to move it to a local folder. Backups may of course go to both.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from pmdesk.core.safety import server

LOCAL, NETWORK, REMOVABLE = "local", "network", "removable"
BACKUP_DIR_NAME = "backups"
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "davfs", "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.s3fs",
})
_DRIVE_REMOVABLE, _DRIVE_REMOTE = 2, 4


def storage_kind(path: Path | str) -> str:
    """LOCAL, NETWORK or REMOVABLE for the disk that holds (or will hold) `path`."""
    path = Path(os.path.abspath(path))
    if sys.platform == "win32":
        return _windows_kind(path)
    if sys.platform.startswith("linux"):
        return _linux_kind(path)
    return LOCAL


def _windows_kind(path: Path) -> str:
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return NETWORK  # \\server\share\...
    import ctypes

    drive_type = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")
    return {_DRIVE_REMOTE: NETWORK, _DRIVE_REMOVABLE: REMOVABLE}.get(drive_type, LOCAL)


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (`\\040`)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mounts(mountinfo: str | None = None) -> list[tuple[str, str, str]]:
    """(mount point, file-system type, source) of every mount, from /proc/self/mountinfo."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return []
    found = []
    for line in mountinfo.splitlines():
        head, sep, tail = line.partition(" - ")
        if not sep or len(head.split()) < 5 or len(tail.split()) < 2:
            continue
        found.append((_unescape(head.split()[4]), tail.split()[0], _unescape(tail.split()[1])))
    return found


def _linux_kind(path: Path, mountinfo: str | None = None) -> str:
    best = ("", "", "")
    for point, fstype, source in mounts(mountinfo):
        inside = path == Path(point) or Path(point) in path.parents
        if inside and len(point) >= len(best[0]):
            best = (point, fstype, source)
    _, fstype, source = best
    if fstype in NETWORK_FILESYSTEMS or source.startswith("//"):
        return NETWORK
    if source.startswith("/dev/") and _removable_block_device(Path(source).name):
        return REMOVABLE
    return LOCAL


def _removable_block_device(name: str) -> bool:
    """True for a USB stick or card reader: /sys/class/block/<disk>/removable is 1 (a
    partition's own folder has no such file; its disk is the parent folder)."""
    block = Path("/sys/class/block") / name
    for folder in (block, block.resolve().parent):
        flag = folder / "removable"
        if flag.exists():
            try:
                return flag.read_text().strip() == "1"
            except OSError:
                return False
    return False


def backup_dir(db_path: Path | str) -> Path:
    """The default backups folder: `backups/` beside the database file."""
    return resolved(db_path).parent / BACKUP_DIR_NAME


COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")  # the files SQLite and the window keep


def path_key(path: Path | str) -> str:
    """A spelling-independent name: symlinks and `..` resolved, case folded (Windows and most
    Mac disks ignore case, so `OFFICE.DB` is the database there). A server's is its URL
    without the password."""
    if server.is_server(path):
        return server.display_name(str(path)).casefold()
    return os.path.normcase(os.path.realpath(path)).casefold()


def resolved(path: Path | str) -> Path:
    """The file a path names, symlinks and `..` resolved: SQLite names the -wal and -shm
    after it, so the lock, the companions and the backups folder are found from it too."""
    return Path(os.path.realpath(path))


def is_companion(path: Path | str, db_path: Path | str) -> bool:
    """Whether `path` is the database at `db_path` or one of its companion files."""
    base = resolved(db_path)
    return path_key(path) in {path_key(f"{base}{suffix}") for suffix in COMPANIONS}


STALE_AFTER_S = 3600  # a backup or restore still writing its copy is younger than this
TMP_SUFFIX = "pmdesk-tmp"  # a backup being written: `.<name>.pmdesk-tmp` beside where it goes


def remove_stale_temporary_files(db_path: Path | str, folder: Path | str | None = None
                                 ) -> list[Path]:
    """Half-written copies a killed backup or restore left behind, with the `-journal` SQLite
    keeps beside each while writing: `.office.db.restore-tmp` beside the database and
    `.….db.tmp` in the backups folder, or only pmdesk's own `.….pmdesk-tmp` in `folder` (a
    backup's destination, where other programs keep files too). Removed once an hour old
    (a copy being written now is younger); return them."""
    db_path = Path(db_path)
    if folder is not None:
        return _remove_old(Path(folder).glob(f".*.{TMP_SUFFIX}*"))
    beside = db_path.parent.glob(f".{glob.escape(db_path.name)}.restore-tmp*")
    backups = backup_dir(db_path)
    return _remove_old([*beside, *backups.glob(".*.tmp"), *backups.glob(".*.tmp-journal"),
                        *backups.glob(f".*.{TMP_SUFFIX}*")])


def _remove_old(paths: Iterable[Path]) -> list[Path]:
    removed = []
    for path in paths:
        try:
            if time.time() - path.stat().st_mtime > STALE_AFTER_S:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed
