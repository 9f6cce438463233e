"""Day one: how far the office has come in setting pmdesk up — office details, the register,
the fee items, the balances brought from the old ledger, the first billing run, the desk's
accounts — each step done or not, read from the records themselves (nothing to forget to
untick). The one thing said by hand: that the office brings no opening balances."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.core.safety import audit
from pmdesk.core.safety.db import db

STEPS = ("office", "register", "fee_items", "opening", "billing", "accounts")
NO_OPENING = "first_day.no_opening"  # the office said it brings no opening balances


@dataclass(frozen=True)
class Progress:
    office: bool
    households: int
    fee_items: int
    billed_months: int
    clerks: int  # active accounts besides the managers
    opening_batches: int = 0  # imports of opening balances not undone
    no_opening: bool = False

    def done(self, step: str) -> bool:
        return {"office": self.office, "register": self.households > 0,
                "fee_items": self.fee_items > 0,
                "opening": self.opening_batches > 0 or self.no_opening,
                "billing": self.billed_months > 0, "accounts": self.clerks > 0}[step]

    @property
    def finished(self) -> bool:
        return all(self.done(step) for step in STEPS)


def progress() -> Progress:
    office, households, items, months, clerks, batches, none = db.execute_sql(
        "SELECT (SELECT count(*) FROM office_profile), (SELECT count(*) FROM unit), "
        "(SELECT count(*) FROM fee_item WHERE carried_over = 0), "
        "(SELECT count(DISTINCT period) FROM bill WHERE opening_id IS NULL), "
        "(SELECT count(*) FROM account WHERE active = 1 AND role <> 'manager'), "
        "(SELECT count(*) FROM opening_batch WHERE id NOT IN "
        "(SELECT batch_id FROM opening_undo)), "
        "(SELECT count(*) FROM setting WHERE key = ? AND value = '1')",
        (NO_OPENING,)).fetchone()
    return Progress(bool(office), households, items, months, clerks, batches, bool(none))


def set_no_opening(none: bool = True) -> None:
    """Say that the office brings no opening balances (or take it back)."""
    with db.atomic():
        db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                       "DO UPDATE SET value = excluded.value", (NO_OPENING, "1" if none else "0"))
        audit.record("first_day.no_opening", "setting", None, value=none)
