"""Receipts from the GUI: show one (issued, archived, marked 补打 when printed before) and void
one with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from pmdesk.actions.payments import issue_receipt
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money import payments
from pmdesk.core.money.amounts import money_text
from pmdesk.core.money.payments import receipt
from pmdesk.i18n import translate
from pmdesk.ui.access import with_approval
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.preview import PreviewDialog


def show_receipt(parent: QWidget | None, payment_id: int) -> bool:
    """Render the receipt on the office's receipt paper and open the preview to print it."""
    try:
        issued = issue_receipt(payment_id=payment_id)
    except PmdeskError as exc:
        show_error(parent, exc)
        return False
    preview_receipt(parent, issued, receipt(payment_id).receipt_no)
    return True


def preview_receipt(parent: QWidget | None, issued, number: str) -> None:
    title = translate("Receipts", "收据 {number}").format(number=number)
    PreviewDialog(issued.pdf, title, f"收据-{number}.pdf", parent).exec()


def void_receipt(parent: QWidget | None, receipt_no: str) -> bool:
    """Ask for the reason, confirm, void — naming the receipt, its household, payer and
    amount at each step, so the clerk voids the one meant. Returns whether it was voided."""
    try:
        r = receipt(payments.receipt_id(receipt_no))
    except PmdeskError as exc:
        show_error(parent, exc)
        return False
    which = translate("Receipts", "收据 {number}（{room} {payer}，{amount}，{day}）").format(
        number=r.receipt_no, room=r.room, payer=r.payer, amount=money_text(r.amount),
        day=r.paid_on)
    reason, ok = QInputDialog.getText(
        parent, translate("Receipts", "作废收据 {number}").format(number=receipt_no),
        translate("Receipts", "作废{which}\n\n作废原因（必填，会记入审计记录）：").format(
            which=which))
    if not ok:
        return False
    answer = QMessageBox.question(parent, translate("Receipts", "作废收据"), translate(
        "Receipts", "作废{which}？\n这笔款会从所冲抵的账单上撤回；收据保留在编号序列中，"
                    "标明“作废”。").format(which=which))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with_approval(parent, lambda approver: payments.void(
            receipt_no=receipt_no, reason=reason, approved_by=approver))
    except PmdeskError as exc:
        show_error(parent, exc)
        return False
    return True
