"""导出 Excel from any list: ask where, then write the sheet in the background and say how many
rows went out (`actions.exporting.export`, audited before the file is written)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from pmdesk.actions.exporting import export
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.tasks import run_task


def export_sheet(parent: QWidget, table: str, default_name: str, *, title: str = "",
                 counted: str = "", **options):
    """Ask where (a dialog titled `title`), then write an Excel sheet of `table` in the
    background and say what went out (`counted`: a sentence with {rows} and {path})."""
    name, _ = QFileDialog.getSaveFileName(parent, title or translate("Exports", "导出 Excel"),
                                          default_name,
                                          translate("Exports", "Excel 表格 (*.xlsx)"))
    if not name:
        return None
    if not name.lower().endswith(".xlsx"):
        name += ".xlsx"

    def done(rows: int) -> None:
        message = (counted or translate("Exports", "已导出 {rows} 行到 {path}")).format(
            rows=rows, path=name)
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(message, 10_000)
        QMessageBox.information(parent, translate("Exports", "导出完成"), message)

    return run_task(parent, lambda progress, cancel: export(table=table, path=name, **options),
                    on_done=done, on_error=lambda exc: show_error(parent, exc),
                    label=translate("Exports", "正在导出…"))
