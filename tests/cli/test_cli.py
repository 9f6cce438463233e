"""The command line as scripts use it: a subprocess, its exit status, stdout and stderr. What
is not about the file itself runs on both engines (`cli`, `query`: tests/cli/conftest.py)."""

import json
import sqlite3
from pathlib import Path

import pytest

import pmdesk

pytestmark = pytest.mark.both_engines


def assert_one_clean_line(text: str) -> None:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text


def test_init_then_check(cli):
    result = cli("init", "--estate", "翠湖苑", "--phone", "0571-88886666")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "已保存办公室信息：翠湖苑（翠湖苑物业服务中心）"
    result = cli("check")
    assert result.returncode == 0, result.stderr
    assert "数据库完好" in result.stdout


def test_check_on_random_bytes_fails_with_one_line(run_cli, tmp_path):
    (tmp_path / "random.db").write_bytes(bytes(range(256)) * 64)
    result = run_cli("--db", "random.db", "check")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert "random.db 不是数据库文件" in result.stderr
    assert result.stdout == ""


def test_check_on_a_missing_file_does_not_create_it(run_cli, tmp_path):
    result = run_cli("--db", "none.db", "check")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert not (tmp_path / "none.db").exists()


def test_pmdesk_db_environment_variable_names_the_database(run_cli, tmp_path):
    result = run_cli("init", "--estate", "翠湖苑",
                     extra_env={"PMDESK_DB": str(tmp_path / "from-env.db")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env.db").exists()


def test_default_database_is_in_the_user_data_folder(run_cli, tmp_path):
    result = run_cli("init", "--estate", "翠湖苑")
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "xdg").rglob("office.db"))


@pytest.mark.parametrize("args", [
    ("frobnicate",),
    ("--db", "x.db", "init"),
    ("--lang", "fr", "check"),
    ("--db", "x.db", "demo", "--households", "many"),
])
def test_wrong_usage_exits_2(run_cli, args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "用法错误" in result.stderr


def test_bad_input_exits_1_and_changes_nothing(cli, query):
    assert cli("init", "--estate", "翠湖苑").returncode == 0
    result = cli("init", "--estate", "新名字", "--phone", "12345")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert "不是有效的电话号码" in result.stderr
    assert query("SELECT estate_name FROM office_profile") == [("翠湖苑",)]


def test_demo_fills_once(cli):
    result = cli("demo", "--households", "200", "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "200 户" in result.stdout
    again = cli("demo", "--households", "200")
    assert again.returncode == 1
    assert_one_clean_line(again.stderr)


def test_backup_and_restore(run_cli, tmp_path):
    assert run_cli("--db", "office.db", "init", "--estate", "翠湖苑").returncode == 0
    result = run_cli("--db", "office.db", "backup", "copy.db")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(tmp_path / "copy.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert run_cli("--db", "office.db", "init", "--estate", "改名").returncode == 0
    result = run_cli("--db", "office.db", "restore", "copy.db")
    assert result.returncode == 0, result.stderr
    assert "before-restore-" in result.stdout
    conn = sqlite3.connect(tmp_path / "office.db")
    assert conn.execute("SELECT estate_name FROM office_profile").fetchone()[0] == "翠湖苑"
    conn.close()


def test_backup_defaults_to_the_backups_folder(run_cli, tmp_path):
    assert run_cli("--db", "office.db", "init", "--estate", "翠湖苑").returncode == 0
    result = run_cli("--db", "office.db", "backup")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "backups").glob("backup-*.db"))) == 1


def test_restore_of_a_non_backup_fails_cleanly(run_cli, tmp_path):
    assert run_cli("--db", "office.db", "init", "--estate", "翠湖苑").returncode == 0
    (tmp_path / "notes.db").write_text("not a database", encoding="utf-8")
    result = run_cli("--db", "office.db", "restore", "notes.db")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert run_cli("--db", "office.db", "check").returncode == 0


