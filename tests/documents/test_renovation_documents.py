"""装修管理's documents as read, page by page: the 装修许可证 for the door (one page even with ten
workers, the foreman's phone whole, the owner's nowhere, IDs masked; refused until approved and
paid), the 装修公告 for the stairwell (never naming the owner), the 押金退还单 with the amount in
words, and the day's 装修垃圾清运单 with the phones masked."""

from __future__ import annotations

from datetime import date

import pytest

from pmdesk.actions import renovations as printing
from pmdesk.core.errors import ValidationError
from pmdesk.core.money import deposits
from pmdesk.core.safety import auth
from pmdesk.core.service import renovations
from pmdesk.core.settings import save_office_profile
from pmdesk.documents.renovations import hours_text, stairwell
from tests.core.test_fees import _unit
from tests.core.test_renovations import PHOTO, _approved, _register
from tests.core.test_renovations import home as home  # 5-1-402, 陈建国's

pytestmark = pytest.mark.both_engines

OWNER_PHONE = "13812345678"
FRIDAY = date(2026, 11, 27)


@pytest.fixture
def office(home):  # noqa: F811 - the fixture imported above
    save_office_profile(estate_name="翠湖苑", phone="0571-88886666")
    return home


def _id_number(serial: int) -> str:
    """A valid 18-digit ID number (its check digit computed)."""
    body = f"11010119900307{serial:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights,
                                                                strict=True)) % 11]


def _paid(unit_id, **changes) -> renovations.Renovation:
    r = _approved(unit_id, **changes)
    deposits.take(renovation_id=r.id, deposit=r.deposit_due)
    return renovations.renovation(r.id)


def test_hours_and_stairwells_as_people_read_them():
    assert hours_text("08:00-12:00,14:00-18:00") == "8:00—12:00、14:00—18:00"
    assert stairwell("5-1-402") == "5栋1单元" and stairwell("12-101") == "12栋"
    assert stairwell("101") == ""


def test_the_permit_fits_one_page_with_ten_workers_and_keeps_private_numbers_off(
        office, as_pdf):
    registered = _register(office, phone=OWNER_PHONE)
    with pytest.raises(ValidationError) as refused:
        printing.print_permit(registered.id)
    assert refused.value.code == "renovation.not_approved"
    renovations.decide(registered.id, approve=True)
    with pytest.raises(ValidationError) as unpaid:
        printing.print_permit(registered.id)
    assert unpaid.value.code == "renovation.permit_unpaid"
    assert unpaid.value.params["due"] == "2000.00" and unpaid.value.params["paid"] == "0.00"
    deposits.take(renovation_id=registered.id, deposit=150000)
    with pytest.raises(ValidationError, match="permit_unpaid"):
        printing.print_permit(registered.id)
    deposits.take(renovation_id=registered.id, deposit=50000)
    trades = ("水电", "泥瓦", "木工", "油漆", "杂工")
    for n in range(1, 11):
        renovations.add_worker(registered.id, name=f"工人{n:02d}", id_number=_id_number(n),
                               trade=trades[n % 5])
    issued = printing.print_permit(registered.id)
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 1 == issued.pages
    page = pages[0]
    for expected in ("装修许可证", "ZX2026-001", "5-1-402", "陈建国", "安居装饰", "刘师傅",
                     "13900001111", "厨卫翻新，铺地砖，刷墙",
                     "2026年11月26日至2027年1月20日", "每日 8:00—12:00、14:00—18:00",
                     "周六、周日及法定节假日不得进行电钻、切割、敲打等噪音作业",
                     "装修垃圾须袋装，由物业统一清运，严禁堆放在楼道、电梯厅",
                     "ZX2026-001-01", "ZX2026-001-10", "工人01", "工人10",
                     f"110101********{_id_number(10)[-4:]}", "0571-88886666", "批准人："):
        assert expected in page, expected
    assert OWNER_PHONE not in page
    assert not any(_id_number(n) in page for n in range(1, 11))  # masked only
    long = _paid(_unit("5-1-502", 9000, owner="周敏"), scope="厨卫翻新，铺地砖，刷墙；" * 12)
    for n in range(11, 21):  # a long description and ten workers: two workers to a row
        renovations.add_worker(long.id, name=f"工人{n}", id_number=_id_number(n))
    issued = printing.print_permit(long.id)
    assert issued.pages == 1
    page = as_pdf(issued.pdf).pages()[0]
    assert "工人11" in page and "工人20" in page and "ZX2026-002-10" in page


