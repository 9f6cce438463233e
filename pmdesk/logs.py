"""The log file in the user's log folder, shared by the GUI and the command line.

The file is opened only when something is logged; once it passes LOG_MAX_BYTES the previous
log is kept as `pmdesk.log.1`.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_MAX_BYTES = 1_000_000
logger = logging.getLogger("pmdesk")


def setup_logging() -> Path | None:
    """Attach the log file to the `pmdesk` logger (once); return its path, None if unwritable."""
    for existing in logger.handlers:
        if isinstance(existing, logging.FileHandler):
            return Path(existing.baseFilename)
    from pmdesk.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "pmdesk.log"
        if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
            log_file.replace(log_file.with_name("pmdesk.log.1"))
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return log_file
