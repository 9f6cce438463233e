"""The 满意度 tab: the surveys, the selected one's results (per item against the previous survey
and the 回访, by building; items below the standard in red), its improvement plans, and what
is done with it — new survey, forms printed, returned forms typed in, 回收结束, the results
notice and the owners' committee report, the export. Built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.tabs.lazy import LazyTab


class SurveysTab(LazyTab):
    def build(self) -> QWidget:
        from pmdesk.ui.tabs.surveys_view import SurveysView

        return SurveysView()

    def show_survey(self, survey_id: int) -> None:
        """The survey selected, its plans in view (a line of 今日)."""
        self.ensure_loaded()
        self.view.select(survey_id)
