"""The 装修 tab: renovations from registration to the final 验收 — workers and passes, the
deposit and the clearance fee, clearance bookings, inspections and violations, the deposit's
refund, the permit and the stairwell notice. Built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.tabs.lazy import LazyTab


class RenovationsTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.renovations_view import RenovationsView

        return RenovationsView()

    def show_renovation(self, renovation_id: int) -> None:
        """The registration selected (a line of 今日, a household's card)."""
        self.ensure_loaded()
        self.view.select(renovation_id)
