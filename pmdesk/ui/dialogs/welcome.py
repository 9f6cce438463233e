"""First run on an empty database: enter the office profile, or load the demo estate."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from pmdesk.i18n import translate


class WelcomeDialog(QDialog):
    PROFILE, DEMO = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WelcomeDialog", "欢迎使用物业前台"))
        intro = QLabel(translate(
            "WelcomeDialog", "这是一个新的数据库。请先填写本小区和物业服务中心的信息，"
                             "它们会印在每一份通知和收据上。\n\n"
                             "如果只是想先看看软件，可以载入一个虚构小区的演示数据"
                             "（2000 户），以后再换成正式数据库。"))
        intro.setWordWrap(True)
        heading = QLabel(translate("WelcomeDialog", "欢迎使用物业前台"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.profile_button = QPushButton(translate("WelcomeDialog", "填写办公室信息"))
        self.profile_button.setDefault(True)
        self.demo_button = QPushButton(translate("WelcomeDialog", "载入演示数据"))
        later = QPushButton(translate("WelcomeDialog", "以后再说"))
        self.profile_button.clicked.connect(lambda: self.done(self.PROFILE))
        self.demo_button.clicked.connect(lambda: self.done(self.DEMO))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for button in (self.profile_button, self.demo_button, later):
            layout.addWidget(button)
        self.setMinimumWidth(440)
