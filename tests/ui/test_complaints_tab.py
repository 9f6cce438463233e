"""The 投诉报修 tab as a clerk uses it: intake, the queue with its colours, each step from the
buttons the workflow allows, the documents, the household card."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from pmdesk.core import complaints
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs.preview import PreviewDialog
from tests.core.test_fees import _unit


@pytest.fixture
def homes(db_path):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    return {"一楼": _unit("5-1-101", 9000, owner="王秀英"),
            "三楼": _unit("5-1-301", 9000, owner="李建国")}


@pytest.fixture
def previews(monkeypatch):
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(PreviewDialog, "exec",
                        lambda self: shown.append((self.title, self.data)) or 0)
    return shown


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
    from pmdesk.ui.dialogs.complaints import IntakeDialog, StepDialog

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
        dialog = StepDialog(complaints.item(item.id), action, queue)
        qtbot.addWidget(dialog)
        for name, value in fill.items():
            widget = getattr(dialog, name)
            if name == "text":
                ime(widget, value)
            elif hasattr(widget, "setCurrentText") and name == "assignee":
                widget.setCurrentText(value)
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setText(value)
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()

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
    late = complaints.receive(kind="repair", channel="phone", category="facility",
                              description="水管漏水", unit_id=homes["一楼"],
                              received_at=datetime.now() - timedelta(days=2))
    urgent = complaints.receive(kind="repair", channel="phone", category="facility",
                                urgency="urgent", description="电梯困人", location="5栋电梯")
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
