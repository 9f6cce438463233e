"""Day one: how far the office has come in setting pmdesk up — office details, the register,
the fee items, the first billing run, the desk's accounts — each step done or not, read from
the records themselves (nothing to tick by hand, nothing to forget to untick)."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.core.safety.db import db

STEPS = ("office", "register", "fee_items", "billing", "accounts")


@dataclass(frozen=True)
class Progress:
    office: bool
    households: int
    fee_items: int
    billed_months: int
    clerks: int  # active accounts besides the managers

    def done(self, step: str) -> bool:
        return {"office": self.office, "register": self.households > 0,
                "fee_items": self.fee_items > 0, "billing": self.billed_months > 0,
                "accounts": self.clerks > 0}[step]

    @property
    def finished(self) -> bool:
        return all(self.done(step) for step in STEPS)


def progress() -> Progress:
    office, households, items, months, clerks = db.execute_sql(
        "SELECT (SELECT count(*) FROM office_profile), (SELECT count(*) FROM unit), "
        "(SELECT count(*) FROM fee_item WHERE carried_over = 0), "
        "(SELECT count(DISTINCT period) FROM bill WHERE opening_id IS NULL), "
        "(SELECT count(*) FROM account WHERE active = 1 AND role <> 'manager')").fetchone()
    return Progress(bool(office), households, items, months, clerks)
