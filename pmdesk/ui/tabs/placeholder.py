"""A tab whose feature has not been built yet says plainly what it will hold — no fake data."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(14)
        for label in (heading, self.description):
            layout.addWidget(label)
        layout.addStretch()
