"""The 收费 tab: the cash desk, arrears, collection rates and the day's takings, with the
billing run, fee items and fee settings one click away.

The pages are built the first time the tab is shown (`ensure_loaded`), never before the window's
first paint: start-up stays as fast as the register alone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.errors import PmdeskError
from pmdesk.i18n import translate
from pmdesk.ui.alerts import show_error


class FeesTab(QWidget):
    complaint_requested = Signal(int, str)  # from the 催缴 page: a grievance to settle first

    def __init__(self, find_units=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_units = find_units
        self.pages = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 8, 8, 8)

    def ensure_loaded(self) -> None:
        if self.pages is not None:
            return

        from pmdesk.ui.tabs.cash_desk import CashDesk
        from pmdesk.ui.tabs.collecting import CollectingView
        from pmdesk.ui.tabs.fee_reports import ArrearsView, CollectionRateView, DailyView

        self.desk = CashDesk(self.find_units)
        self.arrears = ArrearsView()
        self.collection = CollectionRateView()
        self.daily = DailyView()
        self.collecting = CollectingView()
        self.pages = QTabWidget()
        self.pages.addTab(self.desk, translate("FeesTab", "收款台"))
        self.pages.addTab(self.arrears, translate("FeesTab", "欠费"))
        self.pages.addTab(self.collection, translate("FeesTab", "收缴率"))
        self.pages.addTab(self.daily, translate("FeesTab", "收费日报"))
        self.pages.addTab(self.collecting, translate("FeesTab", "催缴"))
        self.loaded_pages: set[int] = {0}
        self.pages.currentChanged.connect(self._page_shown)
        self.arrears.open_household.connect(self.collect_from)
        self.collecting.complaint_requested.connect(self.complaint_requested)
        self.desk.paid.connect(lambda _: self._stale())
        self.daily.changed.connect(self._stale)
        bar = QHBoxLayout()
        for text, slot in ((translate("FeesTab", "出账(&B)…"), self.run_billing),
                           (translate("FeesTab", "缴费通知单…"), self.print_notices),
                           (translate("FeesTab", "收费项目(&I)…"), self.edit_items),
                           (translate("FeesTab", "收费设置…"), self.edit_settings)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch()
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.pages, 1)
        self.desk.search.setFocus()
        self._warm_up()

    def _warm_up(self):
        """Fonts, reportlab and QtPdf loaded while the clerk looks for the payer."""
        import pmdesk.ui.dialogs.preview  # noqa: F401 - QtPdf, imported on the GUI thread
        from pmdesk.actions.payments import warm_up
        from pmdesk.ui.tasks import run_task

        # A failure here (a missing font) is shown when the first receipt is printed.
        return run_task(self, lambda progress, cancel: warm_up(), on_done=lambda _: None,
                        on_error=lambda exc: None, label="", uses_db=False, quiet=True)

    def _page_shown(self, index: int) -> None:
        if index not in self.loaded_pages:
            self.loaded_pages.add(index)
            self.pages.widget(index).load()

    def _stale(self) -> None:
        """Money moved: the report pages read again when next shown."""
        current = self.pages.currentIndex()
        self.loaded_pages = {0, current}
        if current:
            self.pages.widget(current).load()

    def refresh(self) -> None:
        """The database changed under the tab (demo, restore): read everything again."""
        if self.pages is None:
            return
        self.desk.reset()
        self._stale()

    def changed_elsewhere(self) -> None:
        """Another desk moved money: the report page shown reads again, the others when next
        shown, and the household at the cash desk if its bills changed."""
        if self.pages is None:
            return
        self._stale()
        self.desk.recheck()

    def collect_from(self, unit_id: int) -> None:
        """Open the cash desk on a household (from its card, or a row of the arrears)."""
        self.ensure_loaded()
        self.pages.setCurrentWidget(self.desk)
        self.desk.load(unit_id)

    def open_case(self, unit_id: int) -> None:
        """The 催缴 page on a household's case (a line of 今日)."""
        self.ensure_loaded()
        self.collecting.pinned = unit_id
        self.collecting.table.clearSelection()
        self.pages.setCurrentWidget(self.collecting)  # read when first shown, then selected
        self.collecting.show_rows()

    def focus_search(self) -> None:
        self.ensure_loaded()
        self.pages.setCurrentWidget(self.desk)
        self.desk.search.setFocus()
        self.desk.search.selectAll()

    def run_billing(self) -> None:
        from pmdesk.ui.dialogs.fees import BillingDialog

        BillingDialog(self).exec()
        self._stale()

    def print_notices(self) -> None:
        from pmdesk.core.money.amounts import parse_period
        from pmdesk.ui.dialogs.fees import print_notices, this_month

        text, ok = QInputDialog.getText(self, translate("FeesTab", "缴费通知单"),
                                        translate("FeesTab", "哪个月的缴费通知单（如 2026-11）："),
                                        text=this_month())
        if not ok:
            return
        try:
            period = parse_period(text)
        except PmdeskError as exc:
            show_error(self, exc)
            return
        print_notices(self, period)

    def edit_items(self) -> None:
        from pmdesk.ui.dialogs.fees import FeeItemsDialog

        FeeItemsDialog(self).exec()

    def edit_settings(self) -> None:
        from pmdesk.ui.dialogs.fees import FeeSettingsDialog

        FeeSettingsDialog(self).exec()
