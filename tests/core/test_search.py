"""The one search box: rooms, names, pinyin (surnames read as surnames), phones, plates."""

import pytest

from pmdesk.core.demo import generate
from pmdesk.core.register import residents
from pmdesk.core.register.search import SearchIndex
from pmdesk.core.safety.db import db, insert

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


@pytest.fixture
def index(db_path):
    generate(households=600, seed=9)
    db.execute_sql("INSERT INTO building (code) VALUES ('99')")
    unit = insert("INSERT INTO unit (building_id, stairwell, room, code, floor, area) "
                  "SELECT id, '2', '501', '99-2-501', 5, 8950 FROM building WHERE code = '99'")
    for name, role, phone in (("单雄信", "owner", "13912341234"), ("欧阳娜娜", "family", ""),
                              ("曾小贤", "tenant", "0571-88881234")):
        residents.add_occupant(unit_id=unit, name=name, role=role, phone=phone)
    db.execute_sql("INSERT INTO vehicle (unit_id, plate) VALUES (?, '浙A·D12345')", (unit,))
    return SearchIndex().load(), unit


@pytest.mark.parametrize("query", [
    "99-2-501", "99栋2单元501室", "９９－２－５０１", "99-2", "99栋2单元", "99-2-50",
    "单雄信", "雄信", "sxx", "shanxiongxin", "shanx", "oynn", "ouyang", "zxx", "zeng",
    "13912341234", "1234", "88881234", "浙AD12345", "AD123", "d12345",
])
def test_finds_the_household(index, query):
    search, unit = index
    hits = search.find(query)
    assert unit in hits, query


def test_a_stairwell_prefix_lists_only_that_stairwell(index):
    search, unit = index
    hits = search.find("1-2")
    codes = {residents.household_rows([i])[i].code for i in hits}
    assert codes and all(code.startswith("1-2-") or code.startswith("1-2") for code in codes)
    assert not any(code.startswith("1-20-") for code in codes)


def test_nothing_matches_nonsense(index):
    search, _ = index
    assert search.find("xyzxyz") == set()
    assert search.find("不存在的人") == set()
    assert search.find("  ") is None


def test_surnames_are_read_as_surnames(index):
    search, unit = index
    assert unit not in search.find("danxiong")  # 单 as a surname is shan
    assert unit not in search.find("cengxiao")  # 曾 as a surname is zeng
