"""Room numbers in every spelling the office uses, and their one canonical form.

`3-2-501`, `3栋2单元501`, `3栋2单元501室`, `3幢2单元501`, `3号楼2单元501室`, `３－２－５０１` all
mean building 3, stairwell (单元) 2, room 501, spelled `3-2-501`; a building without stairwells
gives `12-101`. Building, stairwell and room are digits or Latin letters (`A-1-101`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pmdesk.core.errors import ValidationError

_PART = r"[0-9A-Z]+"
_CHINESE = re.compile(
    rf"^(?P<b>{_PART})(?:号楼|栋|幢|座|号|楼)"
    rf"(?:(?P<s>{_PART})单元)?"
    rf"(?:(?P<r>{_PART})(?:室|号)?)?$"
)
_SEPARATORS = re.compile(r"\s*[-－—–_/\\.·]\s*|\s+")


@dataclass(frozen=True)
class RoomCode:
    building: str
    stairwell: str
    room: str

    def __str__(self) -> str:
        parts = (self.building, self.stairwell, self.room) if self.stairwell \
            else (self.building, self.room)
        return "-".join(parts)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().upper()
    return text.replace("＃", "#").replace("#", "-")


def split_room(text: str) -> list[str] | None:
    """The parts of a (possibly partial) room spelling, or None if it is not one.

    `3栋2单元` → ['3', '2']; `3-2-50` → ['3', '2', '50']; `张伟` → None.
    """
    text = _normalize(text)
    if not text:
        return None
    match = _CHINESE.match(text)
    if match:
        return [p for p in (match["b"], match["s"], match["r"]) if p]
    text = re.sub(r"室$", "", text)
    parts = _SEPARATORS.split(text.strip("-"))
    if all(re.fullmatch(_PART, p) for p in parts) and any(c.isdigit() for c in text):
        return parts
    return None


def parse_room(text: object, *, field: str = "room") -> RoomCode:
    """A complete room number; ValidationError('room.invalid') otherwise."""
    parts = split_room(str(text or ""))
    if parts is None or len(parts) not in (2, 3):
        raise ValidationError(field, "room.invalid", value=str(text or ""))
    if len(parts) == 2:
        return RoomCode(parts[0], "", parts[1])
    return RoomCode(*parts)


def floor_of(room: str) -> int | None:
    """The floor a room number names: 501 → 5, 1203 → 12, 0802 → 8."""
    digits = re.match(r"\d+", room)
    if not digits or len(digits.group()) < 3:
        return None
    return int(digits.group()[:-2])
