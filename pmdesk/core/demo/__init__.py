"""Realistic, reproducible demo data for an empty database (`pmdesk demo`).

The same seed always gives the same estate: high-rise buildings with stairwells (`3-2-501`),
low-rise blocks and shops without (`12-101`), plausible areas per floor plan, owners, co-owners,
family, tenants and emergency contacts with Chinese names (compound surnames, `·` in minority
names, `&` in joint names), mobile and landline phones, optional ID numbers with valid check
digits, household tags, and cars with their plates and parking spaces. Rows are written with
`executemany` in one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from pmdesk.core import clock
from pmdesk.core.demo import complaints as demo_complaints
from pmdesk.core.demo import events as demo_events
from pmdesk.core.demo import relations as demo_relations
from pmdesk.core.demo import renovations as demo_renovations
from pmdesk.core.demo import surveys as demo_surveys
from pmdesk.core.demo.fees import bills_and_payments
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.pinyin import name_keys
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import db, ids_taken
from pmdesk.core.settings import get_office_profile, save_office_profile

MAX_HOUSEHOLDS = 200_000
MAX_YEARS = 10
MAX_COMPLAINTS = 200_000

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤单仇解区"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩然子轩梓涵"
    "欣怡雨桐思远嘉豪晨曦佳琪俊杰雅婷海燕春梅秋菊冬梅立新卫东振华淑珍凤英德明永红晓东丹丹"
    "一鸣博文天佑若曦诗涵梦瑶家乐锦程堃喆琳瑶"
)
MINORITY_NAMES = ("阿依古丽·买买提", "艾力·吐尔逊", "古丽娜尔·艾山", "扎西·多吉", "巴特尔·其木格")
COMPANY_NAMES = ("{s}氏商贸有限公司", "{s}记餐饮管理有限公司", "翠湖{s}家便利店", "{s}安口腔诊所")
MOBILE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                   "152", "158", "159", "177", "180", "181", "186", "187", "188", "189", "199")
AREA_CODES = ("0571", "010", "021", "025", "0755")
REGION_CODES = ("330102", "330106", "110101", "310104", "320102", "440305", "510107")
FLOOR_PLANS = ((8950, 12637), (9162, 14380, 11520, 6875), (10288, 13396), (7730, 8950, 11206))
TAGS = (("老人户", 0.08), ("独居老人", 0.02), ("困难户", 0.03), ("残疾人", 0.01),
        ("重点关注", 0.01))
STATES = (("owner_occupied", 70), ("rented", 15), ("vacant", 8), ("renovating", 2),
          ("delivered", 4), ("undelivered", 1))
DEFAULT_PROFILE = {
    "estate_name": "翠湖苑",
    "office_name": "翠湖苑物业服务中心",
    "address": "杭州市西湖区翠湖路88号",
    "phone": "0571-88886666",
    "complaint_phone": "0571-88886677",
}


@dataclass
class _Rows:
    buildings: list[tuple] = field(default_factory=list)
    units: list[tuple] = field(default_factory=list)
    persons: list[tuple] = field(default_factory=list)
    occupancies: list[tuple] = field(default_factory=list)
    unit_tags: list[tuple] = field(default_factory=list)
    vehicles: list[tuple] = field(default_factory=list)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rows = _Rows()
        self.next_unit = 1
        self.next_person = 1

    def name(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.01:
            return rng.choice(MINORITY_NAMES)
        surname = rng.choice(COMPOUND_SURNAMES) if roll < 0.03 else rng.choice(SURNAMES)
        return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.03:
            return f"{rng.choice(AREA_CODES)}-{rng.randint(2000_0000, 8999_9999)}"
        return rng.choice(MOBILE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"

    def id_number(self, born: date) -> str | None:
        if self.rng.random() > 0.4:
            return None
        body = f"{self.rng.choice(REGION_CODES)}{born:%Y%m%d}{self.rng.randint(0, 999):03d}"
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
        return body + check

    def person(self, name: str, since: date, *, company: bool = False) -> int:
        pid = self.next_person
        self.next_person += 1
        born = date(self.rng.randint(1940, 2000), self.rng.randint(1, 12), self.rng.randint(1, 28))
        phone2 = self.phone() if self.rng.random() < 0.1 else ""
        self.rows.persons.append((pid, name, self.phone(), phone2,
                                  None if company else self.id_number(born), int(company),
                                  since.isoformat(), *name_keys(name)))
        return pid

    def occupy(self, unit_id: int, person_id: int, role: str, start: date) -> None:
        self.rows.occupancies.append((unit_id, person_id, role, start.isoformat(), None))

    def household(self, unit_id: int, state: str, handover: date, kind: str) -> None:
        rng = self.rng
        if state == "undelivered":
            return
        moved_in = handover + timedelta(days=rng.randint(0, 400))
        if kind == "shop" and rng.random() < 0.5:
            owner = rng.choice(COMPANY_NAMES).format(s=rng.choice(SURNAMES))
            self.occupy(unit_id, self.person(owner, moved_in, company=True), "owner", moved_in)
        elif rng.random() < 0.005:
            joint = f"{self.name()}&{self.name()}"
            self.occupy(unit_id, self.person(joint, moved_in), "owner", moved_in)
        else:
            self.occupy(unit_id, self.person(self.name(), moved_in), "owner", moved_in)
            if rng.random() < 0.12:
                self.occupy(unit_id, self.person(self.name(), moved_in), "co_owner", moved_in)
        if state == "owner_occupied":
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                self.occupy(unit_id, self.person(self.name(), moved_in), "family", moved_in)
        if state == "rented":
            if rng.random() < 0.3:  # a tenant who has already left: history is kept
                left = moved_in + timedelta(days=rng.randint(200, 700))
                pid = self.person(self.name(), moved_in)
                self.rows.occupancies.append((unit_id, pid, "tenant", moved_in.isoformat(),
                                              left.isoformat()))
                moved_in = left + timedelta(days=rng.randint(1, 60))
            self.occupy(unit_id, self.person(self.name(), moved_in), "tenant", moved_in)
        if rng.random() < 0.3:
            self.occupy(unit_id, self.person(self.name(), moved_in), "emergency", moved_in)
        if state in ("owner_occupied", "rented") and kind == "residential":
            for _ in range(rng.choices((0, 1, 2), (55, 37, 8))[0]):
                self.vehicle(unit_id, moved_in)
        for tag_id, (_, share) in enumerate(TAGS, start=1):
            if rng.random() < share:
                self.rows.unit_tags.append((unit_id, tag_id))

    def vehicle(self, unit_id: int, since: date) -> None:
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if rng.random() < 0.2:  # new-energy plates have six characters after the city letter
            tail = rng.choice("DF") + f"{rng.randint(0, 99999):05d}"
        else:
            tail = "".join(rng.choice(letters + "0123456789" * 3) for _ in range(5))
        plate = rng.choice("浙浙浙浙沪苏皖") + rng.choice("ABCDEFGH") + tail
        kind = rng.choices(("owned", "rented", "none"), (30, 50, 20))[0]
        space = "" if kind == "none" else f"B{rng.randint(1, 2)}-{rng.randint(1, 800):03d}"
        self.rows.vehicles.append((unit_id, plate, space, kind, since.isoformat()))

    def unit(self, building_id: int, code: str, stairwell: str, room: str, floor: int,
             area: int, kind: str, handover: date) -> None:
        rng = self.rng
        states, weights = zip(*STATES, strict=True)
        state = "vacant" if kind != "residential" and rng.random() < 0.3 else \
            rng.choices(states, weights)[0]
        if kind != "residential" and state in ("rented",):
            state = "owner_occupied"
        uid = self.next_unit
        self.next_unit += 1
        self.rows.units.append((uid, building_id, stairwell, room, code, floor, area, kind, state,
                                None if state == "undelivered" else handover.isoformat()))
        self.household(uid, state, handover, kind)

    def building(self, number: int, remaining: int) -> int:
        """Add building `number`; return how many units it got (at most `remaining`)."""
        rng = self.rng
        self.rows.buildings.append((number, str(number)))
        handover = date(rng.randint(2012, 2021), rng.randint(1, 12), 1)
        jitter = rng.randint(-40, 40)
        made = 0
        if number % 8 == 0:  # a low-rise block with shops on the ground floor, no stairwells
            for floor in range(1, rng.randint(3, 6) + 1):
                for index in range(1, 5):
                    if made == remaining:
                        return made
                    kind = "shop" if floor == 1 else "residential"
                    area = 6520 + 1100 * index + jitter if kind == "shop" else 11800 + jitter
                    room = f"{floor}{index:02d}"
                    self.unit(number, f"{number}-{room}", "", room, floor, area, kind, handover)
                    made += 1
            return made
        plan = rng.choice(FLOOR_PLANS)
        floors = rng.choice((11, 18, 26, 33))
        for stairwell in range(1, rng.choice((2, 2, 3)) + 1):
            for floor in range(1, floors + 1):
                for index, base_area in enumerate(plan, start=1):
                    if made == remaining:
                        return made
                    room = f"{floor}{index:02d}"
                    self.unit(number, f"{number}-{stairwell}-{room}", str(stairwell), room,
                              floor, base_area + jitter, "residential", handover)
                    made += 1
        return made


# One account of each role, password 123456 (argon2id, hashed once here so loading the demo costs
# no hashing time; each has its own salt). Added last: the demo's fee items need no approval.
DEMO_PASSWORD = "123456"
DEMO_ACCOUNTS = (
    ("王经理", "manager", "$argon2id$v=19$m=65536,t=3,p=4$PfD3QbL3Sa1tx5CV2ze/cw$"
                         "bnNHskx6yXjSpEHFu7qlzjLlR3zKeCBi8xIDRT8cGfU"),
    ("李小梅", "clerk", "$argon2id$v=19$m=65536,t=3,p=4$ZkciIsGcaT5+Vrj/6Dx8WQ$"
                       "ze2WaMzeui67e7DVIbWmpYWnupL8CkzNgq2cuk0UHds"),
)

DEMO_CLERK = DEMO_ACCOUNTS[1][0]


def _demo_accounts() -> int:
    added = 0
    for name, role, digest in DEMO_ACCOUNTS:
        row = db.execute_sql("INSERT INTO account (name, role, password, created_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                             (name, role, digest, clock.stamp())).fetchone()
        if row:
            added += 1
            audit.record("account.create", "account", row[0], name=name, role=role,
                         demo=True)
    return added


def generate(*, households: int = 2000, seed: int = 1, years: int = 0,
             complaints: int | None = None,
             progress: Callable[[float], None] | None = None) -> dict[str, int]:
    """Fill an empty database with `households` households, `years` years of bills and
    payments up to this month, a year of complaints and repairs (by default one for every two
    households when there are bills) and, with bills, a year of events, two yearly
    satisfaction surveys, the office's outside contacts, a year of incidents and a year of
    renovations; return the counts."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise ValidationError("households", "value.out_of_range", min=1, max=MAX_HOUSEHOLDS)
    if not 0 <= years <= MAX_YEARS:
        raise ValidationError("years", "value.out_of_range", min=0, max=MAX_YEARS)
    if db.execute_sql("SELECT EXISTS (SELECT 1 FROM unit)").fetchone()[0]:
        raise PmdeskError("demo.not_empty")
    gen = _Generator(seed)
    number = 0
    while gen.next_unit <= households:
        number += 1
        gen.building(number, households - gen.next_unit + 1)
        if progress:
            progress(0.3 * gen.next_unit / households)
    rows = gen.rows
    with db.atomic():
        if get_office_profile() is None:
            save_office_profile(**DEFAULT_PROFILE)
        cursor = db.cursor()
        cursor.executemany("INSERT INTO building (id, code) VALUES (?, ?)", rows.buildings)
        cursor.executemany(
            "INSERT INTO unit (id, building_id, stairwell, room, code, floor, area, kind, state, "
            "handover_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.units)
        if progress:
            progress(0.35)
        cursor.executemany(
            "INSERT INTO person (id, name, phone, phone2, id_number, is_company, created_at, "
            "pinyin, initials) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.persons)
        if progress:
            progress(0.4)
        cursor.executemany(
            "INSERT INTO occupancy (unit_id, person_id, role, start_date, end_date) "
            "VALUES (?, ?, ?, ?, ?)", rows.occupancies)
        cursor.executemany("INSERT INTO tag (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                           [(i, name) for i, (name, _) in enumerate(TAGS, start=1)])
        cursor.executemany("INSERT INTO unit_tag (unit_id, tag_id) VALUES (?, ?)", rows.unit_tags)
        cursor.executemany("INSERT INTO vehicle (unit_id, plate, space, space_kind, start_date) "
                           "VALUES (?, ?, ?, ?, ?)", rows.vehicles)
        db.execute_sql("UPDATE unit SET vacant_since = handover_date WHERE state = 'vacant'")
        ids_taken("building", "unit", "person", "tag")
        counts = {"buildings": len(rows.buildings), "households": len(rows.units),
                  "persons": len(rows.persons), "occupancies": len(rows.occupancies),
                  "tags": len(rows.unit_tags), "vehicles": len(rows.vehicles)}
        if complaints is None:
            complaints = households // 2 if years else 0
        if not 0 <= complaints <= MAX_COMPLAINTS:
            raise ValidationError("complaints", "value.out_of_range", min=0,
                                  max=MAX_COMPLAINTS)
        with session.recording_as(DEMO_CLERK):  # the history it makes is the clerk's work
            if years:
                counts.update(bills_and_payments(random.Random(seed + 1), years, progress))
                suppliers = demo_relations.directory(random.Random(seed + 5))
            if complaints:
                counts["complaints"] = demo_complaints.complaints(
                    random.Random(seed + 2), complaints, suppliers=suppliers if years else None)
            if years:
                counts["events"] = demo_events.events(random.Random(seed + 3))
                counts["surveys"] = demo_surveys.surveys_of_two_years(random.Random(seed + 4))
                counts["contacts"] = demo_relations.contacts(random.Random(seed + 6))
                counts["incidents"] = demo_relations.incidents(random.Random(seed + 7),
                                                               suppliers)
                counts["renovations"] = demo_renovations.renovations(
                    random.Random(seed + 8), manager=DEMO_ACCOUNTS[0][0])
        counts["accounts"] = _demo_accounts()
        audit.record("demo.generate", "database", None, seed=seed, **counts)
    if progress:
        progress(1.0)
    return counts
