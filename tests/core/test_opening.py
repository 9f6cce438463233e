"""Day one: opening arrears and credit from the office's old ledger (tests/fixtures samples)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import fees, opening, payments, reports
from pmdesk.core.money.demands import limitation_watch
from pmdesk.core.register.residents import add_unit, unit_by_room
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db
from tests.fixtures.make_opening_samples import ROOMS

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

FIXTURES = Path(__file__).parent.parent / "fixtures"
BY_MONTH = FIXTURES / "opening-arrears-by-month.xlsx"
BY_TOTAL = FIXTURES / "opening-arrears-by-total.xlsx"
HISTORY = FIXTURES / "opening-payment-history.xlsx"
CREDIT = FIXTURES / "opening-credit.xlsx"


@pytest.fixture
def office(db_path):
    """The households the samples name, and the office's two fee items."""
    for room, owner in ROOMS.items():
        add_unit(room=room, area="89.5", owner=owner, handover_date="2020-01-15")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="公摊水电费", basis="fixed", rate="10")
    return db_path


def unit(room: str) -> int:
    return unit_by_room(room)[0]


def carried(room: str) -> list[tuple[int, str, int]]:
    """The household's carried-over bills: (month, item, fen), oldest first."""
    return db.execute_sql(
        "SELECT b.period, f.name, b.amount FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.unit_id = ? AND b.opening_id IS NOT NULL ORDER BY b.period, f.name",
        (unit(room),)).fetchall()


def test_a_per_month_ledger_becomes_bills_of_their_own_months(office):
    plan = opening.read_opening(BY_MONTH, "arrears")
    assert plan.shape == "month" and plan.header_row == 3
    assert [r.sheet_row for r in plan.rows] == [4, 5, 6, 7, 9, 10]  # the 合计 line is no row
    assert plan.rejected == [] and plan.total == 186576 and plan.households == 4
    assert plan.new_items == ["垃圾清运费"]
    with pytest.raises(PmdeskError) as refused:
        opening.import_opening(plan)
    assert refused.value.code == "opening.unknown_items"
    assert db.execute_sql("SELECT count(*) FROM bill").fetchone()[0] == 0

    batch = opening.import_opening(plan, create_items=True)
    assert (batch.kind, batch.total, batch.households, batch.rows_imported) == (
        "arrears", 186576, 4, 6)
    assert carried("1-1-101") == [(202403, "物业服务费", 21033), (202404, "公摊水电费", 3550),
                                  (202404, "物业服务费", 21033)]
    assert carried("1-1-102") == [(202609, "物业服务费", 120000)]
    assert carried("2-101") == [(202512, "垃圾清运费", 2000)]
    report = reports.arrears()
    assert report.total == 186576  # the file's 合计, to the fen
    assert {r.room: r.owed for r in report.rows} == {
        "1-1-101": 45616, "1-1-102": 120000, "1-1-201": 18960, "2-101": 2000}
    new_item = next(i for i in fees.fee_items() if i.name == "垃圾清运费")
    assert new_item.carried_over and not new_item.applies(202512)

    entry = audit.entries(action_prefix="opening.import")[0]
    assert entry.detail["sha256"] == plan.sha256 and entry.detail["total"] == 186576
    assert entry.detail["by_item"] == {"物业服务费": 181026, "公摊水电费": 3550, "垃圾清运费": 2000}
    assert entry.detail["by_month"]["202609"] == 120000


def test_billing_starts_after_the_months_the_old_system_billed(office):
    opening.import_opening(opening.read_opening(BY_MONTH, "arrears"), create_items=True)
    with pytest.raises(PmdeskError) as refused:
        fees.plan_billing("2026-10")
    assert refused.value.code == "billing.before_opening"
    result = fees.run_billing("2026-11")
    items = {name for (name,) in db.execute_sql(
        "SELECT DISTINCT f.name FROM bill b JOIN fee_item f ON f.id = b.fee_item_id "
        "WHERE b.period = 202611")}
    assert result.units == len(ROOMS) and items == {"物业服务费", "公摊水电费"}


