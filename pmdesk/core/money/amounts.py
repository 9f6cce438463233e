"""Money and months as the office writes them, and as the database keeps them.

Money is integer fen everywhere below the screen; `Decimal` (built from strings, never from
floats) only for arithmetic; half-up rounding to the fen per bill line (docs cli.md: 89.50 m² ×
2.35 = 210.325 → 210.33). Rates per m² keep four decimals (1.285 元/㎡/月 exists): integer
0.0001 yuan. A billing month is the integer `yyyymm` (202601), spelled `2026-01`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pmdesk.core.errors import ValidationError

MAX_PAYMENT_FEN = 100_000_000  # ¥1,000,000.00: more than any household's fees at one counter
_MONEY = re.compile(r"\d+(\.\d{1,2})?")
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d{1,2})?")
_RATE = re.compile(r"\d{1,6}(\.\d{1,4})?")
_PERIOD = re.compile(r"(\d{4})\s*(?:-|/|\.|年)\s*(\d{1,2})\s*月?")


def _clean_number(value: object) -> str:
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    return re.sub(r"^[¥]|元$", "", text.replace("￥", "¥")).strip()


def parse_money(value: object, *, field: str = "amount", allow_zero: bool = False) -> int:
    """Typed money → fen. `2523.9`, `2,523.90`, `¥2523.90`, `１２３．５０`, `1234.5元` are
    accepted; empty, zero (unless allowed), negative, more than two decimals, text, `1e3`,
    `NaN` and the European `1.234,50` are refused with a code naming the field."""
    text = _clean_number(value)
    if not text:
        raise ValidationError(field, "money.required")
    if text.startswith("-"):
        raise ValidationError(field, "money.negative", value=str(value))
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    if re.fullmatch(r"\d+\.\d{3,}", text):
        raise ValidationError(field, "money.too_precise", value=str(value))
    if not _MONEY.fullmatch(text):
        raise ValidationError(field, "money.invalid", value=str(value))
    if len(text.split(".")[0].lstrip("0")) > 9:  # a number, just far too large
        raise ValidationError(field, "money.too_large", value=str(value),
                              max=yuan(MAX_PAYMENT_FEN))
    fen = int(Decimal(text) * 100)
    if fen == 0 and not allow_zero:
        raise ValidationError(field, "money.zero")
    if fen > MAX_PAYMENT_FEN:
        raise ValidationError(field, "money.too_large", value=str(value),
                              max=yuan(MAX_PAYMENT_FEN))
    return fen


def parse_rate(value: object, *, field: str = "rate") -> int:
    """A rate per m² per month → 0.0001 yuan: `2.35` → 23500, `1.285` → 12850."""
    text = _clean_number(value)
    text = re.sub(r"(元)?(/|每)?(㎡|m2|m²|平方米|平米)?(/|每)?月?$", "", text).strip()
    if not text:
        raise ValidationError(field, "money.required")
    if not _RATE.fullmatch(text):
        raise ValidationError(field, "rate.invalid", value=str(value))
    rate = int(Decimal(text) * 10_000)
    if rate <= 0:
        raise ValidationError(field, "money.zero")
    return rate


def line_amount(quantity: int, rate: int) -> int:
    """Fen for `quantity` 0.01 m² at `rate` 0.0001 yuan per m²: half up to the fen."""
    exact = Decimal(quantity) * Decimal(rate) / Decimal(10_000)  # in fen, before rounding
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(fen: int, percent: int) -> int:
    """`percent`% of an amount, half up to the fen."""
    return int((Decimal(fen) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def yuan(fen: int) -> str:
    """`252390` → `2523.90`: the JSON and spreadsheet spelling."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def money_text(fen: int) -> str:
    """`252390` → `¥2,523.90`: the printed and on-screen spelling."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def rate_text(rate: int) -> str:
    """`23500` → `2.35`, `12850` → `1.285`: at least two decimals, no trailing zeros beyond."""
    text = f"{Decimal(rate) / 10_000:.4f}".rstrip("0")
    whole, _, decimals = text.partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def parse_period(value: object, *, field: str = "period") -> int:
    """`2026-01`, `2026/1`, `2026年1月`, `202601` → 202601; `2026-13` is refused."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    match = _PERIOD.fullmatch(text) or re.fullmatch(r"(\d{4})(\d{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2999:
        raise ValidationError(field, "period.invalid", value=text)
    return int(match.group(1)) * 100 + int(match.group(2))


def period_text(period: int) -> str:
    return f"{period // 100}-{period % 100:02d}"


def period_of(day: date) -> int:
    return day.year * 100 + day.month


def add_months(period: int, months: int) -> int:
    index = period // 100 * 12 + period % 100 - 1 + months
    return index // 12 * 100 + index % 12 + 1


def months_between(first: int, last: int) -> int:
    """How many months `last` is after `first` (202601, 202603 → 2)."""
    return (last // 100 - first // 100) * 12 + last % 100 - first % 100


def first_undue(as_of: date) -> int:
    """The first month whose bills had not fallen due before `as_of`: a bill for month M falls
    due on M's last day, so it is 欠费 from the day after (shared/docs/cli.md). Every figure of
    欠费 — screens, letters, the dossier, the reports — counts the months before this one."""
    return period_of(as_of)


def due_date(period: int) -> date:
    """A bill for month M falls due on M's last day."""
    year, month = divmod(period, 100)
    return date(year, month, calendar.monthrange(year, month)[1])
