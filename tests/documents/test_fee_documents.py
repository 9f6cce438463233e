"""Fee documents as a reader sees them: payment notices, the fee publication, the daily takings,
and receipts with rare characters in names."""

from __future__ import annotations

from datetime import date

from pmdesk.core import clock
from pmdesk.core.demo import generate
from pmdesk.core.money import fees, payments, reports
from pmdesk.core.safety import audit, chain
from pmdesk.core.safety.db import db
from pmdesk.core.settings import Profile, get_office_profile
from pmdesk.documents import fees as documents
from pmdesk.documents.layout import RECEIPT
from pmdesk.documents.pdf import render


def test_payment_notices_one_page_per_household_in_room_order(db_path, as_pdf):
    generate(households=40, seed=11)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.run_billing("2026-10")
    fees.run_billing("2026-11")
    statements = fees.month_statements("2026-11")
    rendered = documents.render_payment_notices(statements, get_office_profile())
    assert rendered.pages == len(statements) == 40 - db.execute_sql(
        "SELECT count(*) FROM unit WHERE state = 'undelivered'").fetchone()[0]
    pdf = as_pdf(rendered.pdf)
    pages = pdf.text().split("\f")
    rooms = [statement.room for statement in statements]
    for page, statement in zip(pages, statements, strict=False):
        assert statement.room in page and "缴费通知单" in page
        assert "2026年12月10日前" in page  # 15 days after printing (the clock: 25 November)
        assert "此前各月尚有" in page  # October is still unpaid
    assert rooms[:3] == ["1-1-101", "1-1-102", "1-1-103"]


def test_a_payment_notice_says_how_to_pay_with_the_account_whole(db_path, as_pdf, tmp_path):
    """Issue 16: the hours, the bank account (its number on one line) with the room, and the
    office's QR code beside the signature."""
    import subprocess

    from docs.document_images import sample_qr
    from tests.core.test_fees import _unit

    _unit("3-2-501", 8950, owner="张三")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.run_billing("2026-11")
    office = Profile("翠湖苑", "翠湖苑物业服务中心", office_hours="每天 8:30—17:30",
                     bank_name="中国工商银行杭州翠湖支行", account_name="翠湖苑物业服务中心",
                     account_no="1202 0210 0900 1234 567", pay_qr_png=sample_qr())
    pdf = as_pdf(documents.render_payment_notices(fees.month_statements("2026-11"),
                                                  office).pdf)
    lines = pdf.text().splitlines()
    assert any("每天 8:30—17:30" in line for line in lines)
    assert any("1202 0210 0900 1234 567" in line for line in lines)  # whole, on one line
    assert any("附言中写明房号 3-2-501" in line for line in lines)
    images = subprocess.run(["pdfimages", "-list", str(pdf.path)], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]
    assert len(images) >= 1  # the QR code
    bare = as_pdf(documents.render_payment_notices(fees.month_statements("2026-11"),
                                                   Profile("翠湖苑", "翠湖苑物业服务中心")).pdf)
    assert "银行转账：" not in bare.text() and "可用现金、微信、支付宝、银行转账或刷卡" in \
        bare.text().replace("\n", "")


def test_fee_publication_lists_items_and_the_complaint_lines(db_path, as_pdf):
    fees.add_fee_item(name="物业服务费", basis="area", rate="1.285", unit_kinds="住宅",
                      legal_basis="《前期物业服务合同》第十二条", price_form="government")
    fees.add_fee_item(name="车位管理费", basis="parking", rate="60", start_period="2026-03",
                      price_form="market")
    letter = documents.price_publication(fees.fee_items(), complaint_phone="0571-88886677",
                                         service_level="二级")
    text = as_pdf(render([letter], Profile("翠湖苑", "翠湖苑物业服务中心")).pdf).text()
    for expected in ("收费公示", "1.285元/㎡/月", "60.00元/个/月", "按建筑面积", "按车位",
                     "第十二条", "全部", "2026-03", "12345", "12315", "0571-88886677",
                     "价格形式", "政府指导价", "市场调节价", "物业服务等级：二级"):
        assert expected in text.replace("\n", ""), expected


def test_daily_report_totals_and_voids(db_path, as_pdf):
    generate(households=5, seed=1)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2")
    fees.run_billing("2026-01")
    unit_id = db.execute_sql("SELECT unit_id FROM bill LIMIT 1").fetchone()[0]
    payments.pay(unit_id=unit_id, amount=10000, method="cash")
    second = payments.pay(unit_id=unit_id, amount=2000, method="wechat")
    payments.void(receipt_no=second.receipt_no, reason="重复收款")
    letter = documents.daily_report(reports.daily_takings(clock.today()))
    text = as_pdf(render([letter], Profile("翠湖苑", "翠湖苑物业服务中心")).pdf).text()
    assert "收费日报" in text and "当日开具收据 2 张" in text and "当日作废 1 张" in text
    assert "现金 ¥100.00" in text and "微信 ¥0.00" in text
    assert "应交款合计 ¥100.00（人民币壹佰元整）" in text
    assert second.receipt_no in text and "作废" in text
    rows, digest = audit.day_hash(clock.today())  # the day's check code, as the viewer shows it
    assert f"截至当日第{rows}条）：{''.join(chain.check_code(digest).split())}" in \
        "".join(text.split())
    flat = "".join(text.split())
    assert "合计" in flat and "有效收据1张" in flat  # the void is listed, not counted
    assert "按收费项目：物业服务费¥" in flat
    items = reports.daily_takings(clock.today()).by_item
    assert sum(items.values()) == 10000  # by item adds up to the day's takings
    empty = documents.daily_report(reports.daily_takings(date(2001, 1, 1)))
    quiet = as_pdf(render([empty], Profile("翠湖苑", "翠湖苑物业服务中心")).pdf).text()
    assert "第 0 条" not in quiet and "操作日志至当日尚无记录" in quiet