def test_a_total_over_months_is_split_evenly_with_the_remainder_on_the_oldest(office):
    plan = opening.read_opening(BY_TOTAL, "arrears")
    assert plan.shape == "month" and plan.rejected == []
    assert plan.total == 201979 and plan.split_rows == 3
    opening.import_opening(plan)
    assert [fen for _, _, fen in carried("1-1-301")] == [16670] + [16666] * 5
    assert [month for month, _, _ in carried("1-1-301")] == [
        202401, 202402, 202403, 202404, 202405, 202406]
    assert carried("1-1-302") == [(m, "物业服务费", 21033) for m in (202501, 202502, 202503)]
    assert carried("2-102") == [(m, "物业服务费", 10000) for m in (202607, 202608, 202609)]
    assert carried("1-1-202") == [(202511, "物业服务费", 8880)]
    assert reports.arrears().total == 201979


def test_a_payment_history_keeps_what_was_paid_and_carries_what_was_not(office):
    plan = opening.read_opening(HISTORY, "arrears")
    assert plan.shape == "history" and plan.rejected == []
    assert plan.total == 102066
    batch = opening.import_opening(plan)
    assert batch.history_paid == 252396 + 21033
    assert carried("1-1-101") == []  # paid in full in 2023: history only
    assert carried("1-1-102") == [(202402, "物业服务费", 21033), (202403, "物业服务费", 21033)]
    assert carried("2-101") == [(m, "物业服务费", 10000) for m in range(202507, 202513)]
    lines = payments.ledger(unit("1-1-102")).history
    assert [(h.first_period, h.last_period, h.due, h.paid, h.paid_on, h.cashier)
            for h in lines] == [(202401, 202403, 63099, 21033, "2024-01-09", "王会计")]
    assert payments.ledger(unit("1-1-101")).history[0].paid_on == "2023-02-10"
    # outside receipts and the day's takings
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 0
    assert reports.daily_takings(date(2024, 1, 9)).total == 0


def test_opening_credit_is_the_households_credit_without_a_receipt(office):
    plan = opening.read_opening(CREDIT, "credit")
    assert plan.shape == "credit" and plan.rejected == []
    assert plan.total == 158850 and plan.households == 2 and plan.empty_rows == 1
    opening.import_opening(plan)
    assert payments.credit_balance(unit("1-1-202")) == 30000
    assert payments.credit_balance(unit("2-102")) == 128850
    assert payments.ledger(unit("2-102")).opening_credit == 128850
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 0
    assert payments.money_problems() == []
    again = opening.read_opening(CREDIT, "credit")
    assert {r.room: r.reason.code for r in again.rejected} == {
        "1-1-202": "opening.already_credited", "2-102": "opening.already_credited"}

    fees.run_billing("2026-11")  # the credit pays the new month's bill
    assert payments.credit_balance(unit("1-1-202")) < 30000
    assert payments.money_problems() == []
    batch = opening.batches()[0]
    assert opening.undo_problem(batch.id).code == "opening.paid_against"


def test_a_payment_takes_the_oldest_carried_over_month_first_and_the_receipt_names_it(
        office, as_pdf):
    from pmdesk.core.settings import Profile
    from pmdesk.documents.fees import render_receipt

    opening.import_opening(opening.read_opening(BY_MONTH, "arrears"), create_items=True)
    paid = payments.pay(unit_id=unit("1-1-101"), amount=30000)
    assert [(a.period, a.item, a.amount) for a in paid.allocated] == [
        (202403, "物业服务费", 21033), (202404, "物业服务费", 8967)]
    receipt = payments.receipt(paid.payment_id)
    assert {line.basis for line in receipt.lines} == {"opening"}
    text = as_pdf(render_receipt(receipt, Profile("翠湖苑", "翠湖苑物业服务中心")).pdf).text()
    assert "2024-03" in text and "期初结转" in text


