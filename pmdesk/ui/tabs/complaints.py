"""The 投诉报修 tab: the queue of open items by deadline (overdue in red, due today in amber),
filters and search, the selected item's timeline with the steps it may take next, its
documents, and the day's register.

Built the first time the tab is shown (`ensure_loaded`), never before the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.tabs.lazy import LazyTab


class ComplaintsTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.complaint_queue import ComplaintQueue

        return ComplaintQueue()

    def show_item(self, complaint_id: int) -> None:
        self.ensure_loaded()
        self.view.select(complaint_id)

    def new_item(self, unit_code: str = "") -> None:
        self.ensure_loaded()
        self.view.new_item(unit_code)
