"""Fee items, billing, payments, voids, reductions and the reports — on a real database."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import fees, payments, reports
from pmdesk.core.money.amounts import (
    due_date,
    line_amount,
    money_text,
    parse_money,
    parse_period,
    parse_rate,
    rate_text,
    yuan,
)
from pmdesk.core.register.residents import update_unit
from pmdesk.core.safety import session
from pmdesk.core.safety.db import db, insert

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

LAST_MONTH = clock.today().replace(day=1)


def _unit(code: str, area: int, *, kind: str = "residential", state: str = "owner_occupied",
          handover: str | None = "2020-01-15", owner: str = "张伟") -> int:
    building, *rest = code.split("-")
    db.execute_sql("INSERT INTO building (code) VALUES (?) ON CONFLICT DO NOTHING", (building,))
    bid = db.execute_sql("SELECT id FROM building WHERE code = ?", (building,)).fetchone()[0]
    unit_id = insert(
        "INSERT INTO unit (building_id, stairwell, room, code, area, kind, state, handover_date)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (bid, rest[0] if len(rest) == 2 else "", rest[-1], code, area, kind, state, handover))
    pid = insert("INSERT INTO person (name, created_at) VALUES (?, '2020-01-01')", (owner,))
    db.execute_sql("INSERT INTO occupancy (unit_id, person_id, role) VALUES (?, ?, 'owner')",
                   (unit_id, pid))
    return unit_id


@pytest.fixture
def estate(db_path):
    """Two households and the usual items: 2.35 元/㎡ and 10 元/户."""
    units = {"a": _unit("3-2-501", 8950), "b": _unit("12-101", 12000, owner="李娜")}
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10")
    return units


def test_money_parsing_accepts_office_spellings_and_refuses_the_rest():
    assert parse_money("2523.9") == 252390
    for text, fen in (("2,523.90", 252390), ("¥2523.90", 252390), ("￥2523.90", 252390),
                      ("１２３．５０", 12350), (" 1234.5 ", 123450), ("1234.5元", 123450)):
        assert parse_money(text) == fen
    for text, code in (("", "money.required"), ("0", "money.zero"), ("0.00", "money.zero"),
                       ("-100", "money.negative"), ("12.345", "money.too_precise"),
                       ("abc", "money.invalid"), ("1e3", "money.invalid"),
                       ("NaN", "money.invalid"), ("1.234,50", "money.invalid"),
                       ("1,2,3", "money.invalid"), ("99999999999", "money.too_large"),
                       ("9999999", "money.too_large")):
        with pytest.raises(ValidationError) as err:
            parse_money(text)
        assert err.value.code == code, text


def test_rounding_is_half_up_to_the_fen():
    assert line_amount(8950, parse_rate("2.35")) == 21033  # 210.325 → 210.33
    assert line_amount(100, parse_rate("1.005")) == 101  # 1.005 → 1.01, never 1.00
    assert parse_rate("1.285") == 12850 and rate_text(12850) == "1.285"
    assert rate_text(23500) == "2.35" and money_text(252390) == "¥2,523.90"


def test_periods():
    assert parse_period("2026-01") == parse_period("2026年1月") == parse_period("202601") == 202601
    for bad in ("2026-13", "2026-00", "26-1", "abc"):
        with pytest.raises(ValidationError):
            parse_period(bad)
    assert due_date(202602) == date(2026, 2, 28)


def test_billing_twice_bills_once_and_keeps_the_rate_it_billed_with(estate):
    first = fees.run_billing("2026-01")
    assert (first.bills, first.units, first.total) == (4, 2, 21033 + 1000 + 28200 + 1000)
    assert fees.run_billing("2026-01").bills == 0
    assert db.execute_sql("SELECT count(*) FROM bill").fetchone()[0] == 4
    item = next(i for i in fees.fee_items() if i.name == "物业服务费")
    fees.change_rate(item_id=item.id, rate="2.50", from_period="2026-02")
    fees.run_billing("2026-02")
    amounts = dict(db.execute_sql(
        "SELECT period, amount FROM bill WHERE unit_id = ? AND quantity = 8950",
        (estate["a"],)).fetchall())
    assert amounts == {202601: 21033, 202602: 22375}
    with pytest.raises(PmdeskError):
        fees.add_fee_item(name="物业服务费", basis="area", rate="3")
    with pytest.raises(Exception, match="never rewritten"):
        db.execute_sql("UPDATE bill SET amount = 1")


def test_fees_start_the_month_after_handover_and_skip_undelivered(db_path):
    handed = _unit("1-1-101", 10000, handover="2026-03-20")
    _unit("1-1-102", 10000, state="undelivered", handover=None)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2")
    assert fees.plan_billing("2026-03").lines == []
    plan = fees.plan_billing("2026-04")
    assert [line.unit_id for line in plan.lines] == [handed]
    assert plan.skipped == {"undelivered": 1}


def test_unit_kinds_and_parking_spaces(db_path):
    home = _unit("1-1-101", 10000)
    shop = _unit("8-101", 5000, kind="shop")
    db.execute_sql("INSERT INTO vehicle (unit_id, plate, space, space_kind) VALUES "
                   "(?, '浙A12345', 'B1-001', 'owned'), (?, '浙A54321', 'B1-002', 'rented'),"
                   " (?, '浙A11111', '', 'none')", (home, home, home))
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10", unit_kinds="住宅")
    fees.add_fee_item(name="车位管理费", basis="parking", rate="60", unit_kinds="住宅,商铺")
    lines = {(line.unit_id, line.quantity, line.amount) for line in
             fees.plan_billing("2026-05").lines}
    assert lines == {(home, 1, 1000), (home, 2, 12000)}
    assert shop not in {unit for unit, *_ in lines}
    with pytest.raises(ValidationError):
        fees.parse_unit_kinds("别墅")


def test_vacancy_reduction_for_long_vacant_units(estate):
    update_unit(unit_id=estate["b"], area="120", kind="residential", state="vacant",
                handover_date="2020-01-15")
    assert db.execute_sql("SELECT vacant_since FROM unit WHERE id = ?", (estate["b"],)
                          ).fetchone()[0] == clock.today().isoformat()
    assert fees.plan_billing("2026-01").vacancy_reduced == 0  # the rule is off by default
    db.execute_sql("UPDATE unit SET vacant_since = '2025-01-10' WHERE id = ?", (estate["b"],))
    fees.save_fee_settings(fees.FeeSettings(vacancy_percent=30, vacancy_months=6))
    plan = fees.plan_billing("2026-01")
    reduced = [line for line in plan.lines if line.unit_id == estate["b"]]
    assert {(line.full_amount, line.amount) for line in reduced} == {(28200, 19740),
                                                                      (1000, 700)}
    assert plan.vacancy_reduced == 2


def _pay(unit_id: int, text: str, **kw) -> payments.PaymentResult:
    return payments.pay(unit_id=unit_id, amount=parse_money(text), **kw)


def test_partial_oldest_first_designated_and_over_payments(estate):
    a = estate["a"]
    for month in ("2026-01", "2026-02", "2026-03"):
        fees.run_billing(month)
    partial = _pay(a, "100")
    assert [(x.period, x.item, x.amount) for x in partial.allocated] == [
        (202601, "物业服务费", 10000)]
    oldest = _pay(a, "200")
    assert [(x.period, x.amount) for x in oldest.allocated] == [(202601, 11033),
                                                                (202601, 1000), (202602, 7967)]
    march = [b.bill_id for b in payments.open_bills(a) if b.period == 202603]
    chosen = _pay(a, "220.33", bill_ids=march)
    assert {x.period for x in chosen.allocated} == {202603} and chosen.to_credit == 0
    over = _pay(a, "500")
    assert over.to_credit == 50000 - 14066 and over.credit == over.to_credit
    assert payments.owed(a) == 0
    assert payments.money_problems() == []


def test_credit_is_used_by_the_next_bill(estate):
    a = estate["a"]
    result = _pay(a, "300")
    assert result.allocated == () and result.credit == 30000
    run = fees.run_billing("2026-01")
    assert run.credit_applied == 22033
    assert payments.owed(a) == 0 and payments.credit_balance(a) == 30000 - 22033
    assert payments.money_problems() == []


def test_prepayment_cap(estate):
    fees.save_fee_settings(fees.FeeSettings(prepay_cap_months=2))
    with pytest.raises(ValidationError) as err:
        _pay(estate["a"], "1000")  # 2 × 220.33 = 440.66 at most
    assert err.value.code == "payment.over_prepay_cap"
    assert _pay(estate["a"], "440.66").credit == 44066


def test_void_reverses_exactly_and_stays_in_the_sequence(estate):
    a = estate["a"]
    fees.run_billing("2026-01")
    before = payments.ledger(a)
    paid = _pay(a, "500")  # 220.33 on January, 279.67 credit
    fees.run_billing("2026-02")  # uses 220.33 of that credit
    assert payments.owed(a) == 0
    payments.void(receipt_no=paid.receipt_no, reason="收错户")
    after = payments.ledger(a)
    assert after.credit == 0 and after.owed == before.owed + 22033
    assert payments.money_problems() == []
    listed = payments.ledger(a).payments[0]
    assert (listed.receipt_no, listed.voided) == (f"{clock.today().year}-000001", "收错户")
    with pytest.raises(ValidationError) as err:
        payments.void(receipt_no=paid.receipt_no, reason="again")
    assert err.value.code == "receipt.already_void"
    with pytest.raises(ValidationError):
        payments.void(receipt_no=paid.receipt_no, reason="  ")
    assert _pay(a, "10").receipt_no.endswith("000002")


def test_receipt_numbers_stay_gapless_when_a_payment_fails(estate, monkeypatch):
    fees.run_billing("2026-01")
    assert _pay(estate["a"], "10").receipt_no.endswith("-000001")
    original = payments.audit.record

    def failing(action, *args, **kw):
        if action == "payment.create":
            raise sqlite3.OperationalError("disk I/O error")
        return original(action, *args, **kw)

    monkeypatch.setattr(payments.audit, "record", failing)
    with pytest.raises(Exception, match="disk I/O"):
        _pay(estate["a"], "20")
    monkeypatch.setattr(payments.audit, "record", original)
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 1
    assert _pay(estate["a"], "20").receipt_no.endswith("-000002")
    assert payments.money_problems() == []


def test_double_submission_with_one_token_pays_once(estate):
    first = _pay(estate["a"], "50", token="form-1")
    second = _pay(estate["a"], "50", token="form-1")
    assert first.receipt_no == second.receipt_no
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 1


def test_bad_payments_change_nothing(estate):
    fees.run_billing("2026-01")
    with pytest.raises(ValidationError) as err:
        payments.unit_by_room("9-9-909")
    assert err.value.code == "room.unknown"
    for kwargs in ({"amount": 0}, {"amount": -5}, {"amount": 100, "method": "bitcoin"},
                   {"amount": 100, "paid_on": "2026-02-30"}, {"amount": 100, "tendered": 50},
                   {"amount": 100, "paid_on": "2026-11-26"},  # tomorrow
                   {"amount": 100, "bill_ids": [999]}):
        with pytest.raises(PmdeskError):
            payments.pay(unit_id=estate["a"], **kwargs)
    assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM audit_log WHERE action LIKE 'payment%'"
                          ).fetchone()[0] == 0


def test_money_rows_cannot_be_changed_or_deleted(estate):
    fees.run_billing("2026-01")
    _pay(estate["a"], "300")  # 220.33 on the bills, 79.67 credit
    for sql in ("UPDATE payment SET amount = 1", "DELETE FROM payment",
                "UPDATE allocation SET amount = 1", "DELETE FROM allocation",
                "DELETE FROM credit_entry", "DELETE FROM bill"):
        with pytest.raises(Exception, match="append-only|never"):
            db.execute_sql(sql)
    with pytest.raises(Exception, match="its bill"):  # an allocation must repeat its bill's
        db.execute_sql("INSERT INTO allocation (bill_id, amount, on_date, created_at, period, "
                       "unit_id) VALUES (1, 5, '2026-01-05', 'x', 202602, 1)")  # month


def test_reductions_are_their_own_entries(estate):
    a = estate["a"]
    fees.run_billing("2026-01")
    fees.run_billing("2026-02")
    with pytest.raises(ValidationError):
        payments.reduce(unit_id=a, amount=100, reason="")
    with pytest.raises(ValidationError) as err:
        payments.reduce(unit_id=a, amount=10**7, reason="困难户")
    assert err.value.code == "reduction.too_large"
    assert payments.reduce(unit_id=a, amount=30000, reason="困难户减免") == 3
    book = payments.ledger(a)
    assert book.owed == 2 * 22033 - 30000
    assert [r.reason for r in book.reductions] == ["困难户减免"] * 3
    assert reports.collection(202601).collected == 0  # a reduction is not money collected


def test_arrears_months_buckets_and_collection(estate):
    b = estate["b"]
    for month in ("2025-12", "2026-01", "2026-02", "2026-03"):
        fees.run_billing(month)
    _pay(b, "584")  # 2 months of 292.00
    result = reports.arrears(date(2026, 4, 1))
    rows = {row.room: row for row in result.rows}
    assert rows["3-2-501"].months == 4 and rows["3-2-501"].oldest_period == 202512
    assert rows["3-2-501"].owed == 4 * 22033
    assert rows["12-101"].months == 2 and rows["12-101"].oldest_period == 202602
    assert result.total == 4 * 22033 + 2 * 29200
    assert rows["3-2-501"].buckets == (3 * 22033, 22033, 0, 0, 0)  # 2025-12 is 4 months old
    assert [r.room for r in reports.arrears(date(2026, 3, 31)).rows] == ["3-2-501", "12-101"]
    # only bills due before as_of count: March falls due on its last day
    assert reports.arrears(date(2026, 3, 31)).rows[0].months == 3
    december = reports.collection(202512)
    assert (december.billed, december.collected, str(december.rate)) == (
        22033 + 29200, 29200, f"{29200 / 51233:.4f}")
    assert (december.households, december.households_paid) == (2, 1)


def test_recovery_rate_counts_old_months_paid_during_the_month(estate, on_day):
    a = estate["a"]
    fees.run_billing("2026-01")
    fees.run_billing("2026-02")
    with on_day(date(2026, 2, 10)):
        payments.pay(unit_id=a, amount=22033)  # January's bill
    february = reports.collection(202602)
    assert february.recovered == 22033
    assert february.still_owed == 29200  # 12-101's January bill
    assert str(february.recovery_rate) == f"{22033 / (22033 + 29200):.4f}"


def test_daily_takings_by_method_with_voids(estate):
    fees.run_billing("2026-01")
    day = clock.today()
    _pay(estate["a"], "100", method="cash")
    second = _pay(estate["b"], "50", method="wechat")
    _pay(estate["b"], "30", method="wechat")
    payments.void(receipt_no=second.receipt_no, reason="重复收款")
    takings = reports.daily_takings(day)
    assert takings.by_method == {"cash": 10000, "wechat": 3000}
    assert len(takings.receipts) == 3 and len(takings.voids) == 1
    assert takings.total == 13000


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60_000), min_size=1, max_size=8),
       st.integers(min_value=0, max_value=7))
def test_invariants_hold_under_any_payments_and_a_void(tmp_path_factory, amounts, void_index):
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    open_db(tmp_path_factory.mktemp("h") / "office.db")
    try:
        unit_id = _unit("1-1-101", 8950)
        fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
        fees.save_fee_settings(fees.FeeSettings(prepay_cap_months=120))
        fees.run_billing("2026-01")
        results = []
        for index, fen in enumerate(amounts):
            results.append(payments.pay(unit_id=unit_id, amount=fen))
            if index == 1:
                fees.run_billing("2026-02")
        payments.void(receipt_no=results[void_index % len(results)].receipt_no, reason="测试")
        assert payments.money_problems() == []
        assert all(bill.owed >= 0 for bill in payments.ledger(unit_id).bills)
    finally:
        close_db()


def test_json_money_is_a_string_with_two_decimals():
    assert yuan(21033) == "210.33" and yuan(5) == "0.05" and yuan(0) == "0.00"


def test_a_payment_is_back_dated_only_a_few_days_and_never_into_another_year(
        estate, staff, on_day):
    """Issue 14.5: `--date 1900-01-01` issued 1900-000001. Today is Wednesday 2026-11-25."""
    from datetime import datetime

    from pmdesk.core import archive
    from pmdesk.core.safety import audit

    manager, clerk = staff
    fees.run_billing("2026-10")
    session.act_as(clerk)
    for day, code in (("1900-01-01", "payment.other_year"), ("2025-12-31", "payment.other_year"),
                      ("2026-11-26", "payment.future_date")):
        with pytest.raises(ValidationError) as err:
            payments.pay(unit_id=estate["a"], amount=100, paid_on=day)
        assert err.value.code == code, day
    assert payments.pay(unit_id=estate["a"], amount=100, paid_on="2026-11-18").receipt_no \
        == "2026-000001"  # seven days back: the clerk may
    with pytest.raises(PmdeskError) as err:
        payments.pay(unit_id=estate["a"], amount=100, paid_on="2026-11-17")
    assert err.value.code == "auth.forbidden"
    older = payments.pay(unit_id=estate["a"], amount=100, paid_on="2026-11-02",
                         approved_by=manager)
    entry = [e for e in audit.entries() if e.action == "payment.create"][0]
    assert (entry.entity_id, entry.detail["backdated_by"]) == (older.payment_id, "王经理")
    archive.record_document(kind="daily_report", subject="收费日报 2026-11-20", pdf=b"%PDF-1.4",
                            pages=1)
    for day in ("2026-11-20", "2026-11-19"):  # that day's report is on paper
        with pytest.raises(ValidationError) as err:
            payments.pay(unit_id=estate["a"], amount=100, paid_on=day, approved_by=manager)
        assert err.value.code == "payment.day_reported"
    assert payments.pay(unit_id=estate["a"], amount=100, paid_on="2026-11-21").receipt_no
    clock.pin(datetime(2027, 1, 2, 9, 0))  # the first working day of a new year
    with pytest.raises(ValidationError) as err:
        payments.pay(unit_id=estate["a"], amount=100, paid_on="2026-12-31")
    assert err.value.code == "payment.other_year"
    assert payments.pay(unit_id=estate["a"], amount=100).receipt_no == "2027-000001"


def test_what_the_publication_says_of_an_item_is_a_managers_change(estate, staff):
    """Issue 16: 明码标价 names each item's price form; the form and the 收费依据 can be set
    later, by a manager, audited, with the bills untouched — and a new rate keeps them."""
    from pmdesk.core.safety import audit

    manager, clerk = staff
    item = next(i for i in fees.fee_items() if i.basis == "area")
    assert item.price_form == ""
    session.act_as(clerk)
    with pytest.raises(PmdeskError) as err:
        fees.describe_fee_item(item_id=item.id, legal_basis="杭价服〔2024〕12号",
                               price_form="government")
    assert err.value.code == "auth.forbidden"
    fees.describe_fee_item(item_id=item.id, legal_basis="杭价服〔2024〕12号",
                           price_form="government", approved_by=manager)
    described = fees.fee_item(item.id)
    assert (described.legal_basis, described.price_form) == ("杭价服〔2024〕12号", "government")
    entry = [e for e in audit.entries() if e.action == "fee_item.describe"][0]
    assert entry.detail["after"]["price_form"] == "government"
    with pytest.raises(ValidationError) as err:
        fees.describe_fee_item(item_id=item.id, legal_basis="", price_form="free",
                               approved_by=manager)
    assert err.value.field == "price_form"
    new_id = fees.change_rate(item_id=item.id, rate="2.50", from_period="2027-01",
                              approved_by=manager)
    assert fees.fee_item(new_id).price_form == "government"


def test_a_clerk_sets_the_receipt_copies_and_each_receipt_prints_them(estate, staff):
    """Issue 16: 三联 on plain paper is the clerk's printing choice, like the paper; the
    receipt then prints 存根, 收据 and 记账, a page each."""
    from pmdesk.actions.payments import issue_receipt
    from pmdesk.core.settings import save_office_profile

    _, clerk = staff
    session.act_as(clerk)
    save_office_profile(estate_name="翠湖苑")
    fees.save_fee_settings(fees.FeeSettings(receipt_copies=3))
    assert fees.fee_settings().receipt_copies == 3
    with pytest.raises(ValidationError) as err:
        fees.save_fee_settings(fees.FeeSettings(receipt_copies=2))
    assert err.value.field == "receipt_copies"
    fees.run_billing("2026-10")
    paid = payments.pay(unit_id=estate["a"], amount=100)
    assert issue_receipt(payment_id=paid.payment_id).pages == 3
