"""The 社区活动 tab: plan an event, print its notice, fill it until the waiting list is used,
cancel one (the first waiting moves up), check in on the day, record feedback, and see the
participation report change."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from pmdesk.core import clock
from pmdesk.core.service import events
from pmdesk.core.settings import save_office_profile
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines


@pytest.fixture
def homes(db_path):
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    return [_unit(f"{b}-1-{r}01", 9000, owner=f"业主{b}{r}") for b in (1, 2) for r in (1, 2, 3)]


@pytest.mark.parametrize("today", [datetime(2026, 11, 25, 10, 0), datetime(2026, 12, 2, 10, 0)],
                         ids=["next-month", "same-month"])
def test_an_event_from_plan_to_feedback(today, homes, make_window, qtbot, ime, previews, as_pdf,
                                        message_boxes, tmp_path, monkeypatch):
    """The new event (a week ahead) is in the next month, or in the month already shown."""
    clock.pin(today)
    window = make_window()
    from pmdesk.ui.dialogs.events import (
        EventDialog,
        FeedbackDialog,
        ParticipationDialog,
        SignupDialog,
    )

    window.tabs.setCurrentWidget(window.events_tab)
    view = window.events_tab.view
    dialog = EventDialog(parent=view)
    qtbot.addWidget(dialog)
    ime(dialog.title, "重阳节敬老茶话会")
    dialog.type.setCurrentIndex(dialog.type.findData("festival"))
    ime(dialog.place, "社区活动室")
    dialog.capacity.setValue(4)
    dialog.partners["居委会"].setChecked(True)
    ime(dialog.description, "为老人准备茶点和节目，免费测量血压。")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    view.select(dialog.saved.id)
    item = view.selected()
    assert item.title == "重阳节敬老茶话会" and item.status == "planned"
    view.poster(large=True)
    text = as_pdf(previews[-1][1]).text().replace("\n", "")
    for expected in ("重阳节敬老茶话会", "社区活动室", "名额 4 人", "居委会", "0571-88886666"):
        assert expected in text, expected
    view.status("published")

    def sign(room: str, people: int) -> None:
        form = SignupDialog(events.event(item.id), parent=view)
        qtbot.addWidget(form)
        form.room.setText(room)
        form.people.setValue(people)
        form.save()
        assert form.result() == form.DialogCode.Accepted, form.error.text()

    sign("1-1-101", 2)
    sign("1-1-201", 2)
    sign("业主13", 1)  # by the resident's name: the list is full, so on the waiting list
    view.load()
    assert [view.signups_model.index(r, 3).data() for r in range(3)] == ["已报名", "已报名",
                                                                          "候补第 1 位"]
    again = SignupDialog(events.event(item.id), parent=view)
    qtbot.addWidget(again)
    again.room.setText("1-1-101")
    again.save()
    assert "已经报名" in again.error.text()
    view.signups.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.cancel_signup()
    assert "1-1-301" in message_boxes[-1][2]  # the first waiting moved up
    assert events.event(item.id).waiting == 0
    view.sheet("signin")
    assert "签到表" in as_pdf(previews[-1][1]).text()
    before = ParticipationDialog(view)
    qtbot.addWidget(before)
    assert before.numbers.by_type == {} and before.by_event.item(0, 3).text() == "0"
    view.find.setText("1-1-201")  # at the door: the room, Enter
    assert view.signups_model.rowCount() == 1
    view.check_in_found()
    assert events.event(item.id).attended == 2
    walk = SignupDialog(events.event(item.id), walk_in=True, parent=view)
    qtbot.addWidget(walk)
    walk.room.setText("2-1-101")
    walk.people.setValue(3)
    walk.save()
    assert events.event(item.id).attended == 2 + 3
    view.status("finished")
    feedback = FeedbackDialog(events.event(item.id), view)
    qtbot.addWidget(feedback)
    feedback.satisfaction.setValue(5)
    ime(feedback.comment, "老人们很开心")
    feedback.cost.setText("380")
    photo = tmp_path / "茶话会.jpg"
    photo.write_bytes(b"\xff\xd8 jpeg")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames",
                        lambda *a, **k: ([str(photo)], ""))
    feedback.choose_photos()
    feedback.save()
    assert events.photos(item.id)[0][1] == "茶话会.jpg"
    view.load()
    view.select(item.id)
    assert "照片 1 张" in view.detail.text()
    assert events.feedback(item.id) == (5.0, ["老人们很开心"])
    assert events.event(item.id).cost == 38000
    report = ParticipationDialog(view)
    qtbot.addWidget(report)
    assert report.numbers.by_type == {"festival": 2}
    assert len(report.numbers.never_reached) == 3


def test_late_and_unpublished_sign_ups_are_refused(homes, window, qtbot):
    from pmdesk.ui.dialogs.events import SignupDialog

    start = clock.now() + timedelta(days=3)
    talk = events.create_event(title="防诈骗讲座", type="lecture", starts_at=start,
                               ends_at=start + timedelta(hours=1), place="会议室",
                               signup_deadline=clock.now() - timedelta(hours=1))
    form = SignupDialog(talk, parent=window)
    qtbot.addWidget(form)
    form.room.setText("1-1-101")
    form.save()
    assert "还没有发布" in form.error.text()
    events.set_status(talk.id, "published")
    form = SignupDialog(events.event(talk.id), parent=window)
    qtbot.addWidget(form)
    form.room.setText("1-1-101")
    form.save()
    assert "报名已于" in form.error.text()


def test_the_waiting_list_is_said_shown_and_asked_about(homes, window, qtbot, message_boxes,
                                                        monkeypatch, previews, as_pdf):
    """A full event: the clerk hears 候补第 N 位 when it happens, sees it on the list and the
    sheets in the order of moving up, is asked before a waiting household is checked in (and
    may admit it), confirms a withdrawal and hears who moved up; an unknown room says so."""
    from pmdesk.ui.dialogs.events import SignupDialog

    start = clock.now() + timedelta(days=5)
    tea = events.create_event(title="敬老茶话会", type="festival", starts_at=start,
                              ends_at=start + timedelta(hours=2), place="活动室", capacity=2)
    window.tabs.setCurrentWidget(window.events_tab)
    view = window.events_tab.view
    view.select(tea.id)
    view.sign_up()  # not yet published: said before any form is filled in
    assert "还没有发布" in message_boxes[-1][2]
    events.set_status(tea.id, "published")
    view.load()
    view.select(tea.id)
    typed_rooms = iter(["1-1-101", "2-1-301", "1-1-201", "2-1-101"])

    def fill_in(dialog) -> int:
        dialog.room.setText(next(typed_rooms))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SignupDialog, "exec", fill_in)
    for _ in range(4):
        view.sign_up()
    said = [text for kind, title, text in message_boxes if title == "已登记候补"]
    assert said == ["“敬老茶话会”名额已满，1-1-201 已登记为候补第 1 位。\n"
                    "有人取消报名时按先后顺序递补，届时请通知住户。",
                    "“敬老茶话会”名额已满，2-1-101 已登记为候补第 2 位。\n"
                    "有人取消报名时按先后顺序递补，届时请通知住户。"]
    states = {view.signups_model.rows[r].room: view.signups_model.index(r, 3).data()
              for r in range(view.signups_model.rowCount())}
    assert states == {"1-1-101": "已报名", "1-1-201": "候补第 1 位", "2-1-101": "候补第 2 位",
                      "2-1-301": "已报名"}
    view.sheet("signin")
    lines = as_pdf(previews[-1][1]).text()
    assert lines.index("候补1") < lines.index("1-1-201") < lines.index("候补2") \
        < lines.index("2-1-101")
    assert lines.index("2-1-301") < lines.index("候补1")

    # A withdrawal is confirmed first; then who moved up is said, by room and name.
    row = next(r for r, s in enumerate(view.signups_model.rows) if s.room == "1-1-101")
    view.signups.selectRow(row)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or next(answers))
    view.cancel_signup()
    assert "取消 1-1-101（业主11，1 人）的报名吗？" in asked[-1]
    assert len(events.signups(tea.id)) == 4
    view.signups.selectRow(row)
    view.cancel_signup()
    assert message_boxes[-1][2] == ("已取消 1-1-101 的报名。\n"
                                    "候补的 1-1-201（业主12）递补为正式报名，请通知他们。")

    # At the door: the one still waiting arrives. The clerk is asked; No leaves it.
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or next(answers))
    view.find.setText("2-1-101")
    view.check_in_found()
    assert "2-1-101（业主21，1 人）是候补第 1 位" in asked[-1]
    assert events.event(tea.id).attended == 0
    view.find.setText("2-1-101")
    view.check_in_found()  # Yes: admitted over the capacity, and checked in
    assert events.event(tea.id).attended == 1 and events.event(tea.id).confirmed == 3
    view.find.setText("9-9-909")
    view.check_in_found()
    assert "没有报名这场活动" in message_boxes[-1][2]


def test_the_audit_log_tells_sign_ups_in_rooms_and_names_never_ids(homes, window, qtbot):
    """操作日志 reads `房号 1-1-301；人数 2 人；状态 候补`, `1-1-301 递补` — also for entries
    written before rooms were recorded (`unit_id=17`, `moved_up=[468]`)."""
    from pmdesk.core.safety import audit
    from pmdesk.ui.dialogs.audit_log import AuditLogDialog

    start = clock.now() + timedelta(days=5)
    tea = events.create_event(title="敬老茶话会", type="festival", starts_at=start,
                              ends_at=start + timedelta(hours=2), place="活动室", capacity=2)
    events.set_status(tea.id, "published")
    first = events.sign_up(event_id=tea.id, unit_id=homes[0], people=2)
    waiting = events.sign_up(event_id=tea.id, unit_id=homes[2], people=2)
    events.cancel_signup(first.id)
    audit.record("event.signup_cancel", "event", tea.id, unit_id=homes[0],
                 moved_up=[waiting.id])  # as the first wave wrote it
    dialog = AuditLogDialog(window)
    qtbot.addWidget(dialog)
    lines = [dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())
             if dialog.model.index(r, 3).data() in ("活动报名", "取消报名")]
    assert lines == ["「敬老茶话会」；房号 1-1-101；1-1-301 递补"] * 2 + [
        "「敬老茶话会」；房号 1-1-301；人数 2 人；状态 候补",
        "「敬老茶话会」；房号 1-1-101；人数 2 人；状态 已报名"]
    assert not any("=" in line or "_id" in line for line in lines)
    from pmdesk.core.service import complaints

    complaints.receive(kind="complaint", channel="phone", category="security",
                       description="外来车辆乱停", contact_name="路人")  # no household
    dialog.reload()
    texts = [dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())]
    assert not any("None" in text for text in texts)
