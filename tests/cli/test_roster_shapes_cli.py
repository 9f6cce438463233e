"""`pmdesk import residents` on a roster of people (the HC template, tests/fixtures): the counts,
each rejected row, and the ID numbers left out as warnings that keep nobody out."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.both_engines

HC = str(Path(__file__).resolve().parent.parent / "fixtures" / "roster-hc.xlsx")
ID_WARNING = ("第 9 行：身份证号“440305********3171”有误（最后一位校验位对不上，"
              "可能有数字输错了），未导入证件号（住户照常导入）。")


def test_a_dry_run_shows_rejects_and_warnings_and_writes_nothing(cli, query):
    result = cli("import", "residents", HC, "--dry-run")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "读取 20 行，可导入 15 行，有问题 5 行。"
    assert [line.split("：")[0] for line in lines[1:8]] == [
        "第 13 行", "第 14 行", "第 15 行", "第 16 行", "第 22 行", "第 9 行", "第 11 行"]
    assert lines[3].startswith("第 15 行：房号 1-2-102 各行的建筑面积不一致")
    assert ID_WARNING in lines
    assert "第 11 行：身份证号有误：Excel 把它存成了数字" in result.stdout
    assert query("SELECT count(*) FROM person") == [(0,)]


def test_skip_bad_imports_the_households_with_the_warning(cli, query, tmp_path):
    result = cli("import", "residents", HC, "--skip-bad",
                     "--rejects", "rejects.xlsx")
    assert result.returncode == 0, result.stderr
    assert ID_WARNING in result.stdout.splitlines()
    assert result.stdout.splitlines()[-1] == "已导入 9 户；0 户已在册，未改动。"
    assert query("SELECT count(*) FROM unit") == [(9,)]
    assert query("SELECT name, id_number FROM person WHERE name = '杨磊'") == [("杨磊", None)]
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "rejects.xlsx").active
    assert [sheet.cell(r, 13).value for r in range(2, sheet.max_row + 1)] == [
        "马超", "朱红", "胡军", "郭敏", "何平"]
