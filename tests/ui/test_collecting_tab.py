"""The seed's first case, replayed through the 催缴 page: four households that do not pay for
four different reasons get four different approaches; the office talks, writes, delivers,
agrees instalments; the money that comes back shows up by reason."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pmdesk.core import clock
from pmdesk.core.money import cases, demands, fees, instalments, payments
from pmdesk.core.money.amounts import add_months, period_of, period_text
from pmdesk.core.settings import save_office_profile
from tests.core.test_fees import _unit
from tests.ui.conftest import ime_type

pytestmark = pytest.mark.both_engines

HOUSEHOLDS = {"病": "1-1-101", "下岗": "1-1-102", "矛盾": "1-1-103", "拒缴": "1-1-104",
              "按时": "1-1-105"}


@pytest.fixture
def estate(db_path):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    units = {name: _unit(code, 8950, owner=f"业主{name}") for name, code in HOUSEHOLDS.items()}
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    this_month = period_of(clock.today())
    for back in range(6, 0, -1):
        fees.run_billing(period_text(add_months(this_month, -back)))
    payments.pay(unit_id=units["按时"], amount=payments.owed(units["按时"]))
    return units


def test_the_seeds_first_case(estate, window, qtbot, previews, as_pdf, ime):
    from pmdesk.ui.dialogs.collecting import (
        ActionDialog,
        CaseDialog,
        DeliveryDialog,
        InstalmentDialog,
        LettersDialog,
    )

    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.collecting
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(view)
    assert view.model.rowCount() == 4  # the household that pays on time is not a case
    assert "4 户欠费" in view.summary.text()

    # Each reason gets its own approach.
    approaches = {}
    for name, reason in (("病", "illness"), ("下岗", "unemployed"), ("矛盾", "grievance"),
                         ("拒缴", "refusal")):
        dialog = CaseDialog(estate[name], view)
        qtbot.addWidget(dialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData(reason))
        approaches[reason] = dialog.approach.text()
        ime(dialog.notes, {"illness": "丈夫重病住院", "unemployed": "夫妻双双下岗",
                           "grievance": "楼上漏水一直没修好", "refusal": "无任何理由"}[reason])
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
    assert "减免" in approaches["illness"] and "再就业" in approaches["unemployed"]
    assert "投诉" in approaches["grievance"] and "律师" in approaches["refusal"]
    assert len(set(approaches.values())) == 4
    view.load()
    qtbot.waitUntil(lambda: all(r.case for r in view.rows), timeout=10_000)
    view.select_unit(estate["矛盾"])
    assert "先解决让业主不满的问题" in view.approach.text()

    # Actions are logged: job information for the unemployed, a sincere visit for the grudge.
    for name, kind, said in (("下岗", "job_help", "送去街道招聘会信息"),
                             ("矛盾", "visit", "上门道歉，当天修好漏水")):
        dialog = ActionDialog(estate[name], kind, view)
        qtbot.addWidget(dialog)
        ime(dialog.said, said)
        dialog.next_step.setText("回访")
        soon = clock.today() + timedelta(days=3)
        qtbot.keyClicks(dialog.next_date.edit, f"{soon.month}-{soon.day}")
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
    assert [a.kind for a in cases.actions(estate["下岗"])] == ["job_help"]
    view.load()
    qtbot.waitUntil(lambda: view.due_model.rowCount() == 2, timeout=10_000)

    # A batch of letters: the two hardship households are left out by default, and the
    # household with a grievance is being visited, so the clerk leaves its reason out too.
    letters = LettersDialog(view)
    qtbot.addWidget(letters)
    letters.count_households()
    assert letters.count.text().startswith("2 户")
    letters.reasons["grievance"].setChecked(False)
    letters.count_households()
    assert letters.count.text().startswith("1 户")
    letters.save()
    assert [title for title, _ in previews] == ["催缴通知书 1 户", "送达签收单"]
    text = as_pdf(previews[0][1]).text()
    assert "1-1-104" in text and "1-1-103" not in text and "1-1-101" not in text
    assert "1-1-104" in as_pdf(previews[1][1]).text()

    # Deliveries are recorded.
    view.load()
    qtbot.waitUntil(lambda: bool(view.rows), timeout=10_000)
    view.select_unit(estate["拒缴"])
    view.letters_view.selectRow(0)
    [letter] = view.letters_model.rows
    delivery = DeliveryDialog(letter, view)
    qtbot.addWidget(delivery)
    delivery.method.setCurrentIndex(delivery.method.findData("registered"))
    delivery.save()
    assert "邮件单号" in delivery.error.text() or not delivery.error.isHidden()
    delivery.tracking.setText("EMS1234567890CN")
    delivery.save()
    assert delivery.result() == delivery.DialogCode.Accepted
    assert demands.letters(unit_id=estate["拒缴"])[0].method == "registered"

    # The unemployed household signs an instalment agreement and pays the first instalment.
    owed = payments.owed(estate["下岗"])
    agreement = InstalmentDialog(estate["下岗"], view)
    qtbot.addWidget(agreement)
    agreement.count.setValue(3)
    agreement.save()
    assert previews[-1][0] == "物业服务费分期缴纳协议"
    [plan] = instalments.plans(estate["下岗"])
    assert plan.total == owed and cases.case(estate["下岗"]).status == "instalments"
    payments.pay(unit_id=estate["下岗"], amount=plan.instalments[0].amount)
    payments.pay(unit_id=estate["矛盾"], amount=payments.owed(estate["矛盾"]))
    assert instalments.plans(estate["下岗"])[0].instalments[0].paid == plan.instalments[0].amount
    view.select_unit(estate["下岗"])
    assert [view.instalments_model.index(r, 4).data() for r in range(3)] == [
        "已缴清", "未到期", "未到期"]

    # What brought the money back, by reason and the last approach before it.
    view.load()
    qtbot.waitUntil(lambda: view.recovery_model.rowCount() == 2, timeout=10_000)
    shown = {(view.recovery_model.index(r, 0).data(), view.recovery_model.index(r, 1).data())
             for r in range(2)}
    assert shown == {("与物业有矛盾", "上门走访"), ("经济困难：下岗失业", "就业信息帮扶")}
    assert view.model.rowCount() == 3  # the grudge is settled
    assert view.recovery_model.columnCount() == 2 + 6 + 1  # six months and the year


def test_missed_instalments_show_up(estate, window, qtbot, monkeypatch):

    instalments.agree_instalments(unit_id=estate["拒缴"], total=30000, count=3,
                                 first_due=clock.today() - timedelta(days=40),
                                 agreed_on=clock.today() - timedelta(days=45))
    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.collecting
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.missed_model.rowCount() == 2, timeout=10_000)
    assert view.missed_model.index(0, 0).data() == "1-1-104"
    assert view.side.tabText(3) == "分期逾期（1）"


def test_delivery_evidence_opens(estate, window, qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    [demand] = demands.demands([estate["拒缴"]])
    [letter_id] = demands.record_letters([demand], kind="first", document_id=None)
    demands.record_delivery(letter_id=letter_id, method="posted", evidence=b"JPEG",
                               evidence_name="张贴照片.jpg")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = window.fees_tab
    view.ensure_loaded()
    view.collecting.rows = []
    view.collecting.load()
    qtbot.waitUntil(lambda: bool(view.collecting.rows), timeout=10_000)
    view.collecting.select_unit(estate["拒缴"])
    view.collecting.letters_view.selectRow(0)
    view.collecting.show_evidence()
    [url] = opened
    assert url.toLocalFile().endswith("张贴照片.jpg")
    from pathlib import Path

    assert Path(url.toLocalFile()).read_bytes() == b"JPEG"


def test_the_dossier_and_the_posted_notice(estate, window, qtbot, previews, as_pdf):
    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.collecting
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(view)
    view.select_unit(estate["拒缴"])
    view.dossier()
    assert previews[-1][0] == "委托律师材料 1-1-104"
    assert "委托律师材料" in as_pdf(previews[-1][1]).text()
    view.notice()
    posted = as_pdf(previews[-1][1]).text()
    assert "物业费收缴情况公示" in posted and "1-1-104" not in posted and "业主" in posted
    assert "拒缴" not in posted


def test_nothing_selected_is_explained(estate, window, qtbot, message_boxes):
    view = window.fees_tab
    window.tabs.setCurrentWidget(view)
    view.collecting.table.clearSelection()
    view.collecting.edit_case()
    assert message_boxes[-1][2] == "请先选中一户。"


def test_a_letter_for_one_household(estate, window, qtbot, monkeypatch, previews, as_pdf):
    from PySide6.QtWidgets import QInputDialog

    view = window.fees_tab
    view.ensure_loaded()
    view.collecting.load()
    qtbot.waitUntil(lambda: bool(view.collecting.rows), timeout=10_000)
    view.collecting.select_unit(estate["病"])  # hardship: only ever sent one by one
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, text, items, *a: (items[1], True))
    view.collecting.one_letter()
    assert [title for title, _ in previews] == ["催缴通知书 1 户", "送达签收单"]
    text = as_pdf(previews[0][1]).text()
    assert "1-1-101" in text and "再次通知" in text
    assert demands.letters(unit_id=estate["病"])[0].kind == "final"

    # Before its deadline has passed, another letter is asked about first (No: none sent).
    from PySide6.QtWidgets import QMessageBox

    asked, answers = [], iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or next(answers))
    view.collecting.select_unit(estate["病"])
    view.collecting.one_letter()
    assert "还没到" in asked[0] and len(demands.letters(unit_id=estate["病"])) == 1
    view.collecting.select_unit(estate["病"])
    view.collecting.one_letter()
    assert len(demands.letters(unit_id=estate["病"])) == 2


def test_a_grievance_shows_its_open_complaint_first(estate, window, qtbot, monkeypatch):
    from pmdesk.core.service import complaints

    cases.save_case(unit_id=estate["矛盾"], reason="grievance")
    complaint = complaints.receive(kind="repair", channel="phone", category="facility",
                                   description="楼上漏水一直没修好", unit_id=estate["矛盾"])
    view = window.fees_tab
    view.ensure_loaded()
    view.collecting.load()
    qtbot.waitUntil(lambda: bool(view.collecting.rows), timeout=10_000)
    view.collecting.select_unit(estate["矛盾"])
    text = view.collecting.approach.text()
    assert complaint.number in text and "楼上漏水" in text
    assert text.index(complaint.number) < text.index("与物业有矛盾")
    # One click on 投诉报修 opens that repair in its tab; without one, the intake for the room.
    window.show()
    view.collecting.open_grievance()
    assert window.tabs.currentWidget() is window.complaints_tab
    assert window.complaints_tab.view.selected().id == complaint.id
    from pmdesk.ui.dialogs.complaints import IntakeDialog

    intakes: list[str] = []
    monkeypatch.setattr(IntakeDialog, "exec",
                        lambda dialog: intakes.append(dialog.room.text()) or 0)
    view.collecting.select_unit(estate["拒缴"])
    view.collecting.open_grievance()
    assert intakes == ["1-1-104"]


def test_the_collecting_page_searches_keeps_its_case_and_opens_todays_work(estate, window,
                                                                          qtbot, monkeypatch):
    from pmdesk.ui.dialogs.collecting import CaseDialog

    cases.save_case(unit_id=estate["病"], reason="unknown", next_action="回访",
                    next_date=clock.today() + timedelta(days=2))
    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.collecting
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(view)
    qtbot.keyClicks(view.search, "1-1-10")
    assert view.model.rowCount() == 4
    view.search.clear()
    ime_type(view.search, "业主矛盾")
    assert [r.arrears.room for r in view.model.rows] == ["1-1-103"]
    view.search.clear()

    # Filtered to 原因不明, the clerk changes a case's reason: it stays listed and selected.
    view.reason.setCurrentIndex(view.reason.findData("unknown"))
    view.select_unit(estate["病"])

    def to_illness(dialog: CaseDialog) -> int:
        dialog.reason.setCurrentIndex(dialog.reason.findData("illness"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(CaseDialog, "exec", to_illness)
    with qtbot.waitSignal(view.model.modelReset, timeout=10_000):
        view.edit_case()
    qtbot.waitUntil(lambda: view.selected_unit() == estate["病"], timeout=10_000)
    assert cases.case(estate["病"]).reason == "illness"

    # A double-click on a 本周待办 row opens that household's case.
    opened: list[int] = []
    monkeypatch.setattr(CaseDialog, "exec", lambda dialog: opened.append(dialog.unit_id) or 0)
    view.reason.setCurrentIndex(view.reason.findData("refusal"))
    assert view.due_model.rowCount() == 1
    index = view.due_model.index(0, 1)
    view.due_view.doubleClicked.emit(index)
    assert opened == [estate["病"]] and view.selected_unit() == estate["病"]

    # The cash desk tells the clerk about the case and the instalments.
    instalments.agree_instalments(unit_id=estate["病"], total=30000, count=3,
                                  first_due=clock.today() - timedelta(days=5),
                                  agreed_on=clock.today() - timedelta(days=40))
    window.collect_from(estate["病"])
    text = tab.desk.household.text()
    assert "催缴：经济困难：疾病" in text and "分期中；下一步 分期缴款" in text
    assert "分期：第 1/3 期 ¥100.00" in text and "已逾期 1 期" in text
