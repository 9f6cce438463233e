"""The first document types: the general notice (通知, with a large-print variant for elderly
households) and the certificate (证明). Each turns what the clerk typed into a `Letter`."""

from __future__ import annotations

import re
from datetime import date

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.masking import mask_id
from pmdesk.documents.pdf import Letter

NOTICE_ADDRESSEE = "尊敬的各位业主、住户："
NOTICE_CLOSING = "特此通知。"
CERTIFICATE_TITLE = "证明"
CERTIFICATE_OPENING = "兹证明"
CERTIFICATE_CLOSING = "特此证明。"
MAX_TITLE = 40
MAX_BODY = 20_000
ID_NUMBER = re.compile(r"(?<![0-9])[1-9]\d{16}[\dXx](?![0-9A-Za-z])")  # 居民身份证号码


def paragraphs(text: str) -> tuple[str, ...]:
    """Body text as typed or read from a file: a blank line between paragraphs; lines inside a
    paragraph are joined; indentation typed by hand (spaces, 　) is dropped — the page indents."""
    result = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip(" \t\u3000") for line in block.split("\n")]
        joined = ""
        for line in filter(None, lines):
            if joined and joined[-1].isascii() and joined[-1].isalnum() and line[0].isascii() \
                    and line[0].isalnum():
                joined += " "
            joined += line
        if joined:
            result.append(joined)
    return tuple(result)


def _required(value: str, field: str, max_len: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "value.required")
    if len(value) > max_len:
        raise ValidationError(field, "value.too_long", max_len=max_len)
    return value


def notice(*, title: str, body: str, addressee: str | None = None, closing: str | None = None,
           dated: date | None = None, large_print: bool = False) -> Letter:
    """A notice for the bulletin board or every door."""
    text = _required(body, "body", MAX_BODY)
    return Letter(
        title=_required(title, "title", MAX_TITLE),
        paragraphs=paragraphs(text),
        addressee=NOTICE_ADDRESSEE if addressee is None else addressee.strip(),
        closing=NOTICE_CLOSING if closing is None else closing.strip(),
        dated=dated or clock.today(),
        large_print=large_print,
    )


def certificate(*, body: str, addressee: str = "", title: str = CERTIFICATE_TITLE,
                closing: str | None = None, dated: date | None = None) -> Letter:
    """A certificate of facts on record (兹证明……特此证明). A full ID number typed into it is
    printed masked: a certificate travels to insurers and courts."""
    text = ID_NUMBER.sub(lambda match: mask_id(match.group()), _required(body, "body", MAX_BODY))
    return Letter(
        title=_required(title, "title", MAX_TITLE),
        paragraphs=paragraphs(text),
        addressee=addressee.strip(),
        closing=CERTIFICATE_CLOSING if closing is None else closing.strip(),
        dated=dated or clock.today(),
    )
