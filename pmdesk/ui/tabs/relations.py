"""The 联系单位 tab: the office's outside contacts, their people, the log of every contact and,
for a supplier, the repairs sent to it with its on-time rate and the residents' 回访. Built when
first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.tabs.lazy import LazyTab


class RelationsTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.relations_view import RelationsView

        return RelationsView()

    def show_organisation(self, org_id: int) -> None:
        """The organisation selected (a line of 今日)."""
        self.ensure_loaded()
        self.view.select(org_id)
