"""Parsers for what clerks type and rosters hold; each returns a clean value or raises a
`ValidationError` that names the field."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from pmdesk.core import clock
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


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]|\d{15}")
# passports (E12345678, EA1234567), 往来港澳通行证 (C12345678), 回乡证 (H1234567801), the old
# foreigners' permanent residence card (USA110079011001): letters, then digits
_OTHER_DOCUMENT = re.compile(r"[A-Z]{1,3}\d{6,12}")


def normalize_id_number(value: object, *, field: str = "id_number",
                        others: bool = False) -> str:
    """A 居民身份证号 as typed or read from a roster: 18 characters whose last is the GB 11643
    check digit (ISO 7064 MOD 11-2: a mistyped digit almost always breaks it), or an old
    15-digit number; full-width characters, spaces and a lower-case x are forgiven. With
    `others`, also the number of a document people without one show — a passport, a 港澳 or
    台湾 pass, a 回乡证: letters, then digits; a number of digits only must be an ID number, so
    a phone number typed into the column is refused. '' when empty."""
    number = re.sub(r"\s", "", unicodedata.normalize("NFKC", clean_text(
        value, field=field, max_len=40))).upper()
    if not number:
        return ""
    if others and _OTHER_DOCUMENT.fullmatch(number):
        return number
    if not _RESIDENT_ID.fullmatch(number):
        raise ValidationError(field, "id_number.invalid")
    if len(number) == 18:
        total = sum(int(digit) * weight for digit, weight in zip(number, _ID_WEIGHTS,
                                                                 strict=False))
        if "10X98765432"[total % 11] != number[17]:
            raise ValidationError(field, "id_number.check_digit")
    return number


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)

_SEP = r"\s*[-./]\s*"
_DAY_FORMS = (  # (year?, month, day) in the spellings clerks type
    re.compile(rf"(?P<y>\d{{4}})(?:{_SEP}|\s*年\s*)(?P<m>\d{{1,2}})(?:{_SEP}|\s*月\s*)"
               r"(?P<d>\d{1,2})\s*[日号]?"),
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
    re.compile(rf"(?P<m>\d{{1,2}})(?:{_SEP}|\s*月\s*)(?P<d>\d{{1,2}})\s*[日号]?"),
)
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "昨天": -1}
_TIME = re.compile(r"(?P<half>上午|早上|中午|下午|晚上)?\s*(?P<h>\d{1,2})\s*"
                   r"(?:[:：时点]\s*(?P<min>\d{1,2}|半)?\s*分?)?")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def _calendar_day(year: int, month: int, day: int, *, field: str, value: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(field, "date.no_such_month", value=value, month=month)
    days = calendar.monthrange(year, month)[1] if FIRST_DAY.year <= year <= LAST_DAY.year \
        else 31
    if not 1 <= day <= days:
        raise ValidationError(field, "date.no_such_day", value=value, year=year, month=month,
                              days=days)
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise ValidationError(field, "date.out_of_range", value=value,
                              first=FIRST_DAY.year, last=LAST_DAY.year)
    return date(year, month, day)


def _nearest_year(month: int, day: int, today: date, *, field: str, value: str,
                  past: bool = False) -> date:
    """A day typed without its year (`12-5`, `12月5日`): the one nearest today, so `12-5`
    typed in November is next month and `1-5` typed in late December is next January — or,
    for a day that can only have been (`past`: when something happened), the latest one not
    after today."""
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(_calendar_day(year, month, day, field=field, value=value))
        except ValidationError:
            if year == today.year:
                raise
    if past and any(d <= today for d in candidates):
        return max(d for d in candidates if d <= today)
    return min(candidates, key=lambda d: (abs((d - today).days), d < today))


def _read_day_part(text: str, today: date, *, field: str, value: str,
                   past: bool = False) -> tuple[date, str]:
    """The day at the start of `text` and what follows it."""
    for word, offset in _RELATIVE_DAYS.items():
        if text.startswith(word):
            return today + timedelta(days=offset), text[len(word):]
    for form in _DAY_FORMS:
        match = form.match(text)
        if match:
            month, day = int(match["m"]), int(match["d"])
            if match.groupdict().get("y"):
                found = _calendar_day(int(match["y"]), month, day, field=field, value=value)
            else:
                found = _nearest_year(month, day, today, field=field, value=value, past=past)
            return found, text[match.end():]
    raise ValidationError(field, "date.invalid", value=value)


def read_day(text: str, *, today: date, field: str, past: bool = False) -> date | None:
    """A day as a clerk types it: `2026-12-05`, `2026.12.5`, `2026/12/5`, `20261205`,
    `2026年12月5日`, `12-5`, `12月5日` (the nearest such day), 今天/明天/后天; full-width
    digits too. None when empty; a day that does not exist (`2026-13-45`, `2-30`) is refused
    with the reason, never moved to another day."""
    value = _clean(text)
    if not value:
        return None
    day, rest = _read_day_part(value, today, field=field, value=value, past=past)
    if rest.strip():
        raise ValidationError(field, "date.invalid", value=value)
    return day


END_OF_DAY, WHOLE_DAY = time(23, 59), time(0, 0)


def read_moment(text: str, *, today: date, field: str, day_alone: time | None = None,
                past: bool = False) -> datetime | None:
    """A day and a time (`2026-12-05 14:30`, `12月5日 下午2点半`, `明天 9点`). A day without
    a time takes `day_alone` — `END_OF_DAY` for a deadline, `WHOLE_DAY` for "that day, the
    hour unknown" — and is refused without it, since a start time cannot be guessed."""
    value = _clean(text)
    if not value:
        return None
    day, rest = _read_day_part(value, today, field=field, value=value, past=past)
    if rest and not (rest[0].isspace() or value[-len(rest) - 1] in " 日号天"):
        raise ValidationError(field, "time.invalid", value=value)  # 2026-12-051: not 01:00
    rest = rest.strip()
    if not rest:
        if day_alone is not None:
            return datetime.combine(day, day_alone)
        raise ValidationError(field, "time.required", value=value)
    match = _TIME.fullmatch(rest)
    if not match:
        raise ValidationError(field, "time.invalid", value=value)
    hour = int(match["h"])
    minute = 30 if match["min"] == "半" else int(match["min"] or 0)
    if match["half"] == "晚上" and hour == 12:
        raise ValidationError(field, "time.invalid", value=value)  # midnight: which day?
    if match["half"] in ("下午", "晚上") and hour < 12:
        hour += 12
    if match["half"] == "中午" and hour < 6:
        hour += 12
    if hour > 23 or minute > 59:
        raise ValidationError(field, "time.invalid", value=value)
    return datetime.combine(day, time(hour, minute))


def parse_date(value: date | str | None, *, field: str, default: date | None = None
               ) -> date | None:
    """A date given or typed in any spelling `read_day` takes, between `FIRST_DAY` and
    `LAST_DAY` (a year such as 9999 overflows the deadlines counted from it); `default` when
    empty."""
    if value is None or value == "":
        return default
    if isinstance(value, date):
        if not FIRST_DAY.year <= value.year <= LAST_DAY.year:
            raise ValidationError(field, "date.out_of_range", value=str(value),
                                  first=FIRST_DAY.year, last=LAST_DAY.year)
        return value
    return read_day(str(value), today=clock.today(), field=field) or default


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
