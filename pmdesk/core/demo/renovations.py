"""Demo 装修管理: a year of renovations on the demo estate, about one for every sixty
households, in every stage. Most are settled: approved, the deposit and the clearance fee taken
at the desk on the day, the foreman and the workers given passes, the rubbish booked and carried
out bag by bag, an inspection every fortnight — now and then a violation (rubbish in the
corridor, a drill in the lunch break) put right by its deadline, linked to the neighbour's
complaint that reported it when there is one — the final 验收 passed, the passes handed back and
the deposit refunded, once or twice less damage a manager approved, with its photo. Some are
still working (clearance booked for today and tomorrow; one with a violation whose deadline is
today); one is past its end awaiting 验收, one passed awaiting its refund, one approved awaiting
its deposit, one with a load-bearing wall awaiting a manager's approval, one refused.

Every step goes through the service the desk uses, on its own day: the office's clock is pinned
to the moment of each step, the steps of all the renovations in the order they happened (so the
registration and refund numbers run in date order and no payment is back-dated), and set back
as it was at the end. A manager's steps (flagged works, a deduction) are recorded as the demo's
manager: the demo's accounts are added after it, so no approval is asked."""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from pmdesk.core import clock
from pmdesk.core.money import deposits
from pmdesk.core.register.units import owner_names_by_unit
from pmdesk.core.safety import session
from pmdesk.core.safety.db import db
from pmdesk.core.service import renovations as service

HOUSEHOLDS_EACH, FEWEST, MOST = 60, 8, 400
COMPANIES = ("安居装饰", "美家装修工程有限公司", "匠心家居装饰有限公司", "东方名筑装饰",
             "杭州华艺装饰工程有限公司", "尚品宅装", "业之峰装饰", "")  # '' a team the owner found
FOREMEN = ("刘建军", "张国强", "陈志刚", "王海峰", "李卫东", "赵永明", "周立新", "吴德华",
           "孙红兵", "黄振宇", "郑春生", "马德胜")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = ("建国", "志强", "小军", "海涛", "明", "伟", "勇", "德胜", "春生", "国华", "永福",
         "建华", "平", "刚", "长青", "金宝", "二毛")
TRADES = ("水电工", "泥瓦工", "木工", "油漆工", "杂工")
MOBILE = ("133", "135", "138", "139", "150", "152", "158", "177", "186", "189")
REGIONS = ("330102", "330106", "330521", "341221", "362321", "420117", "511623")
METHODS = (("wechat", 35), ("alipay", 20), ("cash", 20), ("bank", 15), ("card", 10))
INSPECTORS = ("工程部 刘建华", "工程部 沈国平", "秩序维护部 张勇")
SCOPES = ("厨卫翻新：更换橱柜、洁具，铺墙地砖", "全屋硬装：水电改造、吊顶、铺木地板、墙面刷漆",
          "旧房翻新：铲除旧墙皮，水电重做，全屋刷新", "局部翻新：更换木地板和室内门",
          "阳台封窗，铺地砖，安装晾衣架", "儿童房改造：墙面刷漆，定制衣柜")
FLAGGED = {  # works → (what is done, the condition it is approved on)
    "waterproof": ("卫生间、厨房重做防水，更换洁具和墙地砖",
                   "防水完工后做48小时闭水试验，经物业查验后方可铺贴"),
    "structure": ("拆除非承重隔墙，客厅与餐厅打通", "仅限拆除图纸所示非承重隔墙，不得损坏承重结构"),
    "facade": ("更换外窗，阳台加装防盗窗", "外窗样式、颜色须与小区外立面一致，防盗窗不得凸出外墙"),
    "bearing_wall": ("拆除客厅与阳台之间的窗下墙（承重墙），扩大客厅", ""),
}
REFUSED = ("拆除承重墙危及建筑结构安全，违反《住宅室内装饰装修管理办法》第五条，不予批准；"
           "请调整方案后重新登记")
BREACHES = {  # kind → (the violation, what the inspection found, how it was put right)
    "rubbish": ("装修垃圾堆放在楼道，未袋装预约清运", "楼道内堆放装修垃圾约十袋，影响通行",
                "已清理楼道，剩余垃圾袋装后按预约时段清运"),
    "hours": ("午休时间（12:00-14:00）电钻施工", "邻居反映午休时间有电钻声，现场核实属实",
              "已约谈施工负责人，承诺按规定时间施工，复查未再发现"),
}
FROM_COMPLAINT = {"renovation": "rubbish", "noise": "hours"}
DAMAGES = (  # reason, fen kept, the photo's name
    ("电梯轿厢内壁划伤，按维保公司报价修复", 30000, "电梯轿厢划痕.png"),
    ("楼道墙面污损、消防栓箱门变形，修复费用", 45000, "楼道墙面污损.png"),
)
PASSED = "竣工验收合格：未改动主体结构，管线、防水符合要求，公共部位无损坏"
ROUTINE = ("现场文明施工，垃圾已袋装", "按审批方案施工，消防器材齐全", "施工时间符合规定")