def test_the_permit_leaves_out_returned_passes_and_the_weekend_rule_when_off(office, as_pdf):
    rules = renovations.settings()
    renovations.save_settings(renovations.RenovationSettings(
        **{**rules.__dict__, "quiet_weekends": 0, "work_hours": "7:30-11:30"}))
    r = _paid(office)
    gone = renovations.add_worker(r.id, name="王五")
    renovations.add_worker(r.id, name="赵六", trade="木工")
    renovations.return_pass(gone.id)
    page = as_pdf(printing.print_permit(r.id).pdf).pages()[0]
    assert "每日 7:30—11:30" in page and "赵六" in page and "共 1 人" in page
    assert "王五" not in page and "周六、周日" not in page


def test_the_stairwell_notice_names_the_room_never_the_owner(office, as_pdf):
    registered = _register(office, phone=OWNER_PHONE)
    with pytest.raises(ValidationError, match="not_approved"):
        printing.print_notice(registered.id)
    r = renovations.decide(registered.id, approve=True)
    issued = printing.print_notice(r.id)
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 1
    page = pages[0]
    for expected in ("装修公告", "尊敬的5栋1单元各位业主、住户",
                     "5-1-402室将于2026年11月26日至2027年1月20日进行装修",
                     "每日 8:00—12:00、14:00—18:00", "周六、周日及法定节假日",
                     "装修期间给您带来不便，敬请谅解",
                     "如发现违规施工或楼道堆放垃圾，请致电物业服务中心：0571-88886666",
                     "特此公告"):
        assert expected in page, expected
    assert "陈建国" not in page and OWNER_PHONE not in page and "刘师傅" not in page
    plain = _paid(_unit("12-101", 9000, owner="孙丽"))
    page = as_pdf(printing.print_notice(plain.id).pdf).pages()[0]
    assert "尊敬的12栋各位业主、住户" in page and "孙丽" not in page


def test_the_refund_voucher_says_what_was_kept_and_why_and_the_rest_in_words(
        office, staff, as_pdf):
    r = _paid(office)
    renovations.inspect(r.id, kind="final", passed=True)
    back = deposits.refund(renovation_id=r.id, deduction=30000, reason="电梯轿厢壁划痕修复",
                           files=[PHOTO], approved_by=auth.verify("王经理", "manager-pw"))
    issued = printing.print_refund(back.number)
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 1
    page = pages[0]
    for expected in ("装修押金退还单", "TK2026-001", "ZX2026-001", "5-1-402", "陈建国",
                     "¥2,000.00", "¥300.00", "电梯轿厢壁划痕修复", "¥1,700.00",
                     "人民币壹仟柒佰元整", "现金", "王经理", "经办人", "业主签收", "日期"):
        assert expected in page, expected
    whole = _paid(_unit("5-1-502", 9000, owner="周敏"))
    renovations.inspect(whole.id, kind="final", passed=True)
    plain = deposits.refund(renovation_id=whole.id, method="wechat")
    page = as_pdf(printing.print_refund(plain.number).pdf).pages()[0]
    assert "¥0.00（无）" in page and "人民币贰仟元整" in page and "微信" in page


def test_the_clearance_list_masks_the_phones_and_says_when_the_day_is_empty(office, as_pdf):
    r = _paid(office)
    other = _paid(_unit("6-2-301", 9000, owner="吴刚"), foreman="马师傅",
                  foreman_phone="13700002222")
    renovations.book(other.id, day=FRIDAY, slot="14:00-15:00", bags=3)
    renovations.book(r.id, day=FRIDAY, slot="09:30-10:30", bags=6, note="放门口")
    issued = printing.print_clearance_list(FRIDAY)
    pages = as_pdf(issued.pdf).pages()
    assert len(pages) == 1
    page = pages[0]
    for expected in ("装修垃圾清运单", "2026年11月27日（星期五）", "共 2 户", "约 9 袋",
                     "清运情况（勾选）", "签字", "139****1111", "137****2222", "放门口"):
        assert expected in page, expected
    assert "13900001111" not in page and "13700002222" not in page
    assert page.index("5-1-402") < page.index("6-2-301")  # slot by slot
    empty = as_pdf(printing.print_clearance_list(date(2026, 11, 28)).pdf).pages()
    assert len(empty) == 1 and "当日没有预约的装修垃圾清运" in empty[0]
