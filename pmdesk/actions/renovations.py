"""装修管理's documents, issued and archived in one place for the window and the command line: the
装修许可证 for the household's door (only once approved and the deposit paid in full), the
装修公告 for its stairwell, the 装修押金退还单 and the day's 装修垃圾清运单."""

from __future__ import annotations

from datetime import date

from pmdesk.actions.documents import Issued, issue, office
from pmdesk.core.errors import ValidationError
from pmdesk.core.money import deposits
from pmdesk.core.money.amounts import yuan
from pmdesk.core.service import renovations
from pmdesk.documents import renovations as forms
from pmdesk.documents.pdf import chinese_date, render


def print_permit(renovation_id: int) -> Issued:
    """装修许可证: refused until the registration is approved and its deposit paid in full. On
    one page: a long list of workers with a long description of the works is set two workers
    to a row."""
    r = renovations.renovation(renovation_id)
    if r.status != "approved":
        raise ValidationError("status", "renovation.not_approved", number=r.number)
    if r.deposit_paid < r.deposit_due:
        raise ValidationError("deposit", "renovation.permit_unpaid", due=yuan(r.deposit_due),
                              paid=yuan(r.deposit_paid))
    workers, rules, profile = renovations.workers(renovation_id), renovations.settings(), office()
    letter = forms.permit(r, workers, rules, profile.phone)
    if len(workers) > 1 and render([letter], profile).pages > 1:  # a long list, long works
        letter = forms.permit(r, workers, rules, profile.phone, compact=True)
    return issue(letter, kind="renovation_permit", subject=f"{r.number} {r.room} 装修许可证",
                 unit_id=r.unit_id, keywords=[r.number, r.company, r.foreman])


def print_notice(renovation_id: int) -> Issued:
    """装修公告 for the household's stairwell (it names the room, never the owner): for approved
    works only."""
    r = renovations.renovation(renovation_id)
    if r.status != "approved":
        raise ValidationError("status", "renovation.not_approved", number=r.number)
    letter = forms.stairwell_notice(r, renovations.settings(), office().phone)
    return issue(letter, kind="renovation_notice", subject=f"{r.number} {r.room} 装修公告",
                 unit_id=r.unit_id, keywords=[r.number])


def print_refund(number: str) -> Issued:
    """装修押金退还单 `number` (TK2026-001), as often as it is asked for."""
    refund = deposits.refund_of(number)
    r = renovations.renovation(refund.renovation_id)
    return issue(forms.refund_voucher(refund, r), kind="deposit_refund",
                 subject=f"{refund.number} {r.room} 装修押金退还单", unit_id=r.unit_id,
                 keywords=[refund.number, r.number])


def print_clearance_list(day: date) -> Issued:
    """The day's 装修垃圾清运单 for the cleaning team, slot by slot."""
    found = renovations.clearance_day(day)
    return issue(forms.clearance_list(day, found), kind="clearance_list",
                 subject=f"装修垃圾清运单 {chinese_date(day)}（{len(found)} 户）",
                 keywords=[day.isoformat(), *dict.fromkeys(
                     key for b in found for key in (b.number, b.room))])
