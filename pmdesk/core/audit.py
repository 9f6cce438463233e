"""The audit trail: one append-only row for every change that matters (money, personal data,
office profile, restores). Database triggers refuse UPDATE and DELETE on it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pmdesk.core.models import AuditLog


def current_actor() -> str:
    """Who is acting: the operating-system user until logins exist."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def now() -> str:
    """The moment of a change as every table keeps it: `2026-11-27T09:15:02`."""
    return datetime.now().isoformat(timespec="seconds")


def record(action: str, entity: str, entity_id: int | None = None, **detail: Any) -> None:
    """Append an audit row; call inside the transaction that makes the change."""
    import json

    AuditLog.create(
        at=now(),
        actor=current_actor(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    )
