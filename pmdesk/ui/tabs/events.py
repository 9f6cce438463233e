"""The 社区活动 tab: a month calendar and the list of its events, the selected event's
sign-ups and attendance, and everything done with them. Built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmdesk.core import clock


class EventsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)

    def ensure_loaded(self) -> None:
        if self.view is not None:
            return
        from pmdesk.ui.tabs.events_view import EventsView

        self.view = EventsView()
        self.layout_.addWidget(self.view)
        self.view.show_month(clock.today().year, clock.today().month)

    def refresh(self) -> None:
        if self.view is not None:
            self.view.load()

    def show_event(self, event_id: int) -> None:
        """The month of the event, with the event selected (a line of 今日)."""
        self.ensure_loaded()
        self.view.select(event_id)
