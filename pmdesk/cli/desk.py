"""The desk's day: `today` — what 今日 lists in the window, counted (and listed) for a script."""

from __future__ import annotations

import argparse

from pmdesk.cli.common import EXIT_OK, open_database, print_json
from pmdesk.core import today as desk
from pmdesk.i18n import translate
from pmdesk.labels import TODAY, label, today_line


def add(sub) -> None:
    p = sub.add_parser("today", help=translate(
        "cli", "今日待办：超时和今天到期的投诉报修、待回访、本周催缴与分期、本周活动、"
               "未打印的收据、入住和迁出"))
    p.add_argument("--json", action="store_true", help=translate("cli", "输出 JSON"))
    p.set_defaults(run=today)


def today(args: argparse.Namespace) -> int:
    open_database(args)
    day = desk.today()
    counts = day.counts()
    if args.json:
        print_json({"date": day.date.isoformat(), **counts})
        return EXIT_OK
    print(translate("cli", "{date} 今日待办：").format(date=day.date.isoformat()))
    print("　".join(f"{label(TODAY, kind)} {counts[desk.COUNT_NAMES[kind]]}"
                   for kind in desk.KINDS))
    for line in day.lines:
        print("\t".join((label(TODAY, line.kind), line.when.replace("T", " "), line.room,
                         *today_line(line))).rstrip("\t"))
    return EXIT_OK
