"""`import arrears|credit` and `opening list|undo` as a script on the office's IT PC runs them,
on either engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.fixtures.make_opening_samples import ROOMS

pytestmark = pytest.mark.both_engines

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def day_one(cli, tmp_path):
    """The office of the samples: its households and its property fee, set up by commands."""
    assert cli("init", "--estate", "翠湖苑").returncode == 0
    for room, owner in ROOMS.items():
        result = cli("household", "add", room, "--area", "89.5", "--owner", owner,
                     "--handover", "2020-01-15")
        assert result.returncode == 0, result.stderr
    assert cli("fee-item", "add", "物业服务费", "--per-area", "2.35").returncode == 0
    for name in ("opening-arrears-by-total.xlsx", "opening-arrears-by-month.xlsx",
                 "opening-credit.xlsx", "opening-payment-history.xlsx"):
        shutil.copy(FIXTURES / name, tmp_path / name)


@pytest.fixture
def owed(query):
    """`owed()`: what the office's bills leave owing, in fen."""
    return lambda: query("SELECT coalesce(sum(amount - paid - reduced), 0) FROM bill")[0][0]


def test_dry_run_reports_the_split_and_changes_nothing(cli, day_one, owed):
    result = cli("import", "arrears", "opening-arrears-by-total.xlsx", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "读取 4 行，可导入 4 行，有问题 0 行。" in result.stdout
    assert "期初欠费合计 ¥2,019.79，涉及 4 户。" in result.stdout
    assert "其中 3 行是几个月的合计" in result.stdout
    assert owed() == 0


def test_import_writes_the_batch_and_its_confirmation_sheet(cli, day_one, owed, tmp_path,
                                                             as_pdf):
    result = cli("import", "arrears", "opening-arrears-by-total.xlsx",
                 "--confirmation", "确认单.pdf")
    assert result.returncode == 0, result.stderr
    assert "已导入第 1 批：4 户，合计 ¥2,019.79。" in result.stdout
    assert owed() == 201979
    text = "".join(as_pdf((tmp_path / "确认单.pdf").read_bytes()).pages())
    assert "期初余额导入确认单" in text and "2,019.79" in text
    report = json.loads(cli("report", "arrears", "--json").stdout)
    assert report["total_owed"] == "2019.79"

    again = cli("import", "arrears", "opening-arrears-by-total.xlsx", "--skip-bad")
    assert again.returncode == 1 and "此文件已于" in again.stdout
    assert len(again.stderr.strip().splitlines()) == 1

    listed = json.loads(cli("opening", "list", "--json").stdout)
    assert [(b["number"], b["kind"], b["total"]) for b in listed["batches"]] == [
        (1, "arrears", "2019.79")]
    undone = cli("opening", "undo", "1", "--reason", "文件拿错了")
    assert undone.returncode == 0, undone.stderr
    assert owed() == 0
    assert "已于" in cli("opening", "list").stdout


def test_unknown_items_need_create_items_and_bad_rows_go_to_the_rejects(cli, day_one, owed,
                                                                        tmp_path):
    result = cli("import", "arrears", "opening-arrears-by-month.xlsx")
    assert result.returncode == 1
    assert "公摊水电费、垃圾清运费" in result.stdout and "公摊水电费" in result.stderr
    assert owed() == 0
    done = cli("import", "arrears", "opening-arrears-by-month.xlsx", "--create-items")
    assert done.returncode == 0, done.stderr
    assert owed() == 186576

    history = cli("import", "arrears", "opening-payment-history.xlsx",
                  "--skip-bad", "--rejects", "未导入.xlsx")
    assert history.returncode == 0, history.stderr
    assert "缴费历史：已缴的 ¥2,734.29 只作历史记录" in history.stdout
    assert not (tmp_path / "未导入.xlsx").exists()  # nothing refused


def test_credit_and_a_clerk_without_a_manager(cli, day_one):
    passwords = {"PMDESK_PASSWORD": "secret-pw", "PMDESK_NEW_PASSWORD": "secret-pw"}
    for args in (("account", "add", "王经理", "--role", "manager"),
                 ("--user", "王经理", "account", "add", "李小梅", "--role", "clerk")):
        result = cli(*args, extra_env=passwords)
        assert result.returncode == 0, result.stderr
    clerk = cli("--user", "李小梅", "import", "credit", "opening-credit.xlsx",
                extra_env={"PMDESK_PASSWORD": "secret-pw"})
    assert clerk.returncode == 1 and "主管" in clerk.stderr
    manager = cli("--user", "王经理", "import", "credit", "opening-credit.xlsx",
                  extra_env={"PMDESK_PASSWORD": "secret-pw"})
    assert manager.returncode == 0, manager.stderr
    assert "期初预存合计 ¥1,588.50，涉及 2 户。" in manager.stdout


def test_a_roster_given_as_arrears_says_which_columns_are_missing(cli, day_one):
    roster = Path(__file__).parent.parent / "fixtures" / "roster-sample.xlsx"
    for kind, wanted in (("arrears", "欠费金额"), ("credit", "预存余额")):
        result = cli("import", kind, str(roster))
        assert result.returncode == 1 and wanted in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
