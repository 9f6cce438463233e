"""Roster import: the sample roster with its expected outcome, and nastier rosters of our own."""

import json
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from pmdesk.core.errors import PmdeskError
from pmdesk.core.register import residents
from pmdesk.core.register.importer import import_roster, previous_import, read_roster, write_rejects
from pmdesk.core.safety.db import db

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "roster-sample.xlsx"  # the messy roster of a real office, and its outcome


@pytest.fixture
def sample():
    return SAMPLE


def test_the_sample_roster_gives_its_expected_outcome(db_path, sample, tmp_path):
    expected = json.loads((FIXTURES / "roster-sample.expected.json").read_text(encoding="utf-8"))
    plan = read_roster(sample)
    assert [r.sheet_row for r in plan.rejected] == expected["rejected_rows"]
    assert len(plan.accepted) == expected["rows_accepted_with_skip_bad"]
    assert import_roster(plan, skip_bad=True) == (26, 0)
    assert len(residents.household_ids()) == 26
    row = {r.room: r for r in plan.accepted}
    assert (row["3-1-101"].name, row["3-1-101"].phone, row["3-1-101"].area) == \
        ("欧阳娜娜", "13900000001", 8880)
    assert (row["3-1-102"].name, row["3-1-102"].area, row["3-1-102"].moved_in) == \
        ("张三&李四", 7600, "2019-05-01")
    assert row["3-1-103"].moved_in == "2019-05-01"  # an Excel serial number
    rejects = tmp_path / "rejects.xlsx"
    write_rejects(plan, rejects, ["原因"] * len(plan.rejected))
    sheet = openpyxl.load_workbook(rejects).active
    assert sheet.max_row == 7 and sheet.cell(1, sheet.max_column).value == "原因"


def test_with_rejected_rows_nothing_is_imported_by_default(db_path, sample):
    plan = read_roster(sample)
    with pytest.raises(PmdeskError) as err:
        import_roster(plan)
    assert err.value.code == "import.has_rejects"
    assert residents.household_ids() == []


def test_importing_the_same_file_twice_adds_nothing(db_path, sample):
    import_roster(read_roster(sample), skip_bad=True)
    plan = read_roster(sample)
    assert previous_import(plan)
    assert import_roster(plan, skip_bad=True) == (0, 26)
    assert len(residents.household_ids()) == 26


