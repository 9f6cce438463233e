"""Collecting arrears: a batch of demand letters with its delivery sheet, the posted notice of
the collection rate, an instalment agreement, the dossier for the law firm."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmdesk.actions.documents import Issued, issue, keep, office, refuse_unprintable
from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.masking import mask_id
from pmdesk.core.money import demands, dossier, instalments, reports
from pmdesk.core.register import residents, units
from pmdesk.core.safety import session
from pmdesk.core.safety.db import db
from pmdesk.documents import collecting as documents


@dataclass(frozen=True)
class LetterBatch:
    letters: Issued  # one PDF, a letter per household in room order
    sheet: Issued  # the delivery sheet (送达签收单)
    count: int


def send_demand_letters(*, unit_ids: list[int], kind: str = "first", as_of: date | None = None,
                        deadline_days: int = 15) -> LetterBatch:
    """催缴通知书 for the households: rendered, both PDFs archived and each letter recorded as
    sent, in one transaction."""
    batch = demands.demands(unit_ids, as_of=as_of, deadline_days=deadline_days)
    if not batch:
        raise ValidationError("min_months", "letters.none")
    refuse_unprintable(*(text for d in batch for text in (d.owner, d.room)),
                       *{line.item for d in batch for line in d.lines})
    profile = office()
    subject = f"{documents.TITLES[kind]} {len(batch)} 户"
    with db.atomic():
        first = demands.next_letter_id()
        letters, sheet = documents.render_batch(batch, profile, kind=kind, first_number=first)
        rooms = [d.unit_id for d in batch]
        numbers = [documents.letter_number(first + i, batch[i].as_of)
                   for i in range(len(batch))]
        kept = keep(letters, kind="demand_letter", subject=subject, unit_ids=rooms,
                    keywords=numbers)
        kept_sheet = keep(sheet, kind="delivery_sheet", subject=f"{subject} 送达签收单",
                          unit_ids=rooms, keywords=numbers)
        demands.record_letters(batch, kind=kind, document_id=kept.number, first_id=first)
    return LetterBatch(kept, kept_sheet, len(batch))


def post_arrears_notice(*, as_of: date | None = None) -> Issued:
    """物业费收缴情况公示: by building, no names, no rooms."""
    as_of = as_of or clock.today()
    letter = documents.arrears_notice(reports.arrears(as_of).by_building(), as_of=as_of,
                                      households=residents.household_count())
    return issue(letter, kind="arrears_notice", subject=letter.title)


def print_instalment_agreement(*, unit_id: int, plan_id: int) -> Issued:
    """分期协议 of one agreement, to sign."""
    plan = next(p for p in instalments.plans(unit_id) if p.id == plan_id)
    owners = [o for o in residents.household(unit_id).occupants if o.role == "owner"]
    letter = documents.instalment_agreement(
        plan, room=units.unit_code(unit_id), owner=units.owner_names(unit_id), office=office(),
        phone=owners[0].phone if owners else "",
        id_number=mask_id(owners[0].id_number) if owners else "")
    return issue(letter, kind="instalment_agreement", subject=letter.title, unit_id=unit_id)


def print_dossier(*, unit_id: int) -> tuple[Issued, str]:
    """委托律师材料 of one household; with its room."""
    file = dossier.dossier(unit_id)
    refuse_unprintable(*(name for name, _ in file.owners),
                       *(text for a in file.actions for text in (a.said, a.outcome, a.done_by)))
    user = session.current()
    rendered = documents.render_dossier(file, office(), signer=user.name if user else "")
    return keep(rendered, kind="dossier", subject=f"委托律师材料 {file.room}",
                unit_id=unit_id), file.room
