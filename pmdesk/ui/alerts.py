"""Showing outcomes to the clerk: coded core errors as one translated sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.db import coded
from pmdesk.error_messages import describe
from pmdesk.i18n import translate
from pmdesk.ui.excepthook import report_exception


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A coded error becomes a warning box; anything else goes to the crash reporter."""
    exc = coded(exc)
    if isinstance(exc, PmdeskError):
        QMessageBox.warning(parent, translate("Messages", "无法完成"), describe(exc))
        return

    report_exception(type(exc), exc, exc.__traceback__)
