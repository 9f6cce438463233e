"""Rosters in the shapes other systems leave: one row per person (the HC 小区管理系统's 房屋导入
template, tests/fixtures/roster-hc.xlsx), role and state codes, ID numbers, explanation text
beside and below the table — and exactly what of them lands in the register."""

import importlib.util
from pathlib import Path

import openpyxl
import pytest

from pmdesk.core.register.importer import import_roster, read_roster
from pmdesk.core.safety.db import db
from pmdesk.error_messages import describe

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HC = FIXTURES / "roster-hc.xlsx"
ID_ZHANG = "110101198003071239"


def units() -> list[tuple]:
    return db.execute_sql("SELECT code, floor, state, area, vacant_since FROM unit "
                          "ORDER BY id").fetchall()


def people() -> list[tuple]:
    return db.execute_sql(
        "SELECT u.code, o.role, p.name, p.id_number, p.note, p.phone FROM occupancy o "
        "JOIN unit u ON u.id = o.unit_id JOIN person p ON p.id = o.person_id "
        "WHERE o.end_date IS NULL ORDER BY o.id").fetchall()


def write(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_hc_template_is_read_as_households_of_people(db_path):
    plan = read_roster(HC)
    assert plan.header_row == 2
    assert plan.columns == {"building": 0, "stairwell": 1, "room": 2, "floor": 3, "area": 8,
                            "state": 11, "name": 12, "phone": 15, "id_number": 16, "role": 17}
    # rows 3–22 are people; the explanation column and lines 24–28 below are no records
    assert [r.sheet_row for r in plan.rows] == list(range(3, 23))
    assert [r.sheet_row for r in plan.rejected] == [13, 14, 15, 16, 22]
    reasons = {r.sheet_row: (r.reason.code, r.reason.params) for r in plan.rejected}
    assert reasons[13] == reasons[14] == (
        "import.room_no_owner", {"field": "room", "room": "1-2-101", "rows": "13、14"})
    assert reasons[15] == reasons[16] == (
        "import.room_conflict", {"field": "area", "room": "1-2-102", "rows": "15、16",
                                 "values": "89.50、90.00"})
    assert reasons[22] == ("import.state_unknown", {"field": "state", "value": "卖掉了"})
    assert [(number, w.code, w.params.get("value")) for number, w in plan.warnings] == [
        (9, "import.id_number_check_digit", "440305********3171"),
        (11, "import.id_number_as_number", None)]


def test_the_reasons_read_as_sentences_with_the_sheet_rows(db_path):
    plan = read_roster(HC)
    said = {r.sheet_row: describe(r.reason) for r in plan.rejected}
    assert said[13] == ("房号 1-2-101 没有业主那一行（第 13、14 行都不是业主）：家庭成员和租客要与"
                        "业主写在同一个房号下。")
    assert said[15] == ("房号 1-2-102 各行的建筑面积不一致（第 15、16 行：89.50、90.00），"
                        "无法确定哪一个正确。")
    assert describe(plan.warnings[0][1]) == (
        "身份证号“440305********3171”有误（最后一位校验位对不上，可能有数字输错了），"
        "未导入证件号（住户照常导入）。")


def test_what_the_hc_template_puts_in_the_register(db_path):
    plan = read_roster(HC)
    assert import_roster(plan, skip_bad=True) == (9, 0)
    assert units() == [
        ("1-1-101", 1, "owner_occupied", 8950, None),
        ("1-1-102", 1, "owner_occupied", 10500, None),
        ("1-1-201", 2, "rented", 9230, None),  # no state given, a tenant: rented
        ("1-1-202", 2, "owner_occupied", 12075, None),
        ("1-1-301", 3, "vacant", 8800, "2026-11-25"),  # vacant since the import
        ("1-1-302", 3, "delivered", 9500, None),
        ("1-2-201", 2, "renovating", 11000, None),  # 楼层 written 2层
        ("1-2-202", 2, "undelivered", 7600, None),  # 2002 未销售: the unit, nobody in it
        ("2-1-101", 2, "owner_occupied", 13000, None),  # the 楼层 column wins over 101
    ]
    assert people() == [
        ("1-1-101", "owner", "张伟", ID_ZHANG, "", "13800138001"),
        ("1-1-101", "family", "李秀英", "110101198205122348", "", "13800138002"),
        ("1-1-102", "owner", "王芳", "310104197501014028", "", "13800138003"),
        ("1-1-102", "co_owner", "刘强", "310104730615031", "", "13800138004"),  # 2nd 业主
        ("1-1-201", "owner", "陈静", "33010619880909562X", "", "13800138005"),
        ("1-1-201", "tenant", "赵磊", "E12345678", "", "13800138006"),  # a passport
        ("1-1-202", "owner", "杨磊", None, "", "13800138007"),  # the bad number left out
        ("1-1-202", "family", "周丽", None, "临时人员", "13800138008"),  # 1004
        ("1-1-301", "owner", "吴婷", None, "", "13800138009"),  # the number Excel mangled
        ("1-1-302", "owner", "徐明", "510107198307160014", "", "13800138010"),
        ("1-2-201", "owner", "孙丽", None, "", "13800138015"),
        ("2-1-101", "owner", "林琳", None, "", "13800138016"),
        ("2-1-101", "family", "阿依古丽·买买提", None, "", "13800138017"),
        ("2-1-101", "family", "罗刚", None, "", "13800138018"),
    ]


def test_importing_the_template_again_changes_nothing(db_path):
    import_roster(read_roster(HC), skip_bad=True)
    before = units(), people()
    plan = read_roster(HC)
    assert [r.sheet_row for r in plan.rejected] == [13, 14, 15, 16, 22]
    assert import_roster(plan, skip_bad=True) == (0, 9)
    assert (units(), people()) == before


HEADER = ["楼号", "单元", "房间", "建筑面积", "业主名称", "手机号", "身份证号", "业主类型"]


def test_a_household_with_a_bad_row_is_left_out_whole(db_path, tmp_path):
    """Its rows go to the rejects file together, to be imported again once fixed."""
    plan = read_roster(write(tmp_path / "r.xlsx", [
        HEADER,
        [1, 1, 101, 90, "甲", "13800138001", None, 1001],
        [1, 1, 101, None, "乙", "1380013800", None, 1002],  # a 10-digit phone
        [1, 1, 102, 80, "丙", None, None, 1001],
    ]))
    assert [(r.sheet_row, r.reason.code) for r in plan.rejected] == [
        (2, "import.household_rejected"), (3, "phone.invalid")]
    assert describe(plan.rejected[0].reason) == ("同一户（房号 1-1-101）的第 3 行有问题，这一户整户"
                                                 "未导入：改好后把这一户的各行一起重新导入。")
    assert import_roster(plan, skip_bad=True) == (1, 0)
    assert [(code, name) for code, _, name, *_ in people()] == [("1-1-102", "丙")]


def test_people_of_a_registered_household_are_added_on_its_card_not_by_import(db_path,
                                                                             tmp_path):
    import_roster(read_roster(write(tmp_path / "r.xlsx", [
        HEADER, [1, 1, 101, 90, "甲", None, None, 1001], [1, 1, 101, 90, "乙", None, None,
                                                         "家庭成员"]])))
    plan = read_roster(write(tmp_path / "r2.xlsx", [
        HEADER,
        [1, 1, 101, 90, "甲", None, None, 1001],  # there already
        [1, 1, 101, 90, "乙", None, None, "家庭成员"],  # there already
        [1, 1, 101, None, "丁", None, None, "租客"],  # new
    ]))
    assert [(r.sheet_row, r.reason.code) for r in plan.rejected] == [
        (2, "import.household_rejected"), (3, "import.household_rejected"),
        (4, "import.room_registered")]
    assert describe(plan.rejected[2].reason) == (
        "房号 1-1-101 已在册，其中没有“丁”：已在册的住户请在住户卡片上添加家庭成员和租客。")
    other = read_roster(write(tmp_path / "r3.xlsx", [HEADER, [1, 1, 101, 90, "戊", None, None,
                                                              1001]]))
    assert other.rejected[0].reason.code == "import.room_taken"


def test_a_person_on_two_rows_of_a_room_is_refused(db_path, tmp_path):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        HEADER,
        [1, 1, 101, 90, "甲", None, None, 1001],
        [1, 1, 101, 90, "乙", None, None, 1002],
        [1, 1, 101, 90, "乙", None, None, 1002],
    ]))
    assert [(r.sheet_row, r.reason.code) for r in plan.rejected] == [
        (2, "import.household_rejected"), (3, "import.person_duplicate"),
        (4, "import.person_duplicate")]
    assert describe(plan.rejected[1].reason) == \
        "“乙”在房号 1-1-101 下出现了 2 次（第 3、4 行），无法确定哪一行正确。"


