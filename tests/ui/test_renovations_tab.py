"""装修 as the clerk works it, by its forms: a renovation registered for a household (its owner
found from the room, the deposit and clearance fee shown as the works are ticked, a bad date
said in words), flagged works approved by a manager on the spot, the deposit and clearance fee
taken on a receipt, a worker's pass, a clearance booked at a slot with room, the permit
printed, a failed inspection with its violation, the final 验收 refused until it is put right,
then passed, and the deposit refunded less a damage charge a manager approves with a photo;
the household's card lists it and opens it."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from pmdesk.core import clock
from pmdesk.core.money import payments
from pmdesk.core.safety import session
from pmdesk.core.service import renovations
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs.household import HouseholdCard
from pmdesk.ui.dialogs.renovations import (
    BookingDialog,
    DecisionDialog,
    InspectionDialog,
    PaymentDialog,
    RefundDialog,
    RenovationDialog,
    ViolationDialog,
    WorkerDialog,
)
from tests.core.test_fees import _unit
from tests.ui.test_today_tab import enter_on, loaded

pytestmark = pytest.mark.both_engines


def shown(window, tab):
    window.tabs.setCurrentWidget(tab)
    assert tab.view is not None
    return tab.view


def typed(field, text: str) -> None:
    """Type an ASCII text into a line edit or a date field as the clerk does."""
    edit = getattr(field, "edit", field)
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)


def saved(dialog) -> None:
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()


def test_a_renovation_from_registration_to_its_refund(staff, window, qtbot, ime, monkeypatch,
                                                      tmp_path, previews, message_boxes):
    manager, clerk = staff
    session.act_as(manager)
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    unit_id = _unit("5-1-402", 8950, owner="陈建国")
    session.act_as(clerk)
    asked = []
    monkeypatch.setattr("pmdesk.ui.access.ask_approval",
                        lambda parent, permission: asked.append(permission) or manager)
    view = shown(window, window.renovations_tab)
    assert "还没有装修登记" in view.facts.text() and not view.decide_button.isEnabled()

    form = RenovationDialog(parent=view)
    typed(form.room, "5-1-402")
    assert "陈建国" in form.found.text() and form.applicant.text() == "陈建国"
    assert "¥2,000.00" in form.dues.text() and "¥268.50" in form.dues.text()
    form.works["bearing_wall"].setChecked(True)
    assert "¥5,000.00" in form.dues.text() and "主管审批" in form.dues.text()
    ime(form.scope, "拆除厨房与客厅之间的隔墙，卫生间重做防水")
    ime(form.company, "安居装饰")
    ime(form.foreman, "刘师傅")
    typed(form.foreman_phone, "139 0000 1111")
    typed(form.start, "2026-11-26")
    typed(form.end, "2026-11-20")
    form.save()
    assert "完工日期不能早于开工日期" in form.error.text()  # said, nothing saved
    assert renovations.renovations() == []
    typed(form.end, "2027-01-20")
    saved(form)
    r = form.saved
    assert (r.number, r.foreman_phone, r.deposit_due) == ("ZX2026-001", "13900001111", 500000)
    view.load()
    view.select(r.id)
    assert "待审批" in view.facts.text() and "承重墙" in view.facts.text()
    assert view.decide_button.isEnabled() and not view.book_button.isEnabled()

    decision = DecisionDialog(renovations.renovation(r.id), view)
    ime(decision.note, "须按设计院方案施工，承重墙不得拆改")
    saved(decision)
    assert asked == ["renovation.structural"]
    assert renovations.renovation(r.id).decided_by == "王经理"

    pay = PaymentDialog(renovations.renovation(r.id), view)
    assert (pay.deposit.text(), pay.clearance.text()) == ("5000.00", "268.50")
    typed(pay.tendered, "5300")
    saved(pay)
    receipt = payments.receipt(pay.result_.payment_id)
    assert receipt.receipt_no == "2026-000001" and receipt.amount == 526850
    assert [x.item for x in receipt.extras] == ["装修押金", "装修垃圾清运费"]
    view.load()
    assert "在押装修押金 1 户，共 ¥5,000.00" in view.held.text()
    assert "施工中" in view.facts.text()

    worker = WorkerDialog(renovations.renovation(r.id), view)
    ime(worker.name, "刘强")
    typed(worker.id_number, "110101199003071233")
    saved(worker)
    assert worker.added.pass_no == "ZX2026-001-01"
    assert worker.added.id_masked == "110101********1233"

    booking = BookingDialog(renovations.renovation(r.id), view)
    assert booking.day.value().isoformat() == "2026-11-26"
    assert booking.slot.count() == 3 and "还可约 4 户" in booking.slot.itemText(0)
    booking.bags.setValue(6)
    saved(booking)
    view.load()
    view.print_permit()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20_000)
    assert previews[0][1].startswith(b"%PDF")

    spot = InspectionDialog(renovations.renovation(r.id), view)
    spot.which.setCurrentIndex(spot.which.findText("抽查"))
    spot.failed.setChecked(True)
    spot.save()
    assert "写明发现的问题" in spot.error.text()
    ime(spot.findings, "楼道堆放装修垃圾十余袋")
    saved(spot)
    violation = ViolationDialog(renovations.renovation(r.id), inspection_id=spot.made.id,
                                text=spot.made.findings, parent=view)
    violation.kind.setCurrentIndex(renovations.VIOLATIONS.index("rubbish"))
    saved(violation)
    final = InspectionDialog(renovations.renovation(r.id), view)
    final.which.setCurrentIndex(final.which.count() - 2)  # the planned 竣工验收, then 抽查
    assert "竣工验收" in final.which.currentText()
    final.save()
    assert "还有 1 项违规未整改" in final.error.text()
    open_one = renovations.violations(r.id)[0]
    renovations.fix_violation(open_one.id, note="当天清走")
    saved(final)
    view.load()
    view.select(r.id)
    assert "待退押金" in view.facts.text() and view.refund_button.isEnabled()

    photo = tmp_path / "电梯划痕.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 scratched lift")
    refund = RefundDialog(renovations.renovation(r.id), view)
    typed(refund.deduction, "300")
    assert refund.back.text() == "¥4,700.00"
    ime(refund.reason, "电梯轿厢壁划痕修复")
    refund.save()
    assert "照片" in refund.error.text()  # a deduction needs its evidence
    refund.photos.files = [photo]
    saved(refund)
    assert asked == ["renovation.structural", "renovation.deduct"]
    assert (refund.refund.refunded, refund.refund.approved_by) == (470000, "王经理")
    view.load()
    view.select(r.id)
    assert "已结清" in view.facts.text() and "已退 ¥4,700.00" in view.facts.text()
    assert [e.kind for e in view.ledger_model.rows] == ["taken", "deduction", "refund"]
    assert "在押装修押金 0 户" in view.held.text()
    assert payments.money_problems() == []

    card = HouseholdCard(unit_id, window)
    qtbot.addWidget(card)
    assert card.pages.tabText(4) == "装修 1"
    card.renovations.selectRow(0)
    card.open_renovation()
    assert card.renovation_requested == r.id
    assert clock.today().isoformat() == "2026-11-25" and not message_boxes


def test_todays_clearance_and_a_registration_to_decide_open_from_today(db_path, window, qtbot):
    tab = loaded(qtbot, window)
    works = renovations.decide(renovations.register(
        unit_id=_unit("5-1-402", 8950), scope="刷墙", start_on="2026-11-20",
        end_on="2026-12-20").id, approve=True)
    renovations.book(works.id, day=clock.today(), slot="14:00-15:00", bags=4)
    waiting = renovations.register(unit_id=_unit("5-1-502", 8950), scope="铺地板",
                                   start_on="2026-12-01", end_on="2026-12-31")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.loaded and tab.reading is None, timeout=10_000)
    assert tab.counts["clearance"].text() == "今日清运\n1"
    assert tab.counts["renovation"].text() == "装修待办\n1"  # the one to decide
    enter_on(qtbot, tab, "renovation")
    view = window.renovations_tab.view
    assert window.tabs.currentWidget() is window.renovations_tab
    assert view.selected().id == waiting.id and view.decide_button.isEnabled()
    window.tabs.setCurrentWidget(tab)
    enter_on(qtbot, tab, "clearance")
    assert view.selected().id == works.id
