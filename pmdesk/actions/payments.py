"""At the cash desk: a payment with its receipt, and a receipt printed again."""

from __future__ import annotations

from datetime import date

from pmdesk.actions.documents import Issued, keep, office
from pmdesk.core import clock
from pmdesk.core.archive import was_issued
from pmdesk.core.money import payments
from pmdesk.core.money.fees import fee_settings
from pmdesk.core.safety import session
from pmdesk.core.settings import Profile
from pmdesk.documents.fees import paper as page_of
from pmdesk.documents.fees import render_receipt
from pmdesk.documents.layout import A4


def issue_receipt(*, payment_id: int, paper: str | None = None) -> Issued:
    """The receipt of a payment on the office's receipt paper (or `paper`: a4, receipt), in the
    copies (联) the office prints, marked 补打 when it was printed before, kept in the archive."""
    data = payments.receipt(payment_id)
    settings = fee_settings()
    page = page_of(paper or settings.receipt_paper)
    rendered = render_receipt(data, office(), page, copies=settings.receipt_copies,
                              reprint=was_issued("receipt", data.receipt_no))
    return keep(rendered, kind="receipt", subject=data.receipt_no, unit_id=data.unit_id)


def take_payment(*, unit_id: int, amount: int, method: str = "cash", payer: str | None = None,
                 paid_on: date | str | None = None, bill_ids: list[int] | None = None,
                 tendered: int | None = None, note: str = "", token: str | None = None,
                 approved_by: session.User | None = None, receipt: bool = True,
                 paper: str | None = None) -> tuple[payments.PaymentResult, Issued | None]:
    """收款: the payment (its receipt number taken in its transaction), then — committed — its
    receipt rendered and archived. A receipt that cannot be made after the commit leaves the
    payment standing; it is offered for printing at the next sign-in."""
    result = payments.pay(unit_id=unit_id, amount=amount, method=method, payer=payer,
                          paid_on=paid_on, bill_ids=bill_ids, tendered=tendered, note=note,
                          token=token, approved_by=approved_by)
    issued = issue_receipt(payment_id=result.payment_id, paper=paper) if receipt else None
    return result, issued


def warm_up() -> None:
    """Load the fonts and reportlab's machinery before the first payment at the counter, so
    the first receipt of the day comes as fast as the rest (called in the background)."""
    line = payments.ReceiptLine(202601, "物业服务费", "area", 10000, 10000, 100)
    sample = payments.Receipt(0, "0000-000000", 0, "1-101", 10000, "预热", "cash", 100, 100,
                              clock.today().isoformat(), "-", (line,), 0, None, "")
    render_receipt(sample, Profile("预热", "预热"), A4)
