"""The command line (docs/cli.md is the contract): parse, call the core, print, exit 0/1/2.

No business rule lives here. Expected failures print one translated line on stderr and exit 1;
anything unexpected is logged with its traceback and reported in one line, never dumped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pmdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate, use_language_without_gui

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's hook: usage errors exit 2
        self.print_usage(sys.stderr)
        hint = translate("cli", "用法错误：{message}（运行 pmdesk --help 查看用法）")
        print(hint.format(message=message), file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE", help=translate(
        "cli", "数据库文件（默认：环境变量 PMDESK_DB，或用户数据目录中的 office.db）"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "界面语言"))


def _global_options(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """--db and --lang, and what else was given: starting the window needs no more parsing."""
    parser = _Parser(prog="pmdesk", add_help=False)
    _add_global_options(parser)
    return parser.parse_known_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pmdesk", description=translate(
        "cli", "物业前台：住户、收费、投诉报修与社区活动。不带命令时启动图形界面。"))
    _add_global_options(parser)
    # Without a command main() starts the window before this parser is built.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                                required=True)

    p = sub.add_parser("init", help=translate("cli", "创建或更新办公室信息（印在每封信函上）"))
    p.add_argument("--estate", required=True, metavar="NAME", help=translate("cli", "小区名称"))
    p.add_argument("--office", metavar="NAME",
                   help=translate("cli", "服务中心名称（默认：小区名称+物业服务中心）"))
    p.add_argument("--address", metavar="A", help=translate("cli", "地址"))
    p.add_argument("--phone", metavar="P", help=translate("cli", "联系电话"))
    p.add_argument("--complaint-phone", metavar="P", help=translate("cli", "投诉电话"))

    p = sub.add_parser("demo", help=translate("cli", "向空数据库载入可重现的演示数据"))
    p.add_argument("--households", type=int, default=2000, metavar="N",
                   help=translate("cli", "户数（默认 2000）"))
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help=translate("cli", "随机种子（默认 1）"))

    p = sub.add_parser("backup", help=translate("cli", "在线备份数据库（默认存入 backups 文件夹）"))
    p.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "备份文件或文件夹"))

    p = sub.add_parser("restore", help=translate("cli", "用备份替换数据库（当前数据库先另存一份）"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "备份文件"))

    sub.add_parser("check", help=translate("cli", "检查数据库的完整性"))

    p = sub.add_parser("import", help=translate("cli", "从 Excel 导入"))
    what = p.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser, required=True)
    p = what.add_parser("residents", help=translate("cli", "导入住户名册（.xlsx）"))
    p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "名册文件"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "只检查并报告，不写入数据库"))
    p.add_argument("--skip-bad", action="store_true",
                   help=translate("cli", "导入正确的行，跳过有问题的行"))
    p.add_argument("--rejects", metavar="OUT.xlsx",
                   help=translate("cli", "把未导入的行连同原因存到这个文件（与 --skip-bad 同用）"))

    p = sub.add_parser("export", help=translate("cli", "导出为 Excel 表格"))
    p.add_argument("table", choices=("residents",), metavar="TABLE",
                   help=translate("cli", "要导出的内容：residents（业主名册）"))
    p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "要生成的 Excel 文件"))

    p = sub.add_parser("print", help=translate("cli", "生成文书 PDF（并存入文书档案）"))
    kinds = p.add_subparsers(dest="document", metavar="DOCUMENT", parser_class=_Parser,
                             required=True)
    p = kinds.add_parser("notice", help=translate("cli", "通知：办公室抬头、标题、正文与落款"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--title", required=True, metavar="TITLE", help=translate("cli", "标题"))
    p.add_argument("--body-file", required=True, metavar="TEXT.txt",
                   help=translate("cli", "正文：UTF-8 文本文件，段落之间空一行"))
    p.add_argument("--large-print", action="store_true",
                   help=translate("cli", "大字版（给老年住户）"))
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    from pmdesk.paths import default_db_path

    return Path(args.db) if args.db else default_db_path()


def cmd_init(args: argparse.Namespace) -> int:
    from pmdesk.core.db import open_db
    from pmdesk.core.settings import save_office_profile

    open_db(_db_path(args))
    profile = save_office_profile(estate_name=args.estate, office_name=args.office,
                                  address=args.address, phone=args.phone,
                                  complaint_phone=args.complaint_phone)
    print(translate("cli", "已保存办公室信息：{estate}（{office}）").format(
        estate=profile.estate_name, office=profile.office_name))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pmdesk.core.db import open_db
    from pmdesk.core.demo import generate

    open_db(_db_path(args))
    counts = generate(households=args.households, seed=args.seed)
    print(translate("cli", "已载入演示数据：{buildings} 栋楼，{households} 户，{persons} 人。")
          .format(**counts))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from pmdesk.core.backup import backup_to

    target = backup_to(_db_path(args), args.file)
    print(translate("cli", "已备份到 {path}").format(path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pmdesk.core.backup import restore_from

    aside = restore_from(Path(args.file), _db_path(args))
    print(translate("cli", "已从 {backup} 恢复数据库；原来的数据库已另存为 {aside}").format(
        backup=args.file, aside=aside))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from pmdesk.core.db import integrity_report

    path = _db_path(args)
    if not path.exists():
        from pmdesk.core.errors import DatabaseError

        raise DatabaseError("db.missing", path=str(path))
    problems = integrity_report(path)
    if problems:
        print(translate("cli", "数据库 {path} 检查发现 {count} 个问题：{problems}").format(
            path=path, count=len(problems), problems="; ".join(problems)), file=sys.stderr)
        return EXIT_FAILED
    print(translate("cli", "数据库完好：{path}").format(path=path))
    return EXIT_OK


def _read_text(path: str) -> str:
    from pmdesk.core.errors import PmdeskError

    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PmdeskError("file.not_utf8", path=path) from exc
    except OSError as exc:
        raise PmdeskError("file.read_failed", path=path, detail=exc.strerror or str(exc)) from exc


def cmd_print(args: argparse.Namespace) -> int:
    from pmdesk.core.archive import record_document
    from pmdesk.core.db import open_db
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.safe_files import write_atomic
    from pmdesk.core.settings import get_office_profile
    from pmdesk.documents import fonts, letters, pdf

    body = _read_text(args.body_file)
    open_db(_db_path(args), create=False)
    profile = get_office_profile()
    if profile is None:
        raise PmdeskError("office.missing")
    letter = letters.notice(title=args.title, body=body, large_print=args.large_print)
    missing = fonts.missing_glyphs(*letter.texts(), profile.office_name, profile.address)
    if missing:
        print(translate("cli", "注意：这些字符没有可用的字体，印出来会是空白：{chars}").format(
            chars=" ".join(missing)), file=sys.stderr)
    rendered = pdf.render([letter], profile)
    write_atomic(args.file, rendered.pdf)
    number = record_document(kind="notice", subject=letter.title, pdf=rendered.pdf,
                             pages=rendered.pages)
    print(translate("cli", "已生成 {path}（{pages} 页，文书档案第 {number} 号）").format(
        path=args.file, pages=rendered.pages, number=number))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pmdesk.core.db import open_db
    from pmdesk.core.exporting import export_table

    open_db(_db_path(args), create=False)
    rows = export_table(args.table, args.file)
    print(translate("cli", "已导出 {rows} 行到 {path}").format(rows=rows, path=args.file))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from pmdesk.core.db import open_db
    from pmdesk.core.importer import import_roster, previous_import, read_roster, write_rejects
    from pmdesk.messages import describe

    if args.rejects and not args.skip_bad:
        build_parser().error(translate("cli", "--rejects 需要与 --skip-bad 一起使用"))
    open_db(_db_path(args))
    plan = read_roster(args.file)
    reasons = [describe(row.reason) for row in plan.rejected]
    print(translate("cli", "读取 {read} 行，可导入 {ok} 行，有问题 {bad} 行。").format(
        read=len(plan.rows), ok=len(plan.accepted), bad=len(plan.rejected)))
    for row, reason in zip(plan.rejected, reasons, strict=True):
        print(translate("cli", "第 {row} 行：{reason}").format(row=row.sheet_row, reason=reason))
    if plan.hidden_sheets:
        print(translate("cli", "（隐藏的工作表未读取：{sheets}）").format(
            sheets="、".join(plan.hidden_sheets)))
    earlier = previous_import(plan)
    if earlier:
        print(translate("cli", "注意：此文件已于 {when} 导入过。").format(
            when=earlier[:16].replace("T", " ")))
    if args.dry_run:
        return EXIT_OK if not plan.rejected else EXIT_FAILED
    imported, unchanged = import_roster(plan, skip_bad=args.skip_bad)
    if args.rejects and plan.rejected:
        write_rejects(plan, args.rejects, reasons)
        print(translate("cli", "未导入的行已存到 {path}").format(path=args.rejects))
    print(translate("cli", "已导入 {count} 户；{unchanged} 户已在册，未改动。").format(
        count=imported, unchanged=unchanged))
    return EXIT_OK


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore,
            "check": cmd_check, "print": cmd_print, "export": cmd_export, "import": cmd_import}


def _log_unexpected(exc: BaseException) -> Path | None:
    from pmdesk.logs import logger, setup_logging

    log_file = setup_logging()
    logger.error("unexpected error", exc_info=exc)
    return log_file


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    options, rest = _global_options(argv)
    if not rest:  # no command: the window (the full parser is built only for commands)
        from pmdesk.ui.app import run

        return run(db_path=_db_path(options), language=options.lang)
    use_language_without_gui(options.lang or DEFAULT_LANGUAGE)
    args = build_parser().parse_args(argv)
    from pmdesk.core.db import close_db
    from pmdesk.core.errors import PmdeskError
    from pmdesk.messages import describe

    try:
        return COMMANDS[args.command](args)
    except PmdeskError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("cli", "已中断。"), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one line, exit 1
        log_file = _log_unexpected(exc)
        print(translate("cli", "内部错误：{error}（详情见日志 {log}）").format(
            error=f"{type(exc).__name__}: {exc}", log=log_file or "-"), file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_db()

