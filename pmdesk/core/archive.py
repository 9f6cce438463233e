"""The archive of generated documents: every notice, certificate and letter the office printed,
kept whole (the PDF itself) so it can be found and printed again exactly as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from pmdesk.core import clock
from pmdesk.core.errors import NotFound, ValidationError
from pmdesk.core.register.units import owners, unit_code
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, fetch_all, insert, like_literal

KINDS = ("notice", "certificate", "receipt", "payment_notice", "price_list", "daily_report",
         "demand_letter", "delivery_sheet", "arrears_notice", "dossier", "instalment_agreement",
         "work_order", "result_notice", "daily_register", "event_poster", "signup_sheet",
         "signin_sheet", "opening", "survey_form", "survey_notice", "survey_report",
         "incident_notice", "incident_calls", "incident_report", "renovation_permit",
         "renovation_notice", "deposit_refund", "clearance_list")


@dataclass(frozen=True)
class ArchivedDocument:
    id: int
    kind: str
    subject: str
    unit_code: str | None
    created_at: str
    created_by: str
    pages: int


def record_document(*, kind: str, subject: str, pdf: bytes, pages: int,
                    unit_id: int | None = None, unit_ids: Iterable[int] = (),
                    keywords: Iterable[str] = ()) -> int:
    """Keep a generated document; return its archive number. It is found again by its subject
    and by what it is about: the rooms and owners of `unit_id` or `unit_ids` (as they are
    today) and `keywords` (case and letter numbers, a complainant's name)."""
    if kind not in KINDS:
        raise ValidationError("kind", "value.unknown", value=kind)
    if not pdf.startswith(b"%PDF") or pages < 1:
        raise ValidationError("pdf", "document.not_pdf")
    households = [unit_id] if unit_id is not None else []
    households += [u for u in unit_ids if u not in households]
    found = owners(households if len(households) <= 500 else None)  # ≤ 999 SQL parameters
    keys: list[str] = []
    for household in households:
        keys += [unit_code(household), *(name for name, _ in found.get(household, []))]
    keys += keywords
    keys = list(dict.fromkeys(key.strip() for key in keys if key and key.strip()))
    with db.atomic():
        number = insert(
            "INSERT INTO document (kind, subject, unit_id, created_at, created_by, pages, "
            "sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, subject.strip()[:200], unit_id, clock.stamp(), session.actor(), pages,
             hashlib.sha256(pdf).hexdigest(), pdf))
        if keys:
            db.execute_sql("INSERT INTO document_keyword (document_id, keywords) VALUES (?, ?)",
                           (number, " ".join(keys)))
        audit.record("document.create", "document", number, kind=kind, subject=subject,
                     pages=pages)
    return number


def was_issued(kind: str, subject: str) -> bool:
    """Whether a document of `kind` about `subject` (a receipt number) is in the archive."""
    return db.execute_sql("SELECT 1 FROM document WHERE kind = ? AND subject = ? LIMIT 1",
                          (kind, subject)).fetchone() is not None


def list_documents(*, kind: str | None = None, text: str = "", limit: int = 1000
                   ) -> list[ArchivedDocument]:
    """Newest first; `text` matches the subject, the room or what the document is about (a
    room, a name, a case or letter number); the PDFs themselves are not loaded."""
    sql = ("SELECT d.id, d.kind, d.subject, u.code AS unit_code, d.created_at, d.created_by, "
           "d.pages "
           "FROM document d LEFT JOIN unit u ON u.id = d.unit_id WHERE 1 = 1")
    params: list[object] = []
    if kind:
        sql += " AND d.kind = ?"
        params.append(kind)
    if text.strip():
        sql += (" AND (d.subject LIKE ? ESCAPE '\\' OR u.code LIKE ? ESCAPE '\\' "
                "OR d.id IN (SELECT document_id FROM document_keyword "
                "WHERE keywords LIKE ? ESCAPE '\\'))")
        pattern = f"%{like_literal(text.strip())}%"
        params += [pattern, pattern, pattern]
    sql += " ORDER BY d.id DESC LIMIT ?"
    params.append(limit)
    return fetch_all(ArchivedDocument, sql, params)


def document_pdf(document_id: int) -> bytes:
    row = db.execute_sql("SELECT pdf FROM document WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound("document.not_found", number=document_id)
    return bytes(row[0])