def _png(rng: random.Random) -> bytes:
    """A small photo: a 24×16 PNG of brownish grey noise (a tiny valid file)."""
    width, height = 24, 16
    raw = b"".join(b"\x00" + bytes(rng.randint(90, 200) for _ in range(width * 3))
                   for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data)))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE) + f"{rng.randint(0, 99_999_999):08d}"


def _id_number(rng: random.Random) -> str:
    """A 居民身份证号 with a valid check digit (as `demo._Generator.id_number` makes them)."""
    born = date(rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28))
    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


@dataclass
class _Works:
    """One renovation as the demo plans it, and the ids its steps leave for the later ones."""
    stage: str
    unit_id: int
    building_id: int
    phone: str
    works: tuple[str, ...] = ()
    id: int = 0
    workers: list[int] = field(default_factory=list)
    bookings: dict[date, int] = field(default_factory=dict)
    violation: int = 0


class _Diary:
    """The demo's steps, each at its moment, taken in time order with the clock pinned there."""

    def __init__(self) -> None:
        self.steps: list[tuple[datetime, int, Callable[[], None]]] = []

    def at(self, day: date, hour: int, minute: int, step: Callable[[], None]) -> None:
        self.steps.append((datetime.combine(day, time(hour, minute)), len(self.steps), step))

    def run(self) -> None:
        now = clock.now()
        before = clock.pinned()  # pinned by a test, or None: the clock running
        try:
            for moment, _, step in sorted(self.steps, key=lambda s: (s[0], s[1])):
                if moment <= now:
                    clock.pin(moment)
                    step()
        finally:
            clock.pin(before)