def test_the_limitation_watch_counts_from_the_carried_over_months_own_due_dates(office):
    opening.import_opening(opening.read_opening(BY_MONTH, "arrears"), create_items=True)
    watch = limitation_watch(within_days=150)
    assert [(w.room, w.period, w.barred_on) for w in watch] == [
        ("1-1-101", 202403, "2027-03-31")]


def test_the_same_file_again_is_refused_and_other_files_cannot_double_a_month(office, tmp_path):
    plan = opening.read_opening(BY_TOTAL, "arrears")
    first = opening.import_opening(plan)
    assert opening.previous_import(opening.read_opening(BY_TOTAL, "arrears")).id == first.id
    with pytest.raises(PmdeskError) as refused:
        opening.import_opening(opening.read_opening(BY_TOTAL, "arrears"), skip_bad=True)
    assert refused.value.code in ("opening.already_imported", "opening.nothing")
    # a copy of the file under another name: every month is billed already
    again = opening.read_opening(_copy(BY_TOTAL, tmp_path / "again.xlsx"), "arrears")
    assert {r.reason.code for r in again.rows} == {"opening.already_billed"}


def _copy(source: Path, target: Path) -> Path:
    book = load_workbook(source)
    book.active.append(["注：本表由财务部核对"])
    book.save(target)
    return target


def test_undo_takes_the_batch_back_only_before_anything_is_paid_against_it(office):
    first = opening.import_opening(opening.read_opening(BY_TOTAL, "arrears"))
    undone = opening.undo_opening(first.id, reason="月份录错")
    assert undone.undone_at and undone.undo_reason == "月份录错"
    assert reports.arrears().total == 0 and carried("1-1-301") == []
    with pytest.raises(PmdeskError) as twice:
        opening.undo_opening(first.id, reason="再撤一次")
    assert twice.value.code == "opening.already_undone"

    second = opening.import_opening(opening.read_opening(BY_TOTAL, "arrears"))
    payments.pay(unit_id=unit("1-1-202"), amount=1000)
    with pytest.raises(PmdeskError) as paid:
        opening.undo_opening(second.id, reason="想撤")
    assert paid.value.code == "opening.paid_against" and paid.value.params["room"] == "1-1-202"
    assert reports.arrears().total == 201979 - 1000
    assert [e.action for e in audit.entries(action_prefix="opening.")] == [
        "opening.import", "opening.undo", "opening.import"]
    with pytest.raises(Exception, match="never deleted"):
        db.execute_sql("DELETE FROM bill WHERE opening_id = ?", (second.id,))


def test_undo_reverses_opening_credit(office):
    batch = opening.import_opening(opening.read_opening(CREDIT, "credit"))
    opening.undo_opening(batch.id, reason="金额有误")
    assert payments.credit_balance(unit("2-102")) == 0
    assert payments.money_problems() == []
    assert opening.read_opening(CREDIT, "credit").rejected == []


def test_a_clerks_import_needs_a_managers_approval(staff, tmp_path):
    manager, clerk = staff
    session.act_as(manager)
    for room, owner in ROOMS.items():
        add_unit(room=room, area="89.5", owner=owner)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    session.act_as(clerk)
    plan = opening.read_opening(BY_TOTAL, "arrears")
    with pytest.raises(PmdeskError) as refused:
        opening.import_opening(plan)
    assert refused.value.code == "auth.forbidden"
    assert db.execute_sql("SELECT count(*) FROM opening_batch").fetchone()[0] == 0
    batch = opening.import_opening(plan, approved_by=manager)
    assert (batch.imported_by, batch.approved_by) == ("李小梅", "王经理")
    with pytest.raises(PmdeskError):
        opening.undo_opening(batch.id, reason="撤销")


def _sheet(tmp_path: Path, rows: list[list[object]], name: str = "bad.xlsx") -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / name)
    return tmp_path / name