def write(path: Path, rows: list[list], *, hidden_first: bool = False, merge=None,
          text_cells=()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    if hidden_first:
        sheet.title = "旧表"
        sheet.append(["房号", "姓名", "面积"])
        sheet.append(["9-9-999", "不该导入", 80])
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet("名册")
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    for ref in text_cells:
        sheet[ref].data_type = "s"
    book.save(path)
    return path


def test_a_roster_with_one_room_column_merged_buildings_and_a_hidden_sheet(db_path, tmp_path):
    path = write(tmp_path / "r.xlsx", [
        ["翠湖苑 2026 年业主名册"], [],
        ["楼号", "房屋编号（示例 3-2-501）", "产权人", "手机号", "建筑面积（平方米）", "交房日期"],
        ["5", "5栋1单元101室", "王伟", 1.3800138e10, "８８．８", "2020/1/2"],
        [None, "5-1-102", "=HYPERLINK(\"x\")", "13800138001", 90, datetime(2020, 1, 3)],
        [None, "5-1-103", "赵六", "+86 138-0013-8002", "90.125", "2020-01-04"],
    ], hidden_first=True, merge="A4:A6", text_cells=("C5",))
    plan = read_roster(path)
    assert plan.hidden_sheets == ["旧表"]
    assert [r.room for r in plan.rows] == ["5-1-101", "5-1-102", "5-1-103"]
    first, second, third = plan.rows
    assert (first.phone, first.area, first.moved_in) == ("13800138000", 8880, "2020-01-02")
    assert second.name == '=HYPERLINK("x")' and second.reason is None
    assert third.reason.code == "import.area_too_precise"


def test_a_room_that_already_has_another_owner_is_refused(db_path, tmp_path):
    path = write(tmp_path / "r.xlsx", [["房号", "业主", "面积"], ["1-1-101", "甲", 80]])
    import_roster(read_roster(path))
    again = write(tmp_path / "r2.xlsx", [["房号", "业主", "面积"], ["1-1-101", "乙", 80]])
    plan = read_roster(again)
    assert plan.rejected[0].reason.code == "import.room_taken"


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04 broken"])
def test_files_that_are_not_rosters_get_one_clear_error(db_path, tmp_path, content):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(PmdeskError) as err:
        read_roster(path)
    assert err.value.code == "import.not_xlsx"


def test_no_header_found(db_path, tmp_path):
    path = write(tmp_path / "r.xlsx", [["甲", "乙"], [1, 2]])
    with pytest.raises(PmdeskError) as err:
        read_roster(path)
    assert err.value.code == "import.no_header"


@pytest.mark.sqlite_only
def test_an_interrupted_import_leaves_nothing(db_path, sample, monkeypatch):
    from pmdesk.core.register import importer

    def fail(*args, **kwargs):
        raise RuntimeError("power cut")

    plan = read_roster(sample)
    monkeypatch.setattr(importer.audit, "record", fail)  # dies after every row is written
    with pytest.raises(RuntimeError):
        import_roster(plan, skip_bad=True)
    assert residents.household_ids() == []
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    conn.close()
    assert db.execute_sql("SELECT count(*) FROM import_batch").fetchone()[0] == 0


def test_a_formula_without_a_computed_value_is_reported(db_path, tmp_path):
    path = write(tmp_path / "r.xlsx", [["房号", "业主", "面积"], ["1-1-101", "甲", "=80*1"],
                                       ["1-1-102", "乙", 90]])
    plan = read_roster(path)
    assert plan.rows[0].reason.code == "import.formula_no_value"
    assert plan.rows[1].reason is None


def test_workbooks_are_parsed_with_defusedxml():
    assert openpyxl.DEFUSEDXML  # billion-laughs and XXE payloads raise instead of expanding


def test_room_numbers_formatted_with_leading_zeros_keep_them(db_path, tmp_path):
    path = tmp_path / "r.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["楼号", "房号", "业主", "面积"])
    sheet.append([12, 802, "甲", 80])
    sheet.cell(2, 2).number_format = "0000"
    book.save(path)
    assert read_roster(path).rows[0].room == "12-0802"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(db_path, tmp_path):
    """Catalogue X13: a small file that would inflate a thousandfold."""
    import zipfile

    path = write(tmp_path / "bomb.xlsx", [["房号", "业主", "面积"], ["1-1-101", "甲", 80]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (60 << 20))
    assert path.stat().st_size < 1 << 20
    with pytest.raises(PmdeskError) as refused:
        read_roster(path)
    assert refused.value.code == "import.unsafe"


def test_a_formatted_cell_at_the_last_row_does_not_make_a_million_rows(db_path, tmp_path):
    """Catalogue X12: reading stops after a run of blank rows."""
    from openpyxl.styles import Font

    path = write(tmp_path / "r.xlsx", [["房号", "业主", "面积"], ["1-1-101", "甲", 80],
                                       ["1-1-102", "乙", 90]])
    book = openpyxl.load_workbook(path)
    book.active.cell(row=1_048_576, column=1).font = Font(bold=True)
    book.save(path)
    plan = read_roster(path)
    assert len(plan.accepted) == 2 and not plan.rejected


def _with_sheet_xml(path: Path, insert: bytes, encoding: str = "utf-8") -> Path:
    """The workbook at `path` with `insert` put at the start of its sheet's data, the sheet
    written in `encoding`."""
    import zipfile

    source = path.with_name("source-" + path.name)
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + insert)
                if encoding != "utf-8":
                    data = data.decode("utf-8").replace('encoding="UTF-8"',
                                                        f'encoding="{encoding}"').encode(encoding)
            new.writestr(item, data)
    return path


@pytest.fixture
def no_xml_parser(monkeypatch):
    """What the byte scan refuses must never reach the XML parser."""
    def no_parsing(*args, **kwargs):
        raise AssertionError("the workbook was handed to the XML parser")

    monkeypatch.setattr(openpyxl, "load_workbook", no_parsing)


@pytest.mark.parametrize("insert", [
    b"<!--" + bytes(random.Random(1).choices(range(97, 123), k=8_000_000)) + b"-->",
    b"<!-- <a/> -->" * 10,
    b"<![CDATA[x]]>",
    b"<?pi data?>",
    b"<row>" + b"x" * 3_000_000 + b"</row>",
], ids=["20-MB-comment", "comment-with-tags", "cdata", "processing-instruction", "huge-token"])
def test_xml_that_makes_the_parser_rescan_is_refused_at_once(db_path, tmp_path, insert,
                                                             no_xml_parser):
    """Issue 14.10: one large comment in a sheet (a file that passes the size and ratio
    checks) held the import for 35 s, quadratically longer for bigger ones: expat re-scans an
    unfinished token on every 16 KB it is fed. Such markup is refused before any XML parser
    runs (a linear scan of the bytes)."""
    path = _with_sheet_xml(write(tmp_path / "r.xlsx", [["房号", "业主", "面积"],
                                                       ["1-1-101", "甲", 80]]), insert)
    with pytest.raises(PmdeskError) as refused:
        read_roster(path)
    assert refused.value.code == "import.unsafe"


def test_a_sheet_in_utf16_cannot_hide_what_the_scan_looks_for(db_path, tmp_path, no_xml_parser):
    """Review of issue 14: in UTF-16 a comment is `<\\0!\\0-\\0-\\0` and passed the byte scan. Excel
    writes UTF-8; no XML part of a workbook may hold a NUL byte."""
    letters = bytes(random.Random(1).choices(range(97, 123), k=4_000_000))
    comment = b"<!--" + letters.replace(b"q", b"<") + b"-->"  # short tokens: only the marker
    path = _with_sheet_xml(write(tmp_path / "r.xlsx", [["房号", "业主", "面积"],
                                                       ["1-1-101", "甲", 80]]), comment,
                           encoding="utf-16")
    with pytest.raises(PmdeskError) as refused:
        read_roster(path)
    assert refused.value.code == "import.unsafe"


def test_reading_stops_when_cancelled(db_path, tmp_path):
    """The window's 取消 while a file is read: the reading stops, nothing is kept."""
    from threading import Event

    from pmdesk.core.errors import Cancelled

    path = write(tmp_path / "r.xlsx", [["房号", "业主", "面积"], ["1-1-101", "甲", 80]])
    cancel = Event()
    cancel.set()
    with pytest.raises(Cancelled):
        read_roster(path, cancel=cancel)
