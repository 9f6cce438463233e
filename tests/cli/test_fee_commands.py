"""The fee commands of docs/cli.md, run as scripts run them: exit codes, one-line errors, JSON."""

from __future__ import annotations

import json

import pytest

from pmdesk.core import clock
from tests.cli.test_cli import assert_one_clean_line

YEAR = clock.today().year

pytestmark = pytest.mark.both_engines


def test_bill_twice_bills_once(cli, office):
    first = cli("bill", "--period", "2026-01")
    assert first.returncode == 0, first.stderr
    assert "已出账 4 笔，2 户" in first.stdout
    again = cli("bill", "--period", "2026-01")
    assert again.returncode == 0 and "已出账 0 笔" in again.stdout


def test_pay_json_shape_and_oldest_first(cli, office):
    for month in ("2026-01", "2026-02"):
        cli("bill", "--period", month)
    result = cli("pay", "３－２－５０１", "¥300", "--method", "wechat", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {"receipt_no": f"{YEAR}-000001", "room": "3-2-501", "amount": "300.00",
                    "allocated": [{"period": "2026-01", "item": "物业服务费", "amount": "210.33"},
                                  {"period": "2026-01", "item": "垃圾清运费", "amount": "10.00"},
                                  {"period": "2026-02", "item": "物业服务费", "amount": "79.67"}],
                    "credit": "0.00"}
    over = json.loads(cli("pay", "3栋2单元501室", "2,000", "--json").stdout)
    assert over["credit"] == f"{2000 - 130.66 - 10:.2f}"


def test_report_arrears_and_collection_json(cli, office):
    for month in ("2026-01", "2026-02", "2026-03"):
        cli("bill", "--period", month)
    cli("pay", "12-101", "292", "--date", "2026-02-05")
    result = cli("report", "arrears", "--as-of", "2026-04-01", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-04-01"
    assert data["households"] == [
        {"room": "3-2-501", "owner": "张三&李四", "owed": "660.99", "months": 3,
         "oldest_period": "2026-01"},
        {"room": "12-101", "owner": "", "owed": "584.00", "months": 2,
         "oldest_period": "2026-02"}]
    assert data["total_owed"] == "1244.99"
    collection = json.loads(cli("report", "collection", "--period", "2026-01",
                                "--json").stdout)
    assert collection["period"] == "2026-01"
    assert (collection["billed"], collection["collected"], collection["rate"]) == (
        "512.33", "292.00", "0.5699")


def test_receipt_pdf_has_amount_in_words_and_reprint_mark(cli, office, as_pdf, tmp_path):
    cli("bill", "--period", "2026-01")
    result = cli("pay", "3-2-501", "220.33", "--receipt-pdf", "r1.pdf")
    assert result.returncode == 0, result.stderr
    text = as_pdf((tmp_path / "r1.pdf").read_bytes()).text()
    for expected in ("收据", f"{YEAR}-000001", "3-2-501", "张三&李四", "物业服务费",
                     "2.35元/㎡×89.50㎡", "210.33", "人民币贰佰贰拾元零叁角叁分", "¥220.33",
                     "经办人", "客户确认"):
        assert expected in text, expected
    assert "补打" not in text
    again = cli("print", "receipt", f"{YEAR}000001", "r2.pdf", "--paper", "receipt")
    assert again.returncode == 0, again.stderr
    reprint = as_pdf((tmp_path / "r2.pdf").read_bytes())
    assert "补打" in reprint.text()
    assert "683.15 x 396.85" in reprint.info()  # 241 × 140 mm
    voided = cli("void", f"{YEAR}-000001", "--reason", "收错户")
    assert voided.returncode == 0, voided.stderr
    cli("print", "receipt", f"{YEAR}-000001", "r3.pdf")
    assert "作废" in as_pdf((tmp_path / "r3.pdf").read_bytes()).text()


@pytest.mark.parametrize(("args", "expected"), [
    (("pay", "9-9-909", "100"), "没有房号为 9-9-909 的住户"),
    (("pay", "3-2-501", "0"), "金额必须大于 0"),
    (("pay", "3-2-501", "-5"), "不能是负数"),
    (("pay", "3-2-501", "12.345"), "最多两位小数"),
    (("pay", "3-2-501", "abc"), "不是金额"),
    (("pay", "not a room", "100"), "不是有效的房号"),
    (("bill", "--period", "2026-13"), "不是有效的月份"),
    (("print", "receipt", "2026-999999", "x.pdf"), "没有收据号为 2026-999999 的收据"),
    (("print", "receipt", "abc", "x.pdf"), "不是收据号"),
    (("fee-item", "add", "水费", "--per-area", "-1"), "不是单价"),
])
def test_bad_input_is_one_line_and_changes_nothing(cli, office, query, args, expected):
    counts = ("SELECT (SELECT count(*) FROM payment), (SELECT count(*) FROM bill), "
              "(SELECT count(*) FROM fee_item)")
    cli("bill", "--period", "2026-01")
    before = query(counts)
    result = cli(*args)
    assert result.returncode == 1, result.stdout
    assert_one_clean_line(result.stderr)
    assert expected in result.stderr
    assert query(counts) == before


def test_exports_have_chinese_headers(cli, office, tmp_path):
    from openpyxl import load_workbook

    cli("bill", "--period", "2026-01")
    cli("pay", "3-2-501", "100")
    for table, header in (("bills", "房号"), ("payments", "收据号"), ("arrears", "房号")):
        result = cli("export", table, f"{table}.xlsx", "--as-of", "2026-03-01")
        assert result.returncode == 0, result.stderr
        sheet = load_workbook(tmp_path / f"{table}.xlsx").active
        assert sheet.cell(1, 1).value == header
    sheet = load_workbook(tmp_path / "payments.xlsx").active
    assert sheet.cell(2, 6).value == 100 and sheet.cell(2, 6).number_format == "#,##0.00"


@pytest.mark.sqlite_only  # the server's own: tests/core/test_server.py
def test_check_reports_broken_money(cli, office):
    import sqlite3

    cli("bill", "--period", "2026-01")
    cli("pay", "3-2-501", "100")
    assert cli("check").returncode == 0
    conn = sqlite3.connect(office)
    conn.execute("DROP TRIGGER bill_fixed")  # what a DB browser could do
    conn.execute("UPDATE bill SET paid = 0")
    conn.commit()
    result = cli("check")
    assert result.returncode == 1 and "paid" in result.stderr


def test_print_arrears_letters_for_households_owing_n_months(cli, office, query, as_pdf,
                                                             tmp_path):
    for month in ("2026-01", "2026-02", "2026-03"):
        cli("bill", "--period", month)
    cli("pay", "12-101", "584")  # 12-101 now owes only March
    result = cli("print", "arrears-letters", "letters.pdf", "--min-months", "2",
                 "--as-of", "2026-04-15", "--delivery-sheet", "sheet.pdf")
    assert result.returncode == 0, result.stderr
    text = as_pdf((tmp_path / "letters.pdf").read_bytes()).text()
    assert text.count("送达回执") == 1 and "3-2-501" in text and "12-101" not in text
    sheet = as_pdf((tmp_path / "sheet.pdf").read_bytes()).text()
    assert "送达签收单" in sheet and "3-2-501" in sheet
    everyone = cli("print", "arrears-letters", "all.pdf", "--as-of", "2026-04-15")
    assert everyone.returncode == 0, everyone.stderr
    text = as_pdf((tmp_path / "all.pdf").read_bytes()).text()
    assert text.count("送达回执") == 2
    ids = [row[0] for row in query("SELECT id FROM demand_letter ORDER BY id")]
    assert ids == [1, 2, 3]  # each letter is recorded under the number printed on it
    assert "催缴〔2026〕0001号" in sheet
    assert "催缴〔2026〕0002号" in text and "催缴〔2026〕0003号" in text
    none = cli("print", "arrears-letters", "none.pdf", "--min-months", "9",
               "--as-of", "2026-04-15")
    assert none.returncode == 0 and not (tmp_path / "none.pdf").exists()
    notice = cli("print", "arrears-notice", "notice.pdf", "--as-of", "2026-04-15")
    assert notice.returncode == 0, notice.stderr
    posted = as_pdf((tmp_path / "notice.pdf").read_bytes()).text()
    assert "其他 2 栋（合计）" in posted and "张三" not in posted and "3-2-501" not in posted


def test_export_complaints_has_one_row_per_item_with_chinese_headers(cli, office,
                                                                    tmp_path):
    from openpyxl import load_workbook

    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import complaints

    open_db(office)
    item = complaints.receive(kind="repair", channel="phone", category="facility",
                              description='=HYPERLINK("x") 门禁坏了', unit_id=1)
    complaints.step(item.id, "assign", assignee="维修班")
    complaints.receive(kind="praise", channel="letter", category="attitude",
                       description="保安热心", contact_name="赵大爷")
    close_db()
    result = cli("export", "complaints", "c.xlsx")
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(tmp_path / "c.xlsx").active
    headers = [cell.value for cell in sheet[1]]
    assert headers[:6] == ["编号", "类型", "来源", "类别", "紧急程度", "状态"]
    assert "回访" in headers and "满意度" in headers
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [item.number, "BY" + item.number[2:-1] + "2"]
    assert rows[0][1] == "报修" and rows[0][5] == "派单/调查" and rows[0][6] == "3-2-501"
    assert rows[0][10].startswith("=HYPERLINK")  # kept as text, never a formula
    assert sheet.cell(2, 11).data_type == "s"


def test_export_events_counts_sign_ups_and_attendance(cli, office, tmp_path):
    from datetime import timedelta

    from openpyxl import load_workbook

    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db
    from pmdesk.core.service import events

    open_db(office)
    start = clock.now() + timedelta(days=5)
    game = events.create_event(title="业主篮球友谊赛", type="sports", starts_at=start,
                               ends_at=start + timedelta(hours=2), place="篮球场", capacity=2,
                               budget=80000)
    events.set_status(game.id, "published")
    events.check_in(events.sign_up(event_id=game.id, unit_id=1, people=2).id)
    events.sign_up(event_id=game.id, unit_id=2, people=1)  # waiting
    close_db()
    result = cli("export", "events", "e.xlsx")
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(tmp_path / "e.xlsx").active
    headers = [cell.value for cell in sheet[1]]
    assert headers[:3] == ["活动", "类型", "开始"] and "到场人数" in headers
    row = dict(zip(headers, next(sheet.iter_rows(min_row=2, values_only=True)), strict=True))
    assert (row["活动"], row["类型"], row["状态"], row["名额"]) == ("业主篮球友谊赛", "文体活动",
                                                                 "已发布", 2)
    assert (row["报名户数"], row["报名人数"], row["候补人数"], row["到场人数"]) == (2, 2, 1, 2)
    assert row["预算(元)"] == 800


def test_print_payment_notices_asks_only_for_what_is_still_owed(cli, office, as_pdf,
                                                               tmp_path):
    """Issue 16: a month paid from credit is not asked for again, a part-paid one asks for the
    rest, a household that owes nothing gets no notice; due days after the print date."""
    cli("bill", "--period", "2026-01")
    cli("pay", "3-2-501", "1000")  # January, and credit that pays February
    cli("bill", "--period", "2026-02")
    cli("pay", "12-101", "392")  # January, and 100.00 of February
    result = cli("print", "payment-notices", "notices.pdf", "--period", "2026-02")
    assert result.returncode == 0, result.stderr
    pages = as_pdf((tmp_path / "notices.pdf").read_bytes()).pages()
    assert len(pages) == 1 and "12-101" in pages[0] and "3-2-501" not in pages[0]
    assert "合计应缴¥192.00（人民币壹佰玖拾贰元整）" in pages[0]
    assert "2026年12月10日前" in pages[0]  # printed on 25 November, 15 days to pay
    one = cli("print", "payment-notices", "b3.pdf", "--period", "2026-02",
              "--building", "3")
    assert one.returncode == 0 and not (tmp_path / "b3.pdf").exists()
    assert "没有需要缴费的住户" in one.stdout
    bad = cli("print", "payment-notices", "x.pdf", "--period", "2026-13")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr


def test_how_to_pay_and_price_forms_from_the_command_line(cli, office, query, as_pdf,
                                                          tmp_path):
    """Issue 16: the office's payment details and an item's price form, set by script."""
    result = cli("init", "--estate", "翠湖苑", "--office-hours", "每天 8:30—17:30",
                 "--bank", "中国工商银行杭州翠湖支行", "--account-no", "1202 0210 0900 1234 567")
    assert result.returncode == 0, result.stderr
    added = cli("fee-item", "add", "车位管理费", "--fixed", "60", "--price-form", "market")
    assert added.returncode == 0, added.stderr
    cli("bill", "--period", "2026-01")
    cli("print", "payment-notices", "n.pdf", "--period", "2026-01")
    text = as_pdf((tmp_path / "n.pdf").read_bytes()).text()
    assert "每天 8:30—17:30" in text and "1202 0210 0900 1234 567" in text
    assert query("SELECT price_form FROM fee_item WHERE name = '车位管理费'") == [("market",)]
    bad = cli("fee-item", "add", "x", "--fixed", "1", "--price-form", "free")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