def test_every_bad_row_is_named_with_its_row_and_reason(office, tmp_path):
    path = _sheet(tmp_path, [
        ["房号", "月份", "收费项目", "欠费金额"],
        ["9-9-909", "2024-03", "物业服务费", 100],
        ["1-1-101", "2024-13", "物业服务费", 100],
        ["1-1-101", "2026-12", "物业服务费", 100],
        ["1-1-102", "2024-03", "物业服务费", -5],
        ["1-1-201", "2024-03", "物业服务费", "一百"],
        ["1-1-202", "2024-05", "物业服务费", 50],
        ["1-1-202", "2024-05", "物业服务费", 60],
        ["1-1-301", "2025-06至2025-01", "物业服务费", 60],
        ["1-1-302", "", "物业服务费", 60],
        ["2-101", "2024-03", "物业服务费", 99.5],
        ["2-102", "2024-03", "物业服务费", 0],
    ])
    plan = opening.read_opening(path, "arrears")
    assert {r.sheet_row: r.reason.code for r in plan.rejected} == {
        2: "opening.room_unknown", 3: "opening.month_invalid", 4: "opening.future_month",
        5: "opening.negative", 6: "money.invalid", 7: "opening.month_repeated",
        8: "opening.month_repeated", 9: "opening.months_reversed", 10: "opening.month_missing"}
    assert plan.rejected[5].reason.params["rows"] == "7、8"
    assert [r.sheet_row for r in plan.accepted] == [11, 12] and plan.empty_rows == 1
    with pytest.raises(PmdeskError) as refused:
        opening.import_opening(plan)
    assert refused.value.code == "import.has_rejects"
    assert db.execute_sql("SELECT count(*) FROM bill").fetchone()[0] == 0
    opening.import_opening(plan, skip_bad=True)
    assert carried("2-101") == [(202403, "物业服务费", 9950)]
    opening.write_rejects(plan, tmp_path / "rejects.xlsx", ["x"] * len(plan.rejected))
    back = list(load_workbook(tmp_path / "rejects.xlsx").active.iter_rows(values_only=True))
    assert back[0] == ("房号", "月份", "收费项目", "欠费金额", "原因") and len(back) == 10


def test_months_in_every_spelling(office):
    epoch = datetime(1899, 12, 30)
    for value, expected in (("2024-03", (202403, 202403)), ("2024年3月", (202403, 202403)),
                            ("202403", (202403, 202403)), (202403, (202403, 202403)),
                            ("2024.3", (202403, 202403)), ("2024/03/15", (202403, 202403)),
                            (datetime(2024, 3, 1), (202403, 202403)), (45352, (202403, 202403)),
                            ("2024-01至2024-06", (202401, 202406)),
                            ("2024.01-2024.06", (202401, 202406)),
                            ("2024-01-2024-06", (202401, 202406)),
                            ("2024年1月至6月", (202401, 202406)),
                            ("２０２４－０１～２０２４－０３", (202401, 202403)),
                            ("2024-01-01~2024-06-30", (202401, 202406))):
        assert opening.months_of(value, epoch) == expected, value
    assert opening.spread(100000, 6) == [16670, 16666, 16666, 16666, 16666, 16666]
    assert opening.spread(5, 3) == [3, 1, 1]


def test_a_ledger_without_an_item_column_is_for_the_property_fee(office, tmp_path):
    path = _sheet(tmp_path, [["房号", "欠费月份", "欠费金额"], ["1-1-101", "2024-03", 210.33]])
    plan = opening.read_opening(path, "arrears")
    assert plan.default_item == "物业服务费" and plan.accepted[0].item == "物业服务费"


def test_the_confirmation_sheet_is_archived_with_the_import_and_reads_back(office, as_pdf):
    from pmdesk.actions.opening import import_balances
    from pmdesk.core.archive import list_documents
    from pmdesk.core.settings import save_office_profile

    save_office_profile(estate_name="翠湖苑")
    batch, issued = import_balances(plan=opening.read_opening(BY_TOTAL, "arrears"))
    pages = as_pdf(issued.pdf).pages()
    text = "".join(pages)
    for expected in ("期初余额导入确认单", f"第 {batch.id} 批", "opening-arrears-by-total.xlsx",
                     "测试主管", "2024-01", "166.70", "2,019.79", "人民币贰仟零壹拾玖元柒角玖分",
                     "财务："):
        assert expected in text, expected
    assert batch.sha256[:8] in text
    assert [d.kind for d in list_documents(text=f"期初第{batch.id}批")] == ["opening"]

    credit, issued = import_balances(plan=opening.read_opening(CREDIT, "credit"))
    text = "".join(as_pdf(issued.pdf).pages())
    assert "2-102" in text and "郑丽" in text and "1,288.50" in text and "2 户" in text