def test_an_empty_room_on_two_rows_is_refused(db_path, tmp_path):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        HEADER, [1, 1, 101, 90, None, None, None, None], [1, 1, 101, 90, None, None, None, None]]))
    assert [r.reason.code for r in plan.rows] == ["import.room_duplicate"] * 2


def test_a_registered_room_without_people_takes_the_household(db_path, tmp_path):
    import_roster(read_roster(write(tmp_path / "r.xlsx", [
        ["房号", "面积"], ["1-1-101", 90]])))
    plan = read_roster(write(tmp_path / "r2.xlsx", [
        HEADER, [1, 1, 101, 90, "甲", None, None, 1001], [1, 1, 101, None, "乙", None, None,
                                                         1003]]))
    assert import_roster(plan) == (1, 0)
    assert [(role, name) for _, role, name, *_ in people()] == [("owner", "甲"),
                                                                 ("tenant", "乙")]
    assert units()[0][2] == "delivered"  # a registered unit's facts stay as they are


def test_without_a_role_column_a_room_on_two_rows_is_refused_as_before(db_path, tmp_path):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        ["楼号", "单元", "房间", "建筑面积", "业主名称", "联系方式"],
        [1, 1, 101, 90, "甲", "13800138001"],
        [1, 1, 101, 90, "乙", "13800138002"],
    ]))
    assert [r.reason.code for r in plan.rows] == ["import.room_duplicate"] * 2


