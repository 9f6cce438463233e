"""Fees: the month's payment notices for every door."""

from __future__ import annotations

from pmdesk.actions.documents import Issued, keep, office, refuse_unprintable
from pmdesk.core.money import fees
from pmdesk.core.money.amounts import period_text
from pmdesk.documents.fees import render_payment_notices


def print_payment_notices(*, period: int, building: str | None = None) -> Issued | None:
    """The 缴费通知单 of a month (of one building) in one PDF, in room order, archived, for the
    households with something left to pay; None when there is none."""
    statements = fees.month_statements(period, building=building, owing_only=True)
    if not statements:
        return None
    refuse_unprintable(*(text for s in statements for text in (s.owner, s.room)),
                       *{line.item for s in statements for line in s.lines})
    rendered = render_payment_notices(statements, office(),
                                      days=fees.fee_settings().notice_days)
    where = f" {building}栋" if building else ""
    return keep(rendered, kind="payment_notice",
                subject=f"缴费通知单 {period_text(period)}{where} {len(statements)} 户",
                unit_ids=[s.unit_id for s in statements])
