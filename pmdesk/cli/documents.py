"""Printing to PDF: `print receipt | notice | payment-notices | arrears-letters |
arrears-notice | incident-notice`. Every document is also kept in the archive."""

from __future__ import annotations

import argparse

from pmdesk.actions import collecting, documents
from pmdesk.actions.fees import print_payment_notices
from pmdesk.actions.incidents import print_notices
from pmdesk.actions.payments import issue_receipt
from pmdesk.cli.common import (
    EXIT_OK,
    Parser,
    check_outputs,
    day,
    open_database,
    read_text,
    whole_number,
)
from pmdesk.core.money import demands, payments
from pmdesk.core.money.amounts import parse_period
from pmdesk.core.safety.files import write_atomic
from pmdesk.core.service import incidents
from pmdesk.documents import letters
from pmdesk.i18n import translate


def add(sub) -> None:
    p = sub.add_parser("print", help=translate("cli", "生成文书 PDF（并存入文书档案）"))
    kinds = p.add_subparsers(dest="document", metavar="DOCUMENT", parser_class=Parser,
                             required=True)
    p = kinds.add_parser("receipt", help=translate("cli", "补打收据"))
    p.add_argument("receipt_no", metavar="RECEIPT_NO", help=translate("cli", "收据号"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--paper", choices=("a4", "receipt"),
                   help=translate("cli", "纸张：a4 或 receipt（241×140 mm）；默认按收费设置"))
    p.set_defaults(run=receipt)
    p = kinds.add_parser("payment-notices", help=translate(
        "cli", "缴费通知单：一个月的账单，每户一份（只给尚有欠缴的住户），按房号排序"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--period", required=True, metavar="YYYY-MM", help=translate("cli", "账单月份"))
    p.add_argument("--building", metavar="B", help=translate("cli", "只打印这一栋"))
    p.set_defaults(run=payment_notices)
    p = kinds.add_parser("arrears-letters", help=translate(
        "cli", "催缴通知书：每户一份，全部在一个 PDF 里，按房号排序"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--min-months", type=whole_number(1, 1200), default=1, metavar="N",
                   help=translate("cli", "只给欠费至少 N 个月的住户（默认 1）"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
    p.add_argument("--final", action="store_true",
                   help=translate("cli", "再次通知（写明将通过法律途径主张权利）"))
    p.add_argument("--include-hardship", action="store_true",
                   help=translate("cli", "也给困难户（默认不给）"))
    p.add_argument("--delivery-sheet", metavar="SHEET.pdf",
                   help=translate("cli", "同时生成送达签收单"))
    p.set_defaults(run=arrears_letters)
    p = kinds.add_parser("arrears-notice",
                         help=translate("cli", "物业费收缴情况公示：按楼栋汇总，不含姓名和房号"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
    p.set_defaults(run=arrears_notice)
    p = kinds.add_parser("notice", help=translate("cli", "通知：办公室抬头、标题、正文与落款"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--title", required=True, metavar="TITLE", help=translate("cli", "标题"))
    p.add_argument("--body-file", required=True, metavar="TEXT.txt",
                   help=translate("cli", "正文：UTF-8 文本文件，段落之间空一行"))
    p.add_argument("--large-print", action="store_true",
                   help=translate("cli", "大字版（给老年住户）"))
    p.set_defaults(run=notice)
    p = kinds.add_parser("incident-notice", help=translate(
        "cli", "事件通知（停水、停电、电梯故障等）：每个受影响的单元门口一份，"
               "另给其中的老人户各一份大字版"))
    p.add_argument("number", metavar="NUMBER", help=translate("cli", "事件编号，如 SJ2026-003"))
    p.add_argument("file", metavar="FILE.pdf", help=translate("cli", "要生成的 PDF 文件"))
    p.add_argument("--large-print", action="store_true",
                   help=translate("cli", "只生成大字版（给受影响的老人户；"
                                         "没有老人户时每个单元一份）"))
    p.set_defaults(run=incident_notice)


def receipt(args: argparse.Namespace) -> int:
    number = payments.parse_receipt_no(args.receipt_no)
    open_database(args)
    check_outputs(args.file)
    issued = issue_receipt(payment_id=payments.receipt_id(number), paper=args.paper)
    write_atomic(args.file, issued.pdf)
    print(translate("cli", "已生成收据 {number}：{path}").format(number=number, path=args.file))
    return EXIT_OK


def notice(args: argparse.Namespace) -> int:
    body = read_text(args.body_file)
    open_database(args)
    check_outputs(args.file)
    letter = letters.notice(title=args.title, body=body, large_print=args.large_print)
    issued = documents.issue(letter, kind="notice", subject=letter.title)
    write_atomic(args.file, issued.pdf)
    print(translate("cli", "已生成 {path}（{pages} 页，文书档案第 {number} 号）").format(
        path=args.file, pages=issued.pages, number=issued.number))
    return EXIT_OK


def payment_notices(args: argparse.Namespace) -> int:
    period = parse_period(args.period, field="period")
    open_database(args)
    check_outputs(args.file)
    issued = print_payment_notices(period=period, building=args.building)
    if issued is None:
        print(translate("cli", "{period} 没有需要缴费的住户（未出账，或都已缴清），"
                               "没有生成通知单。").format(period=args.period))
        return EXIT_OK
    write_atomic(args.file, issued.pdf)
    print(translate("cli", "已生成 {path}（{pages} 页，文书档案第 {number} 号）").format(
        path=args.file, pages=issued.pages, number=issued.number))
    return EXIT_OK


def arrears_notice(args: argparse.Namespace) -> int:
    as_of = day(args.as_of, "as_of")
    open_database(args)
    check_outputs(args.file)
    issued = collecting.post_arrears_notice(as_of=as_of)
    write_atomic(args.file, issued.pdf)
    print(translate("cli", "已生成 {path}（{pages} 页）").format(path=args.file,
                                                             pages=issued.pages))
    return EXIT_OK


def incident_notice(args: argparse.Namespace) -> int:
    open_database(args)
    check_outputs(args.file)
    issued = print_notices(incidents.by_number(args.number).id,
                           large_print_only=args.large_print)
    write_atomic(args.file, issued.pdf)
    print(translate("cli", "已生成 {path}（{pages} 页）").format(path=args.file,
                                                             pages=issued.pages))
    return EXIT_OK


def arrears_letters(args: argparse.Namespace) -> int:
    as_of = day(args.as_of, "as_of")
    open_database(args)
    check_outputs(args.file, args.delivery_sheet)
    rows = demands.letter_candidates(as_of=as_of, min_months=args.min_months,
                                     include_hardship=args.include_hardship)
    if not rows:
        print(translate("cli", "没有欠费满 {months} 个月的住户，没有生成通知书。").format(
            months=args.min_months))
        return EXIT_OK
    batch = collecting.send_demand_letters(unit_ids=[row.unit_id for row in rows],
                                           kind="final" if args.final else "first", as_of=as_of)
    write_atomic(args.file, batch.letters.pdf)
    if args.delivery_sheet:
        write_atomic(args.delivery_sheet, batch.sheet.pdf)
    print(translate("cli", "已生成 {count} 户的催缴通知书：{path}（{pages} 页）").format(
        count=batch.count, path=args.file, pages=batch.letters.pages))
    return EXIT_OK
