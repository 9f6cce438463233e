"""The command line (docs/cli.md is the contract): parse, call the core, print, exit 0/1/2.

No business rule lives here. Expected failures print one translated line on stderr and exit 1;
anything unexpected is logged with its traceback and reported in one line, never dumped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pmdesk.core import clock
from pmdesk.i18n import DEFAULT_LANGUAGE, LANGUAGES, translate, use_language_without_gui

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's hook: usage errors exit 2
        self.print_usage(sys.stderr)
        hint = translate("cli", "用法错误：{message}（运行 pmdesk --help 查看用法）")
        print(hint.format(message=message), file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _whole_number(low: int, high: int):
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


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE", help=translate(
        "cli", "数据库文件（默认：环境变量 PMDESK_DB，或用户数据目录中的 office.db）"))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "界面语言"))
    parser.add_argument("--user", metavar="NAME", help=translate(
        "cli", "以此账号操作（密码取自环境变量 PMDESK_PASSWORD，或在终端输入）；"
               "作废、减免、调价、恢复等主管操作需要主管账号"))


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
    p.add_argument("--households", type=_whole_number(1, 100_000), default=2000, metavar="N",
                   help=translate("cli", "户数（默认 2000）"))
    p.add_argument("--years", type=_whole_number(0, 20), default=2, metavar="Y",
                   help=translate("cli", "账单与收款的年数（默认 2，0 表示不生成）"))
    p.add_argument("--complaints", type=_whole_number(0, 1_000_000), metavar="N",
                   help=translate("cli", "一年的投诉报修件数（默认：有账单时为户数的一半）"))
    p.add_argument("--seed", type=_whole_number(0, 2**63), default=1, metavar="S",
                   help=translate("cli", "随机种子（默认 1）"))

    p = sub.add_parser("backup", help=translate("cli", "在线备份数据库（默认存入 backups 文件夹）"))
    p.add_argument("file", nargs="?", metavar="FILE", help=translate("cli", "备份文件或文件夹"))

    p = sub.add_parser("restore", help=translate("cli", "用备份替换数据库（当前数据库先另存一份）"))
    p.add_argument("file", metavar="FILE", help=translate("cli", "备份文件"))

    sub.add_parser("check", help=translate("cli", "检查数据库的完整性"))

    p = sub.add_parser("account", help=translate("cli", "登录账号"))
    what = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    p = what.add_parser("add", help=translate(
        "cli", "新增账号（新密码取自环境变量 PMDESK_NEW_PASSWORD，或在终端输入两次）"))
    p.add_argument("name")
    p.add_argument("--role", choices=("clerk", "manager"), default="clerk",
                   help=translate("cli", "clerk：前台；manager：主管"))
    what.add_parser("list", help=translate("cli", "列出账号"))

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
    p.add_argument("table", choices=("residents", "bills", "payments", "arrears", "complaints",
                                     "events"),
                   metavar="TABLE", help=translate(
                       "cli", "要导出的内容：residents（业主名册）、bills（账单）、"
                              "payments（收款记录）、arrears（欠费明细）、complaints（投诉报修）、"
                              "events（社区活动）"))
    p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "要生成的 Excel 文件"))
    p.add_argument("--from", dest="first", metavar="FROM", help=translate(
        "cli", "账单从哪个月（YYYY-MM）或收款从哪天（YYYY-MM-DD）起"))
    p.add_argument("--to", dest="last", metavar="TO", help=translate(
        "cli", "账单到哪个月（YYYY-MM）或收款到哪天（YYYY-MM-DD）止"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD",
                   help=translate("cli", "欠费明细的统计日期（默认今天）"))

    p = sub.add_parser("fee-item", help=translate("cli", "收费项目"))
    what = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    p = what.add_parser("add", help=translate("cli", "新增收费项目"))
    p.add_argument("name", metavar="NAME", help=translate("cli", "项目名称，如 物业服务费"))
    rate = p.add_mutually_exclusive_group(required=True)
    rate.add_argument("--per-area", metavar="RATE",
                      help=translate("cli", "按建筑面积：每平方米每月多少元"))
    rate.add_argument("--fixed", metavar="AMOUNT", help=translate("cli", "按户：每户每月多少元"))
    rate.add_argument("--per-space", metavar="AMOUNT",
                      help=translate("cli", "按车位：每个车位每月多少元"))
    p.add_argument("--unit-types", metavar="T1,T2", help=translate(
        "cli", "适用的房屋类型（住宅,商铺,车库,储藏室；默认全部）"))
    p.add_argument("--from", dest="start", metavar="YYYY-MM",
                   help=translate("cli", "从哪个月起收（默认不限）"))
    p.add_argument("--basis", default="", metavar="TEXT",
                   help=translate("cli", "收费依据，如物业服务合同条款或价格文件"))
    what.add_parser("list", help=translate("cli", "列出收费项目"))

    p = sub.add_parser("bill", help=translate("cli", "按月出账（同一个月重复运行不会重复出账）"))
    p.add_argument("--period", required=True, metavar="YYYY-MM", help=translate("cli", "月份"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "只预览将要出的账单，不写入数据库"))

    p = sub.add_parser("pay", help=translate("cli", "收款并开收据（默认先还最早的欠费）"))
    p.add_argument("room", metavar="ROOM", help=translate("cli", "房号，如 3-2-501"))
    p.add_argument("amount", metavar="AMOUNT", help=translate("cli", "金额（元）"))
    p.add_argument("--method", choices=("cash", "wechat", "alipay", "bank", "card"),
                   default="cash", help=translate("cli", "付款方式（默认 cash 现金）"))
    p.add_argument("--payer", metavar="NAME", help=translate("cli", "交款人（默认业主）"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "收款日期（默认今天）"))
    p.add_argument("--receipt-pdf", metavar="FILE", help=translate("cli", "把收据存为 PDF"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))

    p = sub.add_parser("void", help=translate("cli", "作废收据（须写明原因）"))
    p.add_argument("receipt_no", metavar="RECEIPT_NO", help=translate("cli", "收据号"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=translate("cli", "作废原因"))

    p = sub.add_parser("report", help=translate("cli", "收费报表"))
    what = p.add_subparsers(dest="report", metavar="REPORT", parser_class=_Parser, required=True)
    p = what.add_parser("arrears",
                        help=translate("cli", "欠费户：房号、业主、欠费、月数、最早月份"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p = what.add_parser("collection", help=translate("cli", "某月账单的应收、实收与收缴率"))
    p.add_argument("--period", required=True, metavar="YYYY-MM", help=translate("cli", "月份"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))

    p = sub.add_parser("print", help=translate("cli", "生成文书 PDF（并存入文书档案）"))
    kinds = p.add_subparsers(dest="document", metavar="DOCUMENT", parser_class=_Parser,
                             required=True)
    p = kinds.add_parser("receipt", help=translate("cli", "补打收据"))
    p.add_argument("receipt_no", metavar="RECEIPT_NO", help=translate("cli", "收据号"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--paper", choices=("a4", "receipt"),
                   help=translate("cli", "纸张：a4 或 receipt（241×140 mm）；默认按收费设置"))
    p = kinds.add_parser("arrears-letters", help=translate(
        "cli", "催缴通知书：每户一份，全部在一个 PDF 里，按房号排序"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--min-months", type=_whole_number(1, 1200), default=1, metavar="N",
                   help=translate("cli", "只给欠费至少 N 个月的住户（默认 1）"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
    p.add_argument("--final", action="store_true",
                   help=translate("cli", "再次通知（写明将通过法律途径主张权利）"))
    p.add_argument("--include-hardship", action="store_true",
                   help=translate("cli", "也给困难户（默认不给）"))
    p.add_argument("--delivery-sheet", metavar="SHEET.pdf",
                   help=translate("cli", "同时生成送达签收单"))
    p = kinds.add_parser("arrears-notice",
                         help=translate("cli", "物业费收缴情况公示：按楼栋汇总，不含姓名和房号"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
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


def _typed_password(prompt: str) -> str:
    """A password typed at the terminal; without one (a script, a scheduled task) the error
    says how to give it instead."""
    import getpass

    from pmdesk.core.errors import PmdeskError

    if not sys.stdin or not sys.stdin.isatty():
        raise PmdeskError("cli.no_terminal")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise PmdeskError("cli.no_terminal") from None


def _password(args: argparse.Namespace) -> str:
    import os

    password = os.environ.get("PMDESK_PASSWORD")
    if password is None:
        password = _typed_password(translate("cli", "{name} 的密码：").format(name=args.user))
    return password


def _open(args: argparse.Namespace, *, create: bool = False) -> None:
    """Open the database and, with --user, sign in (password from PMDESK_PASSWORD or typed)."""
    from pmdesk.core.safety import auth
    from pmdesk.core.safety.db import open_db

    open_db(_db_path(args), create=create)
    if args.user:
        auth.sign_in(args.user, _password(args))


def _outputs(*paths: str | None) -> None:
    """Refuse, before any work, an output that would replace the database, a companion file or
    a backup (the database must be open)."""
    from pmdesk.core.safety.files import check_output

    for path in paths:
        if path:
            check_output(path)


def cmd_init(args: argparse.Namespace) -> int:
    from pmdesk.core.settings import save_office_profile

    _open(args, create=True)
    profile = save_office_profile(estate_name=args.estate, office_name=args.office,
                                  address=args.address, phone=args.phone,
                                  complaint_phone=args.complaint_phone)
    print(translate("cli", "已保存办公室信息：{estate}（{office}）").format(
        estate=profile.estate_name, office=profile.office_name))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from pmdesk.core.demo import generate

    _open(args, create=True)
    counts = generate(households=args.households, seed=args.seed, years=args.years,
                      complaints=args.complaints)
    print(translate("cli", "已载入演示数据：{buildings} 栋楼，{households} 户，{persons} 人。")
          .format(**counts))
    if counts.get("bills"):
        print(translate("cli", "账单 {bills} 笔，收款 {payments} 笔，{cases} 户欠费已建催缴记录。")
              .format(**counts))
    if counts.get("complaints"):
        print(translate("cli", "投诉报修 {complaints} 件。").format(**counts))
    if counts.get("events"):
        print(translate("cli", "社区活动 {events} 场。").format(**counts))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from pmdesk.core.safety import backup
    from pmdesk.core.safety.db import is_read_only

    target = backup.backup_to(_db_path(args), args.file)
    if backup.is_off_machine(_db_path(args), target):
        _open(args)
        if not is_read_only():  # a read-only database cannot remember it
            backup.note_off_machine_copy(target)
    print(translate("cli", "已备份到 {path}").format(path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from pmdesk.core.errors import DatabaseError
    from pmdesk.core.safety import auth
    from pmdesk.core.safety.backup import restore_from
    from pmdesk.core.safety.db import close_db

    approval = None
    if args.user:
        try:
            _open(args)
        except DatabaseError as exc:
            if exc.code in ("db.missing", "db.in_use", "db.network_drive", "db.removable_drive"):
                raise
            # too damaged to sign in to: the manager's password is checked against the
            # accounts of the backup that is to replace it
            approval = auth.verify_in_file(args.file, args.user, _password(args))
        close_db()
    aside = restore_from(Path(args.file), _db_path(args), approved_by=approval)
    print(translate("cli", "已从 {backup} 恢复数据库；原来的数据库已另存为 {aside}").format(
        backup=args.file, aside=aside))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from pmdesk.core.safety.checkup import check_database

    path = _db_path(args)
    if not path.exists():
        from pmdesk.core.errors import DatabaseError

        raise DatabaseError("db.missing", path=str(path))
    _open(args)
    report = check_database(path)
    if not report.ok:
        problems = report.lines()
        print(translate("cli", "数据库 {path} 检查发现 {count} 个问题：{problems}").format(
            path=path, count=len(problems), problems="; ".join(problems)), file=sys.stderr)
        return EXIT_FAILED
    print(translate("cli", "数据库完好：{path}").format(path=path))
    return EXIT_OK


def cmd_account(args: argparse.Namespace) -> int:
    import os

    from pmdesk.core.safety import auth

    _open(args, create=True)
    if args.action == "list":
        for account in auth.accounts():
            state = "" if account.active else translate("cli", "（已停用）")
            print(f"{account.name}\t{account.role}\t{account.created_at}{state}")
        return EXIT_OK
    password = os.environ.get("PMDESK_NEW_PASSWORD")
    if password is None:
        password = _typed_password(translate("cli", "新密码："))
        if _typed_password(translate("cli", "再输入一次：")) != password:
            print(translate("cli", "两次输入的密码不一致。"), file=sys.stderr)
            return EXIT_FAILED
    user = auth.create_account(name=args.name, role=args.role, password=password)
    print(translate("cli", "已新增账号 {name}（{role}）").format(name=user.name, role=user.role))
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
    if args.document == "receipt":
        return _print_receipt(args)
    if args.document in ("arrears-letters", "arrears-notice"):
        return _print_arrears(args)
    from pmdesk.core.archive import record_document
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.safety.files import write_atomic
    from pmdesk.core.settings import get_office_profile
    from pmdesk.documents import fonts, letters, pdf

    body = _read_text(args.body_file)
    _open(args)
    _outputs(args.file)
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
    from pmdesk.core.exporting import export_table
    from pmdesk.core.money.amounts import parse_period

    _open(args)
    options: dict[str, object] = {}
    if args.table == "bills":
        options = {"first": args.first and parse_period(args.first, field="start_period"),
                   "last": args.last and parse_period(args.last, field="end_period")}
    elif args.table == "payments":
        options = {"first": args.first and _date(args.first).isoformat(),
                   "last": args.last and _date(args.last).isoformat()}
    elif args.table == "arrears":
        options = {"as_of": args.as_of and _date(args.as_of)}
    rows = export_table(args.table, args.file, **options)
    print(translate("cli", "已导出 {rows} 行到 {path}").format(rows=rows, path=args.file))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from pmdesk.core.register.importer import (
        import_roster,
        previous_import,
        read_roster,
        write_rejects,
    )
    from pmdesk.messages import describe

    if args.rejects and not args.skip_bad:
        build_parser().error(translate("cli", "--rejects 需要与 --skip-bad 一起使用"))
    _open(args, create=True)
    _outputs(args.rejects)
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


def _date(text: str | None, field: str = "date"):
    from datetime import date

    from pmdesk.core.errors import ValidationError

    if not text:
        return clock.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, "date.invalid", value=text) from None


def _print_json(document: object) -> None:
    import json

    print(json.dumps(document, ensure_ascii=False, indent=2))


def _office():
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.settings import get_office_profile

    profile = get_office_profile()
    if profile is None:
        raise PmdeskError("office.missing")
    return profile


def cmd_fee_item(args: argparse.Namespace) -> int:
    from pmdesk.core.money import fees
    from pmdesk.core.money.amounts import money_text, period_text, rate_text

    _open(args)
    if args.action == "list":
        for item in fees.fee_items():
            rate = (f"{rate_text(item.rate)}/㎡" if item.basis == "area"
                    else money_text(item.rate))
            end = period_text(item.end_period) if item.end_period else "…"
            start = "…" if item.start_period == fees.OPEN_START else period_text(item.start_period)
            print(f"{item.id}\t{item.name}\t{item.basis}\t{rate}\t{','.join(item.unit_kinds)}"
                  f"\t{start}—{end}")
        return EXIT_OK
    basis, rate = (("area", args.per_area) if args.per_area is not None
                   else ("fixed", args.fixed) if args.fixed is not None
                   else ("parking", args.per_space))
    item_id = fees.add_fee_item(name=args.name, basis=basis, rate=rate,
                                unit_kinds=args.unit_types, start_period=args.start,
                                legal_basis=args.basis)
    print(translate("cli", "已新增收费项目 {name}（编号 {number}）").format(name=args.name,
                                                                     number=item_id))
    return EXIT_OK


def cmd_bill(args: argparse.Namespace) -> int:
    from pmdesk.core.money import fees
    from pmdesk.core.money.amounts import money_text, period_text

    _open(args)
    plan = fees.plan_billing(args.period)
    for name, count, fen in plan.by_item:
        print(translate("cli", "{item}：{count} 笔，{amount}").format(
            item=name, count=count, amount=money_text(fen)))
    if args.dry_run:
        print(translate("cli", "{period} 将出账 {bills} 笔，{units} 户，合计 {total}"
                               "（已有 {already} 笔，不会重复）。").format(
            period=period_text(plan.period), bills=len(plan.lines), units=plan.units,
            total=money_text(plan.total), already=plan.already))
        return EXIT_OK
    result = fees.run_billing(plan.period)
    print(translate("cli", "{period} 已出账 {bills} 笔，{units} 户，合计 {total}；"
                           "用预存抵扣 {credit}。").format(
        period=period_text(result.period), bills=result.bills, units=result.units,
        total=money_text(result.total), credit=money_text(result.credit_applied)))
    return EXIT_OK


def cmd_pay(args: argparse.Namespace) -> int:
    from pmdesk.core.money import payments
    from pmdesk.core.money.amounts import money_text, parse_money, period_text, yuan

    amount = parse_money(args.amount)
    day = _date(args.date, "paid_on")
    _open(args)
    _outputs(args.receipt_pdf)
    unit_id, _ = payments.unit_by_room(args.room)
    office = _office() if args.receipt_pdf else None
    result = payments.pay(unit_id=unit_id, amount=amount, method=args.method, payer=args.payer,
                          paid_on=day)
    if args.receipt_pdf:
        _write_receipt(result.payment_id, args.receipt_pdf, office, None)
    if args.json:
        _print_json({"receipt_no": result.receipt_no, "room": result.room,
                     "amount": yuan(result.amount),
                     "allocated": [{"period": period_text(a.period), "item": a.item,
                                    "amount": yuan(a.amount)} for a in result.allocated],
                     "credit": yuan(result.credit)})
        return EXIT_OK
    print(translate("cli", "收据 {number}：{room} 收款 {amount}，预存余额 {credit}").format(
        number=result.receipt_no, room=result.room, amount=money_text(result.amount),
        credit=money_text(result.credit)))
    return EXIT_OK


def _write_receipt(payment_id: int, path: str, office, paper: str | None) -> None:
    from pmdesk.core.money.fees import fee_settings
    from pmdesk.core.safety.files import write_atomic
    from pmdesk.documents import fees as documents

    page = documents.paper(paper or fee_settings().receipt_paper)
    write_atomic(path, documents.issue_receipt(payment_id, office, page).pdf)


def _print_receipt(args: argparse.Namespace) -> int:
    from pmdesk.core.money import payments

    number = payments.parse_receipt_no(args.receipt_no)
    _open(args)
    _outputs(args.file)
    payment_id = payments.receipt_id(number)
    _write_receipt(payment_id, args.file, _office(), args.paper)
    print(translate("cli", "已生成收据 {number}：{path}").format(number=number, path=args.file))
    return EXIT_OK


def _print_arrears(args: argparse.Namespace) -> int:
    from pmdesk.core.archive import record_document
    from pmdesk.core.money import demands, reports
    from pmdesk.core.safety.files import write_atomic
    from pmdesk.documents import collecting as documents
    from pmdesk.documents.pdf import render

    as_of = _date(args.as_of, "as_of")
    _open(args)
    _outputs(args.file, getattr(args, "delivery_sheet", None))
    office = _office()
    if args.document == "arrears-notice":
        result = reports.arrears(as_of)
        households = _count_households()
        rendered = render([documents.arrears_notice(result.by_building(), as_of=as_of,
                                                    households=households)], office)
        write_atomic(args.file, rendered.pdf)
        record_document(kind="arrears_notice", subject="物业费收缴情况公示", pdf=rendered.pdf,
                        pages=rendered.pages)
        print(translate("cli", "已生成 {path}（{pages} 页）").format(path=args.file,
                                                                 pages=rendered.pages))
        return EXIT_OK
    rows = demands.letter_candidates(as_of=as_of, min_months=args.min_months,
                                        include_hardship=args.include_hardship)
    demands = demands.demands([row.unit_id for row in rows], as_of=as_of)
    if not demands:
        print(translate("cli", "没有欠费满 {months} 个月的住户，没有生成通知书。").format(
            months=args.min_months))
        return EXIT_OK
    kind = "final" if args.final else "first"
    letters, sheet = documents.render_batch(demands, office, kind=kind)
    write_atomic(args.file, letters.pdf)
    if args.delivery_sheet:
        write_atomic(args.delivery_sheet, sheet.pdf)
    documents.record_batch(demands, letters, sheet, kind=kind)
    print(translate("cli", "已生成 {count} 户的催缴通知书：{path}（{pages} 页）").format(
        count=len(demands), path=args.file, pages=letters.pages))
    return EXIT_OK


def _count_households() -> int:
    from pmdesk.core.safety.db import db

    return db.execute_sql("SELECT count(*) FROM unit").fetchone()[0]


def cmd_void(args: argparse.Namespace) -> int:
    from pmdesk.core.money import payments

    _open(args)
    payments.void(receipt_no=args.receipt_no, reason=args.reason)
    print(translate("cli", "收据 {number} 已作废。").format(
        number=payments.parse_receipt_no(args.receipt_no)))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from pmdesk.core.money import reports
    from pmdesk.core.money.amounts import money_text, parse_period, period_text, yuan

    if args.report == "collection":
        period = parse_period(args.period)
        _open(args)
        row = reports.collection(period)
        if args.json:
            _print_json({"period": period_text(period), "billed": yuan(row.billed),
                         "collected": yuan(row.collected), "rate": str(row.rate),
                         "reduced": yuan(row.reduced), "households": row.households,
                         "households_paid": row.households_paid,
                         "household_rate": str(row.household_rate)})
        else:
            line = translate("cli", "{period}：应收 {billed}，实收 {collected}，收缴率 {rate}%")
            print(line.format(
                period=period_text(period), billed=money_text(row.billed),
                collected=money_text(row.collected), rate=f"{row.rate * 100:.2f}"))
        return EXIT_OK
    as_of = _date(args.as_of, "as_of")
    _open(args)
    result = reports.arrears(as_of)
    if args.json:
        _print_json({"as_of": as_of.isoformat(), "households": [
            {"room": row.room, "owner": row.owner, "owed": yuan(row.owed), "months": row.months,
             "oldest_period": period_text(row.oldest_period)} for row in result.rows],
            "total_owed": yuan(result.total)})
        return EXIT_OK
    for row in result.rows:
        print(f"{row.room}\t{row.owner}\t{money_text(row.owed)}\t{row.months}\t"
              f"{period_text(row.oldest_period)}")
    print(translate("cli", "截至 {date}：{count} 户欠费，合计 {total}").format(
        date=as_of.isoformat(), count=len(result.rows), total=money_text(result.total)))
    return EXIT_OK


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore,
            "check": cmd_check, "account": cmd_account, "print": cmd_print,
            "export": cmd_export, "import": cmd_import,
            "fee-item": cmd_fee_item, "bill": cmd_bill, "pay": cmd_pay, "void": cmd_void,
            "report": cmd_report}


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
    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.safety.db import close_db
    from pmdesk.messages import describe

    try:
        return COMMANDS[args.command](args)
    except PmdeskError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("cli", "已中断。"), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `pmdesk report arrears | head`: the reader had enough
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: log, one line, exit 1
        from pmdesk.core.safety.db import root_sqlite_error, sqlite_failure

        if root_sqlite_error(exc) is not None:  # disk full, I/O error, busy: the real cause
            print(describe(sqlite_failure(exc)), file=sys.stderr)
            return EXIT_FAILED
        log_file = _log_unexpected(exc)
        print(translate("cli", "内部错误：{error}（详情见日志 {log}）").format(
            error=f"{type(exc).__name__}: {exc}", log=log_file or "-"), file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_db()

