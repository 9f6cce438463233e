"""满意度调查's forms: a new survey (whom it asks, what, how answered), the returned forms typed
in by room — one key per answer — and an improvement plan for a low item."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.db import coded
from pmdesk.core.service import surveys
from pmdesk.i18n import translate
from pmdesk.labels import SCORES, SURVEY_AUDIENCES, SURVEY_ITEMS, SURVEY_STATUSES, label
from pmdesk.ui.date_field import DateField
from pmdesk.ui.forms import FormDialog, FormErrors

BLANK = "—"


class NewSurveyDialog(FormDialog):
    """新建调查: title, when the forms are out, three levels or 1–5, the items, whom it asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("SurveyDialogs", "新建满意度调查"), parent)
        today = clock.today()
        self.title = QLineEdit(f"{today.year}年度业主满意度调查")  # printed: always Chinese
        self.first_day = DateField(today)
        self.last_day = DateField(today + timedelta(days=14))
        self.scale = QComboBox()
        self.scale.addItem(translate("SurveyDialogs", "满意 / 基本满意 / 不满意"), 3)
        self.scale.addItem(translate("SurveyDialogs", "1–5 分"), 5)
        self.items = QWidget()
        grid = QGridLayout(self.items)
        grid.setContentsMargins(0, 0, 0, 0)
        self.item_boxes = {}
        for index, item in enumerate(surveys.ITEMS):
            box = QCheckBox(label(SURVEY_ITEMS, item))
            box.setChecked(item in surveys.DEFAULT_ITEMS)
            grid.addWidget(box, index // 3, index % 3)
            self.item_boxes[item] = box
        self.audience = QComboBox()
        for code in surveys.AUDIENCES:
            self.audience.addItem(label(SURVEY_AUDIENCES, code), code)
        self.buildings = QLineEdit()
        self.buildings.setPlaceholderText(
            translate("SurveyDialogs", "楼栋号，用逗号分开，如 1,2,5"))
        self.sample = QSpinBox()
        self.sample.setRange(1, 100)
        self.sample.setValue(100)
        self.sample.setSuffix(" %")
        self.sample.setToolTip(
            translate("SurveyDialogs", "每栋楼随机抽取这个比例的住户（至少一户）"))
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.form.addRow(translate("SurveyDialogs", "标题"), self.title)
        self.form.addRow(translate("SurveyDialogs", "发放日期"), self.first_day)
        self.form.addRow(translate("SurveyDialogs", "回收截止"), self.last_day)
        self.form.addRow(translate("SurveyDialogs", "评价方式"), self.scale)
        self.form.addRow(translate("SurveyDialogs", "调查项目"), self.items)
        self.form.addRow(translate("SurveyDialogs", "调查对象"), self.audience)
        self.form.addRow(translate("SurveyDialogs", "楼栋"), self.buildings)
        self.form.addRow(translate("SurveyDialogs", "抽样比例"), self.sample)
        self._audience_changed()
        self.finish({"title": self.title, "first_day": self.first_day,
                     "last_day": self.last_day, "scale": self.scale, "items": self.items,
                     "audience": self.audience, "buildings": self.buildings,
                     "sample": self.sample})
        self.created: surveys.Survey | None = None

    def _audience_changed(self) -> None:
        self.buildings.setEnabled(self.audience.currentData() == "buildings")

    def submit(self) -> None:
        buildings = [part for part in self.buildings.text().replace("，", ",").split(",")
                     if part.strip()] if self.audience.currentData() == "buildings" else []
        self.created = surveys.create(
            title=self.title.text(), first_day=self.first_day.value(),
            last_day=self.last_day.value(), scale=self.scale.currentData(),
            items=[item for item, box in self.item_boxes.items() if box.isChecked()],
            audience=self.audience.currentData(), buildings=buildings,
            sample=self.sample.value())


class AnswerKeys(QWidget):
    """The answers of one form, one key each: on three levels 1 满意, 2 基本满意, 3 不满意 (the
    order the form prints them), on 1–5 the score itself; 0 or Space leaves an item blank;
    Backspace goes back one item. The last answer, or Enter, moves on to the comment."""

    finished = Signal()

    def __init__(self, survey: surveys.Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.scores: dict[str, int | None] = dict.fromkeys(survey.items)
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        self.names, self.values = [], []
        for row, item in enumerate(survey.items):
            name = QLabel(label(SURVEY_ITEMS, item))
            value = QLabel(BLANK)
            value.setMinimumWidth(self.fontMetrics().horizontalAdvance("基本满意 (2)") + 8)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.names.append(name)
            self.values.append(value)
        self._show()

    def keys(self) -> str:
        if self.survey.scale == 3:
            return translate("SurveyDialogs", "1 满意　2 基本满意　3 不满意　0 空项　退格 上一项")
        return translate("SurveyDialogs", "5 到 1 分　0 空项　退格 上一项")

    def score_of_key(self, key: int) -> int | None:
        digit = key - Qt.Key.Key_0
        if self.survey.scale == 3:
            return 4 - digit if 1 <= digit <= 3 else None
        return digit if 1 <= digit <= 5 else None

    def answer_text(self, score: int | None) -> str:
        if score is None:
            return BLANK
        if self.survey.scale == 3:
            return label(SCORES, surveys.WORDS[score])
        return translate("SurveyDialogs", "{score} 分").format(score=score)

    def set_scores(self, scores: dict[str, int]) -> None:
        self.scores = {item: scores.get(item) for item in self.survey.items}
        self.current = 0
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.current = max(0, self.current - 1)
            self._show()
            return
        if key in (Qt.Key.Key_0, Qt.Key.Key_Space):
            self._answer(None)
            return
        score = self.score_of_key(key)
        if score is not None:
            self._answer(score)
            return
        if key == Qt.Key.Key_Down:
            self.current = min(len(self.survey.items) - 1, self.current + 1)
            self._show()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # the rest as they are: the comment
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def _answer(self, score: int | None) -> None:
        self.scores[self.survey.items[self.current]] = score
        if self.current == len(self.survey.items) - 1:
            self._show()
            self.finished.emit()
            return
        self.current += 1
        self._show()

    def _show(self) -> None:
        for row, item in enumerate(self.survey.items):
            self.values[row].setText(self.answer_text(self.scores[item]))
            mark = "font-weight: bold; background: #fff3b0;" if row == self.current else ""
            self.names[row].setStyleSheet(mark)
            self.values[row].setStyleSheet(mark)


class EntryDialog(QDialog):
    """录入答卷: type the room and Enter, one key per answer, the comment and Enter — saved, and
    the next room. 未交回 marks the room's form as not returned."""

    def __init__(self, survey: surveys.Survey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey = survey
        self.setWindowTitle(translate("SurveyDialogs", "录入答卷：{title}").format(
            title=survey.title))
        self.unit_id: int | None = None
        self.room = QLineEdit()
        self.room.setPlaceholderText(translate("SurveyDialogs", "房号，如 3-2-501，回车"))
        self.who = QLabel()
        self.answers = AnswerKeys(survey)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            translate("SurveyDialogs", "意见和建议（可不填），回车保存"))
        self.comment.setMaxLength(surveys.MAX_COMMENT)
        self.error = FormErrors({"room": self.room, "score": self.answers,
                                 "items": self.answers, "comment": self.comment})
        self.done_label = QLabel()
        self.count = QLabel()
        save = QPushButton(translate("SurveyDialogs", "保存（回车）"))
        save.setAutoDefault(False)
        save.clicked.connect(self.save)
        self.absent_button = absent = QPushButton(translate("SurveyDialogs", "未交回"))
        absent.setAutoDefault(False)
        absent.clicked.connect(self.not_returned)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        room_row = QHBoxLayout()
        room_row.addWidget(QLabel(translate("SurveyDialogs", "房号")))
        room_row.addWidget(self.room, 1)
        room_row.addWidget(self.who, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(absent)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(room_row)
        layout.addWidget(QLabel(self.answers.keys()))
        layout.addWidget(self.answers)
        layout.addWidget(self.comment)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        self.room.returnPressed.connect(self.find_room)
        self.answers.finished.connect(self.comment.setFocus)
        self.comment.returnPressed.connect(self.save)
        self.changed = False
        self._count()
        self._enable(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter moves the entry on (the room's and the comment's own handlers): it never
        presses a button of the dialog, which would close it after each form."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def _enable(self, on: bool) -> None:
        self.answers.setEnabled(on)
        self.comment.setEnabled(on)

    def _count(self) -> None:
        current = surveys.survey(self.survey.id)
        text = translate("SurveyDialogs", "已录入 {answered} 份，未交回 {absent} 份，"
                                          "待录入 {left} 份（共发放 {asked} 份）")
        self.count.setText(text.format(answered=current.answered, absent=current.no_response,
                                       left=current.outstanding, asked=current.asked))

    def _failed(self, exc: Exception) -> None:
        error = coded(exc)
        if not isinstance(error, PmdeskError):
            raise exc
        self.error.show_error(error)

    def find_room(self) -> None:
        self.error.clear()
        try:
            found = surveys.asked(self.survey.id, self.room.text())
        except Exception as exc:  # noqa: BLE001 - a coded error is shown, others raised
            self._enable(False)
            self.who.clear()
            self._failed(exc)
            return
        self.unit_id = found.unit_id
        self.room.setText(found.room)
        state = label(SURVEY_STATUSES, found.status)
        self.who.setText(translate("SurveyDialogs", "{owner}　{state}").format(
            owner=found.owner or translate("SurveyDialogs", "（业主未登记）"), state=state))
        self.answers.set_scores(found.scores)
        self.comment.setText(found.comment)
        self._enable(True)
        self.answers.setFocus()

    def _next(self, message: str) -> None:
        self.changed = True
        self.done_label.setText(message)
        self.unit_id = None
        self.room.clear()
        self.who.clear()
        self.comment.clear()
        self.answers.set_scores({})
        self._enable(False)
        self._count()
        self.room.setFocus()

    def save(self) -> None:
        if self.unit_id is None:
            self.find_room()
            return
        room = self.room.text()
        try:
            surveys.record_answers(self.survey.id, self.unit_id, self.answers.scores,
                                   self.comment.text())
        except Exception as exc:  # noqa: BLE001 - a coded error is shown, others raised
            self._failed(exc)
            return
        self._next(translate("SurveyDialogs", "已保存 {room} 的答卷。").format(room=room))

    def not_returned(self) -> None:
        if self.unit_id is None:
            self.find_room()
            if self.unit_id is None:
                return
        room = self.room.text()
        try:
            surveys.mark_not_returned(self.survey.id, self.unit_id)
        except Exception as exc:  # noqa: BLE001 - a coded error is shown, others raised
            self._failed(exc)
            return
        self._next(translate("SurveyDialogs", "{room} 已标记为未交回。").format(room=room))


class PlanDialog(FormDialog):
    """整改措施 for an item: what will be done, by whom, by when."""

    def __init__(self, survey: surveys.Survey, item: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("SurveyDialogs", "整改措施"), parent)
        self.survey = survey
        self.item = QComboBox()
        for code in survey.items:
            self.item.addItem(label(SURVEY_ITEMS, code), code)
        if item in survey.items:
            self.item.setCurrentIndex(survey.items.index(item))
        self.measure = QLineEdit()
        self.measure.setMaxLength(200)
        self.owner = QLineEdit()
        self.owner.setMaxLength(30)
        self.due = DateField(clock.today() + timedelta(days=30))
        self.form.addRow(translate("SurveyDialogs", "项目"), self.item)
        self.form.addRow(translate("SurveyDialogs", "整改措施"), self.measure)
        self.form.addRow(translate("SurveyDialogs", "责任人"), self.owner)
        self.form.addRow(translate("SurveyDialogs", "完成期限"), self.due)
        self.finish({"items": self.item, "measure": self.measure, "plan_owner": self.owner,
                     "plan_due": self.due})

    def submit(self) -> None:
        surveys.add_plan(survey_id=self.survey.id, item=self.item.currentData(),
                         measure=self.measure.text(), owner=self.owner.text(),
                         due=self.due.value())
