"""The office's clock: the one place pmdesk reads the date and the time.

Every date and moment the app stores, compares or prints comes from here, in the office's time
zone — China Standard Time (UTC+8, no daylight saving since 1991) — as naive values, the way
every table keeps them (`2026-11-27T09:15:02`). So a PC whose time zone is set wrongly still
dates receipts by the office's day, and a test can pin the clock to any moment (`pin()`): the
suite never depends on the day of the week or the hour it runs at.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

OFFICE_TZ = timezone(timedelta(hours=8), "CST")

_pinned: datetime | None = None


def now() -> datetime:
    """The office's time now (naive, office time zone)."""
    if _pinned is not None:
        return _pinned
    return datetime.now(OFFICE_TZ).replace(tzinfo=None)


def today() -> date:
    """The office's date today."""
    return now().date()


def stamp() -> str:
    """The moment of a change as every table keeps it: `2026-11-27T09:15:02`."""
    return now().isoformat(timespec="seconds")


def from_timestamp(seconds: float) -> datetime:
    """A file's modification time (seconds since the epoch) as office time."""
    return datetime.fromtimestamp(seconds, OFFICE_TZ).replace(tzinfo=None)


def pinned() -> datetime | None:
    """The moment the clock is pinned at, or None while it runs (to pin it back after)."""
    return _pinned


def pin(moment: datetime | None) -> None:
    """Stop the clock at `moment` (office time), or let it run again with None. For tests and
    for reproducible demonstrations; the running app never pins it."""
    global _pinned
    if moment is not None and moment.tzinfo is not None:
        moment = moment.astimezone(OFFICE_TZ).replace(tzinfo=None)
    _pinned = moment
