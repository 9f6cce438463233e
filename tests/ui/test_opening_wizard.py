"""Day one in the window: opening balances imported through the wizard, the batch undone from
its record, the ledger showing what came from the old system, the checklist's step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from pmdesk.core.money import fees, opening, payments, reports
from pmdesk.core.register.residents import add_unit, unit_by_room
from pmdesk.core.safety import session
from pmdesk.core.settings import save_office_profile
from pmdesk.ui.dialogs import opening_wizard
from pmdesk.ui.dialogs.opening_wizard import OpeningWizard
from tests.fixtures.make_opening_samples import ROOMS

pytestmark = pytest.mark.both_engines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def office(db_path, monkeypatch):
    save_office_profile(estate_name="翠湖苑")
    for room, owner in ROOMS.items():
        add_unit(room=room, area="89.5", owner=owner, handover_date="2020-01-15")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="公摊水电费", basis="fixed", rate="10")
    return db_path


@pytest.fixture
def shown_sheets(monkeypatch):
    """The confirmation sheets the wizard opens for printing (instead of a modal preview)."""
    shown = []
    monkeypatch.setattr(opening_wizard, "show_issued",
                        lambda parent, issued, kind: shown.append((kind, issued)))
    return shown


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_page(qtbot, wizard, button, page: int) -> None:
    click(qtbot, button)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == page, timeout=30_000)


def open_wizard(qtbot, monkeypatch, kind: str, sample: str) -> OpeningWizard:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / sample), ""))
    wizard = OpeningWizard(kind)
    qtbot.addWidget(wizard)
    to_page(qtbot, wizard, wizard.choose_button, 1)
    return wizard


def test_a_per_month_ledger_through_the_wizard(office, qtbot, monkeypatch, message_boxes,
                                               shown_sheets):
    wizard = open_wizard(qtbot, monkeypatch, "arrears", "opening-arrears-by-month.xlsx")
    assert "第 3 行" in wizard.header_label.text()
    assert wizard.combos["room"].currentText() == "房号"
    assert wizard.combos["period"].currentText() == "所属期间"
    assert wizard.combos["amount"].currentText() == "欠费金额（元）"
    to_page(qtbot, wizard, wizard.next_button, 2)
    assert "可导入 6 行，有问题 0 行" in wizard.summary.text()
    assert "期初欠费合计 ¥1,865.76，涉及 4 户。" in wizard.summary.text()
    assert not wizard.create_items.isHidden() and "垃圾清运费" in wizard.create_items.text()
    click(qtbot, wizard.import_button)  # an item the office does not know, not agreed to
    assert "垃圾清运费" in message_boxes[-1][2] and reports.arrears().total == 0
    wizard.create_items.setChecked(True)
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=30_000)
    assert wizard.batch.total == 186576 and reports.arrears().total == 186576
    assert "已导入第 1 批" in message_boxes[-1][2]
    assert [kind for kind, _ in shown_sheets] == ["opening"]
    from pmdesk.ui.dialogs.fees import rate_label

    carried = next(item for item in fees.fee_items() if item.name == "垃圾清运费")
    assert rate_label(carried) == "期初结转（不按月计费）"


def test_a_clerks_import_is_approved_by_a_manager_on_the_spot(staff, qtbot, monkeypatch,
                                                              message_boxes, shown_sheets):
    manager, clerk = staff
    session.act_as(manager)
    save_office_profile(estate_name="翠湖苑")
    for room, owner in ROOMS.items():
        add_unit(room=room, area="89.5", owner=owner)
    session.act_as(clerk)
    asked = []
    monkeypatch.setattr("pmdesk.ui.access.ask_approval",
                        lambda parent, permission: asked.append(permission) or manager)
    wizard = open_wizard(qtbot, monkeypatch, "credit", "opening-credit.xlsx")
    to_page(qtbot, wizard, wizard.next_button, 2)
    click(qtbot, wizard.import_button)
    qtbot.waitUntil(lambda: wizard.batch is not None, timeout=30_000)
    assert asked == ["opening.import"]
    assert (wizard.batch.imported_by, wizard.batch.approved_by) == ("李小梅", "王经理")
    assert payments.credit_balance(unit_by_room("2-102")[0]) == 128850


def test_a_batch_is_undone_from_its_record(office, qtbot, monkeypatch, message_boxes):
    from pmdesk.actions.opening import import_balances
    from pmdesk.ui.dialogs.opening_batches import OpeningBatchesDialog

    batch, _ = import_balances(plan=opening.read_opening(
        FIXTURES / "opening-arrears-by-total.xlsx", "arrears"))
    dialog = OpeningBatchesDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.undo_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("月份录错了", True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.undo_button)
    assert opening.batch(batch.id).undone_at and reports.arrears().total == 0
    assert "已撤销" in dialog.model.index(0, 7).data() and not dialog.undo_button.isEnabled()


def test_a_batch_paid_against_cannot_be_undone(office, qtbot, message_boxes):
    from pmdesk.actions.opening import import_balances
    from pmdesk.ui.dialogs.opening_batches import OpeningBatchesDialog

    import_balances(plan=opening.read_opening(FIXTURES / "opening-arrears-by-total.xlsx",
                                              "arrears"))
    payments.pay(unit_id=unit_by_room("2-102")[0], amount=5000)
    dialog = OpeningBatchesDialog()
    qtbot.addWidget(dialog)
    click(qtbot, dialog.undo_button)
    assert "2-102" in message_boxes[-1][2] and reports.arrears().total == 201979 - 5000


def test_the_ledger_shows_what_came_from_the_old_system(office, qtbot):
    from pmdesk.actions.opening import import_balances
    from pmdesk.ui.dialogs.ledger import LedgerView

    for name, kind in (("opening-payment-history.xlsx", "arrears"),
                       ("opening-credit.xlsx", "credit")):
        import_balances(plan=opening.read_opening(FIXTURES / name, kind))
    view = LedgerView(unit_by_room("1-1-102")[0])
    qtbot.addWidget(view)
    view.show()
    assert view.bills_model.index(0, 1).data() == "物业服务费（期初结转）"
    assert view.history_box.isVisible() and view.history_model.rowCount() == 1
    assert view.history_model.index(0, 0).data() == "2024-01—2024-03"
    credited = LedgerView(unit_by_room("2-102")[0])
    qtbot.addWidget(credited)
    credited.show()
    assert "原系统结转" in credited.summary.text() and not credited.history_box.isVisible()


def test_the_checklist_step_for_opening_balances(office, qtbot):
    from PySide6.QtWidgets import QPushButton

    from pmdesk.core.first_day import set_no_opening
    from pmdesk.ui.dialogs.first_day import FirstDayDialog

    dialog = FirstDayDialog({"opening": [("没有期初余额", set_no_opening)]})
    qtbot.addWidget(dialog)
    assert dialog.marks["opening"].text() == "○"
    assert "原系统或台账里的欠费和预存" in dialog.details["opening"].text()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "没有期初余额")
    click(qtbot, button)
    assert dialog.marks["opening"].text() == "✓"
    assert dialog.details["opening"].text() == "本处没有期初余额。"
