"""The 收费 tab as a clerk uses it: the cash desk by keyboard, voids and reductions from the
household's ledger, the billing run, fee items, and the report pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from pmdesk.core import clock
from pmdesk.core.demo import generate
from pmdesk.core.money import fees, payments
from pmdesk.core.money.amounts import period_of
from pmdesk.core.register import units
from pmdesk.core.safety.db import db
from pmdesk.ui.dialogs.preview import PreviewDialog

pytestmark = pytest.mark.both_engines

THIS_MONTH = period_of(clock.today())


@pytest.fixture
def estate(db_path):
    """200 households, two fee items, the last three months billed."""
    from pmdesk.core.money.amounts import add_months, period_text

    generate(households=200, seed=5, years=0)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10", unit_kinds="住宅")
    for back in (2, 1, 0):
        fees.run_billing(period_text(add_months(THIS_MONTH, -back)))
    unit_id = db.execute_sql("SELECT unit_id FROM bill ORDER BY unit_id LIMIT 1").fetchone()[0]
    code = db.execute_sql("SELECT code FROM unit WHERE id = ?", (unit_id,)).fetchone()[0]
    return unit_id, code


@pytest.fixture
def previews(monkeypatch):
    """Receipt previews opened (their PDFs), instead of blocking on exec()."""
    shown: list[bytes] = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda self: shown.append(self.data) or 0)
    return shown


def press_in_next_dialog(qtbot, key=Qt.Key.Key_Return) -> None:
    """When the next modal dialog opens, press `key` in it (the clerk's Enter)."""
    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(dialog, key)

    QTimer.singleShot(0, press)


def test_keyboard_only_payment_with_receipt(estate, window, qtbot, previews):
    unit_id, code = estate
    owed = payments.owed(unit_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # 收款
    desk = window.fees_tab.desk
    assert window.tabs.currentWidget() is window.fees_tab
    assert desk.search.hasFocus()
    qtbot.keyClicks(desk.search, code)
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert desk.unit_id == unit_id and desk.amount.hasFocus()
    assert desk._amount() == owed  # every unpaid bill ticked, oldest first
    assert "人民币" in desk.echo.text()
    press_in_next_dialog(qtbot)  # 确认收款 is the default button
    qtbot.keyClick(desk.amount, Qt.Key.Key_Return)
    assert payments.owed(unit_id) == 0
    receipt = db.execute_sql("SELECT receipt_no, amount, clerk FROM payment").fetchone()
    assert receipt[1] == owed
    assert len(previews) == 1 and previews[0].startswith(b"%PDF")
    assert db.execute_sql("SELECT subject FROM document WHERE kind = 'receipt'"
                          ).fetchone()[0] == receipt[0]
    assert desk.unit_id is None
    window.activateWindow()  # the offscreen platform does not give it back after a dialog
    qtbot.waitUntil(desk.search.hasFocus)  # ready for the next payer


def test_the_payer_chooses_the_months_and_cash_gives_change(estate, window, qtbot, previews):
    unit_id, code = estate
    window.collect_from(unit_id)
    desk = window.fees_tab.desk
    newest = len(desk.model.rows) - 1
    desk.model.set_ticked(newest, False)  # the payer disputes this month
    chosen = sum(bill.owed for bill in desk.model.chosen())
    assert desk._amount() == chosen
    desk.method.setCurrentIndex(desk.method.findData("cash"))
    desk.tendered.setText(str(chosen // 100 + 100))
    assert desk.change.text().startswith("¥")
    press_in_next_dialog(qtbot)
    desk.collect()
    open_bills = payments.open_bills(unit_id)
    assert [bill.period for bill in open_bills] == [THIS_MONTH]
    tendered, amount = db.execute_sql("SELECT tendered, amount FROM payment").fetchone()
    assert tendered - amount > 0


def test_bad_amounts_are_refused_at_the_field(estate, window, qtbot, message_boxes, previews):
    """As the clerk types, not after 确认收款: a bad amount, cash short of it, an excess over
    the prepayment cap — said in red under the amount, the button disabled, Enter does nothing."""
    unit_id, _ = estate
    window.collect_from(unit_id)
    desk = window.fees_tab.desk
    owed = payments.owed(unit_id)

    def typed(field, text: str) -> None:
        field.clear()
        qtbot.keyClicks(field, text)

    for text, words in (("12.345", "两位小数"), ("-5", "负数"), ("abc", "不是金额"),
                        (str(owed // 100 + 100_000), "预存")):
        typed(desk.amount, text)
        assert words in desk.echo.text() and not desk.collect_button.isEnabled(), text
        qtbot.keyClick(desk.amount, Qt.Key.Key_Return)
    desk.method.setCurrentIndex(desk.method.findData("cash"))
    typed(desk.amount, "100")
    assert desk.collect_button.isEnabled()
    typed(desk.tendered, "50")
    assert "实收现金少于" in desk.echo.text() and not desk.collect_button.isEnabled()
    qtbot.keyClick(desk.tendered, Qt.Key.Key_Return)
    typed(desk.tendered, "100")
    assert desk.collect_button.isEnabled() and "壹佰元整" in desk.echo.text()
    assert message_boxes == [] and previews == []
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 0


def test_search_by_name_lists_the_matches(estate, window, qtbot):
    unit_id, _ = estate
    qtbot.waitUntil(lambda: window.residents_tab.index is not None)
    name = units.owner_names(unit_id).split("、")[0]
    desk = window.fees_tab
    desk.focus_search()
    desk.desk.search.setText(name)
    desk.desk.find()
    if not desk.desk.matches.isHidden():
        assert any(name in desk.desk.matches.item(i).text()
                   for i in range(desk.desk.matches.count()))
        desk.desk.matches.itemActivated.emit(desk.desk.matches.item(0))
    assert desk.desk.unit_id is not None


def test_card_ledger_void_and_reduction(estate, window, qtbot, monkeypatch, previews,
                                       message_boxes):
    from pmdesk.ui.dialogs.fees import ReductionDialog
    from pmdesk.ui.dialogs.household import HouseholdCard

    unit_id, _ = estate
    paid = payments.pay(unit_id=unit_id, amount=10000)
    card = HouseholdCard(unit_id, window)
    qtbot.addWidget(card)
    ledger = card.ledger
    assert "收款 1 笔" in ledger.summary.text()
    ledger.payments_view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("收错户", True))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    ledger.void()
    assert ledger.payments_model.index(0, 5).data() == "作废：收错户"
    assert card.changed
    ledger.payments_view.selectRow(0)
    ledger.reprint()
    assert len(previews) == 1
    dialog = ReductionDialog(unit_id, None, card)
    qtbot.addWidget(dialog)
    dialog.amount.setText("50")
    dialog.save()
    assert "原因" in dialog.error.text() or not dialog.error.isHidden()
    dialog.reason.setText("困难户减免")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert payments.ledger(unit_id).reductions[0].reason == "困难户减免"
    assert paid.receipt_no in [p.receipt_no for p in payments.ledger(unit_id).payments]


def test_card_collect_button_opens_the_cash_desk(estate, window, qtbot, monkeypatch):
    from pmdesk.ui.dialogs.household import HouseholdCard

    unit_id, _ = estate

    def exec_and_collect(card):
        card.ledger.collect.emit()
        return 1

    monkeypatch.setattr(HouseholdCard, "exec", exec_and_collect)
    window.residents_tab.open_household(unit_id)
    assert window.tabs.currentWidget() is window.fees_tab
    assert window.fees_tab.desk.unit_id == unit_id


def test_billing_dialog_previews_then_bills_once(estate, window, qtbot):
    from pmdesk.core.money.amounts import add_months, period_text
    from pmdesk.ui.dialogs.fees import BillingDialog

    dialog = BillingDialog(window)
    qtbot.addWidget(dialog)
    dialog.month.setText(period_text(add_months(THIS_MONTH, 1)))
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10_000):
        dialog.preview()
    assert dialog.bill_button.isEnabled() and "将出账" in dialog.summary.text()
    before = db.execute_sql("SELECT count(*) FROM bill").fetchone()[0]
    dialog.commit()
    qtbot.waitUntil(lambda: "已出账" in dialog.summary.text(), timeout=10_000)
    after = db.execute_sql("SELECT count(*) FROM bill").fetchone()[0]
    assert after > before
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10_000):
        dialog.preview()
    assert not dialog.bill_button.isEnabled() and "不会重复" in dialog.summary.text()


def test_fee_items_dialog_adds_and_changes_a_rate(estate, window, qtbot, ime):
    from pmdesk.ui.dialogs.fees import FeeItemDialog, FeeItemsDialog, RateDialog

    items = FeeItemsDialog(window)
    qtbot.addWidget(items)
    assert items.model.rowCount() == 2
    add = FeeItemDialog(items)
    qtbot.addWidget(add)
    ime(add.name, "二次供水加压费")
    add.basis.setCurrentIndex(add.basis.findData("fixed"))
    add.rate.setText("abc")
    add.save()
    assert "单价" in add.error.text() or "金额" in add.error.text()
    add.rate.setText("5")
    add.save()
    assert add.result() == add.DialogCode.Accepted
    items.refresh()
    assert items.model.rowCount() == 3
    item = next(i for i in fees.fee_items() if i.name == "物业服务费")
    rate = RateDialog(item, items)
    qtbot.addWidget(rate)
    rate.rate.setText("2.60")
    rate.save()
    assert rate.result() == rate.DialogCode.Accepted
    assert [i.rate for i in fees.fee_items() if i.name == "物业服务费"] == [23500, 26000]


def test_report_pages(estate, window, qtbot):
    unit_id, _ = estate
    payments.pay(unit_id=unit_id, amount=5000, method="wechat")
    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.arrears.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(tab.arrears)
    assert tab.arrears.model.rowCount() > 0 and "户欠费" in tab.arrears.summary.text()
    tab.arrears.by_building.setChecked(True)
    assert tab.arrears.model.headerData(0, Qt.Orientation.Horizontal) == "楼栋"
    with qtbot.waitSignal(tab.collection.model.modelReset, timeout=10_000):
        tab.pages.setCurrentWidget(tab.collection)
    assert tab.collection.model.rowCount() == 3  # the months billed in the last twelve
    assert tab.collection.chart_view is not None
    tab.pages.setCurrentWidget(tab.daily)
    assert tab.daily.model.rowCount() == 1
    assert "¥50.00" in tab.daily.totals.text()
    assert "按收费项目：物业服务费 ¥50.00" in tab.daily.totals.text()  # the oldest bill first


def test_file_menu_exports_this_years_bills(estate, window, qtbot, tmp_path, monkeypatch,
                                            message_boxes):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "账单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_bills_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    sheet = load_workbook(target).active
    bills_this_year = db.execute_sql("SELECT count(*) FROM bill WHERE period / 100 = ?",
                                     (clock.today().year,)).fetchone()[0]
    assert sheet.max_row == bills_this_year + 1 and sheet.cell(1, 1).value == "房号"


def test_receipt_paper_setting_prints_on_241_by_140(estate, window, qtbot, previews, as_pdf):
    from pmdesk.ui.dialogs.fees import FeeSettingsDialog

    dialog = FeeSettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("receipt"))
    dialog.cap.setValue(6)
    dialog.save()
    assert fees.fee_settings() == fees.FeeSettings(receipt_paper="receipt", prepay_cap_months=6)
    unit_id, _ = estate
    window.collect_from(unit_id)
    press_in_next_dialog(qtbot)
    window.fees_tab.desk.collect()
    assert "683.15 x 396.85" in as_pdf(previews[-1]).info()  # 241 × 140 mm


def test_the_cash_desk_groups_a_months_lines_under_the_month(estate, window):
    unit_id, _ = estate
    window.collect_from(unit_id)
    model = window.fees_tab.desk.model
    months = [model.index(r, 1).data() for r in range(model.rowCount())]
    items = [model.index(r, 2).data() for r in range(model.rowCount())]
    shades = [model.index(r, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
              for r in range(model.rowCount())]
    first = period_of(clock.today())
    from pmdesk.core.money.amounts import add_months, period_text

    named = [period_text(add_months(first, back)) for back in (-2, -1, 0)]
    assert months == [named[0], "", named[1], "", named[2], ""]
    assert items == ["物业服务费", "垃圾清运费"] * 3
    assert shades == [False, False, True, True, False, False]


def test_while_a_payment_is_written_the_button_stays_off(estate, window, qtbot):
    """A busy database keeps the payment waiting in a worker: editing the form meanwhile
    must not offer 收款 a second time."""
    unit_id, _ = estate
    window.collect_from(unit_id)
    desk = window.fees_tab.desk
    assert desk.collect_button.isEnabled()
    desk.paying = True
    desk.amount.clear()
    qtbot.keyClicks(desk.amount, "100")
    assert not desk.collect_button.isEnabled() and "壹佰元整" in desk.echo.text()
    desk.paying = False
    desk.amount.setText("10")
    assert desk.collect_button.isEnabled()


def test_an_unreadable_day_leaves_nothing_to_print_or_void(estate, window, qtbot):
    tab = window.fees_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(tab.daily)
    daily = tab.daily
    daily.day.edit.clear()
    qtbot.keyClicks(daily.day.edit, "11-31")
    assert not daily.print_button.isEnabled() and not daily.void_button.isEnabled()
    daily.day.edit.clear()
    qtbot.keyClicks(daily.day.edit, "11-30")
    assert daily.print_button.isEnabled() and daily.reprint_button.isEnabled()
