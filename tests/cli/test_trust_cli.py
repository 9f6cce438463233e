"""Issue 14 from the command line: what an unlucky clerk or a curious temp worker types must
never lose data, re-issue a receipt number or hide a change."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli.test_cli import assert_one_clean_line


def _receipts(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM payment").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("args", [
    ("export", "residents", "office.db"),
    ("export", "payments", "./sub/../office.db"),
    ("print", "receipt", "2026-000001", "office.db"),
    ("print", "notice", "office.db-wal", "--title", "通知", "--body-file", "body.txt"),
    ("print", "arrears-letters", "office.db"),
    ("print", "arrears-notice", "office.db"),
    ("print", "arrears-letters", "letters.pdf", "--delivery-sheet", "office.db"),
    ("pay", "3-2-501", "100", "--receipt-pdf", "office.db"),
])
def test_no_output_replaces_the_database(cli, office, tmp_path, args):
    """14.1: the database stays the database; nothing is paid when the receipt cannot be
    written where asked."""
    cli("bill", "--period", "2026-01")
    assert cli("pay", "3-2-501", "100").returncode == 0
    (tmp_path / "sub").mkdir()
    (tmp_path / "body.txt").write_text("正文", encoding="utf-8")
    result = cli(*args)
    assert result.returncode == 1, result.stdout
    assert_one_clean_line(result.stderr)
    assert "不能保存为" in result.stderr
    assert _receipts(office) == 1
    assert cli("check").returncode == 0
    assert not (tmp_path / "letters.pdf").exists()


def _read_only_folder(tmp_path, office):
    """The office's folder made read-only; the command line then runs as a user who cannot
    write there (root is given up its right to override permissions)."""
    import os
    import shutil
    import stat

    folder = tmp_path / "cd"
    folder.mkdir()
    shutil.copy(office, folder / "office.db")
    (folder / "office.db").chmod(0o444)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    wrapper = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("needs setpriv (util-linux) to give up root's override")
        wrapper = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    return folder, wrapper


def test_a_database_in_a_read_only_folder_opens_for_reading(cli, office, tmp_path,
                                                            pmdesk_argv):
    """Issue 14.12 (S7): it could not even be read or backed up; now reports and backups work,
    and a payment — or an export, which must be written to the audit trail — says, in one
    line, that the database is read-only, and a letter that cannot be kept in the archive is
    not written either."""
    import os
    import subprocess

    cli("bill", "--period", "2026-01")
    assert cli("pay", "3-2-501", "100").returncode == 0
    folder, wrapper = _read_only_folder(tmp_path, office)
    env = {**os.environ, "PMDESK_DB": str(folder / "office.db")}

    def run(*args):
        return subprocess.run([*wrapper, *pmdesk_argv, *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=60)

    try:
        report = run("report", "arrears", "--json")
        assert report.returncode == 0, report.stderr
        export = run("export", "residents", str(tmp_path / "名册.xlsx"))
        assert export.returncode == 1 and "是只读的" in export.stderr  # it could not be audited
        assert not (tmp_path / "名册.xlsx").exists()
        letters = run("print", "arrears-letters", str(tmp_path / "催缴函.pdf"), "--as-of",
                      "2026-03-01", "--delivery-sheet", str(tmp_path / "签收单.pdf"))
        assert letters.returncode == 1 and "是只读的" in letters.stderr  # it could not be kept
        assert not list(tmp_path.glob("*.pdf"))  # in the archive: so no letter was written
        copy = run("backup", str(tmp_path / "copy.db"))
        assert copy.returncode == 0, copy.stderr
        paid = run("pay", "3-2-501", "100")
        assert paid.returncode == 1
        assert_one_clean_line(paid.stderr)
        assert f"数据库 {folder / 'office.db'} 是只读的" in paid.stderr
    finally:
        folder.chmod(0o755)
    assert _receipts(tmp_path / "copy.db") == 1


@pytest.mark.parametrize(("args", "expected"), [
    (("--db", "empty.db", "check"), "是空文件"),
    (("--db", "empty.db", "backup", "copy.db"), "是空文件"),
    (("--db", "office.db", "pay", "3-2-501", "99999999999"), "超过"),
    (("--db", "office.db", "print", "arrears-letters", "x.pdf", "--min-months",
      "99999999999999999999"), "用法错误"),
    (("--db", "office.db", "print", "arrears-letters", "x.pdf", "--as-of", "9999-12-31"),
     "日期应在 1900 年到 2999 年之间"),
    (("--db", "office.db", "export", "arrears", "x.xlsx", "--as-of", "0001-01-01"),
     "日期应在 1900 年到 2999 年之间"),
    (("--db", "office.db", "print", "notice", "x.pdf", "--title", "停水通知", "--body-file",
      "pipe.txt"), "不是普通文件"),
    (("--db", "office.db", "restore", "pipe.txt"), "不是数据库文件"),
])
def test_misleading_messages_say_what_is_wrong(run_cli, office, tmp_path, args, expected):
    import os

    (tmp_path / "empty.db").write_bytes(b"")
    os.mkfifo(tmp_path / "pipe.txt")  # waited on for ever when opened
    result = run_cli(*args)
    assert result.returncode in (1, 2)
    assert expected in result.stderr, result.stderr
    assert "内部错误" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "copy.db").exists()


def test_account_add_without_a_terminal_says_how_to_give_the_password(run_cli, office):
    result = run_cli("--db", "office.db", "account", "add", "王经理", "--role", "manager",
                     input="")
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert "PMDESK_NEW_PASSWORD" in result.stderr


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path, pmdesk_argv):
    """`pmdesk report arrears | head -1` ended with 内部错误：BrokenPipeError."""
    import os
    import subprocess

    demo = [*pmdesk_argv, "--db", "big.db"]
    subprocess.run([*demo, "demo", "--households", "300"], cwd=tmp_path, check=True,
                   capture_output=True, env={**os.environ, "XDG_DATA_HOME": str(tmp_path)})
    report = subprocess.Popen([*demo, "report", "arrears"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    report.stdout.readline()
    report.stdout.close()  # what `head -1` does
    stderr = report.stderr.read().decode()
    assert report.wait(timeout=60) == 0
    assert stderr == ""


def test_a_manager_restores_over_a_damaged_database(cli, run_cli, office, tmp_path):
    """Issue 14.11: signing in opened the damaged file; the password is now checked against
    the backup being restored."""
    assert run_cli("--db", "office.db", "account", "add", "王经理", "--role", "manager",
                   extra_env={"PMDESK_NEW_PASSWORD": "manager-pw"}).returncode == 0
    assert cli("backup", "good.db").returncode == 0
    data = bytearray(office.read_bytes())
    data[:100] = b"\0" * 100
    office.write_bytes(bytes(data))
    refused = cli("restore", "good.db")
    assert refused.returncode == 1 and "需要主管权限" in refused.stderr
    wrong = run_cli("--db", "office.db", "--user", "王经理", "restore", "good.db",
                    extra_env={"PMDESK_PASSWORD": "wrong-pw"})
    assert wrong.returncode == 1 and "密码不正确" in wrong.stderr
    result = run_cli("--db", "office.db", "--user", "王经理", "restore", "good.db",
                     extra_env={"PMDESK_PASSWORD": "manager-pw"})
    assert result.returncode == 0, result.stderr
    assert cli("check").returncode == 0


def test_file_names_in_another_encoding_are_written_and_shown(cli, office, tmp_path):
    """A name that is not UTF-8 (a folder made on an old system) reached Python as a lone
    surrogate and ended as 内部错误 in the audit trail, the receipt journal or on the screen."""
    odd = "\udcff"  # the byte 0xFF on this file system
    exported = cli("export", "bills", f"bills{odd}.xlsx")
    assert exported.returncode == 0, exported.stderr
    assert "bills\\udcff.xlsx" in exported.stdout
    assert cli("backup", f"copy{odd}.db").returncode == 0
    restored = cli("restore", f"copy{odd}.db")
    assert restored.returncode == 0, restored.stderr
    assert (tmp_path / f"bills{odd}.xlsx").exists()
    assert cli("check").returncode == 0
