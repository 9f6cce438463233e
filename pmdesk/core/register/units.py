"""A household's unit, looked up in one place: its room code (which also tells that it exists)
and its current owners — 产权人 first, then co-owners, in the order they were registered."""

from __future__ import annotations

from pmdesk.core.errors import NotFound
from pmdesk.core.safety.db import db

_OWNERS = ("SELECT o.unit_id, p.name, p.phone FROM occupancy o JOIN person p "
           "ON p.id = o.person_id WHERE o.end_date IS NULL AND o.role IN ('owner', 'co_owner') "
           "{} ORDER BY o.unit_id, o.role = 'co_owner', o.id")


def unit_code(unit_id: int) -> str:
    """The unit's room code (`3-2-501`); `household.not_found` when there is no such unit."""
    row = db.execute_sql("SELECT code FROM unit WHERE id = ?", (unit_id,)).fetchone()
    if row is None:
        raise NotFound("household.not_found", number=unit_id)
    return row[0]


def codes(unit_ids: list[int] | set[int]) -> dict[int, str]:
    """The room code of each of `unit_ids` that exists."""
    ids = list(unit_ids)
    marks = ",".join("?" * len(ids)) or "NULL"
    return dict(db.execute_sql(f"SELECT id, code FROM unit WHERE id IN ({marks})", ids))


def owners(unit_ids: list[int] | None = None) -> dict[int, list[tuple[str, str]]]:
    """(name, phone) of the current owners of each unit — of every unit, or of `unit_ids`."""
    if unit_ids is None:
        rows = db.execute_sql(_OWNERS.format(""))
    else:
        marks = ",".join("?" * len(unit_ids)) or "NULL"
        rows = db.execute_sql(_OWNERS.format(f"AND o.unit_id IN ({marks})"), unit_ids)
    found: dict[int, list[tuple[str, str]]] = {}
    for unit_id, name, phone in rows:
        found.setdefault(unit_id, []).append((name, phone))
    return found


def owners_of(unit_id: int) -> list[tuple[str, str]]:
    return owners([unit_id]).get(unit_id, [])


def owner_names(unit_id: int) -> str:
    """The owners' names, 、-joined ('' when none is registered)."""
    return "、".join(name for name, _ in owners_of(unit_id))


def owner_names_by_unit() -> dict[int, tuple[str, str]]:
    """Per unit: its owners' names (、-joined) and the first owner's phone."""
    return {unit_id: ("、".join(name for name, _ in found), found[0][1])
            for unit_id, found in owners().items()}
