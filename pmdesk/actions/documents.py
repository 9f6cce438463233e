"""Issuing a document: rendered on the office letterhead (`documents/`, data in, PDF bytes out)
and kept in the archive (`core.archive`) — once, for the window and the command line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pmdesk.core.archive import record_document
from pmdesk.core.errors import PmdeskError
from pmdesk.core.settings import Profile, get_office_profile
from pmdesk.documents import fonts
from pmdesk.documents.pdf import Letter, Rendered, render


@dataclass(frozen=True)
class Issued:
    """A document as printed: its PDF, its pages, its number and subject in the archive."""

    pdf: bytes
    pages: int
    number: int
    subject: str


def office() -> Profile:
    """The office that signs every document; `office.missing` until it is filled in."""
    profile = get_office_profile()
    if profile is None:
        raise PmdeskError("office.missing")
    return profile


def refuse_unprintable(*texts: str) -> None:
    """`print.missing_glyphs` when a text has characters no font can print: a blank in a
    letter is refused before anything is rendered or archived, not found on paper after."""
    profile = office()
    missing = fonts.missing_glyphs(*texts, profile.office_name, profile.address)
    if missing:
        raise PmdeskError("print.missing_glyphs", chars="、".join(missing))


def keep(rendered: Rendered, *, kind: str, subject: str, unit_id: int | None = None,
         unit_ids: Iterable[int] = (), keywords: Iterable[str] = ()) -> Issued:
    """Put a rendered document into the archive, findable by its households and keywords."""
    number = record_document(kind=kind, subject=subject, pdf=rendered.pdf, pages=rendered.pages,
                             unit_id=unit_id, unit_ids=unit_ids, keywords=keywords)
    return Issued(rendered.pdf, rendered.pages, number, subject)


def issue(letters: Letter | list[Letter], *, kind: str, subject: str,
          unit_id: int | None = None, unit_ids: Iterable[int] = (),
          keywords: Iterable[str] = (), title: str = "") -> Issued:
    """Render `letters` (one PDF) for the office and keep them in the archive."""
    letters = [letters] if isinstance(letters, Letter) else letters
    refuse_unprintable(*(text for letter in letters for text in letter.texts()))
    return keep(render(letters, office(), title=title), kind=kind, subject=subject,
                unit_id=unit_id, unit_ids=unit_ids, keywords=keywords)