@pytest.mark.parametrize(("word", "role", "note"), [
    ("业主", "owner", ""), (1001, "owner", ""), ("1002", "family", ""), ("家庭成员", "family", ""),
    ("租客", "tenant", ""), (1003, "tenant", ""), ("临时人员", "family", "临时人员"),
    (1004, "family", "临时人员"), ("共有人", "co_owner", ""), (" 租 客 ", "tenant", ""),
])
def test_roles_by_name_or_by_hc_code(db_path, tmp_path, word, role, note):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        ["房号", "姓名", "面积", "人员类型"], ["1-1-101", "甲", 90, "业主"],
        ["1-1-101", "乙", None, word]]))
    person = plan.rows[1]
    expected = "co_owner" if role == "owner" else role  # the room's second owner
    assert (person.role, person.role_note) == (expected, note)


def test_an_unknown_role_is_refused(db_path, tmp_path):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        ["房号", "姓名", "面积", "身份"], ["1-1-101", "甲", 90, "保姆"]]))
    assert describe(plan.rows[0].reason) == \
        "身份“保姆”无法识别：请写业主、家庭成员、租客或临时人员（也可写代码 1001 到 1004）。"


@pytest.mark.parametrize(("word", "state"), [
    ("已入住", "owner_occupied"), (2001, "owner_occupied"), ("未入住", "vacant"),
    ("空置", "vacant"), (2004, "vacant"), ("已交房", "delivered"), ("2003", "delivered"),
    ("未交房", "undelivered"), ("未销售", "undelivered"), (2002, "undelivered"),
    ("出租", "rented"), ("已出租", "rented"), (2006, "rented"), ("装修中", "renovating"),
    (2009, "renovating"),
])
def test_unit_states_by_name_or_by_hc_code(db_path, tmp_path, word, state):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        ["房号", "业主", "面积", "房屋状态"], ["1-1-101", "甲", 90, word]]))
    assert plan.rows[0].state == state
    import_roster(plan)
    assert units()[0][2] == state


def test_a_state_column_says_otherwise_than_a_tenant(db_path, tmp_path):
    import_roster(read_roster(write(tmp_path / "r.xlsx", [
        HEADER + ["房屋状态"], [1, 1, 101, 90, "甲", None, None, 1001, "已入住"],
        [1, 1, 101, 90, "乙", None, None, 1003, "已入住"]])))
    assert units()[0][2] == "owner_occupied"


@pytest.mark.parametrize("rows", [
    [["说明：业主类型填 1001 到 1004"]],
    [["注：身份证号请设为文本"]],
    [["1、每人一行"]],
    [[None, None, "本表由系统导出，导入前请勿修改表头和各列的顺序"]],
    [[None, None, None, None, None, None, None, None, "右边的说明"]],
], ids=["说明", "注", "numbered", "long-text", "beside"])
def test_explanation_below_the_table_is_no_record(db_path, tmp_path, rows):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        HEADER, [1, 1, 101, 90, "甲", None, None, 1001], [], *rows]))
    assert [r.sheet_row for r in plan.rows] == [2] and not plan.rejected


@pytest.mark.parametrize("row", [
    [None, None, None, 90, "钱七", "13900000002"],  # a record without its room
    [None, None, "钱七"],  # a short word in the room column
    [None, None, None, None, "钱七"],  # a name alone
])
def test_a_row_that_looks_like_a_record_is_still_rejected(db_path, tmp_path, row):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        HEADER, [1, 1, 101, 90, "甲", None, None, 1001], row]))
    assert [r.sheet_row for r in plan.rejected] == [3]


def test_a_warning_is_only_for_a_row_that_is_imported(db_path, tmp_path):
    plan = read_roster(write(tmp_path / "r.xlsx", [
        ["房号", "业主", "面积", "证件号码"], ["1-1-101", "甲", 90, "110101198003071238"],
        ["1-1-102", "乙", "待测", "110101198003071238"]]))
    assert [number for number, _ in plan.warnings] == [2]
    assert plan.rows[1].reason.code == "import.area_invalid"


def test_the_generator_still_writes_the_fixture(tmp_path):
    """tests/fixtures/make_roster_samples.py and roster-hc.xlsx agree, cell for cell."""
    spec = importlib.util.spec_from_file_location("make_roster_samples",
                                                  FIXTURES / "make_roster_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = openpyxl.load_workbook(module.write_hc(tmp_path / "hc.xlsx")).active
    kept = openpyxl.load_workbook(HC).active
    assert list(fresh.iter_rows(values_only=True)) == list(kept.iter_rows(values_only=True))
    assert {str(r) for r in fresh.merged_cells.ranges} == \
        {str(r) for r in kept.merged_cells.ranges} == {"A1:R1", "A25:R25"}
    assert module.IDS["张伟"] == ID_ZHANG
