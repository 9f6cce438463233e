"""满意度 as the clerk works it: a survey made in its form, the returned forms typed in — room,
Enter, one key per answer, the comment, Enter — a wrong room said where it was typed, a form
not returned marked, 回收结束; the results with the low items in red, a plan added and done;
the notice and report printed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from pmdesk.core.service import complaints, surveys
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs.surveys import EntryDialog, NewSurveyDialog, PlanDialog
from tests.core.test_surveys import estate as estate  # six households in two buildings

pytestmark = pytest.mark.both_engines


@pytest.fixture
def survey(estate):
    save_office_profile(estate_name="翠湖苑")
    return surveys.create(title="2026年度业主满意度调查", first_day="2026-11-16",
                          last_day="2026-11-30", items=("service", "cleaning", "repair"))


def shown(qtbot, window):
    window.tabs.setCurrentWidget(window.surveys_tab)
    view = window.surveys_tab.view
    assert view is not None
    return view


def type_form(qtbot, dialog: EntryDialog, room: str, keys: str, comment: str, ime) -> None:
    dialog.room.setFocus()
    QTest.keyClicks(dialog.room, room)
    QTest.keyClick(dialog.room, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.answers
    for key in keys:
        QTest.keyClick(dialog.answers, key)
    assert dialog.focusWidget() is dialog.comment
    if comment:
        ime(dialog.comment, comment)
    QTest.keyClick(dialog.comment, Qt.Key.Key_Return)


def test_a_survey_made_in_its_form(estate, window, qtbot, ime):
    view = shown(qtbot, window)
    assert "还没有满意度调查" in view.summary.text()
    assert not view.enter_button.isEnabled()
    dialog = NewSurveyDialog(view)
    dialog.title.clear()
    ime(dialog.title, "2026年1栋满意度抽查")
    dialog.item_boxes["events"].setChecked(False)
    dialog.audience.setCurrentIndex(surveys.AUDIENCES.index("buildings"))
    dialog.buildings.setFocus()
    QTest.keyClicks(dialog.buildings, "1")
    dialog.sample.setValue(50)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    made = dialog.created
    assert (made.title, made.asked, made.items, made.buildings) == (
        "2026年1栋满意度抽查", 2, surveys.DEFAULT_ITEMS[:6], ("1",))


def test_a_bad_survey_is_said_beside_its_field(estate, window, qtbot):
    view = shown(qtbot, window)
    dialog = NewSurveyDialog(view)
    dialog.audience.setCurrentIndex(surveys.AUDIENCES.index("buildings"))
    dialog.save()
    assert not dialog.error.isHidden() and "楼栋" in dialog.error.text()
    assert surveys.surveys() == []


def test_returned_forms_typed_in_by_keyboard(survey, estate, window, qtbot, ime):
    view = shown(qtbot, window)
    assert view.selected().id == survey.id
    dialog = EntryDialog(view.selected(), view)
    dialog.show()
    type_form(qtbot, dialog, "1-1-101", "123", "楼道灯坏了", ime)  # 满意, 基本满意, 不满意
    assert dialog.isVisible()  # Enter saved the form, and the dialog waits for the next
    assert dialog.done_label.text() == "已保存 1-1-101 的答卷。"
    assert dialog.focusWidget() is dialog.room and dialog.room.text() == ""
    home = surveys.asked(survey.id, "1-1-101")
    assert (home.scores, home.comment) == ({"service": 3, "cleaning": 2, "repair": 1},
                                           "楼道灯坏了")
    type_form(qtbot, dialog, "1-1-102", "1 1", "", ime)  # the second item left blank
    assert surveys.asked(survey.id, "1-1-102").scores == {"service": 3, "repair": 3}

    dialog.room.setFocus()
    QTest.keyClicks(dialog.room, "1-1-101")  # again: what was entered comes back to correct
    QTest.keyClick(dialog.room, Qt.Key.Key_Return)
    assert [v.text() for v in dialog.answers.values] == ["满意", "基本满意", "不满意"]
    assert dialog.comment.text() == "楼道灯坏了"
    QTest.keyClick(dialog.answers, Qt.Key.Key_3)
    QTest.keyClick(dialog.answers, Qt.Key.Key_Backspace)  # back to the first item
    QTest.keyClick(dialog.answers, Qt.Key.Key_2)
    for key in "22":
        QTest.keyClick(dialog.answers, key)
    QTest.keyClick(dialog.comment, Qt.Key.Key_Return)
    dialog.room.setFocus()
    QTest.keyClicks(dialog.room, "1-1-201")
    QTest.keyClick(dialog.room, Qt.Key.Key_Return)
    QTest.keyClick(dialog.answers, Qt.Key.Key_1)
    QTest.keyClick(dialog.answers, Qt.Key.Key_Return)  # the rest left blank: to the comment
    assert dialog.isVisible() and dialog.focusWidget() is dialog.comment
    QTest.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert surveys.asked(survey.id, "1-1-201").scores == {"service": 3}
    assert surveys.asked(survey.id, "1-1-101").scores == {"service": 2, "cleaning": 2,
                                                          "repair": 2}

    dialog.room.setFocus()
    QTest.keyClicks(dialog.room, "2-1-301")  # nobody lives there: not asked
    QTest.keyClick(dialog.room, Qt.Key.Key_Return)
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "2-1-301 不在这次调查的发放名单中。"
    assert not dialog.answers.isEnabled()
    dialog.room.clear()
    QTest.keyClicks(dialog.room, "2-1-102")
    QTest.keyClick(dialog.room, Qt.Key.Key_Return)
    assert dialog.error.isHidden()
    qtbot.mouseClick(dialog.absent_button, Qt.MouseButton.LeftButton)
    assert dialog.done_label.text() == "2-1-102 已标记为未交回。"
    assert "已录入 3 份，未交回 1 份，待录入 2 份" in dialog.count.text()
    dialog.close()
    assert dialog.changed


def test_results_plans_and_closing(survey, estate, window, qtbot, monkeypatch, previews,
                                   message_boxes):
    complaints.receive(kind="repair", channel="phone", category="facility", urgency="normal",
                       description="电梯按钮失灵", unit_id=estate["1-1-101"],
                       received_at=datetime(2026, 3, 2, 9))
    for room, scores in (("1-1-101", {"service": 3, "cleaning": 3, "repair": 1}),
                         ("1-1-102", {"service": 3, "cleaning": 2, "repair": 1})):
        surveys.record_answers(survey.id, surveys.asked(survey.id, room).unit_id, scores)
    view = shown(qtbot, window)
    assert "发放 6 份，交回 2 份，回收率 33.3%" in view.summary.text()
    assert "低于达标线：维修" in view.summary.text()
    rows = {view.items.item(r, 0).text(): r for r in range(view.items.rowCount())}
    assert view.items.item(rows["维修"], 2).text() == "0.0%"
    assert view.items.item(rows["维修"], 0).foreground().color() == QColor("#b00020")
    assert view.items.item(rows["客服接待"], 0).foreground().color() != QColor("#b00020")
    assert view.items.item(rows["维修"], 5).text() == "1"  # the period's repairs, listed
    assert view.items.item(rows["维修"], 5).toolTip().endswith("电梯按钮失灵")
    assert [view.buildings.item(r, 0).text() for r in range(view.buildings.rowCount())] == [
        "1", "2"]

    view.items.selectRow(rows["维修"])
    plans = []
    monkeypatch.setattr(PlanDialog, "exec", lambda self: plans.append(self) or 0)
    view.add_plan()
    dialog = plans[0]
    assert dialog.item.currentData() == "repair"
    dialog.measure.setText("报修两小时内上门")
    dialog.owner.setText("Liu")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    view.show_selected()
    assert view.plans_model.rows[0].measure == "报修两小时内上门"
    view.plans.selectRow(0)
    view.finish_plan()
    assert view.plans_model.rows[0].done_on == "2026-11-25"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    view.close_collection()
    assert surveys.survey(survey.id).no_response == 4
    assert not view.close_button.isEnabled()

    view.print_notice()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20_000)
    view.print_report()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20_000)
    assert "结果公示" in previews[0][0] and "报告" in previews[1][0]
    assert previews[0][1].startswith(b"%PDF") and not message_boxes
