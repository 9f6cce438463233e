"""Fees and the cash desk: `fee-item`, `bill`, `pay`, `void`, `report` (whose `satisfaction`
is the desk's: `cli.desk`)."""

from __future__ import annotations

import argparse

from pmdesk.actions.payments import take_payment
from pmdesk.cli import desk
from pmdesk.cli.common import (
    EXIT_OK,
    Parser,
    check_outputs,
    day,
    open_database,
    print_json,
)
from pmdesk.core.money import fees, payments, reports
from pmdesk.core.money.amounts import (
    money_text,
    parse_money,
    parse_period,
    period_text,
    rate_text,
    yuan,
)
from pmdesk.core.safety.files import write_atomic
from pmdesk.i18n import translate


def add(sub) -> None:
    p = sub.add_parser("fee-item", help=translate("cli", "收费项目"))
    what = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
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
    p.add_argument("--price-form", choices=("government", "market"), default="",
                   help=translate("cli", "价格管理形式：government 政府指导价，market 市场调节价"))
    p.set_defaults(run=fee_item)
    what.add_parser("list", help=translate("cli", "列出收费项目")).set_defaults(run=fee_item)

    p = sub.add_parser("bill", help=translate("cli", "按月出账（同一个月重复运行不会重复出账）"))
    p.add_argument("--period", required=True, metavar="YYYY-MM", help=translate("cli", "月份"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "只预览将要出的账单，不写入数据库"))
    p.set_defaults(run=bill)

    p = sub.add_parser("pay", help=translate("cli", "收款并开收据（默认先还最早的欠费）"))
    p.add_argument("room", metavar="ROOM", help=translate("cli", "房号，如 3-2-501"))
    p.add_argument("amount", metavar="AMOUNT", help=translate("cli", "金额（元）"))
    p.add_argument("--method", choices=payments.METHODS, default="cash",
                   help=translate("cli", "付款方式（默认 cash 现金）"))
    p.add_argument("--payer", metavar="NAME", help=translate("cli", "交款人（默认业主）"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=translate("cli", "收款日期（默认今天）"))
    p.add_argument("--receipt-pdf", metavar="FILE", help=translate("cli", "把收据存为 PDF"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p.set_defaults(run=pay)

    p = sub.add_parser("void", help=translate("cli", "作废收据（须写明原因）"))
    p.add_argument("receipt_no", metavar="RECEIPT_NO", help=translate("cli", "收据号"))
    p.add_argument("--reason", required=True, metavar="TEXT", help=translate("cli", "作废原因"))
    p.set_defaults(run=void)

    p = sub.add_parser("report", help=translate("cli", "报表：欠费、收缴率、满意度"))
    what = p.add_subparsers(dest="report", metavar="REPORT", parser_class=Parser, required=True)
    p = what.add_parser("arrears",
                        help=translate("cli", "欠费户：房号、业主、欠费、月数、最早月份"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=translate("cli", "统计日期（默认今天）"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p.set_defaults(run=arrears_report)
    p = what.add_parser("collection", help=translate("cli", "某月账单的应收、实收与收缴率"))
    p.add_argument("--period", required=True, metavar="YYYY-MM", help=translate("cli", "月份"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p.set_defaults(run=collection_report)
    desk.add_report(what)


def fee_item(args: argparse.Namespace) -> int:
    open_database(args)
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
                                legal_basis=args.basis, price_form=args.price_form)
    print(translate("cli", "已新增收费项目 {name}（编号 {number}）").format(name=args.name,
                                                                     number=item_id))
    return EXIT_OK


def bill(args: argparse.Namespace) -> int:
    open_database(args)
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


def pay(args: argparse.Namespace) -> int:
    amount = parse_money(args.amount)
    paid_on = day(args.date, "paid_on")
    open_database(args)
    check_outputs(args.receipt_pdf)
    unit_id, _ = payments.unit_by_room(args.room)
    result, receipt = take_payment(unit_id=unit_id, amount=amount, method=args.method,
                                   payer=args.payer, paid_on=paid_on,
                                   receipt=bool(args.receipt_pdf))
    if receipt is not None:
        write_atomic(args.receipt_pdf, receipt.pdf)
    if args.json:
        print_json({"receipt_no": result.receipt_no, "room": result.room,
                    "amount": yuan(result.amount),
                    "allocated": [{"period": period_text(a.period), "item": a.item,
                                   "amount": yuan(a.amount)} for a in result.allocated],
                    "credit": yuan(result.credit)})
        return EXIT_OK
    print(translate("cli", "收据 {number}：{room} 收款 {amount}，预存余额 {credit}").format(
        number=result.receipt_no, room=result.room, amount=money_text(result.amount),
        credit=money_text(result.credit)))
    return EXIT_OK


def void(args: argparse.Namespace) -> int:
    open_database(args)
    payments.void(receipt_no=args.receipt_no, reason=args.reason)
    print(translate("cli", "收据 {number} 已作废。").format(
        number=payments.parse_receipt_no(args.receipt_no)))
    return EXIT_OK


def collection_report(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    open_database(args)
    row = reports.collection(period)
    if args.json:
        print_json({"period": period_text(period), "billed": yuan(row.billed),
                    "collected": yuan(row.collected), "rate": str(row.rate),
                    "reduced": yuan(row.reduced), "households": row.households,
                    "households_paid": row.households_paid,
                    "household_rate": str(row.household_rate)})
        return EXIT_OK
    line = translate("cli", "{period}：应收 {billed}，实收 {collected}，收缴率 {rate}%")
    print(line.format(period=period_text(period), billed=money_text(row.billed),
                      collected=money_text(row.collected), rate=f"{row.rate * 100:.2f}"))
    return EXIT_OK


def arrears_report(args: argparse.Namespace) -> int:
    as_of = day(args.as_of, "as_of")
    open_database(args)
    result = reports.arrears(as_of)
    if args.json:
        print_json({"as_of": as_of.isoformat(), "households": [
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
