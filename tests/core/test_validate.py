"""Phone numbers and free text as clerks type them and rosters hold them."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.errors import ValidationError
from pmdesk.core.validate import clean_text, normalize_id_number, normalize_phone


@pytest.mark.parametrize(("typed", "stored"), [
    ("13800138000", "13800138000"),
    ("138 0013 8000", "13800138000"),
    ("+86 138-0013-8000", "13800138000"),
    ("１３８００１３８０００", "13800138000"),
    ("0571-88888888", "0571-88888888"),
    ("(0571) 8888 8888", "0571-88888888"),
    ("010-62345678转123", "010-62345678-123"),
    ("400-123-4567", "400-123-4567"),
    ("88888888", "88888888"),
    ("", ""),
    ("   ", ""),
])
def test_phones_are_normalised(typed, stored):
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["1390000000", "23800138000", "12345", "电话", "138001380001",
                                   "13800138000.0", "0571-888"])
def test_bad_phones_are_refused(typed):
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed, field="phone")
    assert (err.value.field, err.value.code) == ("phone", "phone.invalid")


@given(st.text(max_size=40))
def test_any_phone_input_gives_a_value_or_a_coded_error(text):
    try:
        result = normalize_phone(text)
    except ValidationError as err:
        assert err.code in {"phone.invalid", "value.too_long"}
    else:
        assert result == "" or result.replace("-", "").isdigit()


def test_text_keeps_names_exactly_but_drops_invisible_characters():
    assert clean_text(" 张三&李四\u3000", field="name") == "张三&李四"
    assert clean_text("\ufeff阿依古丽·买买提\u200b", field="name") == "阿依古丽·买买提"
    assert clean_text("蒋<明>", field="name") == "蒋<明>"


def test_control_and_direction_characters_are_cleaned():
    """Issue 14.6 and 14.12: a control character stored once broke every later export, and
    U+202E made a stored "三张" display as "张三"."""
    assert clean_text("张\x01三\x7f", field="payer") == "张三"
    assert clean_text("\u202e三张", field="name") == "三张"
    assert clean_text("王\u2066五\u2069\u200f", field="name") == "王五"
    assert clean_text("李\t四\r\n家", field="payer") == "李 四 家"
    assert clean_text("第一段\r\n\t第二段\x0c第三段\x00", field="text", max_len=4000,
                      multiline=True) == "第一段\n\t第二段\n第三段"
    # a file name in another encoding typed on the command line; what XML cannot hold
    assert clean_text("张\udcff三\ufffe\U0010ffff\ufdd0", field="payer") == "张三"


@given(st.text(max_size=200))
def test_clean_text_never_keeps_a_control_character(text):
    for multiline in (False, True):
        try:
            cleaned = clean_text(text, field="name", multiline=multiline)
        except ValidationError as err:
            assert err.code == "value.too_long"
            continue
        allowed = "\n\t" if multiline else ""
        assert not [ch for ch in cleaned if unicodedata.category(ch) == "Cc" and ch not in allowed]
        assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
        cleaned.encode("utf-8")  # no lone surrogate
        assert not [ch for ch in cleaned if (ord(ch) & 0xFFFE) == 0xFFFE
                    or 0xFDD0 <= ord(ch) <= 0xFDEF]  # no noncharacter


@pytest.mark.parametrize(("typed", "stored"), [
    ("110101198003071239", "110101198003071239"),
    ("33010619880909562x", "33010619880909562X"),
    ("１１０１０１ １９８００３０７ １２３９", "110101198003071239"),  # full width, spaces
    ("310104730615031", "310104730615031"),  # the old 15 digits
    ("", ""),
])
def test_id_numbers_are_normalised(typed, stored):
    assert normalize_id_number(typed) == stored


@pytest.mark.parametrize(("typed", "code"), [
    ("110101198003071238", "id_number.check_digit"),  # one digit off
    ("11010119800307123", "id_number.invalid"),  # one digit short
    ("13800138000", "id_number.invalid"),  # a phone number in the column
    ("E12345678", "id_number.invalid"),  # a passport, where only an ID card will do
])
def test_bad_id_numbers_are_refused(typed, code):
    with pytest.raises(ValidationError) as refused:
        normalize_id_number(typed)
    assert refused.value.code == code


@pytest.mark.parametrize(("typed", "stored"), [
    ("E12345678", "E12345678"), ("ea1234567", "EA1234567"),  # passports
    ("C12345678", "C12345678"), ("H1234567801", "H1234567801"),  # 通行证, 回乡证
    ("USA110079011001", "USA110079011001"),  # the old permanent residence card
])
def test_other_documents_when_a_roster_allows_them(typed, stored):
    assert normalize_id_number(typed, others=True) == stored
    with pytest.raises(ValidationError):
        normalize_id_number("13800138000", others=True)
