"""大写金额: the PBoC examples, the zero and ten rules, and an exhaustive round trip."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.documents.amount_words import amount_in_words, fen_in_words

DIGIT = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
SMALL = {"拾": 10, "佰": 100, "仟": 1000}


def read_back(words: str) -> int:
    """An independent reader of amounts in words, in fen (for the round trip)."""
    if words == "零元整":
        return 0
    words = words.removesuffix("整")
    total = group = section = digit = 0
    for char in words:
        if char in DIGIT:
            digit = DIGIT[char]
        elif char in SMALL:
            group += (digit or 1) * SMALL[char]
            digit = 0
        elif char == "万":
            section += (group + digit) * 10_000
            group = digit = 0
        elif char == "亿":
            total += (section + group + digit) * 100_000_000
            section = group = digit = 0
        elif char == "元":
            total += section + group + digit
            total *= 100
            section = group = digit = 0
        elif char == "角":
            total += digit * 10
            digit = 0
        elif char == "分":
            total += digit
            digit = 0
    return total


@pytest.mark.parametrize(("amount", "words"), [
    # docs/domain.md §2
    ("15.00", "壹拾伍元整"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("2523.90", "贰仟伍佰贰拾叁元玖角"),
    # the PBoC rules' own examples (first spelling where two are allowed)
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    # tens, zeros and the big units
    ("0.01", "壹分"),
    ("0.10", "壹角"),
    ("0.55", "伍角伍分"),
    ("0", "零元整"),
    ("10", "壹拾元整"),
    ("10.01", "壹拾元零壹分"),
    ("110", "壹佰壹拾元整"),
    ("1010", "壹仟零壹拾元整"),
    ("100000", "壹拾万元整"),
    ("100500", "壹拾万零伍佰元整"),
    ("1001000", "壹佰万壹仟元整"),
    ("10000000.10", "壹仟万元零壹角"),
    ("100000001", "壹亿零壹元整"),
    ("100010000", "壹亿零壹万元整"),
    ("100001000", "壹亿零壹仟元整"),
    ("100001000.50", "壹亿零壹仟元零伍角"),
    ("200000300", "贰亿零叁佰元整"),
    ("1000000000", "壹拾亿元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_known_amounts(amount, words):
    assert amount_in_words(Decimal(amount)) == words
    assert amount_in_words(amount) == words


@pytest.mark.parametrize("bad", ["-0.01", "1.005", "0.001", "1000000000000.00", "NaN",
                                 "Infinity", "abc"])
def test_refused(bad):
    with pytest.raises(ValueError):
        amount_in_words(bad)


def test_floats_are_refused():
    with pytest.raises(TypeError):
        amount_in_words(0.1)
    with pytest.raises(TypeError):
        fen_in_words(1.0)


def check_form(words: str) -> None:
    if words == "零元整":
        return
    assert "零零" not in words
    assert not (words.startswith("零") and words != "零元整")
    for unit in "万亿元拾佰仟角分":
        assert f"零{unit}" not in words, words
    assert not words.endswith("角整") and not words.endswith("分整")
    assert "拾" not in words or not words.startswith("拾")


def test_every_amount_up_to_120000_yuan_reads_back():
    for yuan in range(0, 120_001):
        for cents in (0, 5, 40, 99):
            fen = yuan * 100 + cents
            words = fen_in_words(fen)
            assert read_back(words) == fen, (fen, words)
    for fen in range(0, 100):
        assert read_back(fen_in_words(fen)) == fen


@given(st.integers(min_value=0, max_value=99_999_999_999_999))
def test_any_amount_is_well_formed_and_reads_back(fen):
    words = fen_in_words(fen)
    check_form(words)
    assert read_back(words) == fen
    yuan = fen // 100
    if yuan >= 10**8 and yuan // 10**4 % 10**4 == 0 and yuan % 10**4:
        assert "亿零" in words, words  # the empty 万 group is read as 零
