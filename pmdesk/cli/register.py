"""The register and Excel: `household add`, `import residents` (and the opening balances'
`import arrears|credit`), `export`."""

from __future__ import annotations

import argparse

from pmdesk.actions import exporting
from pmdesk.actions.register import import_residents
from pmdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    check_outputs,
    day,
    open_database,
)
from pmdesk.cli.opening import add_imports
from pmdesk.core.money.amounts import parse_period
from pmdesk.core.register import residents
from pmdesk.core.register.importer import previous_import, read_roster
from pmdesk.error_messages import describe
from pmdesk.i18n import translate
from pmdesk.labels import KINDS

KIND_NAMES = {name: code for code, name in KINDS.items()}  # 住宅 → residential


def add(sub) -> None:
    p = sub.add_parser("import", help=translate("cli", "从 Excel 导入"))
    what = p.add_subparsers(dest="what", metavar="WHAT", parser_class=Parser, required=True)
    p = what.add_parser("residents", help=translate("cli", "导入住户名册（.xlsx）"))
    p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "名册文件"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "只检查并报告，不写入数据库"))
    p.add_argument("--skip-bad", action="store_true",
                   help=translate("cli", "导入正确的行，跳过有问题的行"))
    p.add_argument("--rejects", metavar="OUT.xlsx",
                   help=translate("cli", "把未导入的行连同原因存到这个文件（与 --skip-bad 同用）"))
    p.set_defaults(run=import_file)
    add_imports(what)

    p = sub.add_parser("household", help=translate("cli", "登记簿：添加一户"))
    what = p.add_subparsers(dest="what", metavar="WHAT", parser_class=Parser, required=True)
    p = what.add_parser("add", help=translate("cli", "添加一户（楼栋、单元按需建立）"))
    p.add_argument("room", metavar="ROOM", help=translate("cli", "房号，如 3-2-501"))
    p.add_argument("--area", required=True, metavar="AREA",
                   help=translate("cli", "建筑面积（㎡）"))
    p.add_argument("--owner", default="", metavar="NAME", help=translate("cli", "业主姓名"))
    p.add_argument("--phone", default="", metavar="P", help=translate("cli", "业主电话"))
    p.add_argument("--kind", default="住宅", choices=tuple(KIND_NAMES), metavar="K",
                   help=translate("cli", "房屋类型：住宅、商铺、车库或储藏室（默认住宅）"))
    p.add_argument("--handover", metavar="YYYY-MM-DD",
                   help=translate("cli", "交房日期（次月起计费，与导入的住户相同）"))
    p.set_defaults(run=add_household)

    p = sub.add_parser("export", help=translate("cli", "导出为 Excel 表格"))
    p.add_argument("table", choices=("residents", "bills", "payments", "arrears", "complaints",
                                     "events", "surveys", "contacts", "incidents",
                                     "renovations"),
                   metavar="TABLE", help=translate(
                       "cli", "要导出的内容：residents（业主名册）、bills（账单）、"
                              "payments（收款记录）、arrears（欠费明细）、complaints（投诉报修）、"
                              "events（社区活动）、surveys（满意度调查答卷）、contacts（联系单位）、"
                              "incidents（事件）、renovations（装修登记）"))
    p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "要生成的 Excel 文件"))
    p.add_argument("--from", dest="first", metavar="FROM", help=translate(
        "cli", "账单从哪个月（YYYY-MM）或收款从哪天（YYYY-MM-DD）起"))
    p.add_argument("--to", dest="last", metavar="TO", help=translate(
        "cli", "账单到哪个月（YYYY-MM）或收款到哪天（YYYY-MM-DD）止"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD",
                   help=translate("cli", "欠费明细的统计日期（默认今天）"))
    p.set_defaults(run=export)


def import_file(args: argparse.Namespace) -> int:
    if args.rejects and not args.skip_bad:
        args.parser.error(translate("cli", "--rejects 需要与 --skip-bad 一起使用"))
    open_database(args, create=True)
    check_outputs(args.rejects)
    plan = read_roster(args.file)
    reasons = [describe(row.reason) for row in plan.rejected]
    print(translate("cli", "读取 {read} 行，可导入 {ok} 行，有问题 {bad} 行。").format(
        read=len(plan.rows), ok=len(plan.accepted), bad=len(plan.rejected)))
    for row, reason in zip(plan.rejected, reasons, strict=True):
        print(translate("cli", "第 {row} 行：{reason}").format(row=row.sheet_row, reason=reason))
    for number, warning in plan.warnings:  # imported all the same, something left out
        print(translate("cli", "第 {row} 行：{reason}").format(row=number,
                                                             reason=describe(warning)))
    if plan.hidden_sheets:
        print(translate("cli", "（隐藏的工作表未读取：{sheets}）").format(
            sheets="、".join(plan.hidden_sheets)))
    earlier = previous_import(plan)
    if earlier:
        print(translate("cli", "注意：此文件已于 {when} 导入过。").format(
            when=earlier[:16].replace("T", " ")))
    if args.dry_run:
        return EXIT_OK if not plan.rejected else EXIT_FAILED
    imported, unchanged = import_residents(plan=plan, skip_bad=args.skip_bad,
                                           rejects=args.rejects, reasons=reasons)
    if args.rejects and plan.rejected:
        print(translate("cli", "未导入的行已存到 {path}").format(path=args.rejects))
    print(translate("cli", "已导入 {count} 户；{unchanged} 户已在册，未改动。").format(
        count=imported, unchanged=unchanged))
    return EXIT_OK


def add_household(args: argparse.Namespace) -> int:
    open_database(args, create=True)
    unit_id = residents.add_unit(room=args.room, area=args.area, owner=args.owner,
                                 phone=args.phone, kind=KIND_NAMES[args.kind],
                                 handover_date=args.handover)
    added = residents.household(unit_id)
    print(translate("cli", "已添加 {room}（{kind}，建筑面积 {area} ㎡，业主 {owner}）。").format(
        room=added.code, kind=args.kind, area=residents.format_area(added.area),
        owner=args.owner or translate("cli", "未登记")))
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    open_database(args)
    options: dict[str, object] = {}
    if args.table == "bills":
        options = {"first": args.first and parse_period(args.first, field="start_period"),
                   "last": args.last and parse_period(args.last, field="end_period")}
    elif args.table == "payments":
        options = {"first": args.first and day(args.first).isoformat(),
                   "last": args.last and day(args.last).isoformat()}
    elif args.table == "arrears":
        options = {"as_of": args.as_of and day(args.as_of)}
    rows = exporting.export(table=args.table, path=args.file, **options)
    print(translate("cli", "已导出 {rows} 行到 {path}").format(rows=rows, path=args.file))
    return EXIT_OK
