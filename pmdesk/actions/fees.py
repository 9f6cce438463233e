"""Fees: the month's payment notices for every door."""

from __future__ import annotations

from pmdesk.actions.documents import Issued, keep, office
from pmdesk.core.money import fees
from pmdesk.core.money.amounts import period_text
from pmdesk.documents.fees import render_payment_notices


def print_payment_notices(*, period: int) -> Issued | None:
    """All 缴费通知单 of a month in one PDF, in room order, archived; None when the month has
    not been billed."""
    statements = fees.month_statements(period)
    if not statements:
        return None
    return keep(render_payment_notices(statements, office()), kind="payment_notice",
                subject=f"缴费通知单 {period_text(period)}")
