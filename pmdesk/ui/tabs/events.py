"""The 社区活动 tab: a month calendar and the list of its events, the selected event's
sign-ups and attendance, and everything done with them. Built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.core import clock
from pmdesk.ui.tabs.lazy import LazyTab


class EventsTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.events_view import EventsView

        return EventsView()

    def first_load(self) -> None:
        self.view.show_month(clock.today().year, clock.today().month)

    def show_event(self, event_id: int) -> None:
        """The month of the event, with the event selected (a line of 今日)."""
        self.ensure_loaded()
        self.view.select(event_id)
