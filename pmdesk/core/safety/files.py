"""Reading the files a clerk chooses, and writing files so that a failure never leaves a
broken or empty file under the final name:
temporary file beside the target, flush, fsync, rename (docs reliability §2.4) — and so that an
output never replaces what must not be replaced: the open database, its companion files, the
backups folder, any SQLite database, or something that is not a regular file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import db as dbmod
from pmdesk.core.safety.location import backup_dir, is_companion, path_key

SQLITE_HEADER = b"SQLite format 3\x00"


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output(path: Path | str) -> Path:
    """Raise `file.protected` or `file.not_regular` unless `path` may be (re)written with an
    export or a document; return it."""
    path = Path(path)
    if path.exists():
        if not Path(os.path.realpath(path)).is_file():
            raise PmdeskError("file.not_regular", path=str(path))
        if _is_database(path):
            raise PmdeskError("file.protected", path=str(path))
    live = dbmod.current_path()
    if live is not None and (is_companion(path, live) or
                             path_key(path).startswith(path_key(backup_dir(live)) + os.sep)):
        raise PmdeskError("file.protected", path=str(path))
    return path


def read_input(path: Path | str, *, limit: int | None = None) -> bytes:
    """The bytes of a file chosen to be read (a roster, a photo, a letter's text), whole. Only
    a regular file: opening a pipe or a device waits for ever (`file.not_a_file`); one larger
    than `limit` is refused before it is read (`file.too_large`)."""
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise PmdeskError("file.not_a_file", path=str(path))
        if limit is not None and info.st_size > limit:
            raise PmdeskError("file.too_large", path=str(path), max_mb=limit >> 20)
        return path.read_bytes()
    except OSError as exc:
        raise PmdeskError("file.read_failed", path=str(path), detail=exc.strerror or str(exc)) \
            from exc


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` all at once or not at all; return the path written."""
    path = check_output(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise PmdeskError("file.write_failed", path=str(path), detail=exc.strerror or str(exc)) \
            from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
    return path
