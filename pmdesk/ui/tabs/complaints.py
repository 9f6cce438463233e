"""The 投诉报修 tab: the queue of open items by deadline (overdue in red, due today in amber),
filters and search, the selected item's timeline with the steps it may take next, its
documents, and the day's register.

Built the first time the tab is shown (`ensure_loaded`), never before the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class ComplaintsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)

    def ensure_loaded(self) -> None:
        if self.view is not None:
            return
        from pmdesk.ui.tabs.complaint_queue import ComplaintQueue

        self.view = ComplaintQueue()
        self.layout_.addWidget(self.view)
        self.view.load()

    def refresh(self) -> None:
        if self.view is not None:
            self.view.load()

    def show_item(self, complaint_id: int) -> None:
        self.ensure_loaded()
        self.view.select(complaint_id)

    def new_item(self, unit_code: str = "") -> None:
        self.ensure_loaded()
        self.view.new_item(unit_code)