def test_version_prints_the_package_version_and_touches_no_database(run_cli, tmp_path):
    result = run_cli("--db", "office.db", "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"pmdesk {pmdesk.__version__}"
    assert not (tmp_path / "office.db").exists()


def test_help_is_chinese_by_default_and_english_on_request(run_cli):
    assert "检查数据库的完整性" in run_cli("--help").stdout
    assert "check the integrity of the database" in run_cli("--lang", "en", "--help").stdout


def test_an_unexpected_error_is_logged_and_reported_in_one_line(monkeypatch, tmp_path, capsys):
    from pmdesk import cli
    from pmdesk.cli import safety

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def explode(args):
        raise RuntimeError("boom")

    monkeypatch.setattr(safety, "check", explode)
    assert cli.main(["--db", str(tmp_path / "x.db"), "check"]) == 1
    err = capsys.readouterr().err
    assert_one_clean_line(err)
    assert "RuntimeError: boom" in err
    log = next((tmp_path / "state").rglob("pmdesk.log"))
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_print_notice(cli, query, tmp_path):
    assert cli("init", "--estate", "翠湖苑", "--phone", "0571-88886666").returncode == 0
    body = "\ufeff　　12月3日8:00至16:00停水。\n请提前储水。\n\n敬请谅解。\n"
    (tmp_path / "body.txt").write_text(body, encoding="utf-8")
    result = cli("print", "notice", "notice.pdf", "--title", "停水通知", "--body-file", "body.txt",
                 "--large-print")
    assert result.returncode == 0, result.stderr
    assert "notice.pdf" in result.stdout and "1 页" in result.stdout
    import subprocess

    text = subprocess.run(["pdftotext", str(tmp_path / "notice.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "停水通知" in text and "12月3日8:00至16:00停水。请提前储水。" in text.replace("\n", "")
    assert query("SELECT kind, subject, pages FROM document") == [("notice", "停水通知", 1)]


@pytest.mark.parametrize(("setup", "args", "message"), [
    ("none", ["--title", "通知", "--body-file", "body.txt"], "不存在"),
    ("profile", ["--title", "通知", "--body-file", "missing.txt"], "无法读取文件"),
    ("profile", ["--title", "", "--body-file", "body.txt"], "请填写标题"),
    ("profile", ["--title", "通知", "--body-file", "gbk.txt"], "不是 UTF-8"),
    ("profile", ["--title", "通知😀", "--body-file", "body.txt"], "没有可用的字体"),
    ("empty", ["--title", "通知", "--body-file", "body.txt"], "还没有填写办公室信息"),
])
def test_print_notice_refuses_bad_input_in_one_line(cli, query, office_db, engine, tmp_path,
                                                    setup, args, message):
    (tmp_path / "body.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes("正文内容".encode("gbk"))
    if setup == "profile":
        cli("init", "--estate", "翠湖苑")
    elif setup == "empty":  # a database nobody has entered the office profile into
        from pmdesk.core.safety.db import close_db
        from pmdesk.core.safety.opening import open_db

        open_db(office_db if engine == "postgresql" else tmp_path / office_db)
        close_db()
    elif engine == "postgresql":  # no file: a server database without the office's tables
        message = "还是空的"
    result = cli("print", "notice", "out.pdf", *args)
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert message in result.stderr
    assert not (tmp_path / "out.pdf").exists()
    if setup == "profile":  # nothing was archived either
        assert query("SELECT count(*) FROM document") == [(0,)]


def test_export_residents(cli, tmp_path):
    assert cli("demo", "--households", "120").returncode == 0
    result = cli("export", "residents", "名册.xlsx")
    assert result.returncode == 0, result.stderr
    assert "120" in result.stdout and (tmp_path / "名册.xlsx").exists()
    bad = cli("export", "residents", "no/such/dir/x.xlsx")
    assert bad.returncode == 1
    assert_one_clean_line(bad.stderr)


SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "roster-sample.xlsx"


@pytest.fixture
def sample_roster():
    return str(SAMPLE)


def test_import_dry_run_reports_and_changes_nothing(cli, query, sample_roster):
    result = cli("import", "residents", sample_roster, "--dry-run")
    assert result.returncode == 1
    assert "可导入 26 行" in result.stdout and "第 34 行" in result.stdout
    assert query("SELECT count(*) FROM unit") == [(0,)]


def test_import_refuses_everything_when_a_row_is_bad(cli, query, sample_roster):
    result = cli("import", "residents", sample_roster)
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert query("SELECT count(*) FROM unit") == [(0,)]


def test_import_skip_bad_writes_the_rejects(cli, tmp_path, sample_roster):
    result = cli("import", "residents", sample_roster, "--skip-bad", "--rejects", "rejects.xlsx")
    assert result.returncode == 0, result.stderr
    assert "已导入 26 户" in result.stdout
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "rejects.xlsx").active
    assert sheet.max_row == 7
    assert "缺少房号。" in [sheet.cell(r, sheet.max_column).value for r in range(2, 8)]
    again = cli("import", "residents", sample_roster, "--skip-bad")
    assert "此文件已于" in again.stdout and "已导入 0 户" in again.stdout


def test_import_of_a_non_roster_is_one_line(cli, tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 an old Excel file")
    result = cli("import", "residents", "old.xls")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert ".xlsx" in result.stderr


def test_household_add_adds_one_unit_billed_like_an_imported_one(cli):
    assert cli("init", "--estate", "翠湖苑").returncode == 0
    added = cli("household", "add", "3栋2单元501室", "--area", "89.5", "--owner", "张三",
                "--phone", "138 0013 8000", "--handover", "2026-05-01")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "已添加 3-2-501（住宅，建筑面积 89.50 ㎡，业主 张三）。"
    shop = cli("household", "add", "12-101", "--area", "120", "--kind", "商铺")
    assert shop.returncode == 0 and "商铺" in shop.stdout and "业主 未登记" in shop.stdout
    again = cli("household", "add", "3-2-501", "--area", "90")
    assert again.returncode == 1 and again.stderr.strip() == \
        "3-2-501 已经在登记簿里了，要改它的信息请打开这户的住户卡。"
    for args, message in ((("9-9-909", "--area", "0"), "建筑面积“0”必须大于 0。"),
                          (("9-9-909", "--area", "80", "--handover", "2026-13-01"),
                           "交房日期“2026-13-01”不是有效的日期：没有 13 月。")):
        bad = cli("household", "add", *args)
        assert bad.returncode == 1 and bad.stderr.strip() == message
    assert cli("household", "add", "9-9-909", "--area", "80", "--kind", "别墅").returncode == 2
    assert cli("fee-item", "add", "物业服务费", "--per-area", "2.35").returncode == 0
    cli("bill", "--period", "2026-05")
    cli("bill", "--period", "2026-06")
    report = cli("report", "arrears", "--as-of", "2026-07-01", "--json")
    rooms = [(h["room"], h["months"]) for h in json.loads(report.stdout)["households"]]
    assert rooms == [("3-2-501", 1), ("12-101", 2)]  # billed from the month after handover
