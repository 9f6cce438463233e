"""The office profile (办公室信息): the estate and office whose name heads every letter, its seal,
and what the payment notices and the 收费公示 say of paying (bank account, hours, QR code)."""

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


class ImagePicker(QWidget):
    """A PNG chosen from a file (the seal, the payment QR code), shown small, or cleared."""

    def __init__(self, data: bytes | None, title: str, empty: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.empty = title, empty
        self.preview = QLabel()
        self.preview.setFixedSize(SEAL_PREVIEW_PX, SEAL_PREVIEW_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(translate("OfficeProfileDialog", "选择图片…"))
        choose.clicked.connect(self.choose)
        self.clear = QPushButton(translate("OfficeProfileDialog", "清除"))
        self.clear.clicked.connect(lambda: self.set_data(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(choose, alignment=Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.clear, alignment=Qt.AlignmentFlag.AlignBottom)
        row.addStretch()
        self.set_data(data)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.title, "", translate("OfficeProfileDialog", "PNG 图片 (*.png)"))
        if name:
            self.set_data(read_input(name, limit=MAX_SEAL_BYTES))

    def set_data(self, data: bytes | None) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(pixmap.scaled(
                SEAL_PREVIEW_PX - 4, SEAL_PREVIEW_PX - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.empty if not data
                                 else translate("OfficeProfileDialog", "无法显示"))
        self.clear.setEnabled(bool(data))


class OfficeProfileDialog(QDialog):
    """Edit the profile; `accept()` happens only after the core saved it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OfficeProfileDialog", "办公室信息"))
        self.profile: Profile | None = get_office_profile()

        self.estate = QLineEdit()
        self.estate.setPlaceholderText(translate("OfficeProfileDialog", "例如：翠湖苑"))
        self.office = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0571-88886666")
        self.complaint_phone = QLineEdit()
        self.service_level = QLineEdit()
        self.service_level.setPlaceholderText(translate("OfficeProfileDialog", "例如：二级"))
        self.bank_name = QLineEdit()
        self.bank_name.setPlaceholderText(translate("OfficeProfileDialog",
                                                    "例如：中国工商银行杭州翠湖支行"))
        self.account_name = QLineEdit()
        self.account_no = QLineEdit()
        self.office_hours = QLineEdit()
        self.office_hours.setPlaceholderText(translate("OfficeProfileDialog",
                                                       "例如：每天 8:30—17:30"))
        self.estate.textChanged.connect(self._suggest_office)
        self.fields = {"estate_name": self.estate, "office_name": self.office,
                       "address": self.address, "phone": self.phone,
                       "complaint_phone": self.complaint_phone,
                       "service_level": self.service_level, "bank_name": self.bank_name,
                       "account_name": self.account_name, "account_no": self.account_no,
                       "office_hours": self.office_hours}
        if self.profile:
            for name, edit in self.fields.items():
                edit.setText(getattr(self.profile, name))
        self.seal = ImagePicker(self.profile.seal_png if self.profile else None,
                                translate("OfficeProfileDialog", "选择印章图片"),
                                translate("OfficeProfileDialog", "无印章"))
        self.qr = ImagePicker(self.profile.pay_qr_png if self.profile else None,
                              translate("OfficeProfileDialog", "选择收款二维码图片"),
                              translate("OfficeProfileDialog", "无二维码"))

        form = QFormLayout()
        form.addRow(translate("OfficeProfileDialog", "小区名称 *"), self.estate)
        form.addRow(translate("OfficeProfileDialog", "服务中心名称"), self.office)
        form.addRow(translate("OfficeProfileDialog", "地址"), self.address)
        form.addRow(translate("OfficeProfileDialog", "联系电话"), self.phone)
        form.addRow(translate("OfficeProfileDialog", "投诉电话"), self.complaint_phone)
        form.addRow(translate("OfficeProfileDialog", "服务等级"), self.service_level)
        form.addRow(translate("OfficeProfileDialog", "印章图片（PNG，可选）"), self.seal)
        paying = QLabel(translate("OfficeProfileDialog", "缴费方式（印在缴费通知单上）"))
        paying.setStyleSheet("font-weight: bold; margin-top: 6px;")
        form.addRow(paying)
        form.addRow(translate("OfficeProfileDialog", "收费时间"), self.office_hours)
        form.addRow(translate("OfficeProfileDialog", "开户银行"), self.bank_name)
        form.addRow(translate("OfficeProfileDialog", "户名"), self.account_name)
        form.addRow(translate("OfficeProfileDialog", "账号"), self.account_no)
        form.addRow(translate("OfficeProfileDialog", "收款二维码（PNG，可选）"), self.qr)

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

    def save(self) -> None:
        try:
            self.profile = save_office_profile(
                **{name: edit.text() for name, edit in self.fields.items()},
                seal_png=self.seal.data, pay_qr_png=self.qr.data)
        except PmdeskError as exc:
            self.error.show_error(exc)
            return
        self.accept()
