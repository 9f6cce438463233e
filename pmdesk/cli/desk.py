"""The desk's day: `today` — what 今日 lists in the window, counted (and listed) for a script;
and what residents think of the service: `report satisfaction`."""

from __future__ import annotations

import argparse

from pmdesk.cli.common import EXIT_OK, open_database, print_json, whole_number
from pmdesk.core import today as desk
from pmdesk.core.service import surveys
from pmdesk.i18n import translate
from pmdesk.labels import SURVEY_ITEMS, TODAY, label, name, percent, today_line


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


def add_report(what) -> None:
    """`report satisfaction`, beside the fee reports."""
    p = what.add_parser("satisfaction", help=translate(
        "cli", "满意度调查结果：回收率、各项与总体满意率（满意 + 基本满意，或 4–5 分）"))
    chosen = p.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--survey", type=whole_number(1, 10**9), metavar="ID",
                        help=translate("cli", "调查编号"))
    chosen.add_argument("--year", type=whole_number(1900, 2999), metavar="YYYY",
                        help=translate("cli", "该年发放的（最近一次）调查"))
    p.add_argument("--json", action="store_true", help=translate("cli", "以 JSON 输出"))
    p.set_defaults(run=satisfaction)


def _rate(value) -> str | None:
    return None if value is None else str(value)


def satisfaction(args: argparse.Namespace) -> int:
    open_database(args)
    chosen = surveys.survey(args.survey) if args.survey else surveys.of_year(args.year)
    found = surveys.results(chosen.id)
    if args.json:
        print_json({"survey": chosen.id, "title": chosen.title, "asked": found.asked,
                    "responses": found.responses, "response_rate": _rate(found.response_rate),
                    "items": [{"item": name(SURVEY_ITEMS, r.item), "rate": _rate(r.rate),
                               "answers": r.answers} for r in found.items],
                    "overall": _rate(found.overall)})
        return EXIT_OK
    print(translate("cli", "{title}（{first} 至 {last}）").format(
        title=chosen.title, first=chosen.first_day, last=chosen.last_day))
    print(translate("cli", "发放 {asked} 份，交回 {responses} 份，回收率 {rate}").format(
        asked=found.asked, responses=found.responses, rate=percent(found.response_rate)))
    for r in found.items:
        print(f"{label(SURVEY_ITEMS, r.item)}\t{percent(r.rate)}\t{r.answers}")
    print(translate("cli", "总体满意率 {rate}（达标线 {standard}）").format(
        rate=percent(found.overall), standard=f"{found.standard}%"))
    return EXIT_OK
