"""Parsers for what clerks type and rosters hold; each returns a clean value or raises a
`ValidationError` that names the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from pmdesk.core.errors import ValidationError

# zero-width characters, and the bidirectional controls that make a stored "三张" display as
# "张三" (U+202E and its kin)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u061c\u200e\u200f"
                                    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_BREAKS = re.compile(r"\r\n?|[\v\f\x85\u2028\u2029]")
_SPACES = re.compile(r"[\t\n]")
# Lone surrogates (no character: UTF-8 cannot write them) and the noncharacters U+FDD0–FDEF
# and U+xFFFE/xFFFF (an XML sheet refuses them).
_NOT_CHARACTERS = "\ud800-\udfff\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17))
UNWRITABLE = re.compile(f"[{_NOT_CHARACTERS}]")
# and every C0/C1 control but tab and newline
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_NOT_CHARACTERS}]")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(0[12]\d|0[3-9]\d\d)([2-9]\d{6,7})")  # 010, 02x; else 4 digits
_SERVICE = re.compile(r"([48]00)(\d{3})(\d{4})")
_LOCAL = re.compile(r"[2-9]\d{6,7}")


def clean_text(value: object, *, field: str, required: bool = False, max_len: int = 200,
               multiline: bool = False) -> str:
    """Trim outer white space; drop invisible characters, bidirectional controls and control
    characters (they break exports and hide what a name really says); keep everything else
    exactly. Line breaks and tabs stay in `multiline` text and become spaces elsewhere."""
    text = "" if value is None else str(value)
    text = _BREAKS.sub("\n", text.translate(_INVISIBLE))
    if not multiline:
        text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text).strip()
    if required and not text:
        raise ValidationError(field, "value.required")
    if len(text) > max_len:
        raise ValidationError(field, "value.too_long", max_len=max_len)
    return text


def storable(text: str) -> str:
    """`text` as UTF-8 can hold it: a lone surrogate — a file name in another encoding, given on
    the command line — becomes its escape (`\\udcff`, also what JSON reads back)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def normalize_phone(value: object, *, field: str = "phone") -> str:
    """A mobile (`13800138000`), landline (`0571-88888888`, extension `-123`), service
    (`400-123-4567`) or local (`88888888`) number in one canonical spelling; '' when empty."""
    text = clean_text(value, field=field, max_len=40)
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    ext = ""
    match = re.search(r"(?:转|ext\.?|x|#)\s*(\d{1,6})$", text, re.IGNORECASE)
    if match:
        ext, text = match.group(1), text[: match.start()]
    digits = re.sub(r"[\s\-()（）.]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if not digits.isdigit():
        raise ValidationError(field, "phone.invalid", value=str(value))
    if _MOBILE.fullmatch(digits) and not ext:
        return digits
    if (m := _SERVICE.fullmatch(digits)) or (m := _LANDLINE.fullmatch(digits)):
        number = "-".join(m.groups())
    elif _LOCAL.fullmatch(digits):
        number = digits
    else:
        raise ValidationError(field, "phone.invalid", value=str(value))
    return f"{number}-{ext}" if ext else number


def parse_area(value: object, *, field: str = "area") -> int:
    """A floor area as typed or read from Excel, in 0.01 m²: `89.5`, `89.50㎡`, `８８．８`,
    `76平方米`, 92.3 → 8950, 8950, 8880, 7600, 9230. Missing, not a number, zero or less, or more
    than two decimals each have their own code (the same sentences serve the form and the
    roster import)."""
    if value is None or value == "":
        raise ValidationError(field, "import.area_missing")
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = repr(float(value)) if isinstance(value, float) else str(value)
    else:
        text = unicodedata.normalize("NFKC", str(value))
        text = re.sub(r"\s|㎡|m2|m²|平方米|平米", "", text, flags=re.IGNORECASE)
    if not re.fullmatch(r"\d{1,6}(\.\d+)?", text):
        raise ValidationError(field, "import.area_invalid", value=str(value))
    area = Decimal(text)
    if area <= 0:
        raise ValidationError(field, "import.area_not_positive", value=str(value))
    hundredths = area * 100
    if hundredths != hundredths.to_integral_value():
        raise ValidationError(field, "import.area_too_precise", value=str(value))
    return int(hundredths)


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def parse_date(value: date | str | None, *, field: str, default: date | None = None
               ) -> date | None:
    """A date given or typed as `2026-11-27` (full-width digits too) between `FIRST_DAY` and
    `LAST_DAY` (a year such as 9999 overflows the deadlines counted from it); `default` when
    empty."""
    if value is None or value == "":
        return default
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(unicodedata.normalize("NFKC", str(value)).strip())
        except ValueError:
            raise ValidationError(field, "date.invalid", value=str(value)) from None
    if not FIRST_DAY.year <= day.year <= LAST_DAY.year:
        raise ValidationError(field, "date.out_of_range", value=str(value),
                              first=FIRST_DAY.year, last=LAST_DAY.year)
    return day


def iso_date(value: date | str | None, *, field: str, default: date | None = None
             ) -> str | None:
    """The same, as stored: `2026-11-27`, or None when empty."""
    day = parse_date(value, field=field, default=default)
    return day.isoformat() if day else None


def choice(value: str, allowed: tuple[str, ...], *, field: str) -> str:
    """One of the codes the core stores; anything else is refused naming the field."""
    if value not in allowed:
        raise ValidationError(field, "value.unknown", value=value)
    return value


MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # a photo or a scan kept in the database


def check_attachment(data: bytes, *, field: str) -> bytes:
    """A photo or scanned file to keep: not empty, not larger than the limit."""
    if not data:
        raise ValidationError(field, "value.required")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(field, "attachment.too_large",
                              max_mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))
    return data
