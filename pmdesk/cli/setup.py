"""Setting an office up: `init` (the office profile), `demo` (a demonstration estate), `account`
(sign-in accounts)."""

from __future__ import annotations

import argparse
import os
import sys

from pmdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    open_database,
    typed_password,
    whole_number,
)
from pmdesk.core.demo import generate
from pmdesk.core.safety import auth
from pmdesk.core.settings import save_office_profile
from pmdesk.i18n import translate


def add(sub) -> None:
    p = sub.add_parser("init", help=translate("cli", "创建或更新办公室信息（印在每封信函上）"))
    p.add_argument("--estate", required=True, metavar="NAME", help=translate("cli", "小区名称"))
    p.add_argument("--office", metavar="NAME",
                   help=translate("cli", "服务中心名称（默认：小区名称+物业服务中心）"))
    p.add_argument("--address", metavar="A", help=translate("cli", "地址"))
    p.add_argument("--phone", metavar="P", help=translate("cli", "联系电话"))
    p.add_argument("--complaint-phone", metavar="P", help=translate("cli", "投诉电话"))
    p.add_argument("--service-level", metavar="TEXT",
                   help=translate("cli", "物业服务等级（印在收费公示上）"))
    p.add_argument("--office-hours", metavar="TEXT",
                   help=translate("cli", "收费时间（印在缴费通知单上）"))
    p.add_argument("--bank", dest="bank_name", metavar="TEXT",
                   help=translate("cli", "转账缴费的开户银行"))
    p.add_argument("--account-name", metavar="TEXT", help=translate("cli", "转账缴费的户名"))
    p.add_argument("--account-no", metavar="TEXT", help=translate("cli", "转账缴费的账号"))
    p.set_defaults(run=init)

    p = sub.add_parser("demo", help=translate("cli", "向空数据库载入可重现的演示数据"))
    p.add_argument("--households", type=whole_number(1, 100_000), default=2000, metavar="N",
                   help=translate("cli", "户数（默认 2000）"))
    p.add_argument("--years", type=whole_number(0, 20), default=2, metavar="Y",
                   help=translate("cli", "账单与收款的年数（默认 2，0 表示不生成）"))
    p.add_argument("--complaints", type=whole_number(0, 1_000_000), metavar="N",
                   help=translate("cli", "一年的投诉报修件数（默认：有账单时为户数的一半）"))
    p.add_argument("--seed", type=whole_number(0, 2**63), default=1, metavar="S",
                   help=translate("cli", "随机种子（默认 1）"))
    p.set_defaults(run=demo)

    p = sub.add_parser("account", help=translate("cli", "登录账号"))
    what = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    p = what.add_parser("add", help=translate(
        "cli", "新增账号（新密码取自环境变量 PMDESK_NEW_PASSWORD，或在终端输入两次）"))
    p.add_argument("name")
    p.add_argument("--role", choices=("clerk", "manager"), default="clerk",
                   help=translate("cli", "clerk：前台；manager：主管"))
    p.set_defaults(run=account)
    what.add_parser("list", help=translate("cli", "列出账号")).set_defaults(run=account)


def init(args: argparse.Namespace) -> int:
    open_database(args, create=True)
    profile = save_office_profile(estate_name=args.estate, office_name=args.office,
                                  address=args.address, phone=args.phone,
                                  complaint_phone=args.complaint_phone,
                                  service_level=args.service_level,
                                  office_hours=args.office_hours, bank_name=args.bank_name,
                                  account_name=args.account_name, account_no=args.account_no)
    print(translate("cli", "已保存办公室信息：{estate}（{office}）").format(
        estate=profile.estate_name, office=profile.office_name))
    return EXIT_OK


def demo(args: argparse.Namespace) -> int:
    open_database(args, create=True)
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
    if counts.get("surveys"):
        print(translate("cli", "满意度调查 {surveys} 次。").format(**counts))
    if counts.get("incidents"):
        print(translate("cli", "联系单位记录 {contacts} 条，事件 {incidents} 起。")
              .format(**counts))
    if counts.get("renovations"):
        print(translate("cli", "装修登记 {renovations} 户。").format(**counts))
    return EXIT_OK


def account(args: argparse.Namespace) -> int:
    open_database(args, create=True)
    if args.action == "list":
        for row in auth.accounts():
            state = "" if row.active else translate("cli", "（已停用）")
            print(f"{row.name}\t{row.role}\t{row.created_at}{state}")
        return EXIT_OK
    password = os.environ.get("PMDESK_NEW_PASSWORD")
    if password is None:
        password = typed_password(translate("cli", "新密码："))
        if typed_password(translate("cli", "再输入一次：")) != password:
            print(translate("cli", "两次输入的密码不一致。"), file=sys.stderr)
            return EXIT_FAILED
    user = auth.create_account(name=args.name, role=args.role, password=password)
    print(translate("cli", "已新增账号 {name}（{role}）").format(name=user.name, role=user.role))
    return EXIT_OK
