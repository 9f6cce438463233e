"""The office profile (办公室信息): the estate and office whose name heads every letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.files import read_input
from pmdesk.core.settings import (
    MAX_SEAL_BYTES,
    OFFICE_SUFFIX,
    Profile,
    get_office_profile,
    save_office_profile,
)
from pmdesk.i18n import translate
from pmdesk.ui.forms import FormErrors

SEAL_PREVIEW_PX = 96


class OfficeProfileDialog(QDialog):
    """Edit the profile; `accept()` happens only after the core saved it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OfficeProfileDialog", "办公室信息"))
        self.profile: Profile | None = get_office_profile()
        self.seal_png: bytes | None = self.profile.seal_png if self.profile else None

        self.estate = QLineEdit()
        self.estate.setPlaceholderText(translate("OfficeProfileDialog", "例如：翠湖苑"))
        self.office = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0571-88886666")
        self.complaint_phone = QLineEdit()
        self.estate.textChanged.connect(self._suggest_office)
        self.fields = {"estate_name": self.estate, "office_name": self.office,
                       "address": self.address, "phone": self.phone,
                       "complaint_phone": self.complaint_phone}
        if self.profile:
            for name, edit in self.fields.items():
                edit.setText(getattr(self.profile, name))

        self.seal_preview = QLabel()
        self.seal_preview.setFixedSize(SEAL_PREVIEW_PX, SEAL_PREVIEW_PX)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(translate("OfficeProfileDialog", "选择图片…"))
        choose.clicked.connect(self._choose_seal)
        self.clear_seal = QPushButton(translate("OfficeProfileDialog", "清除"))
        self.clear_seal.clicked.connect(lambda: self._set_seal(None))
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_preview)
        seal_row.addWidget(choose, alignment=Qt.AlignmentFlag.AlignBottom)
        seal_row.addWidget(self.clear_seal, alignment=Qt.AlignmentFlag.AlignBottom)
        seal_row.addStretch()
        self._set_seal(self.seal_png)

        form = QFormLayout()
        form.addRow(translate("OfficeProfileDialog", "小区名称 *"), self.estate)
        form.addRow(translate("OfficeProfileDialog", "服务中心名称"), self.office)
        form.addRow(translate("OfficeProfileDialog", "地址"), self.address)
        form.addRow(translate("OfficeProfileDialog", "联系电话"), self.phone)
        form.addRow(translate("OfficeProfileDialog", "投诉电话"), self.complaint_phone)
        form.addRow(translate("OfficeProfileDialog", "印章图片（PNG，可选）"), seal_row)

        self.error = FormErrors(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        hint = QLabel(translate("OfficeProfileDialog",
                                "这些信息印在每一份通知、收据和证明的抬头与落款上。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _suggest_office(self, estate: str) -> None:
        self.office.setPlaceholderText(f"{estate.strip()}{OFFICE_SUFFIX}" if estate.strip() else "")

    def _choose_seal(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("OfficeProfileDialog", "选择印章图片"), "",
            translate("OfficeProfileDialog", "PNG 图片 (*.png)"))
        if name:
            self._set_seal(read_input(name, limit=MAX_SEAL_BYTES))

    def _set_seal(self, data: bytes | None) -> None:
        self.seal_png = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.seal_preview.setPixmap(pixmap.scaled(
                SEAL_PREVIEW_PX - 4, SEAL_PREVIEW_PX - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.seal_preview.setPixmap(QPixmap())
            self.seal_preview.setText(translate("OfficeProfileDialog", "无印章") if not data
                                      else translate("OfficeProfileDialog", "无法显示"))
        self.clear_seal.setEnabled(bool(data))

    def save(self) -> None:
        try:
            self.profile = save_office_profile(
                **{name: edit.text() for name, edit in self.fields.items()},
                seal_png=self.seal_png)
        except PmdeskError as exc:
            self.error.show_error(exc)
            return
        self.accept()
