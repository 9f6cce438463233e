"""The document preview: the PDF as it will print, with 打印 and 另存为 PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.files import write_atomic
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error
from pmdesk.ui.printing import LoadedPdf, print_pdf


class PreviewDialog(QDialog):
    def __init__(self, data: bytes, title: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.title, self.file_name = data, title, file_name
        self.setWindowTitle(translate("PreviewDialog", "预览 — {title}").format(title=title))
        self.pdf = LoadedPdf(data)
        self.view = QPdfView()
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(translate("PreviewDialog", "共 {pages} 页").format(
            pages=self.pdf.pages))
        self.print_button = QPushButton(translate("PreviewDialog", "打印(&P)…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(translate("PreviewDialog", "另存为 PDF(&S)…"))
        self.fit_button = QPushButton(translate("PreviewDialog", "整页"))
        self.fit_button.setCheckable(True)
        close = QPushButton(translate("PreviewDialog", "关闭"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.fit_button.toggled.connect(self._fit)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, self.fit_button):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.pages_label)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        # on the screen whole (a 1366×768 office monitor too), a whole page in view at first
        screen = (parent.screen() if parent is not None
                  else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(900, screen.height() - 40))
        self.fit_button.setChecked(True)

    def _fit(self, whole_page: bool) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView if whole_page
                              else QPdfView.ZoomMode.FitToWidth)

    def print_document(self) -> int:
        return print_pdf(self, self.data, self.title)

    def save_pdf(self) -> str | None:
        name, _ = QFileDialog.getSaveFileName(self, translate("PreviewDialog", "另存为 PDF"),
                                              self.file_name,
                                              translate("PreviewDialog", "PDF 文件 (*.pdf)"))
        if not name:
            return None
        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        try:
            write_atomic(name, self.data)
        except PmdeskError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(self, translate("PreviewDialog", "已保存"),
                                translate("PreviewDialog", "已保存到 {path}").format(path=name))
        return name

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.print_document()
            return
        super().keyPressEvent(event)
