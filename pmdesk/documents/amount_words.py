"""Amounts in words (大写金额) by the People's Bank of China rules for payment vouchers.

- digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 within a group, 万 and 亿 between groups, 元角分;
- a leading ten keeps its 壹: ¥15.00 → 壹拾伍元整, ¥100,000.00 → 壹拾万元整;
- a run of zeros inside the number is written as one 零 (¥1,409.50 → 壹仟肆佰零玖元伍角,
  ¥6,007.14 → 陆仟零柒元壹角肆分, ¥100,500.00 → 壹拾万零伍佰元整); zeros at the end of a
  group or of the number are not written, nor a zero 万 digit before a non-zero 仟
  (¥107,000.53 → 壹拾万柒仟元零伍角叁分, the first of the two spellings the rules allow);
  a whole group of zeros between two others is one 零 (¥100,001,000.00 → 壹亿零壹仟元整);
- a zero 元 digit before 角 is written 零 (¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分), and so is a
  zero 角 before 分 (¥16,409.02 → 壹万陆仟肆佰零玖元零贰分);
- 整 follows 元 when there are no 角 and 分; never after 分, and not after 角.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = "零壹贰叁肆伍陆柒捌玖"
GROUP_UNITS = ("", "万", "亿")
MAX_AMOUNT = Decimal("999999999999.99")


def _group(value: int) -> str:
    """0 < value < 10000 in words, with 零 for inner zeros, without leading or trailing 零."""
    words, pending_zero = "", False
    for unit, divisor in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        digit = value // divisor % 10
        if digit == 0:
            pending_zero = bool(words)
            continue
        if pending_zero:
            words += "零"
            pending_zero = False
        words += DIGITS[digit] + unit
    return words


def _integer(value: int) -> str:
    groups = []
    while value:
        groups.append(value % 10000)
        value //= 10000
    words, skipped = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            skipped = bool(words)
            continue
        if words and (group < 1000 or skipped):  # zeros run on into this group's 仟 digit
            words += "零"
        words += _group(group) + GROUP_UNITS[index]
        skipped = False
    return words


def fen_in_words(fen: int) -> str:
    """`fen` (an integer number of 分) in words, e.g. 252390 → 贰仟伍佰贰拾叁元玖角."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError("fen must be an int")
    if fen < 0:
        raise ValueError("amounts in words are for amounts of zero or more")
    if fen > int(MAX_AMOUNT * 100):
        raise ValueError("amount too large for words (max 999,999,999,999.99)")
    yuan, jiao, cents = fen // 100, fen // 10 % 10, fen % 10
    if fen == 0:
        return "零元整"
    words = _integer(yuan)
    if yuan:
        words += "元"
        if jiao == 0 and cents == 0:
            return words + "整"
        if yuan % 10 == 0 and jiao:
            words += "零"
    if jiao:
        words += DIGITS[jiao] + "角"
    elif yuan:
        words += "零"
    if cents:
        words += DIGITS[cents] + "分"
    return words


def amount_in_words(amount: Decimal | str) -> str:
    """A yuan amount with at most two decimals in words; negative or sub-fen amounts refused."""
    if isinstance(amount, float):
        raise TypeError("money is never a float; pass a Decimal or a string")
    try:
        value = Decimal(amount)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {amount!r}") from exc
    if not value.is_finite():
        raise ValueError(f"not an amount: {amount!r}")
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"amount has a fraction of a fen: {amount}")
    return fen_in_words(int(fen))
