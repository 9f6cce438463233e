"""Day one's opening balances: an import written, its 期初余额导入确认单 printed and archived in
the same transaction (no batch without its sheet), the refused rows saved for correction; a
batch's sheet again; a batch undone."""

from __future__ import annotations

from pathlib import Path

from pmdesk.actions.documents import Issued, issue
from pmdesk.core.money import opening
from pmdesk.core.money.amounts import money_text
from pmdesk.core.safety import session
from pmdesk.core.safety.db import db
from pmdesk.core.safety.files import check_output
from pmdesk.documents.opening import TITLE, confirmation
from pmdesk.documents.pdf import Letter
from pmdesk.i18n import translate


def import_balances(*, plan: opening.OpeningPlan, skip_bad: bool = False,
                    create_items: bool = False, rejects: Path | str | None = None,
                    reasons: list[str] | None = None,
                    approved_by: session.User | None = None) -> tuple[opening.Batch, Issued]:
    """导入期初余额: the plan's rows as one batch and its confirmation sheet, in one
    transaction; then the refused rows, as they were and with their reason (`reasons`, in the
    user's words), to `rejects` (checked before anything is written)."""
    if rejects:
        check_output(rejects)
    with db.atomic():
        batch = opening.import_opening(plan, skip_bad=skip_bad, create_items=create_items,
                                       approved_by=approved_by)
        issued = _issue(batch)
    if rejects and plan.rejected:
        opening.write_rejects(plan, rejects, reasons or [])
    return batch, issued


def sheet(batch_id: int) -> Letter:
    """The batch's confirmation sheet, as the data stands (an undone batch has no lines)."""
    found = opening.batch(batch_id)
    if found.kind == "credit":
        return confirmation(found, credits=tuple(opening.credit_lines(batch_id)))
    return confirmation(found, lines=tuple(opening.arrears_lines(batch_id)))


def _issue(batch: opening.Batch) -> Issued:
    letter = sheet(batch.id)
    return issue(letter, kind="opening", subject=f"{TITLE} 第 {batch.id} 批",
                 keywords=[f"期初第{batch.id}批", batch.file_name], title=TITLE)


def summary(plan: opening.OpeningPlan) -> list[str]:
    """What the reading found, line by line, for the window and the command line: the counts
    first (the rows refused follow it), then the totals and how the file was understood."""
    lines = [translate("Opening", "读取 {read} 行，可导入 {ok} 行，有问题 {bad} 行。").format(
        read=len(plan.rows), ok=len(plan.accepted), bad=len(plan.rejected))]
    what = (translate("Opening", "期初预存") if plan.kind == "credit"
            else translate("Opening", "期初欠费"))
    lines.append(translate("Opening", "{what}合计 {total}，涉及 {households} 户。").format(
        what=what, total=money_text(plan.total), households=plan.households))
    if plan.split_rows:
        lines.append(translate("Opening", "其中 {count} 行是几个月的合计，已按月平均拆分到分，"
                                          "除不尽的零头记在最早的月份。").format(count=plan.split_rows))
    if plan.shape == "history":
        lines.append(translate("Opening", "缴费历史：已缴的 {paid} 只作历史记录（不开收据，"
                                          "不计入收费日报），未缴部分按月结转为欠费。").format(
            paid=money_text(sum(r.paid for r in plan.accepted))))
    if plan.empty_rows:
        lines.append(translate("Opening", "{count} 行没有要结转的金额（为 0 或已缴清）。").format(
            count=plan.empty_rows))
    if plan.default_item:
        lines.append(translate("Opening", "文件没有收费项目一列：都记为“{item}”。").format(
            item=plan.default_item))
    if plan.new_items:
        lines.append(translate("Opening", "本处还没有的收费项目：{items}（导入时需确认建为"
                                          "“期初结转”项目）。").format(
            items="、".join(plan.new_items)))
    if plan.hidden_sheets:
        lines.append(translate("Opening", "（隐藏的工作表未读取：{sheets}）").format(
            sheets="、".join(plan.hidden_sheets)))
    earlier = opening.previous_import(plan)
    if earlier:
        lines.append(translate("Opening", "注意：此文件已于 {when} 导入（第 {number} 批）。")
                     .format(when=earlier.imported_at[:16].replace("T", " "), number=earlier.id))
    return lines


def undo(*, batch_id: int, reason: str,
         approved_by: session.User | None = None) -> opening.Batch:
    """撤销一批期初余额 (a manager's action, while nothing was paid against it)."""
    return opening.undo_opening(batch_id, reason=reason, approved_by=approved_by)
