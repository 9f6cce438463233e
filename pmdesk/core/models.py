"""peewee models over the tables that `migrations.py` creates (the SQL there is the schema).

Money is integer fen and areas are integer 0.01 m²; dates are ISO text. Enumerations are stored
as the English codes listed here; the UI owns their wording.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CompositeKey,
    DateField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from pmdesk.core.safety.db import db

UNIT_KINDS = ("residential", "shop", "garage", "storage")
UNIT_STATES = ("undelivered", "delivered", "owner_occupied", "rented", "vacant", "renovating")
ROLES = ("owner", "co_owner", "tenant", "family", "emergency")


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class OfficeProfile(BaseModel):
    id = IntegerField(primary_key=True)
    estate_name = TextField()
    office_name = TextField()
    address = TextField(default="")
    phone = TextField(default="")
    complaint_phone = TextField(default="")
    seal_png = BlobField(null=True)
    updated_at = TextField()


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class Building(BaseModel):
    id = AutoField()
    code = TextField(unique=True)
    note = TextField(default="")


class Unit(BaseModel):
    id = AutoField()
    building = ForeignKeyField(Building, backref="units")
    stairwell = TextField(default="")
    room = TextField()
    code = TextField(unique=True)
    floor = IntegerField(null=True)
    area = IntegerField()  # 0.01 m²
    inner_area = IntegerField(null=True)
    kind = TextField(default="residential")
    state = TextField(default="owner_occupied")
    handover_date = DateField(null=True)
    note = TextField(default="")


class Person(BaseModel):
    id = AutoField()
    name = TextField()
    phone = TextField(default="")
    phone2 = TextField(default="")
    id_number = TextField(null=True)
    is_company = BooleanField(default=False)
    note = TextField(default="")
    created_at = TextField()
    pinyin = TextField(default="")
    initials = TextField(default="")


class Occupancy(BaseModel):
    id = AutoField()
    unit = ForeignKeyField(Unit, backref="occupancies")
    person = ForeignKeyField(Person, backref="occupancies")
    role = TextField()
    start_date = DateField(null=True)
    end_date = DateField(null=True)


class Tag(BaseModel):
    id = AutoField()
    name = TextField(unique=True)


class UnitTag(BaseModel):
    unit = ForeignKeyField(Unit)
    tag = ForeignKeyField(Tag)

    class Meta:
        primary_key = CompositeKey("unit", "tag")


class AuditLog(BaseModel):
    """Read-only here: rows are written by `audit.record()`, which chains them."""

    id = AutoField()
    at = TextField()
    actor = TextField()
    action = TextField()
    entity = TextField()
    entity_id = IntegerField(null=True)
    detail = TextField(default="{}")
    role = TextField(default="")
    prev_hash = TextField(default="")
    hash = TextField(default="")


class Vehicle(BaseModel):
    id = AutoField()
    unit = ForeignKeyField(Unit, backref="vehicles")
    plate = TextField()
    space = TextField(default="")
    space_kind = TextField(default="none")
    start_date = DateField(null=True)
    end_date = DateField(null=True)
    note = TextField(default="")


class Document(BaseModel):
    id = AutoField()
    kind = TextField()
    subject = TextField()
    unit = ForeignKeyField(Unit, null=True, backref="documents")
    created_at = TextField()
    created_by = TextField()
    pages = IntegerField()
    sha256 = TextField()
    pdf = BlobField()


ALL_MODELS = [OfficeProfile, Setting, Building, Unit, Person, Occupancy, Tag, UnitTag, AuditLog,
              Vehicle, Document]
