"""The command line (docs/cli.md is the contract): parse, call the actions and the core, print,
exit 0/1/2. One module per command group; no business rule lives here.

Expected failures print one translated line on stderr and exit 1; anything unexpected is logged
with its traceback and reported in one line, never dumped. Without a command the window starts,
and nothing of the command groups is loaded for it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from pmdesk.cli.common import EXIT_FAILED, EXIT_OK, Parser, add_global_options, db_path
from pmdesk.core.errors import PmdeskError
from pmdesk.core.safety.db import close_db, root_sqlite_error, sqlite_failure
from pmdesk.error_messages import describe
from pmdesk.i18n import DEFAULT_LANGUAGE, translate, use_language_without_gui
from pmdesk.logs import logger, setup_logging
from pmdesk.paths import DB_ENV

# the modules of this package, one per command group
GROUPS = ("setup", "register", "money", "opening", "documents", "safety", "desk")


def _global_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """--db and --lang, and what else was given: starting the window needs no more parsing."""
    parser = Parser(prog="pmdesk", add_help=False)
    add_global_options(parser)
    return parser.parse_known_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="pmdesk", description=translate(
        "cli", "物业前台：住户、收费、投诉报修与社区活动。不带命令时启动图形界面。"))
    add_global_options(parser)
    # Without a command main() starts the window before this parser is built.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser,
                                required=True)
    for group in GROUPS:  # loaded for a command only: the window starts without them
        importlib.import_module(f"pmdesk.cli.{group}").add(sub)
    return parser


def _log_unexpected(exc: BaseException) -> Path | None:
    log_file = setup_logging()
    logger.error("unexpected error", exc_info=exc)
    return log_file


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a file name in another encoding, a console
        if hasattr(stream, "reconfigure"):   # code page without a character: never a crash
            stream.reconfigure(errors="backslashreplace")
    options, rest = _global_options(argv)
    if not rest:  # no command: the window (the full parser is built only for commands), on
        # the database named, else on the one this PC uses (its server, or its own file)
        named = options.db or os.environ.get(DB_ENV)
        return importlib.import_module("pmdesk.ui.app").run(
            db_path=db_path(options) if named else None, language=options.lang)
    use_language_without_gui(options.lang or DEFAULT_LANGUAGE)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.parser = parser
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; every failure becomes one line on stderr and exit 1."""
    try:
        return args.run(args)
    except PmdeskError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("cli", "已中断。"), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `pmdesk report arrears | head`: the reader had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one line, exit 1
        if root_sqlite_error(exc) is not None:  # disk full, I/O error, busy: the real cause
            print(describe(sqlite_failure(exc)), file=sys.stderr)
            return EXIT_FAILED
        log_file = _log_unexpected(exc)
        print(translate("cli", "内部错误：{error}（详情见日志 {log}）").format(
            error=f"{type(exc).__name__}: {exc}", log=log_file or "-"), file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_db()
