"""事件 and 联系单位 as the clerk works them: an emergency reported in its form with the places
ticked, the 口径 shown to read out, the households to tell with those who need help first and
one marked told, a call about it at intake linked to it, an update, the close with its 情况说明
and its documents; a supplier entered, a repair sent to it from the complaint's 派单 form, its
on-time rate and 回访 on its page; a contact logged for an unemployed owner from 催缴, and its
next step on 今日 opening the organisation."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtTest import QTest

from pmdesk.core import clock
from pmdesk.core.service import complaints, incidents, relations
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs.complaints import IntakeDialog, StepDialog
from pmdesk.ui.dialogs.incidents import CloseDialog, IncidentDialog, UpdateDialog
from pmdesk.ui.dialogs.relations import ContactDialog, OrgDialog
from tests.core.test_incidents import estate as estate  # six households in three buildings
from tests.ui.test_today_tab import enter_on, loaded

pytestmark = pytest.mark.both_engines


def shown(window, tab):
    window.tabs.setCurrentWidget(tab)
    assert tab.view is not None
    return tab.view


def test_an_incident_from_report_to_its_situation_report(estate, window, qtbot, ime,
                                                         previews, message_boxes):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    lift = relations.save_organisation(name="奥达电梯维保有限公司", kind="supplier")
    clock.pin(datetime(2026, 11, 25, 8, 10))
    view = shown(window, window.incidents_tab)
    assert "还没有事件" in view.facts.text() and not view.update_button.isEnabled()

    dialog = IncidentDialog(view)
    dialog.kind.setCurrentIndex(incidents.KINDS.index("lift"))
    assert not dialog.planned.isChecked()  # a lift fails without notice
    dialog.save()
    assert "影响范围" in dialog.error.text()  # nothing ticked: said, nothing saved
    dialog.areas.tick("1", "2")
    ime(dialog.cause, "原因待查")
    ime(dialog.script, "1栋2单元电梯故障，维保人员正在赶来，请走楼梯。")
    dialog.organisation.setCurrentIndex(dialog.organisation.findData(lift))
    dialog.ends.edit.setFocus()
    QTest.keyClicks(dialog.ends.edit, "2026-11-25 12:00")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    stuck = dialog.created
    assert (stuck.number, stuck.title, stuck.ends_at) == (
        "SJ2026-001", "1栋2单元电梯故障", "2026-11-25T12:00")
    view.load()
    view.select(stuck.id)
    assert "SJ2026-001" in view.facts.text() and "奥达电梯维保有限公司" in view.facts.text()
    assert not view.script.isHidden() and "请走楼梯" in view.script.text()

    rooms = [h.room for h in view.households_model.rows]
    assert rooms == ["1-2-201", "1-2-101"]  # the one living alone first
    assert "需要帮助的 1 户（已告知 0 户）" in view.told.text()
    view.households.selectRow(0)
    view.record_call()
    assert "已告知 1 户" in view.told.text()
    assert view.households_model.rows[0].called == "2026-11-25T08:10"

    intake = IntakeDialog(window.complaints_tab, unit_code="1-2-101")
    assert intake.incident.currentData() == stuck.id  # offered for the caller's stairwell
    ime(intake.description, "电梯又停了")
    intake.save()
    assert intake.item.incident_id == stuck.id
    other = IntakeDialog(window.complaints_tab, unit_code="1-1-101")
    assert other.incident.currentData() is None and not other.incident.isEnabled()
    view.load()
    assert [c.number for c in view.complaints_model.rows] == [intake.item.number]

    update = UpdateDialog(incidents.incident(stuck.id), view)
    ime(update.text, "维保人员到场，被困人员已救出")
    update.cause.clear()
    ime(update.cause, "门机控制板故障")
    update.save()
    assert incidents.incident(stuck.id).cause == "门机控制板故障"

    clock.pin(datetime(2026, 11, 25, 11, 30))
    close = CloseDialog(incidents.incident(stuck.id), view)
    ime(close.happened, "电梯停在3、4层之间，两人被困约25分钟。")
    ime(close.handled, "维保人员救出被困人员，更换门机控制板。")
    close.save()
    assert "防止再发生的措施" in close.error.text()  # all three said before it closes
    ime(close.prevention, "同批次控制板全部更换。")
    close.save()
    assert close.result() == close.DialogCode.Accepted, close.error.text()
    view.load()
    assert not view.update_button.isEnabled() and view.report_button.isEnabled()
    assert [u.kind for u in view.timeline_model.rows] == ["report", "call", "update", "close"]

    view.print_notices()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20_000)
    view.print_report()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20_000)
    assert "电梯停用通知" in previews[0][0] or "SJ2026-001" in previews[0][0]
    assert "情况说明" in previews[1][0] and previews[1][1].startswith(b"%PDF")
    assert not message_boxes


def test_a_repair_sent_to_a_supplier_shows_on_its_page(estate, window, qtbot, ime):
    save_office_profile(estate_name="翠湖苑")
    view = shown(window, window.relations_tab)
    assert "还没有联系单位" in view.facts.text()
    dialog = OrgDialog(parent=view)
    ime(dialog.name, "奥达电梯维保有限公司")
    dialog.kind.setCurrentIndex(relations.KINDS.index("supplier"))
    ime(dialog.duties, "电梯维保、困人救援")
    dialog.phone.setFocus()
    QTest.keyClicks(dialog.phone, "0571 8888 6601")
    dialog.contract_end.edit.setFocus()
    QTest.keyClicks(dialog.contract_end.edit, "2026-12-20")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    lift = dialog.saved
    view.load()
    view.select(lift)
    assert "即将到期" in view.facts.text()  # within a month of the pinned 2026-11-25

    clock.pin(datetime(2026, 11, 25, 9, 0))
    repair = complaints.receive(kind="repair", channel="phone", category="facility",
                                description="电梯异响", unit_id=estate["1-1-101"])
    assign = StepDialog(repair, "assign", window.complaints_tab)
    assign.supplier.setCurrentIndex(assign.supplier.findData(lift))
    assert assign.assignee.currentText() == "奥达电梯维保有限公司"
    assign.save()
    assert assign.result() == assign.DialogCode.Accepted, assign.error.text()
    assert complaints.item(repair.id).supplier_id == lift
    clock.pin(datetime(2026, 11, 25, 15, 0))
    complaints.step(repair.id, "handle", text="更换导靴", paid_work=False)
    complaints.step(repair.id, "reply", text="已修好")
    complaints.step(repair.id, "visit", satisfaction=4)
    view.load()
    view.select(lift)
    assert view.lists.isTabVisible(2)  # a supplier has its 派单记录
    assert [j.number for j in view.jobs_model.rows] == [repair.number]
    assert "按时完成率 100.0%" in view.record.text() and "满意率 100.0%" in view.record.text()


def test_a_contact_for_an_unemployed_owner_and_its_next_step_on_today(estate, window, qtbot,
                                                                       ime, monkeypatch):
    street = relations.save_organisation(name="翠湖社区居委会", kind="government")
    relations.save_person(org_id=street, name="李秀英", role="社区主任")
    loaded(qtbot, window)  # the window's first reading of the day is over
    dialog = ContactDialog(unit_id=estate["1-1-101"], parent=window)
    assert dialog.room.text() == "1-1-101"
    dialog.person.setCurrentText("李秀英")
    ime(dialog.summary, "推荐公益岗位")
    ime(dialog.next_step, "跟进面试")
    dialog.next_date.edit.setFocus()
    QTest.keyClicks(dialog.next_date.edit, "2026-11-27")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    [logged] = relations.contacts(unit_id=estate["1-1-101"])
    assert (logged.organisation, logged.person, logged.next_date) == (
        "翠湖社区居委会", "李秀英", "2026-11-27")
    window.tabs.setCurrentWidget(window.fees_tab)
    collecting = window.fees_tab.collecting  # its 催缴 shows who is helping
    monkeypatch.setattr(collecting, "selected_unit", lambda: estate["1-1-101"])
    collecting.show_selected()
    assert "联系单位跟进：2026-11-25 翠湖社区居委会：推荐公益岗位" in collecting.approach.text()

    window.tabs.setCurrentWidget(window.today_tab)
    window.today_tab.refresh()  # as after any save: 今日 reads the records again
    tab = loaded(qtbot, window)
    enter_on(qtbot, tab, "contact")
    assert window.tabs.currentWidget() is window.relations_tab
    assert window.relations_tab.view.selected().id == street
    assert "跟进面试" in window.relations_tab.view.facts.text()