def test_receipt_prints_rare_name_characters_and_fits_the_short_paper(db_path, as_pdf):
    generate(households=3, seed=2)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    for month in range(1, 13):
        fees.run_billing(f"2025-{month:02d}")
    unit_id = db.execute_sql("SELECT unit_id FROM bill LIMIT 1").fetchone()[0]
    paid = payments.pay(unit_id=unit_id, amount=payments.owed(unit_id), payer="李䶮")
    office = Profile("翠湖苑", "翠湖苑物业服务中心")
    rendered = documents.render_receipt(payments.receipt(paid.payment_id), office, RECEIPT)
    pdf = as_pdf(rendered.pdf)
    assert rendered.pages == 1  # twelve months are one line
    text = pdf.text()
    assert "李䶮" in text and "2025-01至2025-12（12个月）" in text and "×12月" in text
    assert all(font["emb"] == "yes" for font in pdf.fonts())


def test_a_receipt_shows_a_month_paid_in_part_and_puts_the_property_fee_first(db_path,
                                                                              as_pdf):
    """Issue 16: 300.00 over January (220.33) and part of February must not read as two whole
    months of the property fee; 物业服务费 leads (though made second); a voided receipt carries
    a large 作废 across it."""
    from tests.core.test_fees import _unit

    unit_id = _unit("3-2-501", 8950)
    fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10")
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    for period in ("2026-01", "2026-02"):
        fees.run_billing(period)
    paid = payments.pay(unit_id=unit_id, amount=30000)
    office = Profile("翠湖苑", "翠湖苑物业服务中心")
    text = as_pdf(documents.render_receipt(payments.receipt(paid.payment_id), office).pdf
                  ).text("-layout")
    rows = [line.split() for line in text.splitlines() if "物业服务费" in line
            or "垃圾清运费" in line]
    assert [row[0] for row in rows] == ["物业服务费", "物业服务费", "垃圾清运费"]
    assert rows[0][1] == "2026-01" and rows[0][-1] == "210.33"
    assert rows[1][1] == "2026-02（部分）" and rows[1][-1] == "69.67"  # February's rest is owed
    assert rows[2][1].startswith("2026-01至2026-02") and rows[2][-1] == "20.00"  # paid whole
    payments.void(receipt_no=paid.receipt_no, reason="收错户")
    voided = documents.render_receipt(payments.receipt(paid.payment_id), office)
    assert {"作", "废"} <= set(as_pdf(voided.pdf).text().split())  # the large mark, apart


def test_three_copies_each_say_which_and_a_long_receipt_keeps_its_foot_clear(db_path, as_pdf):
    """Issue 16: 联次 on plain paper — 存根, 收据, 记账, a page each; a receipt that runs over
    keeps its last lines with its foot (付款方式, the signatures), and on 241 × 140 mm paper
    its page numbers stand below the table, never on its rule."""
    import re

    from tests.core.test_fees import _unit

    unit_id = _unit("3-2-501", 8950)
    for name in ("物业服务费", "垃圾清运费", "电梯运行费", "二次供水费", "公共能耗费"):
        fees.add_fee_item(name=name, basis="fixed", rate="10")
    for period in [f"2025-{m:02d}" for m in range(1, 13)]:
        fees.run_billing(period)
    office = Profile("翠湖苑", "翠湖苑物业服务中心")
    short = payments.pay(unit_id=unit_id, amount=5000)  # January
    data = payments.receipt(short.payment_id)
    three = as_pdf(documents.render_receipt(data, office, copies=3).pdf).pages()
    assert len(three) == 3
    for page, copy in zip(three, ("第一联", "第二联", "第三联"), strict=True):
        assert copy in page and data.receipt_no in page
    bills = [row[0] for row in db.execute_sql(
        "SELECT id FROM bill WHERE period % 2 = 1 AND period > 202501 AND paid = 0 "
        "ORDER BY period, fee_item_id")]
    long = payments.receipt(payments.pay(unit_id=unit_id, amount=25000,
                                         bill_ids=bills).payment_id)  # every other month
    small = as_pdf(documents.render_receipt(long, office, RECEIPT).pdf)
    pages = small.pages()
    assert len(pages) >= 2 and "付款方式" in pages[-1] and "2025-" in pages[-1]
    assert all(long.receipt_no in page for page in pages)  # every page names the receipt
    boxes = small.text("-bbox")
    footers = [float(y) for y in re.findall(r'yMin="([\d.]+)"[^>]*>第</word>', boxes)]
    assert footers and all(y > RECEIPT.height - RECEIPT.bottom for y in footers)
