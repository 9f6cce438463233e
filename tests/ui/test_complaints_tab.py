"""The 投诉报修 tab as a clerk uses it: intake, the queue with its colours, each step from the
buttons the workflow allows, the documents, the household card."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from pmdesk.core.service import complaints
from pmdesk.core.settings import save_office_profile
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines


@pytest.fixture
def homes(db_path):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    return {"一楼": _unit("5-1-101", 9000, owner="王秀英"),
            "三楼": _unit("5-1-301", 9000, owner="李建国")}


def step_through(qtbot, ime, queue, complaint_id: int, action: str, **fill) -> None:
    """Take a step the way the clerk does: the step's dialog, filled in, saved."""
    from pmdesk.ui.dialogs.complaints import StepDialog

    dialog = StepDialog(complaints.item(complaint_id), action, queue)
    qtbot.addWidget(dialog)
    for name, value in fill.items():
        widget = getattr(dialog, name)
        if name == "text":
            ime(widget, value)
        elif name == "assignee":
            widget.setCurrentText(value)
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()


def intake(qtbot, ime, queue, **fill) -> complaints.Item:
    from pmdesk.ui.dialogs.complaints import IntakeDialog

    dialog = IntakeDialog(queue, unit_code=fill.pop("room", ""))
    qtbot.addWidget(dialog)
    for name, value in fill.items():
        widget = getattr(dialog, name)
        if name == "description":
            ime(widget, value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    return dialog.item


def certificate_body(queue, complaint_id: int, monkeypatch) -> str:
    """The 证明 the clerk gets to check in the letter editor, for the item selected."""
    from pmdesk.ui.dialogs.letter_editor import LetterEditor

    shown: list[str] = []
    monkeypatch.setattr(LetterEditor, "exec",
                        lambda self: shown.append(self.body.toPlainText()) or 0)
    queue.load()
    queue.select(complaint_id)
    queue.print_certificate()
    [body] = shown
    return body


def _open_tab(window):
    window.tabs.setCurrentWidget(window.complaints_tab)
    return window.complaints_tab.view


def _buttons(queue) -> list[str]:
    return [b.objectName() for b in queue.findChildren(QPushButton)
            if b.objectName().startswith("step-") and not b.isHidden()
            and b.parent() is not None]


def test_the_tree_and_the_sunlight(homes, window, qtbot, ime, previews, as_pdf):
    """Seed case 3: a dying man's window in the shade of a tree; the neighbour upstairs
    objects; the office moves the tree, then brings the two households together."""
    from pmdesk.ui.dialogs.complaints import IntakeDialog

    queue = _open_tab(window)
    intake = IntakeDialog(queue, unit_code="5-1-101")
    qtbot.addWidget(intake)
    intake.kind.setCurrentIndex(intake.kind.findData("complaint"))
    intake.channel.setCurrentIndex(intake.channel.findData("visit"))
    intake.category.setCurrentIndex(intake.category.findData("greening"))
    ime(intake.description, "丈夫病重，窗外大树遮挡阳光，恳请将树外移")
    intake.other.setText("5栋1单元301")
    intake.save()
    assert intake.result() == intake.DialogCode.Accepted
    queue.load()
    queue.select(intake.item.id)
    item = queue.selected()
    assert item.number.startswith("TS") and item.other_room == "5-1-301"
    assert "反映人：5-1-101" in queue.header.text()

    def take(action, **fill):
        step_through(qtbot, ime, queue, item.id, action, **fill)

    take("assign", assignee="绿化班")
    take("investigate", text="树前地面开阔，外移三米不影响生长；三楼业户反对",
         responsibility="third_party")
    take("note", text="一楼种菜、三楼晾拖把滴水，两家早有积怨；请五楼业主帮助协调")
    take("handle", text="大树外移三米；经五楼业主协调，三楼业户不再要求移回",
         prevention="涉及邻里的施工先分别上门沟通")
    queue.select(item.id)
    assert "step-close" not in [b.objectName() for b in queue.findChildren(QPushButton)
                                if b.isVisibleTo(queue)]
    take("reply", text="已上门告知处理结果", how="visit")
    take("visit", satisfaction=5, text="病人晒到了太阳，两家关系缓和")
    take("close")
    done = complaints.item(item.id)
    assert done.status == "closed" and done.satisfaction == 5
    queue.status.setCurrentIndex(queue.status.findData(None))
    queue.select(item.id)
    assert queue.timeline_model.rowCount() == 8
    queue.print_result()
    title, pdf = previews[-1]
    text = as_pdf(pdf).text().replace("\n", "")
    for expected in ("投诉处理结果告知书", item.number, "经调查核实", "大树外移三米",
                     "改进措施", "12345"):
        assert expected in text, expected
    from pmdesk.ui.dialogs.household import HouseholdCard

    card = HouseholdCard(homes["三楼"], window)
    qtbot.addWidget(card)
    assert card.complaints_model.rowCount() == 1
    assert card.complaints_model.index(0, 3).data() == "被反映的一方"


def test_the_queue_colours_and_filters(homes, window, qtbot, previews, as_pdf):
    """Wednesday 10:00: Monday's repair is overdue, the lift due at 10:30 is due today."""
    late = complaints.receive(kind="repair", channel="phone", category="facility",
                              description="水管漏水", unit_id=homes["一楼"],
                              received_at=datetime(2026, 11, 23, 10, 0))
    urgent = complaints.receive(kind="repair", channel="phone", category="facility",
                                urgency="urgent", description="电梯困人", location="5栋电梯",
                                received_at=datetime(2026, 11, 25, 10, 0))
    queue = _open_tab(window)
    queue.load()
    assert queue.model.rowCount() == 2 and "超期 1 件" in queue.count.text()
    background = queue.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#f8d7da"  # the late one, first, in red
    assert queue.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#fff3cd"
    queue.search.setText("电梯")
    assert [r.id for r in queue.model.rows] == [urgent.id]
    queue.search.clear()
    queue.select(late.id)
    queue.print_work_order()
    text = as_pdf(previews[-1][1]).text()
    assert "报修派工单" in text and late.number in text and "业主确认签字" in text
    queue.print_register()
    register = as_pdf(previews[-1][1]).text()
    assert "每日登记表" in register and urgent.number in register and late.number in register
    assert "超期" in register


def test_statistics_and_deadline_settings(homes, window, qtbot):
    from pmdesk.ui.dialogs.complaint_stats import DeadlinesDialog, StatisticsDialog

    for n in range(2):
        item = complaints.receive(kind="complaint", channel="phone", category="noise",
                                  description=f"夜里噪音 {n}", unit_id=homes["三楼"])
        complaints.step(item.id, "assign", assignee="秩序维护部")
        complaints.step(item.id, "handle", text="已劝导")
        complaints.step(item.id, "reply", text="已告知")
        complaints.step(item.id, "visit", satisfaction=4)
    numbers = StatisticsDialog(window)
    qtbot.addWidget(numbers)
    cells = {numbers.table.item(r, 0).text(): numbers.table.item(r, 1).text()
             for r in range(numbers.table.rowCount())}
    assert cells["受理总数"] == "2" and cells["投诉"] == "2" and cells["回访率"] == "100.0%"
    assert cells["平均满意度"] == "4.00 / 5" and cells["重复反映：5-1-301"] == "2 次"
    assert len(numbers.chart_views) == 2
    deadlines = DeadlinesDialog(window)
    qtbot.addWidget(deadlines)
    deadlines.spins["repair_hours"].setValue(12)
    deadlines.save()
    assert complaints.deadline_rules().repair_hours == 12
    repair = complaints.receive(kind="repair", channel="phone", category="facility",
                                description="漏水", unit_id=homes["一楼"],
                                received_at=datetime(2026, 11, 2, 8, 0))
    assert repair.deadline == "2026-11-02T20:00"


def test_renovation_rubbish_the_office_takes_over(homes, window, qtbot, ime, previews, as_pdf):
    """Seed case 2: contractors' rubbish runs scratch the lift and walls and cost owners money;
    the office bags and removes renovation rubbish itself, outside lift rush hours."""
    queue = _open_tab(window)
    item = intake(qtbot, ime, queue, room="5-1-301", kind="complaint", category="renovation",
                  location="5栋电梯", description="装修队清运垃圾刮坏电梯内壁，还向业主乱收费")
    for action, fill in (
            ("assign", {"assignee": "保洁部"}),
            ("investigate", {"text": "各装修队自行清运，作业粗糙，收费不一"}),
            ("handle", {"text": "装修垃圾一律袋装，由物业集中清运，收费低于装修队",
                        "prevention": "清运避开电梯使用高峰，电梯轿厢加装防护板"}),
            ("reply", {"text": "已张贴通知并上门告知"}),
            ("visit", {"satisfaction": 5, "text": "业主满意"}),
            ("close", {})):
        step_through(qtbot, ime, queue, item.id, action, **fill)
    queue.status.setCurrentIndex(queue.status.findData(None))
    queue.select(item.id)
    queue.print_result()
    text = as_pdf(previews[-1][1]).text().replace("\n", "")
    assert "集中清运" in text and "避开电梯使用高峰" in text


def test_the_car_and_the_falling_stone(homes, window, qtbot, ime, monkeypatch,
                                       message_boxes):
    """Seed case 4: the owner parked where he should not and a stone fell on the car; the
    owner was at fault, yet the office certifies the recorded facts for the insurer."""

    queue = _open_tab(window)
    item = intake(qtbot, ime, queue, room="5-1-101", kind="complaint", category="parking",
                  channel="visit", description="停在楼下的轿车被坠落的石块砸坏")
    step_through(qtbot, ime, queue, item.id, "assign", assignee="秩序维护部")
    step_through(qtbot, ime, queue, item.id, "investigate", responsibility="owner",
                 text="车辆停放在禁止停车的消防通道，石块系楼顶装修坠落")
    body = certificate_body(queue, item.id, monkeypatch)
    assert body.startswith("兹证明") and item.number in body
    assert "石块系楼顶装修坠落" in body and "5-1-101住户" in body  # names the person
    assert "5-1-101业主" not in body
    assert complaints.item(item.id).responsibility == "owner"
    assert "业主本人" in queue.header.text()


def test_the_rubbish_heap_nobody_wants(homes, window, qtbot, ime):
    """Seed case 5: every household wants the temporary rubbish heap away from its door; the
    complaints pile up at one place until the office finds a spot everyone accepts."""
    from pmdesk.ui.dialogs.complaint_stats import StatisticsDialog

    queue = _open_tab(window)
    items = [intake(qtbot, ime, queue, room=room, kind="complaint", category="sanitation",
                    location="临时垃圾堆放点", description="装修垃圾堆在我家楼下，又脏又臭")
             for room in ("5-1-101", "5-1-301", "5-1-101")]
    step_through(qtbot, ime, queue, items[2].id, "cancel", text="与第一件重复")
    for item in items[:2]:
        step_through(qtbot, ime, queue, item.id, "assign", assignee="客服 王丽")
        step_through(qtbot, ime, queue, item.id, "handle",
                     text="堆放点迁到小区北侧空地，远离住户窗口，每日清运",
                     prevention="征求楼长意见后再定堆放点")
    queue.load()
    assert queue.model.rowCount() == 2 and {r.status for r in queue.model.rows} == {"handled"}
    numbers = StatisticsDialog(window)
    qtbot.addWidget(numbers)
    assert numbers.numbers.hot_spots[0] == ("临时垃圾堆放点", 3)
    assert ("5-1-101", 2) in numbers.numbers.repeat_households


def test_intake_finds_the_household_by_name(homes, window, qtbot, ime):
    queue = _open_tab(window)
    item = intake(qtbot, ime, queue, room="李建国", kind="repair", category="facility",
                  description="阳台下水堵了")
    assert item.unit_id == homes["三楼"]
    from pmdesk.ui.dialogs.complaints import IntakeDialog

    dialog = IntakeDialog(queue, unit_code="张无忌")
    qtbot.addWidget(dialog)
    ime(dialog.description, "门铃坏了")
    dialog.save()
    assert "没有找到名叫“张无忌”" in dialog.error.text()


def test_intake_looks_the_household_up_and_the_certificate_names_the_person(
        homes, window, qtbot, ime, monkeypatch):
    """Typing 5-1-101 fills the owner's name (editable) and offers the registered phone,
    masked; the incident's own time is kept and certified; 关闭 shows the measure entered at
    处理 instead of asking again; the timeline reads without "。；"."""
    from pmdesk.core.safety.db import db
    from pmdesk.ui.dialogs.complaints import IntakeDialog, StepDialog

    db.execute_sql("UPDATE person SET phone = '13912345678' WHERE name = '王秀英'")
    queue = _open_tab(window)
    dialog = IntakeDialog(queue)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.room, "5-1-101")
    assert dialog.contact.text() == "王秀英" and "139****5678" in dialog.phone.placeholderText()
    assert "13912345678" not in dialog.phone.placeholderText()
    dialog.room.clear()
    qtbot.keyClicks(dialog.room, "5-1-301")  # the name follows the room until it is typed over
    assert dialog.contact.text() == "李建国"
    dialog.contact.clear()
    ime(dialog.contact, "李建国之子李明")
    dialog.room.clear()
    qtbot.keyClicks(dialog.room, "5-1-101")
    assert dialog.contact.text() == "李建国之子李明"
    dialog.contact.clear()
    ime(dialog.contact, "王秀英")
    dialog.category.setCurrentIndex(dialog.category.findData("facility"))
    ime(dialog.description, "楼上掉下的石块砸坏了停在楼下的轿车。")
    qtbot.keyClicks(dialog.occurred.edit, "11-24 15:30")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    item = dialog.item
    assert (item.contact_name, item.contact_phone, item.occurred_at) == (
        "王秀英", "13912345678", "2026-11-24T15:30")

    assert "5-1-101住户王秀英反映2026年11月24日15时30分许发生的" in certificate_body(
        queue, item.id, monkeypatch)

    step_through(qtbot, ime, queue, item.id, "assign", assignee="工程部")
    step_through(qtbot, ime, queue, item.id, "handle", text="已清理坠物并加装防护网。",
                 prevention="外墙每季度巡查一次。")
    step_through(qtbot, ime, queue, item.id, "reply", text="已电话告知处理结果。")
    step_through(qtbot, ime, queue, item.id, "visit", satisfaction=5, text="业主满意。")
    closing = StepDialog(complaints.item(item.id), "close", queue)
    qtbot.addWidget(closing)
    assert closing.prevention is None
    assert "外墙每季度巡查一次" in " ".join(label.text() for label in closing.findChildren(
        QLabel))
    queue.select(item.id)
    texts = [queue.timeline_model.index(r, 3).data()
             for r in range(queue.timeline_model.rowCount())]
    assert "已清理坠物并加装防护网；措施：外墙每季度巡查一次" in texts
    assert not any("。；" in text for text in texts)
