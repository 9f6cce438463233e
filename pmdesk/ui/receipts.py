"""Receipts from the GUI: show one (issued, archived, marked 补打 when printed before) and void
one with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from pmdesk.actions.payments import issue_receipt
from pmdesk.core.errors import PmdeskError
from pmdesk.core.money import payments
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
    """Ask for the reason, confirm, void. Returns whether it was voided."""
    reason, ok = QInputDialog.getText(
        parent, translate("Receipts", "作废收据 {number}").format(number=receipt_no),
        translate("Receipts", "作废原因（必填，会记入审计记录）："))
    if not ok:
        return False
    answer = QMessageBox.question(parent, translate("Receipts", "作废收据"), translate(
        "Receipts", "作废收据 {number}？\n这笔款会从所冲抵的账单上撤回；收据保留在编号序列中，"
                    "标明“作废”。").format(number=receipt_no))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        with_approval(parent, lambda approver: payments.void(
            receipt_no=receipt_no, reason=reason, approved_by=approver))
    except PmdeskError as exc:
        show_error(parent, exc)
        return False
    return True
