"""The hash chain of the audit trail (docs reliability §6.2): each row carries the SHA-256 of the
row before it and of its own columns, so a row edited or removed behind the app's back breaks
the chain. Pure hashing: the audit trail writes the rows, the schema step that introduced the
chain hashed the rows kept before it, the 收费日报 prints the check code."""

from __future__ import annotations

import hashlib
import json

GENESIS = "0" * 64


def chain_hash(previous: str, row_id: int, at: str, actor: str, role: str, action: str,
               entity: str, entity_id: int | None, detail: str) -> str:
    """sha256 of the previous row's hash and this row's every column."""
    payload = json.dumps([previous, row_id, at, actor, role, action, entity, entity_id, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def check_code(digest: str) -> str:
    """The first 16 hex digits of a chain hash in groups of four, as printed on paper."""
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))
