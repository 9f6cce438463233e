"""The audit trail: one append-only row for every change that matters (money, personal data,
exports, logins, accounts, restores). Database triggers refuse UPDATE and DELETE on it, and each
row carries the hash of the one before (docs reliability §6.2): a row edited or removed with the
triggers dropped breaks the chain, which "检查数据库" reports and the 收费日报 makes visible on
paper by printing the day's last hash."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pmdesk.core import clock
from pmdesk.core.errors import NotFound
from pmdesk.core.safety import session
from pmdesk.core.safety.chain import GENESIS, chain_hash
from pmdesk.core.safety.db import db, fetch_all, like_literal, one_writer
from pmdesk.core.validate import storable


def record(action: str, entity: str, entity_id: int | None = None, **detail: Any) -> None:
    """Append a chained audit row; inside the caller's transaction when there is one."""
    user = session.current()
    role = user.role if user is not None else ""
    text = storable(json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str))
    with db.atomic():
        one_writer("audit_log")  # the chain has one head: desks on a server extend it in turn
        last = db.execute_sql("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
                              ).fetchone()
        row_id, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at, actor = clock.stamp(), session.actor()
        digest = chain_hash(previous, row_id, at, actor, role, action, entity, entity_id, text)
        db.execute_sql("INSERT INTO audit_log (id, at, actor, role, action, entity, entity_id, "
                       "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (row_id, at, actor, role, action, entity, entity_id, text, previous,
                        digest))


def update_changed(table: str, row_id: int, new: dict[str, Any], *, missing: str,
                   key: str = "id", action: str = "", entity: str = "", stamp: str = "",
                   shown: Callable[[str, Any], Any] = lambda key, value: value,
                   hidden: tuple[str, ...] = (),
                   guard: Callable[[dict, dict], dict] | None = None,
                   **detail: Any) -> dict[str, Any]:
    """Write the columns of `new` that differ from the stored row, in one transaction, and
    audit them as before/after (`action`, default `<table>.update`; `shown` masks what the
    trail must not keep whole, `hidden` is left out; `stamp` names a column set to the time).
    `guard(changed, old)` may refuse the change, or return more details for the entry. Returns the
    columns that changed."""
    with db.atomic():
        row = db.execute_sql(f"SELECT {', '.join(new)} FROM {table} WHERE {key} = ?",
                             (row_id,)).fetchone()
        if row is None:
            raise NotFound(missing, number=row_id)
        old = dict(zip(new, row, strict=True))
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return changed
        extra = guard(changed, old) if guard else {}
        writes = {**changed, **({stamp: clock.stamp()} if stamp else {})}
        sets = ", ".join(f"{column} = ?" for column in writes)
        db.execute_sql(f"UPDATE {table} SET {sets} WHERE {key} = ?", (*writes.values(), row_id))
        keys = [k for k in changed if k not in hidden]
        record(action or f"{table}.update", entity or table, row_id, **detail,
               before={k: shown(k, old[k]) for k in keys},
               after={k: shown(k, changed[k]) for k in keys}, **extra)
    return changed


def chain_problems(limit: int = 20) -> list[str]:
    """Where the chain is broken: rows whose hash does not match their content or whose link
    does not match the row before (a row edited, removed or inserted behind the app's back)."""
    problems: list[str] = []
    previous, expected_id = GENESIS, None
    cursor = db.execute_sql("SELECT id, at, actor, role, action, entity, entity_id, detail, "
                            "prev_hash, hash FROM audit_log ORDER BY id")
    for row in cursor:
        row_id, stored_prev, stored = row[0], row[8], row[9]
        if expected_id is not None and row_id != expected_id:
            problems.append(f"audit: rows {expected_id}–{row_id - 1} missing")
        if stored_prev != previous:
            problems.append(f"audit: row {row_id} does not follow the row before it")
        if chain_hash(stored_prev, *row[:8]) != stored:
            problems.append(f"audit: row {row_id} was changed after it was written")
        previous, expected_id = stored, row_id + 1
        if len(problems) >= limit:
            break
    return problems


