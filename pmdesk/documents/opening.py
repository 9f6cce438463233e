"""期初余额导入确认单: what an import of opening balances brought in, for the finance office to
check against the old ledger and sign — the file by name and hash, who imported it and which
manager approved it, the totals by month and item (arrears) or by household (credit)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.money.amounts import money_text, period_text
from pmdesk.documents.amount_words import fen_in_words
from pmdesk.documents.pdf import AmountTable, Letter

if TYPE_CHECKING:
    from pmdesk.core.money.opening import Batch

TITLE = "期初余额导入确认单"
KIND_NAMES = {"arrears": "期初欠费", "credit": "期初预存"}


def _words(fen: int) -> str:
    return f"人民币{fen_in_words(fen)}" if fen > 0 else "零"


def confirmation(data: Batch, lines: tuple[tuple[int, str, int, int], ...] = (),
                 credits: tuple[tuple[str, str, int], ...] = ()) -> Letter:
    """The sheet of one batch; `lines` its arrears by (month, item, households, fen), `credits`
    its credit by (room, owner, fen)."""
    moment = datetime.fromisoformat(data.imported_at)
    who = f"导入人：{data.imported_by or '—'}"
    if data.approved_by:
        who += f"；批准主管：{data.approved_by}"
    digest = " ".join(data.sha256[i:i + 8] for i in range(0, len(data.sha256), 8))
    paragraphs = [
        f"批次：第 {data.id} 批（{KIND_NAMES[data.kind]}）。导入时间："
        f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}；{who}。",
        f"文件：{data.file_name}。文件校验码（SHA-256）：{digest}。文件内容改动一个字，"
        "校验码就不同。",
        f"读取 {data.rows_read} 行，导入 {data.rows_imported} 行，未导入 {data.rejected} 行；"
        f"涉及 {data.households} 户。",
    ]
    if data.kind == "arrears":
        paragraphs.append(f"期初欠费合计 {money_text(data.total)}（{_words(data.total)}），"
                          "按所属月份记为各户的账单，缴费时从最早的月份抵起。")
        if data.history_paid:
            paragraphs.append(f"另有原系统缴费记录 {money_text(data.history_paid)}，只作历史"
                              "记录，不开收据，不计入收费日报。")
        table = _arrears_table(lines)
    else:
        paragraphs.append(f"期初预存合计 {money_text(data.total)}（{_words(data.total)}）。"
                          "款项已由原系统收取，不开收据，不计入当日收费。")
        table = AmountTable(("房号", "业主", "预存余额（元）"),
                            tuple((room, owner, money_text(fen)[1:])
                                  for room, owner, fen in credits)
                            + (("合计", f"{len(credits)} 户", money_text(data.total)[1:]),),
                            ("left", "left", "right"), (0.3, 0.4, 0.3))
    # nothing between the table and the signatures: they stay with its last rows
    paragraphs.append("下表金额已与原系统（原台账）核对无误，签字确认：")
    return Letter(
        title=TITLE,
        paragraphs=tuple(paragraphs),
        table=table,
        closing="导入人：＿＿＿＿＿　主管：＿＿＿＿＿　财务：＿＿＿＿＿",
        dated=moment.date(),
        number=f"期初第 {data.id} 批",
    )


def _arrears_table(lines: tuple[tuple[int, str, int, int], ...]) -> AmountTable:
    rows = [(period_text(month), item, str(households), money_text(fen)[1:])
            for month, item, households, fen in lines]
    by_item: dict[str, int] = defaultdict(int)
    for _, item, _, fen in lines:
        by_item[item] += fen
    if len(by_item) > 1:
        rows += [("小计", item, "", money_text(fen)[1:]) for item, fen in by_item.items()]
    rows.append(("合计", "", "", money_text(sum(by_item.values()))[1:]))
    return AmountTable(("所属月份", "收费项目", "户数", "金额（元）"), tuple(rows),
                       ("left", "left", "right", "right"), (0.22, 0.38, 0.15, 0.25))
