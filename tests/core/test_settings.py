"""The office profile: defaults, validation, the seal image, and its audit trail."""


import peewee
import pytest

from pmdesk.core.errors import ValidationError
from pmdesk.core.safety import audit
from pmdesk.core.safety.db import db
from pmdesk.core.settings import get_office_profile, save_office_profile

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a9a3f80000000049454e44ae426082")


def test_a_new_database_has_no_profile(db_path):
    assert get_office_profile() is None


def test_office_name_defaults_from_the_estate(db_path):
    profile = save_office_profile(estate_name="  翠湖苑 ", phone="0571 8888 6666")
    assert profile.estate_name == "翠湖苑"
    assert profile.office_name == "翠湖苑物业服务中心"
    assert profile.phone == "0571-88886666"
    assert get_office_profile() == profile


def test_fields_not_given_keep_their_values(db_path):
    save_office_profile(estate_name="翠湖苑", address="翠湖路88号", phone="13800138000")
    profile = save_office_profile(estate_name="翠湖苑二期")
    assert (profile.address, profile.phone) == ("翠湖路88号", "13800138000")
    assert profile.office_name == "翠湖苑物业服务中心"


@pytest.mark.parametrize(("kwargs", "field", "code"), [
    ({"estate_name": "  "}, "estate_name", "value.required"),
    ({"estate_name": "翠" * 61}, "estate_name", "value.too_long"),
    ({"estate_name": "翠湖苑", "phone": "12345"}, "phone", "phone.invalid"),
    ({"estate_name": "翠湖苑", "complaint_phone": "电话"}, "complaint_phone", "phone.invalid"),
    ({"estate_name": "翠湖苑", "seal_png": b"GIF89a"}, "seal_png", "seal.not_png"),
])
def test_bad_input_is_refused_and_nothing_is_saved(db_path, kwargs, field, code):
    with pytest.raises(ValidationError) as err:
        save_office_profile(**kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert get_office_profile() is None
    assert audit.entries() == []


def test_seal_image_is_stored_and_removed(db_path):
    assert save_office_profile(estate_name="翠湖苑", seal_png=PNG_1x1).seal_png == PNG_1x1
    assert save_office_profile(estate_name="翠湖苑").seal_png == PNG_1x1
    assert save_office_profile(estate_name="翠湖苑", seal_png=None).seal_png is None


def test_every_change_is_audited_once(db_path):
    save_office_profile(estate_name="翠湖苑")
    save_office_profile(estate_name="翠湖苑")  # no change, no entry
    save_office_profile(estate_name="翠湖苑", phone="13800138000")
    entries = audit.entries()[::-1]
    assert [e.action for e in entries] == ["office_profile.save"] * 2
    assert entries[1].detail == {"phone": "13800138000"}
    assert entries[0].actor


def test_the_audit_trail_cannot_be_rewritten(db_path):
    save_office_profile(estate_name="翠湖苑")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(peewee.IntegrityError, match="append-only"):
        db.execute_sql("DELETE FROM audit_log")
