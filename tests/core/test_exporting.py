"""The owners' register exported to Excel: complete, readable, and never a live formula."""

import zipfile

import openpyxl
import pytest

from pmdesk.actions.exporting import export
from pmdesk.core.demo import generate
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.register import residents
from pmdesk.core.safety import audit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


def test_one_row_per_household_with_masked_ids(db_path, tmp_path):
    generate(households=300, seed=5)
    target = tmp_path / "业主名册.xlsx"
    assert export(table="residents", path=target) == 300
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["房号", "楼栋", "单元"] and "业主证件号" in header
    codes = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert codes == sorted(codes, key=residents.code_sort_key) and len(codes) == 300
    ids = [row[header.index("业主证件号")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(ids) and all(value is None or "********" in value for value in ids)
    area = sheet.cell(2, header.index("建筑面积(㎡)") + 1)
    assert isinstance(area.value, (int, float)) and area.number_format == "0.00"
    assert len(audit.entries(action_prefix="export")) == 1


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x","点我")', "@SUM(A1)", "+1", "-1"])
def test_a_formula_shaped_name_is_written_as_text(db_path, tmp_path, name):
    generate(households=1, seed=1)
    residents.add_occupant(unit_id=residents.household_ids()[0], name=name, role="tenant")
    target = tmp_path / "out.xlsx"
    export(table="residents", path=target)
    sheet_xml = zipfile.ZipFile(target).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    values = [c.value for c in openpyxl.load_workbook(target).active[2]]
    assert any(name in str(value) for value in values)


def test_unknown_table_and_unwritable_file(db_path, tmp_path):
    with pytest.raises(ValidationError):
        export(table="parcels", path=tmp_path / "x.xlsx")
    with pytest.raises(PmdeskError) as err:
        export(table="residents", path=tmp_path / "missing" / "x.xlsx")
    assert err.value.code == "file.write_failed"


@pytest.mark.sqlite_only
def test_an_export_tolerates_control_characters_already_stored(db_path, tmp_path):
    """Issue 14.6: a payer name with a control character, stored by an older version or by
    another tool, no longer breaks `export payments` for ever."""
    from pmdesk.core.money import fees, payments
    from pmdesk.core.safety.db import db

    generate(households=2, seed=1, years=0)
    unit_id = residents.household_ids()[0]
    fees.add_fee_item(name="物业服务费", basis="fixed", rate="100")
    fees.run_billing("2026-10")
    payments.pay(unit_id=unit_id, amount=10000)
    db.execute_sql("DROP TRIGGER IF EXISTS payment_no_update")
    db.execute_sql("UPDATE payment SET payer = ?", ("张\x01三\x1b王\ufffe五\uffff",))
    assert export(table="payments", path=tmp_path / "收款.xlsx") == 1
    row = list(openpyxl.load_workbook(tmp_path / "收款.xlsx").active.iter_rows(
        min_row=2, values_only=True))[0]
    assert "张\ufffd三\ufffd王\ufffd五\ufffd" in row


@pytest.mark.sqlite_only
def test_an_export_the_audit_trail_refused_leaves_no_file(db_path, tmp_path, lock_holder):
    """Issue 14.9: with the database busy the audit row cannot be written — and then neither
    is the file with 2,000 households."""
    from pmdesk.core.safety.db import db, sqlite_failure

    generate(households=20, seed=1, years=0)
    db.execute_sql("PRAGMA busy_timeout = 200")
    lock_holder(db_path, 5)
    with pytest.raises(Exception) as err:
        export(table="residents", path=tmp_path / "名册.xlsx")
    assert sqlite_failure(err.value).code == "db.busy"
    assert not (tmp_path / "名册.xlsx").exists()


def test_an_english_window_exports_english_headers_and_names(db_path, tmp_path):
    """Issue 15.6: the headers and the names of codes follow the user's language (the export
    held 65 untranslated strings); the data itself stays as it was typed."""
    from pmdesk.i18n import DEFAULT_LANGUAGE, use_language_without_gui

    generate(households=3, seed=2, years=0)
    use_language_without_gui("en")
    try:
        export(table="residents", path=tmp_path / "en.xlsx")
    finally:
        use_language_without_gui(DEFAULT_LANGUAGE)
    export(table="residents", path=tmp_path / "zh.xlsx")
    en, zh = (list(openpyxl.load_workbook(tmp_path / f"{lang}.xlsx").active.values)
              for lang in ("en", "zh"))
    assert en[0][:3] == ("Room", "Building", "Stairwell") and zh[0][:3] == ("房号", "楼栋", "单元")
    kind = zh[0].index("类型")
    assert {row[kind] for row in zh[1:]} <= {"住宅", "商铺", "车库", "储藏室"}
    assert {row[kind] for row in en[1:]} <= {"Residential", "Shop", "Garage", "Storage room"}
    assert [row[0] for row in en[1:]] == [row[0] for row in zh[1:]]
