"""What every command group shares: the parser that exits 2 on wrong usage, the global options,
opening the database (and signing in with --user), outputs checked before any work, dates,
files read, JSON on stdout."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from pathlib import Path

import pmdesk
from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety import auth, server
from pmdesk.core.safety.files import check_output, read_input
from pmdesk.core.safety.opening import open_db
from pmdesk.core.validate import parse_date
from pmdesk.i18n import LANGUAGES, translate
from pmdesk.paths import default_db_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's hook: usage errors exit 2
        self.print_usage(sys.stderr)
        hint = translate("cli", "用法错误：{message}（运行 pmdesk --help 查看用法）")
        print(hint.format(message=message), file=sys.stderr)
        sys.exit(EXIT_USAGE)


def whole_number(low: int, high: int):
    """An argparse type: a whole number from `low` to `high` (else a usage error, exit 2)."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("cli", "“{value}”不是整数").format(value=text)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(translate("cli", "{value} 不在 {low} 到 {high} 之间")
                                             .format(value=text, low=low, high=high))
        return value

    return parse


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"pmdesk {pmdesk.__version__}",
                        help=translate("cli", "显示版本号后退出"))
    parser.add_argument("--db", metavar="FILE|URL", help=translate(
        "cli", "数据库文件，或网络版的服务器 postgresql://用户@主机:端口/数据库"
               "（默认：环境变量 PMDESK_DB，或用户数据目录中的 office.db）"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "界面语言"))
    parser.add_argument("--user", metavar="NAME", help=translate(
        "cli", "以此账号操作（密码取自环境变量 PMDESK_PASSWORD，或在终端输入）；"
               "作废、减免、调价、恢复等主管操作需要主管账号"))


def db_path(args: argparse.Namespace) -> Path | str:
    """--db (or PMDESK_DB, or the default file): a file's path, or a server's URL as given."""
    if args.db and server.is_server(args.db):
        return args.db
    return Path(args.db) if args.db else default_db_path()


def typed_password(prompt: str) -> str:
    """A password typed at the terminal; without one (a script, a scheduled task) the error
    says how to give it instead."""
    if not sys.stdin or not sys.stdin.isatty():
        raise PmdeskError("cli.no_terminal")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PmdeskError("cli.no_terminal") from None


def password(args: argparse.Namespace) -> str:
    """--user's password: PMDESK_PASSWORD, or typed."""
    given = os.environ.get("PMDESK_PASSWORD")
    if given is None:
        given = typed_password(translate("cli", "{name} 的密码：").format(name=args.user))
    return given


def open_database(args: argparse.Namespace, *, create: bool = False) -> None:
    """Open the database and, with --user, sign in."""
    open_db(db_path(args), create=create)
    if args.user:
        auth.sign_in(args.user, password(args))


def check_outputs(*paths: str | None) -> None:
    """Refuse, before any work, an output that would replace the database, a companion file or
    a backup (the database must be open)."""
    for path in paths:
        if path:
            check_output(path)


def day(text: str | None, field: str = "date") -> date:
    """A date given on the command line (`2026-11-27`); today when none."""
    return parse_date(text, field=field, default=clock.today())


def print_json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


MAX_TEXT_BYTES = 1 << 20  # a notice's text; a larger file is not one


def read_text(path: str) -> str:
    """A UTF-8 text file given on the command line (a byte-order mark is dropped)."""
    try:
        return read_input(path, limit=MAX_TEXT_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PmdeskError("file.not_utf8", path=path) from exc
