"""The dossier for the law firm (委托律师材料): everything it needs to act for the office
against one household — the unit, the owners, the fee basis, every bill, the letters and their
delivery, the action log and any instalment agreement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmdesk.core import clock
from pmdesk.core.money.amounts import first_undue
from pmdesk.core.money.cases import Action, Case, actions, case
from pmdesk.core.money.demands import Letter, letters
from pmdesk.core.money.fees import fee_items
from pmdesk.core.money.instalments import Plan, plans
from pmdesk.core.money.payments import ledger
from pmdesk.core.register.units import owners_of, unit_code
from pmdesk.core.safety.db import db

# -- the dossier for the law firm -----------------------------------------------------------

@dataclass(frozen=True)
class Dossier:
    """Everything a law firm needs to act for the office against one household."""

    unit_id: int
    room: str
    area: int
    kind: str
    handover_date: str | None
    owners: tuple[tuple[str, str], ...]  # (name, phone)
    fee_items: tuple  # FeeItem, those billed to this household
    bills: tuple  # LedgerBill, oldest first
    letters: tuple[Letter, ...]
    deliveries: tuple[tuple[int, str, str, str], ...]  # letter id, method, date, tracking no.
    actions: tuple[Action, ...]
    plans: tuple[Plan, ...]
    case: Case | None
    as_of: date

    @property
    def overdue_bills(self) -> tuple:
        """The bills with 欠费: unpaid and fallen due before `as_of`."""
        first = first_undue(self.as_of)
        return tuple(bill for bill in self.bills if bill.owed and bill.period < first)

    @property
    def owed(self) -> int:
        """欠费, the figure of the letters and the arrears report."""
        return sum(bill.owed for bill in self.overdue_bills)

    @property
    def current(self) -> int:
        """This month's bill (and any billed ahead): unpaid but not yet due."""
        first = first_undue(self.as_of)
        return sum(bill.owed for bill in self.bills if bill.period >= first)


def dossier(unit_id: int) -> Dossier:
    unit_code(unit_id)
    room, area, kind, handover = db.execute_sql(
        "SELECT code, area, kind, handover_date FROM unit WHERE id = ?", (unit_id,)).fetchone()
    owners = tuple(owners_of(unit_id))
    billed = {name for (name,) in db.execute_sql(
        "SELECT DISTINCT f.name FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.unit_id = ?", (unit_id,))}
    book = ledger(unit_id)
    sent = tuple(reversed(letters(unit_id=unit_id)))
    marks = ",".join("?" * len(sent)) or "NULL"
    deliveries = tuple(db.execute_sql(
        f"SELECT letter_id, method, delivered_on, tracking_no FROM delivery "
        f"WHERE letter_id IN ({marks}) ORDER BY delivered_on", [s.id for s in sent]).fetchall())
    return Dossier(unit_id, room, area, kind, handover, owners,
                   tuple(item for item in fee_items() if item.name in billed),
                   tuple(sorted(book.bills, key=lambda b: (b.period, b.bill_id))), sent,
                   deliveries, tuple(reversed(actions(unit_id))), tuple(plans(unit_id)),
                   case(unit_id), clock.today())