def day_hash(day: date | str) -> tuple[int, str]:
    """(rows up to the end of `day`, the last of their hashes): printed on the day's report."""
    end = f"{day}T23:59:59" if isinstance(day, str) else f"{day.isoformat()}T23:59:59"
    row = db.execute_sql("SELECT id, hash FROM audit_log WHERE at <= ? ORDER BY id DESC LIMIT 1",
                         (end,)).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    actor: str
    role: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict[str, Any]


def entries(*, first: str | None = None, last: str | None = None, actor: str | None = None,
            action_prefix: str | tuple[str, ...] | None = None, text: str | None = None,
            limit: int = 5000) -> list[Entry]:
    """The trail, newest first, filtered by day range (ISO dates), actor, kinds of action
    (`payment.`, or several prefixes) and any text in the details."""
    sql = ("SELECT id, at, actor, role, action, entity, entity_id, detail FROM audit_log "
           "WHERE 1 = 1")
    params: list[object] = []
    if first:
        sql += " AND at >= ?"
        params.append(first)
    if last:
        sql += " AND at <= ?"
        params.append(f"{last}T23:59:59")
    if actor:
        sql += " AND actor = ?"
        params.append(actor)
    if action_prefix:
        prefixes = (action_prefix,) if isinstance(action_prefix, str) else action_prefix
        sql += " AND (" + " OR ".join(["action LIKE ? ESCAPE '\\'"] * len(prefixes)) + ")"
        params += [like_literal(prefix) + "%" for prefix in prefixes]
    if text:
        sql += " AND (detail LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\')"
        params += [f"%{like_literal(text)}%"] * 2
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return [Entry(**{**entry.__dict__, "detail": json.loads(entry.detail)})
            for entry in fetch_all(Entry, sql, params)]


# What entries name by id, and how to name it in words: a room, a person, an event, a sign-up
# (its room), a stay (room and person).
_NAMES = {
    "unit": "SELECT id, code FROM unit WHERE id IN ({})",
    "person": "SELECT id, name FROM person WHERE id IN ({})",
    "event": "SELECT id, title FROM event WHERE id IN ({})",
    "signup": "SELECT s.id, u.code FROM signup s JOIN unit u ON u.id = s.unit_id "
              "WHERE s.id IN ({})",
    "occupancy": "SELECT o.id, u.code || ' ' || p.name FROM occupancy o "
                 "JOIN unit u ON u.id = o.unit_id JOIN person p ON p.id = o.person_id "
                 "WHERE o.id IN ({})",
}


def names(found: list[Entry]) -> dict[str, dict[int, str]]:
    """The rooms, people, events, sign-ups and stays that `found` refers to by id, so the
    trail reads in words (`3-2-501 递补`, never `moved_up=[468]`)."""
    wanted: dict[str, set[int]] = {kind: set() for kind in _NAMES}

    def want(kind: str, value: object) -> None:
        values = value if isinstance(value, list) else [value]
        wanted[kind].update(v for v in values if isinstance(v, int) and not isinstance(v, bool))

    for entry in found:
        if entry.entity in wanted and entry.entity_id is not None:
            want(entry.entity, entry.entity_id)
        for key, kind in (("unit_id", "unit"), ("person_id", "person"), ("moved_up", "signup"),
                          ("signup", "signup")):
            want(kind, entry.detail.get(key))
    result: dict[str, dict[int, str]] = {kind: {} for kind in _NAMES}
    for kind, ids in wanted.items():
        chosen = sorted(ids)
        for start in range(0, len(chosen), 500):  # older SQLite builds allow 999 parameters
            part = chosen[start:start + 500]
            result[kind].update(db.execute_sql(_NAMES[kind].format(",".join("?" * len(part))),
                                               part).fetchall())
    return result


def actors() -> list[str]:
    return [name for (name,) in db.execute_sql("SELECT DISTINCT actor FROM audit_log "
                                               "ORDER BY actor")]
