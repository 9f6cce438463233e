"""Where a database file may live: on this PC's own disk, not on a network share or a removable
drive (docs reliability §1.3, §1.5 rule 1).

SQLite's locking is unreliable over network file systems and WAL does not work there at all;
USB sticks lie about flushing and get pulled out. pmdesk refuses to keep the live database on
either and offers to move it to a local folder. Backups may of course go to both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCAL, NETWORK, REMOVABLE = "local", "network", "removable"
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
    import re

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
