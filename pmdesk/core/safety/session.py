"""Who is acting: the account signed in to this process — the window, or a command given
`--user` — else the operating-system user (the command line and scripts before anyone set up
logins). The rights (`auth`) and the audit trail (`audit`) both ask here."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


_current: User | None = None
_recording_as: str | None = None


def current() -> User | None:
    """Who is signed in to this process, or None."""
    return _current


def act_as(user: User | None) -> None:
    """Make `user` the one acting (after a checked sign-in), or None to sign out."""
    global _current
    _current = user


def actor() -> str:
    """The name the audit trail and every record keep: the account signed in, else the
    operating-system user."""
    if _current is not None:
        return _current.name
    if _recording_as is not None:
        return _recording_as
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@contextmanager
def recording_as(name: str) -> Iterator[None]:
    """Inside, records that keep who made them say `name` when no one is signed in — the
    demo's entries carry its clerk, not the PC's user. Rights are not touched."""
    global _recording_as
    before, _recording_as = _recording_as, name
    try:
        yield
    finally:
        _recording_as = before
