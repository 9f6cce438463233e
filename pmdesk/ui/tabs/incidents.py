"""The 事件 tab: incidents and planned outages — the places they touch, the 口径, the timeline,
the households to tell, the complaints they caused, the notices and the 情况说明. Built when
first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.tabs.lazy import LazyTab


class IncidentsTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.incidents_view import IncidentsView

        return IncidentsView()

    def show_incident(self, incident_id: int) -> None:
        """The incident selected (a line of 今日)."""
        self.ensure_loaded()
        self.view.select(incident_id)
