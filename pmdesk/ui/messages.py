"""Showing outcomes to the clerk: coded core errors as one translated sentence."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.i18n import translate


def coded(exc: BaseException) -> BaseException:
    """An SQLite failure (disk full, I/O error, busy, read-only) as the coded error that names
    its real cause; anything else as it is."""
    from pmdesk.core.safety.db import root_sqlite_error, sqlite_failure

    if not isinstance(exc, PmdeskError) and root_sqlite_error(exc) is not None:
        return sqlite_failure(exc)
    return exc


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A coded error becomes a warning box; anything else goes to the crash reporter."""
    exc = coded(exc)
    if isinstance(exc, PmdeskError):
        from pmdesk.messages import describe

        QMessageBox.warning(parent, translate("Messages", "无法完成"), describe(exc))
        return
    from pmdesk.ui.excepthook import report_exception

    report_exception(type(exc), exc, exc.__traceback__)
