"""The log file in the user's log folder, shared by the GUI and the command line.

The file is opened only when something is logged; once it passes LOG_MAX_BYTES the previous
log is kept as `pmdesk.log.1`. ID numbers and mobile phone numbers are masked in everything
written there and in crash reports (docs reliability §8.5 D8): an exception's message may quote
what the clerk typed.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from pmdesk.paths import log_dir

LOG_MAX_BYTES = 1_000_000
logger = logging.getLogger("pmdesk")
_ID_NUMBER = re.compile(r"(?<![0-9])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])")


def scrub(text: str) -> str:
    """`110101199003071234` → `110101********1234`, `13800138000` → `138****8000`."""
    return _MOBILE.sub(r"\1****\2", _ID_NUMBER.sub(r"\1********\2", text))


class _ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging() -> Path | None:
    """Attach the log file to the `pmdesk` logger (once); return its path, None if unwritable."""
    for existing in logger.handlers:
        if isinstance(existing, logging.FileHandler):
            return Path(existing.baseFilename)

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "pmdesk.log"
        if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
            log_file.replace(log_file.with_name("pmdesk.log.1"))
        handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return log_file
