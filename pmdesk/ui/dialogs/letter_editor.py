"""Writing a notice (通知) or a certificate (证明) from its template."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.documents import letters
from pmdesk.i18n import translate
from pmdesk.ui.date_field import DateField
from pmdesk.ui.documents import issue_letter
from pmdesk.ui.forms import FormErrors

MAX_CHARS = letters.MAX_BODY


class LetterEditor(QDialog):
    """One form for both kinds; the certificate starts from 兹证明 and has no large print."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, unit_id: int | None = None,
                 keywords: tuple[str, ...] = ()) -> None:
        """`unit_id` and `keywords` (a complaint's number) file the letter in the archive."""
        super().__init__(parent)
        self.kind, self.unit_id, self.keywords = kind, unit_id, keywords
        self.number: int | None = None
        notice = kind == "notice"
        self.setWindowTitle(translate("LetterEditor", "写通知") if notice
                            else translate("LetterEditor", "开证明"))
        self.title = QLineEdit("" if notice else letters.CERTIFICATE_TITLE)
        self.title.setMaxLength(letters.MAX_TITLE)
        self.title.setPlaceholderText(translate("LetterEditor", "例如：停水通知"))
        self.addressee = QLineEdit(letters.NOTICE_ADDRESSEE if notice else "")
        self.addressee.setPlaceholderText(
            translate("LetterEditor", "例如：中国人民财产保险股份有限公司杭州分公司："))
        self.body = QPlainTextEdit("" if notice else letters.CERTIFICATE_OPENING)
        self.body.setPlaceholderText(translate(
            "LetterEditor", "正文。段落之间空一行；不必在段首空格，打印时自动缩进两个字。"))
        self.body.setMinimumHeight(240)
        self.closing = QLineEdit(letters.NOTICE_CLOSING if notice
                                 else letters.CERTIFICATE_CLOSING)
        self.dated = DateField(clock.today())
        self.large_print = QCheckBox(
            translate("LetterEditor", "大字版（给老年住户，字号放大一半）"))
        self.fields = {"title": self.title, "body": self.body}

        form = QFormLayout()
        form.addRow(translate("LetterEditor", "标题"), self.title)
        form.addRow(translate("LetterEditor", "称呼"), self.addressee)
        form.addRow(translate("LetterEditor", "正文"), self.body)
        form.addRow(translate("LetterEditor", "结束语"), self.closing)
        form.addRow(translate("LetterEditor", "落款日期"), self.dated)
        if notice:
            form.addRow("", self.large_print)
        self.error = FormErrors(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate_button = buttons.addButton(translate("LetterEditor", "生成并预览(&G)"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setDefault(True)
        self.dated.validityChanged.connect(self.generate_button.setEnabled)
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def letter(self):
        """What the clerk typed as a Letter; ValidationError names the field."""
        body = self.body.toPlainText()
        if len(body) > MAX_CHARS:
            raise ValidationError("body", "value.too_long", max_len=MAX_CHARS)
        dated = self.dated.value()
        if self.kind == "notice":
            return letters.notice(title=self.title.text(), body=body,
                                  addressee=self.addressee.text(), closing=self.closing.text(),
                                  dated=dated, large_print=self.large_print.isChecked())
        return letters.certificate(title=self.title.text(), body=body,
                                   addressee=self.addressee.text(),
                                   closing=self.closing.text(), dated=dated)

    def generate(self) -> None:
        try:
            letter = self.letter()
        except ValidationError as exc:
            self.error.show_error(exc)
            return
        self.error.clear()
        subject = letter.title if self.kind == "notice" else \
            f"{letter.title}：{letter.paragraphs[0][:30]}"
        self.number = issue_letter(self, letter, kind=self.kind, subject=subject,
                                   unit_id=self.unit_id, keywords=self.keywords)
        if self.number is not None:
            self.accept()
