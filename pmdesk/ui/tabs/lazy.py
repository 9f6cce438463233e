"""A tab whose body is built the first time it is shown (`ensure_loaded`), never before the
window's first paint: the window starts without the modules the body needs."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)

    def build(self) -> QWidget:
        """The tab's body (its module imported here); it has `load()`."""
        raise NotImplementedError

    def first_load(self) -> None:
        self.view.load()

    def ensure_loaded(self) -> None:
        if self.view is not None:
            return
        self.view = self.build()
        self.layout_.addWidget(self.view)
        self.first_load()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.load()
