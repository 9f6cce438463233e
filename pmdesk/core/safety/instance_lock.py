"""One program at a time may replace a database: the lock file beside it (`office.db.lock`).

The window holds it for as long as it is open (Qt's `QLockFile`); a restore from the command line
takes the same file, written in QLockFile's format — process id, program name, host name, one
per line — so that each sees the other (docs reliability §2.5, S12/S22). A lock whose process on
this PC is gone is stale and is taken over; a lock held on another PC never is.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pmdesk.core.errors import DatabaseError
from pmdesk.core.safety.location import resolved


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str

    @property
    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and _same_host(self.host)


def lock_path(db_path: Path | str) -> Path:
    """`office.db.lock` beside the database file itself (a symlink's target)."""
    return Path(f"{resolved(db_path)}.lock")


def _same_host(host: str) -> bool:
    return not host or host.casefold() == socket.gethostname().casefold()


def _alive(pid: int) -> bool:
    """Whether a process with this id runs on this PC."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would terminate it on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(db_path: Path | str) -> Holder | None:
    """Who holds the database's lock: None when nobody does (no lock file, or a stale one)."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return Holder(0, "?")  # unreadable: somebody's, to be safe
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None  # a torn write: nobody's
    host = lines[2] if len(lines) > 2 else ""
    if _same_host(host) and not _alive(pid):
        return None
    return Holder(pid, host)


def _program_name() -> str:
    """The name QLockFile expects of a live holder: the running executable's file name."""
    try:
        return Path(os.readlink("/proc/self/exe")).name
    except OSError:
        return Path(sys.executable).name


@contextmanager
def exclusive(db_path: Path | str) -> Iterator[None]:
    """Hold the database's lock for the block; raise `db.in_use` naming the holder when
    another program has it. A process that already holds it (the window) simply goes on."""
    found = holder(db_path)
    if found is not None:
        if found.is_this_process:
            yield
            return
        raise DatabaseError("db.in_use", path=str(db_path), host=found.host or "?", pid=found.pid)
    path = lock_path(db_path)
    path.unlink(missing_ok=True)  # stale
    content = f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n".encode()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:  # someone took it just now
        found = holder(db_path) or Holder(0, "?")
        raise DatabaseError("db.in_use", path=str(db_path), host=found.host or "?",
                            pid=found.pid) from None
    except OSError as exc:
        raise DatabaseError("db.cannot_open", path=str(path), detail=str(exc)) from exc
    try:
        os.write(fd, content)
    finally:
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
