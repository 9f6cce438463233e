"""Writing files so that a failure never leaves a broken or empty file under the final name:
temporary file beside the target, flush, fsync, rename (docs reliability §2.4)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pmdesk.core.errors import PmdeskError


def write_atomic(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` all at once or not at all; return the path written."""
    path = Path(path)
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
