"""One search box for the front desk: a room in any spelling or its start, a name or part of
it, pinyin initials or full pinyin, a phone number or its last digits, a plate number.

The index is held in memory, one entry per household, each a few plain strings searched with
`in` (a few milliseconds a query at 20,000 households); it is built with two queries when the
register opens and rebuilt after changes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from pmdesk.core.register.residents import current_people
from pmdesk.core.register.rooms import split_room
from pmdesk.core.safety.db import db


def _plate(text: str) -> str:
    """`浙A·D12345`, `浙a d12345` → `浙AD12345`."""
    return re.sub(r"[\s·.\-]", "", text).upper()


class _Entry(NamedTuple):
    unit_id: int
    code: str
    code_dash: str  # "3-2-501-": a prefix ending in "-" matches whole parts only
    tail: str  # the room part after a "-", for "501" or "5" matching rooms
    depth: int  # parts in the code: 3 for 3-2-501, 2 for 12-101
    names: str  # lower-cased, each preceded by \x1f
    pinyin: str  # each key preceded by a space
    phones: str  # digits only, each preceded by a space
    plates: str


class SearchIndex:
    def __init__(self) -> None:
        self.entries: list[_Entry] = []

    def load(self) -> SearchIndex:
        people = current_people()
        plates: dict[int, list[str]] = {}
        for unit_id, plate in db.execute_sql(
                "SELECT unit_id, plate FROM vehicle WHERE end_date IS NULL"):
            plates.setdefault(unit_id, []).append(_plate(plate))
        entries = []
        for uid, code in db.execute_sql("SELECT id, code FROM unit"):  # id order; callers
            # keep the order of their own list (household_ids)
            persons = people.get(uid, ())
            entries.append(_Entry(
                uid, code, code + "-", "-" + code.rsplit("-", 1)[-1], code.count("-") + 1,
                "".join("\x1f" + p[1].lower() for p in persons),
                "".join(f" {key}" for p in persons for key in f"{p[4]} {p[5]}".split()),
                "".join(" " + re.sub(r"\D", "", phone) for p in persons for phone in p[2:4]
                        if phone),
                " ".join(plates.get(uid, ()))))
        self.entries = entries
        return self

    def find(self, query: str) -> set[int] | None:
        """The unit ids matching `query`; None for an empty query (everything matches)."""
        text = unicodedata.normalize("NFKC", query).strip()
        if not text:
            return None
        entries = self.entries
        hits: set[int] = set()
        room = split_room(text)
        if room is not None and (len(room) > 1 or re.search(r"[栋幢座楼#\-]", text)):
            whole = "-".join(room)
            whole_dash = whole + "-"
            depth = len(room)
            hits.update(e.unit_id for e in entries
                        if e.code_dash.startswith(whole_dash)
                        or (e.depth == depth and e.code.startswith(whole)))
        digits = re.sub(r"\s", "", text)
        if digits.isdigit() and len(digits) >= 3:
            room_start = "-" + digits
            hits.update(e.unit_id for e in entries
                        if digits in e.phones or e.tail.startswith(room_start))
        if re.search(r"[^\x00-\x7f]", text):
            needle = text.lower()
            hits.update(e.unit_id for e in entries if needle in e.names)
        letters = text.lower().replace(" ", "")
        if re.fullmatch(r"[a-z]+", letters):
            prefix = " " + letters
            hits.update(e.unit_id for e in entries if prefix in e.pinyin or letters in e.names)
        plate = _plate(text)
        if len(plate) >= 3 and re.search(r"\d", plate) and re.search(r"[A-Z]", plate) \
                and re.fullmatch(r"\w+", plate):
            hits.update(e.unit_id for e in entries if plate in e.plates)
        return hits
