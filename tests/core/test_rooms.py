"""Room numbers in every common spelling."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.errors import ValidationError
from pmdesk.core.register.rooms import floor_of, parse_room, split_room


@pytest.mark.parametrize(("typed", "code"), [
    ("3-2-501", "3-2-501"),
    ("3栋2单元501", "3-2-501"),
    ("3栋2单元501室", "3-2-501"),
    ("3幢2单元501", "3-2-501"),
    ("3号楼2单元501室", "3-2-501"),
    ("３－２－５０１", "3-2-501"),
    (" 3 - 2 - 501 ", "3-2-501"),
    ("3/2/501", "3-2-501"),
    ("12-101", "12-101"),
    ("12栋101", "12-101"),
    ("12栋101室", "12-101"),
    ("a-1-101", "A-1-101"),
    ("Ａ栋1单元101", "A-1-101"),
    ("3#2-501", "3-2-501"),
])
def test_spellings(typed, code):
    assert str(parse_room(typed)) == code


@pytest.mark.parametrize("bad", ["", "张伟", "3", "3栋", "1-2-3-4", "501室", "3--", None, "——"])
def test_not_a_room(bad):
    with pytest.raises(ValidationError) as err:
        parse_room(bad)
    assert err.value.code == "room.invalid"


@pytest.mark.parametrize(("typed", "parts"), [
    ("3-2", ["3", "2"]), ("3栋", ["3"]), ("3栋2单元", ["3", "2"]), ("3-2-5", ["3", "2", "5"]),
    ("张伟", None), ("zw", None), ("1234", ["1234"])])
def test_partial_spellings_for_search(typed, parts):
    assert split_room(typed) == parts


@pytest.mark.parametrize(("room", "floor"), [("501", 5), ("1203", 12), ("0802", 8), ("12", None),
                                             ("A01", None)])
def test_floor(room, floor):
    assert floor_of(room) == floor


@given(st.text(max_size=20))
def test_any_text_parses_or_is_refused(text):
    try:
        code = parse_room(text)
    except ValidationError:
        return
    assert str(parse_room(str(code))) == str(code)
