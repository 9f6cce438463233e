"""Showing a coded error where the clerk typed: one sentence under the form, the field marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety.db import coded
from pmdesk.error_messages import describe
from pmdesk.i18n import translate

ERROR_COLOR = "#b00020"


def button(text: str, slot, tip: str = "") -> QPushButton:
    """A button of a view's button row: `slot` on click, `tip` on hover."""
    made = QPushButton(text)
    made.clicked.connect(slot)
    if tip:
        made.setToolTip(tip)
    return made


def text_box(value: str = "", height: int = 52) -> QPlainTextEdit:
    """A few lines of text in a form, of a fixed height; Tab moves on to the next field."""
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def side_by_side(*widgets: QWidget | str) -> QWidget:
    """Widgets (a text: its label) on one line of a form, so the form stays within 768
    pixels; a single widget as it is."""
    if len(widgets) == 1 and isinstance(widgets[0], QWidget):
        return widgets[0]
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
    line.addStretch()
    return row


class FormErrors(QLabel):
    """The error line of a form; `fields` maps core field names to their input widgets."""

    def __init__(self, fields: dict[str, QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.setObjectName("errorLabel")
        self.setStyleSheet(f"color: {ERROR_COLOR};")
        self.setWordWrap(True)
        self.hide()

    def clear(self) -> None:
        for widget in self.fields.values():
            (widget.focusProxy() or widget).setStyleSheet("")
        self.hide()

    def show_error(self, exc: PmdeskError) -> None:
        self.clear()
        self.setText(describe(exc))
        self.show()
        if isinstance(exc, ValidationError) and exc.field in self.fields:
            widget = self.fields[exc.field]  # a composite field marks its own input
            (widget.focusProxy() or widget).setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
            widget.setFocus()


class FormDialog(QDialog):
    """A small form that saves through the core: rows in `form`, Save and Cancel, the coded
    error under the fields. Subclasses add rows, call `finish()` and implement `submit()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()

    def finish(self, fields: dict[str, QWidget]) -> None:
        self.error = FormErrors(fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # fields that can hold unreadable text (a DateField) keep Save disabled until fixed
        self._checked = [widget for widget in self.findChildren(QWidget)
                         if hasattr(widget, "validityChanged") and hasattr(widget, "is_valid")]
        for widget in self._checked:
            widget.validityChanged.connect(self._update_save)
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(all(widget.is_valid() for widget in self._checked))

    def submit(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        """Submit (never while a field is unreadable: Enter must not get past a disabled
        Save); a coded error — or a busy, full or failing disk, named by its cause — is
        shown under the fields and the form stays open with what was typed."""
        if not self.save_button.isEnabled():
            return
        try:
            self.submit()
        except Exception as exc:
            error = coded(exc)
            if not isinstance(error, PmdeskError):
                raise
            self.error.show_error(error)
            return
        self.accept()


class AttachButton(QPushButton):
    """添加照片或文件…: the photos and scans chosen to keep with a record (`files`), counted on
    the button; read and saved with the record, all or nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "添加照片或文件…"), parent)
        self.files: list[Path] = []
        self.clicked.connect(self.choose)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("Forms", "选择照片或文件"), "",
            translate("Forms", "照片或文件 (*.jpg *.jpeg *.png *.pdf)"))
        self.files += [Path(name) for name in names]
        if self.files:
            self.setText(translate("Forms", "已选 {count} 个文件").format(count=len(self.files)))
