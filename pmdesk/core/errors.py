"""Coded errors raised by the core.

The core holds no user-facing wording: every error carries a stable `code` and named `params`;
`pmdesk.error_messages` turns the code into one sentence in the user's language, for the GUI and
the CLI.
"""

from __future__ import annotations

from typing import Any


class PmdeskError(Exception):
    """An expected failure the user can understand and act on."""

    code = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationError(PmdeskError):
    """Bad input in one field; `field` names it so the UI can show the message beside it."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        self.field = field
        super().__init__(code, field=field, **params)


class NotFound(PmdeskError):
    """A record the user named does not exist."""


class DatabaseError(PmdeskError):
    """The database file cannot be used: missing, not ours, corrupt, too new, busy, disk full."""


class Cancelled(PmdeskError):
    """The user stopped long work (reading a large file) before it finished."""

    code = "task.cancelled"
