"""The roster import wizard driven as a clerk would, on the shared sample roster."""

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pmdesk.core import residents
from pmdesk.ui.dialogs.import_wizard import ImportWizard

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "roster-sample.xlsx"


@pytest.fixture
def wizard(qtbot, db_path, monkeypatch):
    if not SAMPLE.exists():
        pytest.skip("the shared sample roster is not beside the project")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE), ""))
    dialog = ImportWizard()
    qtbot.addWidget(dialog)
    return dialog


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_importing_the_sample_roster(wizard, qtbot, tmp_path, monkeypatch, message_boxes):
    click(qtbot, wizard.choose_button)
    assert wizard.pages.currentIndex() == 1
    assert "第 3 行" in wizard.header_label.text()
    assert wizard.combos["room"].currentText() == "房号"
    assert wizard.combos["area"].currentText() == "建筑面积(㎡)"
    click(qtbot, wizard.next_button)
    assert "可导入 26 行，有问题 6 行" in wizard.summary.text()
    assert wizard.rejects_model.rowCount() == 6
    click(qtbot, wizard.import_button)  # rows with problems and no choice made: nothing
    assert residents.household_ids() == [] and "没有导入任何一行" in message_boxes[-1][2]
    wizard.skip_bad.setChecked(True)
    rejects = tmp_path / "未导入.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rejects), ""))
    click(qtbot, wizard.import_button)
    assert wizard.imported == 26 and len(residents.household_ids()) == 26
    assert openpyxl.load_workbook(rejects).active.max_row == 7
    assert "已导入 26 户" in message_boxes[-1][2]


def test_changing_the_room_column_rechecks_every_row(wizard, qtbot):
    click(qtbot, wizard.choose_button)
    wizard.combos["name"].setCurrentIndex(wizard.combos["name"].findData(None))
    wizard.combos["room"].setCurrentIndex(wizard.combos["room"].findText("业主姓名"))
    click(qtbot, wizard.next_button)
    assert "可导入 0 行" in wizard.summary.text()


def test_a_file_that_is_not_a_roster_is_explained(qtbot, db_path, tmp_path, monkeypatch,
                                                 message_boxes):
    bad = tmp_path / "old.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 not xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    click(qtbot, wizard.choose_button)
    assert wizard.pages.currentIndex() == 0
    assert ".xlsx" in message_boxes[0][2]
