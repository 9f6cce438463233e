"""One 欠费 per household, everywhere: the cash desk, the ledger, the 欠费 page, the 催缴 page,
the 催缴通知书 and the 委托律师材料 all count what fell due before today (a bill for month M
falls due on M's last day); where a screen also shows this month's bill it says 含本月."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from pmdesk.core import clock
from pmdesk.core.money import demands, dossier, fees, payments, reports
from pmdesk.core.money.amounts import add_months, money_text, period_of, period_text
from pmdesk.core.settings import save_office_profile
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines


@pytest.fixture
def household(db_path):
    """1-1-402 billed for six months, the last of them this month (not yet due)."""
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    unit_id = _unit("1-1-402", 8950, owner="王芳")
    _unit("1-1-401", 8950, owner="李强")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10")
    for back in range(5, -1, -1):
        fees.run_billing(period_text(add_months(period_of(clock.today()), -back)))
    return unit_id


def _month_bill() -> int:
    return 21033 + 1000  # 89.50 m² × 2.35 rounded, and the fixed ¥10


def test_every_figure_is_the_same_and_this_months_bill_is_named(household, window, qtbot,
                                                               as_pdf):
    standing = payments.standing(household)
    assert (standing.overdue, standing.months, standing.current) == (5 * _month_bill(), 5,
                                                                      _month_bill())
    [row] = [r for r in reports.arrears().rows if r.unit_id == household]
    [letter] = demands.demands([household])
    paper = dossier.dossier(household)
    assert row.owed == letter.total == paper.owed == standing.overdue
    assert row.months == 5 and paper.current == _month_bill()
    from pmdesk.core.settings import get_office_profile
    from pmdesk.documents import collecting

    text = as_pdf(collecting.render_dossier(paper, get_office_profile()).pdf).text()
    text = "".join(text.split())
    assert f"欠费合计{money_text(standing.overdue)}" in text
    assert f"另有本月账单{money_text(_month_bill())}尚未到期，未计入" in text
    assert period_text(period_of(clock.today())) not in text.split("三、欠费明细")[1]

    window.tabs.setCurrentWidget(window.fees_tab)
    desk = window.fees_tab.desk
    qtbot.keyClicks(desk.search, "1-1-402")
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    text = desk.household.text()
    assert f"欠费 <b>{money_text(5 * _month_bill())}</b>（5 个月）" in text
    assert f"含本月 {money_text(_month_bill())}" in text
    assert f"应缴 {money_text(6 * _month_bill())}" in text

    from pmdesk.ui.dialogs.ledger import LedgerView

    ledger = LedgerView(household)
    qtbot.addWidget(ledger)
    assert f"欠费 <b>{money_text(5 * _month_bill())}</b>" in ledger.summary.text()


def test_on_the_first_of_the_month_last_months_bill_becomes_arrears(household):
    clock.pin(datetime(2026, 11, 30, 17, 0))  # November's bill falls due today: not yet 欠费
    assert payments.standing(household).months == 5
    clock.pin(datetime(2026, 12, 1, 8, 0))
    standing = payments.standing(household)
    assert (standing.months, standing.overdue, standing.current) == (6, 6 * _month_bill(), 0)
    assert [r.owed for r in reports.arrears().rows if r.unit_id == household] == \
        [standing.overdue]
    assert dossier.dossier(household).owed == demands.demands([household])[0].total == \
        standing.overdue
