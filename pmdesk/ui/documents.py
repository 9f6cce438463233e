"""Issuing a document from the GUI: check the office profile and the characters, render, keep it
in the archive, show the preview. Shared by every dialog that writes a letter."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pmdesk.actions import documents
from pmdesk.core.archive import document_pdf
from pmdesk.core.errors import PmdeskError
from pmdesk.i18n import QT_TRANSLATE_NOOP, translate
from pmdesk.labels import label
from pmdesk.ui.alerts import show_error
from pmdesk.ui.dialogs.preview import PreviewDialog
from pmdesk.ui.tasks import run_task

KIND_LABELS = {
    "notice": QT_TRANSLATE_NOOP("Documents", "通知"),
    "certificate": QT_TRANSLATE_NOOP("Documents", "证明"),
    "receipt": QT_TRANSLATE_NOOP("Documents", "收据"),
    "payment_notice": QT_TRANSLATE_NOOP("Documents", "缴费通知单"),
    "price_list": QT_TRANSLATE_NOOP("Documents", "收费公示"),
    "daily_report": QT_TRANSLATE_NOOP("Documents", "收费日报"),
    "demand_letter": QT_TRANSLATE_NOOP("Documents", "催缴通知书"),
    "delivery_sheet": QT_TRANSLATE_NOOP("Documents", "送达签收单"),
    "arrears_notice": QT_TRANSLATE_NOOP("Documents", "收缴情况公示"),
    "dossier": QT_TRANSLATE_NOOP("Documents", "委托律师材料"),
    "instalment_agreement": QT_TRANSLATE_NOOP("Documents", "分期协议"),
    "work_order": QT_TRANSLATE_NOOP("Documents", "报修派工单"),
    "result_notice": QT_TRANSLATE_NOOP("Documents", "投诉处理结果告知书"),
    "daily_register": QT_TRANSLATE_NOOP("Documents", "投诉报修每日登记表"),
    "event_poster": QT_TRANSLATE_NOOP("Documents", "活动通知"),
    "signup_sheet": QT_TRANSLATE_NOOP("Documents", "报名表"),
    "signin_sheet": QT_TRANSLATE_NOOP("Documents", "签到表"),
    "opening": QT_TRANSLATE_NOOP("Documents", "期初余额导入确认单"),
    "survey_form": QT_TRANSLATE_NOOP("Documents", "满意度调查问卷"),
    "survey_notice": QT_TRANSLATE_NOOP("Documents", "满意度调查结果公示"),
    "survey_report": QT_TRANSLATE_NOOP("Documents", "满意度调查报告"),
    "incident_notice": QT_TRANSLATE_NOOP("Documents", "停水停电等事件通知"),
    "incident_calls": QT_TRANSLATE_NOOP("Documents", "事件住户告知名单"),
    "incident_report": QT_TRANSLATE_NOOP("Documents", "事件情况说明"),
    "renovation_permit": QT_TRANSLATE_NOOP("Documents", "装修许可证"),
    "renovation_notice": QT_TRANSLATE_NOOP("Documents", "装修公告"),
    "deposit_refund": QT_TRANSLATE_NOOP("Documents", "押金退还单"),
    "clearance_list": QT_TRANSLATE_NOOP("Documents", "装修垃圾清运单"),
}


def kind_label(kind: str) -> str:
    return label(KIND_LABELS, kind, "Documents")


def issue_letter(parent: QWidget | None, letter, *, kind: str, subject: str,
                 unit_id: int | None = None, unit_ids: Iterable[int] = (),
                 keywords: Iterable[str] = ()) -> int | None:
    """Render `letter` on the office letterhead, archive it and open the preview.

    Returns the archive number, or None when the clerk stopped or something failed (already
    explained to the clerk).
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        issued = documents.issue(letter, kind=kind, subject=subject, unit_id=unit_id,
                                 unit_ids=unit_ids, keywords=keywords)
    except PmdeskError as exc:
        QApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QApplication.restoreOverrideCursor()
    show_issued(parent, issued, kind)
    return issued.number


def show_issued(parent: QWidget | None, issued, kind: str) -> None:
    """The preview of a document just issued (`actions.documents.Issued`)."""
    open_preview(parent, issued.pdf, issued.subject, f"{kind_label(kind)}-{issued.number}.pdf")


def issue_in_background(parent: QWidget, work: Callable[[], object], kind: str) -> None:
    """Issue a document (`work()` returns its `Issued`) away from the window's thread, then
    preview it; a failure is explained to the clerk."""
    run_task(parent, lambda progress, cancel: work(),
             on_done=lambda issued: show_issued(parent, issued, kind),
             on_error=lambda exc: show_error(parent, exc),
             label=translate("Documents", "正在生成…"))


def open_archived(parent: QWidget | None, number: int, subject: str, kind: str) -> None:
    try:
        data = document_pdf(number)
    except PmdeskError as exc:
        show_error(parent, exc)
        return
    open_preview(parent, data, subject, f"{kind_label(kind)}-{number}.pdf")


def open_preview(parent: QWidget | None, data: bytes, subject: str, file_name: str) -> None:
    PreviewDialog(data, subject, file_name, parent).exec()
