"""Day one from the command line: `import arrears|credit` (the opening balances an office brings
from its old ledger) and `opening list|undo` (the batches imported, one taken back)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pmdesk.actions.opening import import_balances, summary, undo
from pmdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    check_outputs,
    open_database,
    print_json,
)
from pmdesk.core.money import opening
from pmdesk.core.money.amounts import money_text, yuan
from pmdesk.core.safety.files import write_atomic
from pmdesk.error_messages import describe
from pmdesk.i18n import translate


def add_imports(what) -> None:
    """`import arrears` and `import credit`, beside `import residents`."""
    for kind, text in (
            ("arrears", translate("cli", "导入期初欠费（.xlsx）：按月、按欠费起止或缴费历史")),
            ("credit", translate("cli", "导入期初预存余额（.xlsx）"))):
        p = what.add_parser(kind, help=text)
        p.add_argument("file", metavar="FILE.xlsx", help=translate("cli", "原系统导出或台账文件"))
        p.add_argument("--dry-run", action="store_true",
                       help=translate("cli", "只检查并报告，不写入数据库"))
        p.add_argument("--skip-bad", action="store_true",
                       help=translate("cli", "导入正确的行，跳过有问题的行"))
        p.add_argument("--rejects", metavar="OUT.xlsx", help=translate(
            "cli", "把未导入的行连同原因存到这个文件（与 --skip-bad 同用）"))
        p.add_argument("--confirmation", metavar="OUT.pdf", help=translate(
            "cli", "把期初余额导入确认单另存为 PDF（确认单总会存入文书档案）"))
        if kind == "arrears":
            p.add_argument("--create-items", action="store_true", help=translate(
                "cli", "文件中本处没有的收费项目建为“期初结转”项目（只记旧账，不按月计费）"))
        p.set_defaults(run=import_file, kind=kind)


def add(sub) -> None:
    p = sub.add_parser("opening", help=translate("cli", "期初余额：导入记录与撤销"))
    what = p.add_subparsers(dest="what", metavar="WHAT", parser_class=Parser, required=True)
    p = what.add_parser("list", help=translate("cli", "列出每一批期初余额导入"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p.set_defaults(run=list_batches)
    p = what.add_parser("undo", help=translate(
        "cli", "撤销一批期初余额（主管；只在还没有缴费、减免或预存抵扣记在其上时）"))
    p.add_argument("number", type=int, metavar="N", help=translate("cli", "批次号"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=translate("cli", "撤销原因"))
    p.set_defaults(run=undo_batch)


def import_file(args: argparse.Namespace) -> int:
    if args.rejects and not args.skip_bad:
        args.parser.error(translate("cli", "--rejects 需要与 --skip-bad 一起使用"))
    open_database(args, create=True)
    check_outputs(args.rejects, args.confirmation)
    plan = opening.read_opening(args.file, args.kind)
    reasons = [describe(row.reason) for row in plan.rejected]
    first, *rest = summary(plan)
    print(first)
    for row, reason in zip(plan.rejected, reasons, strict=True):
        print(translate("cli", "第 {row} 行：{reason}").format(row=row.sheet_row, reason=reason))
    for line in rest:
        print(line)
    if args.dry_run:
        return EXIT_OK if not plan.rejected else EXIT_FAILED
    batch, issued = import_balances(plan=plan, skip_bad=args.skip_bad,
                                    create_items=getattr(args, "create_items", False),
                                    rejects=args.rejects, reasons=reasons)
    if args.rejects and plan.rejected:
        print(translate("cli", "未导入的行已存到 {path}").format(path=args.rejects))
    if args.confirmation:
        write_atomic(Path(args.confirmation), issued.pdf)
    print(translate("cli", "已导入第 {number} 批：{households} 户，合计 {total}。期初余额导入"
                           "确认单已存入文书档案（第 {document} 号），请打印后交财务签字。")
          .format(number=batch.id, households=batch.households, total=money_text(batch.total),
                  document=issued.number))
    return EXIT_OK


def list_batches(args: argparse.Namespace) -> int:
    open_database(args)
    found = opening.batches()
    if args.json:
        print_json({"batches": [
            {"number": b.id, "kind": b.kind, "file": b.file_name, "sha256": b.sha256,
             "households": b.households, "total": yuan(b.total),
             "imported_at": b.imported_at, "imported_by": b.imported_by,
             "approved_by": b.approved_by, "undone_at": b.undone_at} for b in found]})
        return EXIT_OK
    if not found:
        print(translate("cli", "还没有导入过期初余额。"))
    for b in found:
        kind = translate("cli", "期初预存") if b.kind == "credit" else translate("cli", "期初欠费")
        line = translate("cli", "第 {number} 批  {kind}  {households} 户  {total}  {file}  "
                                "{when}  {who}")
        line = line.format(number=b.id, kind=kind, households=b.households,
                           total=money_text(b.total), file=b.file_name,
                           when=b.imported_at[:16].replace("T", " "), who=b.imported_by)
        if b.undone_at:
            line += translate("cli", "  （已于 {when} 撤销）").format(
                when=b.undone_at[:16].replace("T", " "))
        print(line)
    return EXIT_OK


def undo_batch(args: argparse.Namespace) -> int:
    open_database(args)
    undo(batch_id=args.number, reason=args.reason)
    print(translate("cli", "第 {number} 批期初余额已撤销。").format(number=args.number))
    return EXIT_OK