def renovations(rng: random.Random, *, manager: str) -> int:
    """About one renovation for every sixty households (at least 8, at most 400, as many as
    there are owners' homes) over the last year, in every stage; `manager` is the account the
    manager's steps are recorded as. Returns how many."""
    today = clock.today()
    owners = owner_names_by_unit()
    homes = [row for row in db.execute_sql(
        "SELECT id, building_id, state FROM unit WHERE kind = 'residential' "
        "AND state <> 'undelivered' ORDER BY id") if row[0] in owners]
    households = db.execute_sql("SELECT count(*) FROM unit").fetchone()[0]
    count = min(len(homes), max(FEWEST, min(MOST, households // HOUSEHOLDS_EACH)))
    opened = ["breach", "inspect", "refund", "registered", "rejected", "unpaid",
              *["working"] * (max(2, count // 5) - 1)]  # 'breach': working, a deadline today
    order = opened[:max(count - 1, 0)]
    order += ["settled"] * (count - len(order))
    fresh = [home for home in homes if home[2] in ("renovating", "delivered")]  # the open ones'
    rng.shuffle(fresh)
    others = [home for home in homes if home[2] not in ("renovating", "delivered")]
    rng.shuffle(others)
    picked = fresh + others
    damaged = 1 if order.count("settled") < 10 else 2
    complaints = db.execute_sql(
        "SELECT c.id, u.building_id, c.unit_id, c.received_at, c.category FROM complaint c "
        "JOIN unit u ON u.id = c.unit_id WHERE c.category IN ('renovation', 'noise') "
        "ORDER BY c.received_at, c.id").fetchall()
    plan = _Plan(rng, today, manager, complaints)
    settled = 0
    for index, (stage, (unit_id, building_id, _)) in enumerate(zip(order, picked, strict=False)):
        works = _Works(stage, unit_id, building_id, owners[unit_id][1])
        damage = None
        if stage == "settled":
            settled += 1
            if settled <= damaged:
                damage = DAMAGES[settled - 1]
        plan.renovation(works, index, damage)
    plan.diary.run()
    return len(order)


class _Plan:
    def __init__(self, rng: random.Random, today: date, manager: str,
                 complaints: list[tuple]) -> None:
        self.rng, self.today, self.manager = rng, today, manager
        self.complaints = complaints
        self.linked: set[int] = set()
        self.diary = _Diary()
        self.every = service.settings().inspect_days
        self.slots = [slot for slot, _ in service.free_slots(today)]
        self.foremen = {name: (COMPANIES[n % len(COMPANIES)], _mobile(rng), _id_number(rng))
                        for n, name in enumerate(FOREMEN)}  # each with their company

    def days(self, stage: str) -> tuple[date, date, date, date]:
        """The days it was registered and decided, and its works' first and last."""
        rng, today = self.rng, self.today
        length = timedelta(days=rng.randint(40, 100))
        if stage == "settled":
            end = today - timedelta(days=rng.randint(12, 365 - length.days - 12))
            start = end - length
        elif stage == "inspect":
            end = today - timedelta(days=rng.randint(1, 3))
            start = end - length
        elif stage == "refund":
            end = today - timedelta(days=rng.randint(5, 9))
            start = end - length
        elif stage in ("working", "breach"):
            start = today - timedelta(days=rng.randint(10, 50))
            end = today + timedelta(days=rng.randint(5, 60))
        elif stage == "unpaid":
            start = today + timedelta(days=2)
            end = start + length
            return today - timedelta(days=3), today - timedelta(days=1), start, end
        elif stage == "registered":
            start = today + timedelta(days=rng.randint(7, 14))
            return today - timedelta(days=1), today, start, start + length
        else:  # rejected
            registered = today - timedelta(days=rng.randint(20, 200))
            start = registered + timedelta(days=10)
            return registered, registered + timedelta(days=2), start, start + length
        registered = start - timedelta(days=rng.randint(3, 10))
        return registered, registered + timedelta(days=rng.randint(1, 2)), start, end

    def renovation(self, w: _Works, index: int, damage: tuple | None) -> None:
        rng, at = self.rng, self.diary.at
        if w.stage in ("registered", "rejected"):
            w.works = ("bearing_wall",) if w.stage == "registered" else \
                rng.choice((("bearing_wall",), ("structure", "bearing_wall")))
        elif rng.random() < 0.2:
            w.works = (rng.choices(("waterproof", "structure", "facade"), (6, 2, 2))[0],)
        registered, decided, start, end = self.days(w.stage)
        scope = "；".join(FLAGGED[code][0] for code in w.works) or rng.choice(SCOPES)
        foreman = rng.choice(FOREMEN)
        company, foreman_phone, foreman_id = self.foremen[foreman]
        drawing = _png(rng) if w.works else b""

        def register() -> None:
            w.id = service.register(unit_id=w.unit_id, scope=scope, start_on=start, end_on=end,
                                    phone=w.phone, company=company, foreman=foreman,
                                    foreman_phone=foreman_phone, works=w.works).id
            if drawing:
                service.attach(w.id, "施工图纸.png", drawing)

        at(registered, 9 + index % 7, rng.randint(0, 59), register)
        if w.stage == "registered":
            return
        approve = w.stage != "rejected"
        note = REFUSED if not approve else "；".join(FLAGGED[code][1] for code in w.works)

        def decide() -> None:
            if w.works:  # a manager's approval
                with session.recording_as(self.manager):
                    service.decide(w.id, approve=approve, note=note)
            else:
                service.decide(w.id, approve=approve, note=note)

        at(decided, 10, 0, decide)
        if w.stage in ("rejected", "unpaid"):
            return
        method = rng.choices(*zip(*METHODS, strict=True))[0]

        def pay() -> None:
            r = service.renovation(w.id)
            amount = r.deposit_due + r.clearance_due
            deposits.take(renovation_id=w.id, deposit=r.deposit_due, clearance=r.clearance_due,
                          method=method,
                          tendered=-(-amount // 10_000) * 10_000 if method == "cash" else None)

        at(decided, 10, 20, pay)
        crew = [(foreman, "施工负责人", foreman_phone)] + [
            (rng.choice(SURNAMES) + rng.choice(GIVEN), rng.choice(TRADES), _mobile(rng))
            for _ in range(rng.randint(1, 3))]
        ids = [foreman_id] + [_id_number(rng) for _ in crew[1:]]

        def passes() -> None:
            for (name, trade, phone), id_number in zip(crew, ids, strict=True):
                w.workers.append(service.add_worker(w.id, name=name, id_number=id_number,
                                                    phone=phone, trade=trade).id)

        at(decided, 10, 40, passes)
        closes = w.stage in ("settled", "refund")
        final = end + timedelta(days=rng.randint(0, 2) if w.stage == "settled" else 1)
        self.clearance(w, index, start, end)
        self.inspections(w, start, end, final if closes else None)
        if not closes:
            return
        findings = PASSED if damage is None else f"验收合格；{damage[0]}，从押金中扣除"

        def accept() -> None:
            service.inspect(w.id, kind="final", passed=True, findings=findings,
                            inspector=INSPECTORS[0])
            for worker_id in w.workers:
                service.return_pass(worker_id)

        at(final, 10, 0, accept)
        if w.stage == "refund":
            return
        back = rng.choice(("bank", "wechat", "cash"))
        photo = _png(rng) if damage else b""

        def refund() -> None:
            if damage is None:
                deposits.refund(renovation_id=w.id, method=back)
                return
            with session.recording_as(self.manager):  # a deduction: the manager's to approve
                deposits.refund(renovation_id=w.id, deduction=damage[1], reason=damage[0],
                                files=[(damage[2], photo)], method=back)

        at(final + timedelta(days=rng.randint(1, 5)), 14, 30, refund)

    def clearance(self, w: _Works, index: int, start: date, end: date) -> None:
        """Clearance booked the day before, about once a week while the works last — today's
        and tomorrow's still booked — and carried out (now and then missed) on its day."""
        rng, today, at = self.rng, self.today, self.diary.at
        days, day = set(), start + timedelta(days=rng.randint(2, 5))
        while day <= min(end, today + timedelta(days=1)):
            days.add(day)
            day += timedelta(days=rng.randint(6, 10))
        if w.stage in ("working", "breach"):
            if index % 2 == 0:
                days.add(today)
            if index % 2 == 1 or w.stage == "breach":
                days.add(today + timedelta(days=1))
        for day in sorted(days):
            turn, bags = rng.randrange(len(self.slots)), rng.randint(4, 25)
            missed = rng.random() < 0.04

            def book(day: date = day, turn: int = turn, bags: int = bags) -> None:
                free = [slot for slot, left in service.free_slots(day) if left > 0]
                if free:  # a full day is given a miss: the foreman books another week
                    w.bookings[day] = service.book(w.id, day=day, slot=free[turn % len(free)],
                                                   bags=bags).id

            booked_on = min(day, today) - timedelta(days=1)
            at(booked_on, 16, rng.randint(0, 59), book)
            if day >= today:
                continue

            def done(day: date = day, bags: int = bags, missed: bool = missed) -> None:
                if day in w.bookings:
                    if missed:
                        service.finish(w.bookings[day], status="missed", bags=0,
                                       note="施工方未按时把垃圾运到清运点")
                    else:
                        service.finish(w.bookings[day], status="done",
                                       bags=max(1, bags + rng.randint(-3, 3)))

            at(day, 17, 0, done)

    def inspections(self, w: _Works, start: date, end: date, final: date | None) -> None:
        """The scheduled inspections up to yesterday, a violation found at one of them or on a
        neighbour's complaint (some works), put right by its deadline; the works marked
        'breach' have one found two days ago, due today."""
        rng, today, at = self.rng, self.today, self.diary.at
        planned = []
        day = start + timedelta(days=self.every)
        while day < end:
            planned.append(day)
            day += timedelta(days=self.every)
        found = deadline = None
        complaint = failing = None
        if w.stage == "breach":
            found, deadline = today - timedelta(days=2), today
            complaint = self.complaint(w, max(start, found - timedelta(days=30)),
                                       found - timedelta(days=1))
        elif rng.random() < 0.3:
            latest = min(end - timedelta(days=6), today - timedelta(days=5))
            complaint = self.complaint(w, start + timedelta(days=2), latest)
            if complaint:
                found = date.fromisoformat(complaint[3][:10]) + timedelta(days=1)
            else:
                chances = [day for day in planned if day <= latest]
                if chances:
                    found = failing = rng.choice(chances)
            if found:
                deadline = found + timedelta(days=rng.randint(2, 3))
        kind = FROM_COMPLAINT[complaint[4]] if complaint else rng.choice(tuple(BREACHES))
        text, finding, fixed = BREACHES[kind]
        inspector = rng.choice(INSPECTORS)

        def report(inspection_id: int, deadline: date = deadline) -> None:
            w.violation = service.add_violation(
                w.id, kind=kind, text=text, deadline=deadline, inspection_id=inspection_id,
                complaint_id=complaint[0] if complaint else None).id

        for day in planned:
            if day >= today or (final and day >= final):
                break
            passed = day != failing

            def routine(passed: bool = passed, note: str = rng.choice(ROUTINE)) -> None:
                done = service.inspect(w.id, kind="scheduled", passed=passed,
                                       findings=note if passed else finding,
                                       inspector=inspector)
                if not passed:
                    report(done.id)

            at(day, 14, 0, routine)
        if found and not failing:
            def spot() -> None:
                report(service.inspect(w.id, kind="spot", passed=False, findings=finding,
                                       inspector=inspector).id)

            at(found, 10, 30, spot)
        if found and w.stage != "breach":
            at(found + timedelta(days=rng.randint(1, (deadline - found).days)), 16, 0,
               lambda: service.fix_violation(w.violation, note=fixed))

    def complaint(self, w: _Works, first: date, last: date) -> tuple | None:
        """A neighbour's complaint about renovation or noise from the same building between
        `first` and `last`, not linked yet."""
        low, high = first.isoformat(), (last + timedelta(days=1)).isoformat()
        for row in self.complaints:
            if row[1] == w.building_id and row[2] != w.unit_id and low <= row[3] < high \
                    and row[0] not in self.linked:
                self.linked.add(row[0])
                return row
        return None