def test_what_excel_and_old_systems_make_of_months_and_amounts(office, tmp_path):
    """A review's findings: months typed into number cells, a bare year, a small number, text
    timestamps, a range with 年 on both sides; an amount merged over two rows."""
    epoch = datetime(1899, 12, 30)
    assert opening.months_of(2024.03, epoch) == (202403, 202403)
    assert opening.months_of(2024.12, epoch) == (202412, 202412)
    for value in (2024.1, 2024, 3, 0.5):
        with pytest.raises(ValidationError):
            opening.months_of(value, epoch)
    assert opening.months_of("2024-01-01 00:00:00", epoch) == (202401, 202401)
    assert opening.months_of("2024年1月-2024年6月", epoch) == (202401, 202406)
    book = Workbook()
    sheet = book.active
    sheet.append(["房号", "欠费起止", "欠费金额"])
    sheet.append(["1-1-101", "2024-01至2024-03", 1200])
    sheet.append(["1-1-101", "2024-04至2024-06", None])
    sheet.append(["1-1-102", "2024-01", 100])
    sheet.merge_cells("C2:C3")
    book.save(tmp_path / "merged.xlsx")
    plan = opening.read_opening(tmp_path / "merged.xlsx", "arrears")
    assert {r.sheet_row: r.reason.code for r in plan.rejected} == {
        2: "opening.merged_amount", 3: "opening.merged_amount"}
    assert plan.total == 10000


def test_a_credit_file_read_before_another_was_imported_cannot_double_it(office, tmp_path):
    first = opening.read_opening(CREDIT, "credit")
    second = opening.read_opening(_sheet(tmp_path, [["房号", "预存余额"], ["2-102", 100]]),
                                  "credit")
    opening.import_opening(first)
    with pytest.raises(PmdeskError) as changed:
        opening.import_opening(second)
    assert changed.value.code == "opening.changed"
    assert payments.credit_balance(unit("2-102")) == 128850


def test_undoing_credit_a_void_took_back_is_refused_in_words(office):
    fees.run_billing("2026-10")
    paid = payments.pay(unit_id=unit("2-102"), amount=21033 + 5000)  # the month, and credit
    fees.run_billing("2026-11")  # which pays part of November
    batch = opening.import_opening(opening.read_opening(CREDIT, "credit"))
    payments.void(receipt_no=paid.receipt_no, reason="收错户")  # takes its credit back
    assert payments.credit_balance(unit("2-102")) < 128850
    assert opening.undo_problem(batch.id).code == "opening.paid_against"


def test_months_paid_in_full_in_the_old_system_are_not_billed_again(office):
    opening.import_opening(opening.read_opening(HISTORY, "arrears"))
    with pytest.raises(PmdeskError) as refused:
        fees.plan_billing("2025-12")
    assert refused.value.code == "billing.before_opening"


def test_carried_over_bills_export_and_go_to_the_lawyer_without_a_made_up_rate(office):
    from pmdesk.core.exporting import bill_rows
    from pmdesk.core.money.dossier import dossier

    opening.import_opening(opening.read_opening(BY_MONTH, "arrears"), create_items=True)
    row = next(r for r in bill_rows() if r[0] == "2-101")
    assert (row[2], row[3], row[4], row[5]) == ("2025-12", "垃圾清运费", "", "期初结转")
    items = dossier(unit("2-101")).fee_items
    assert [(i.name, i.carried_over) for i in items] == [("垃圾清运费", True)]
