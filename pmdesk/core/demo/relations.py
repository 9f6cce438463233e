"""Demo 联系单位 and 事件: the office's outside contacts (the 居委会 and 街道, the 派出所, the
utilities, four suppliers — the lift company's contract ending within the month — the owners'
committee, a newspaper, the 12345 hotline) with a year of contacts, two of them following up an
unemployed owner's arrears; and a year of incidents: planned outages every month or so, a few
emergencies (people trapped in a lift, a burst pipe, a fire alarm), each closed with its
情况说明 and the calls it caused — but tomorrow's planned water cut, announced and open."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from pmdesk.core import clock
from pmdesk.core.safety.db import db, ids_taken, insert
from pmdesk.core.service import relations

ORGANISATIONS = (  # name, kind, duties, phone, people (name, role, phone), contract months
    ("翠湖社区居委会", "government", "社区治理、困难家庭帮扶、矛盾调解", "0571-87010001",
     (("李秀英", "社区主任", "13705710001"), ("陈静", "社工", "13705710002")), None),
    ("西溪街道办事处", "government", "就业帮扶、低保、城市管理", "0571-87010100",
     (("王建国", "社会事务科科长", "13705710100"),), None),
    ("翠湖派出所", "government", "治安、消防协查、户籍", "0571-87010110",
     (("赵伟", "社区民警", "13705710110"),), None),
    ("杭州水务集团", "utility", "供水、计划停水通知", "96390", (), None),
    ("国网西湖供电所", "utility", "供电、计划停电通知", "95598", (), None),
    ("杭州天然气公司", "utility", "燃气、管道检修", "96777", (), None),
    ("奥达电梯维保有限公司", "supplier", "电梯维保、困人救援（30分钟到场）", "0571-88886601",
     (("孙立", "项目经理", "13805710601"), ("维保值班", "24小时", "13805710602")), 12),
    ("洁美保洁服务有限公司", "supplier", "公共区域保洁、垃圾清运", "0571-88886602",
     (("周红", "驻场主管", "13805710603"),), 24),
    ("绿源园林绿化工程有限公司", "supplier", "绿化养护、修剪、病虫害防治", "0571-88886603",
     (("吴刚", "养护队长", "13805710604"),), 36),
    ("安达门禁科技有限公司", "supplier", "单元门禁、监控维护", "0571-88886604",
     (("郑磊", "技术员", "13805710605"),), 18),
    ("翠湖苑业主委员会", "committee", "监督物业服务、审议维修资金使用", "",
     (("张德明", "业委会主任", "13905710001"),), None),
    ("都市快报", "media", "民生热线", "96068", (), None),
    ("12345市民服务热线", "other", "转办住户投诉、督办回复", "12345", (), None),
)
SUPPLIED = {"电梯": "奥达电梯维保有限公司", "单元门": "安达门禁科技有限公司"}
CONTACTS = (  # organisation, channel, person, what was agreed, next step
    ("翠湖社区居委会", "meeting", "李秀英",
     "月度联席会：通报本月投诉报修和收费情况，商定重阳节敬老活动", "报送敬老活动方案"),
    ("奥达电梯维保有限公司", "meeting", "孙立",
     "季度维保例会：3栋两台电梯门机老化，报更换方案和报价", "收到报价后报业委会"),
    ("翠湖苑业主委员会", "meeting", "张德明", "通报电梯门机更换方案，业委会同意使用维修资金",
     "签订更换合同"),
    ("翠湖派出所", "visit", "赵伟", "协查小区电动车充电安全，约定联合开展消防宣传",
     "安排消防宣传日"),
    ("杭州水务集团", "phone", "", "确认二次供水水箱清洗的停水时间和范围", ""),
    ("洁美保洁服务有限公司", "meeting", "周红", "垃圾分类桶站增加晚间清运一次", ""),
    ("12345市民服务热线", "letter", "", "转办：住户反映地下车库积水，已处理并回复", ""),
    ("都市快报", "phone", "", "记者询问电梯困人事件，按统一口径说明处理经过", ""),
)
UNEMPLOYED_HELP = (  # the seed's first case: the 居委会 and 街道 help an unemployed owner
    ("翠湖社区居委会", "visit", "陈静", "与社工一同走访{room}业主，登记求职意向，推荐社区公益岗位",
     "跟进公益岗位面试"),
    ("西溪街道办事处", "phone", "王建国", "为{room}业主报名街道再就业技能培训，下月开班",
     "确认培训开班日期"),
)
PLANNED = (  # kind, title words, cause, advice, months ago, start hour, hours
    ("water", "二次供水水箱清洗",
     "请提前储水，停水期间关好水龙头；来水初期水质可能浑浊，请放水片刻后使用。", 11, 9, 8),
    ("power", "供电线路检修", "请提前关闭电脑等电器，停电期间电梯暂停运行，请走楼梯。", 9, 8, 6),
    ("lift", "电梯年度检验", "检验期间请使用同单元另一台电梯或楼梯。", 8, 9, 4),
    ("water", "市政供水管网改造", "请提前储水。", 6, 22, 8),
    ("gas", "燃气管道检修", "请关闭燃气阀门，恢复供气后请勿自行点火，等待燃气公司上门。", 5, 9, 5),
    ("power", "变压器增容", "请提前关闭电器；冰箱请少开门。", 3, 8, 8),
    ("water", "消防水池检修", "请提前储水。", 1, 9, 6),
)
EMERGENCIES = (  # kind, title, cause, happened, done, prevention, months ago
    ("lift", "电梯困人", "门机控制板故障",
     "电梯运行中停在两层之间，轿厢内两名住户被困约25分钟，无人受伤。",
     "值班人员安抚被困住户并通知维保公司，维保人员22分钟到场救出被困人员，更换门机控制板后恢复运行。",
     "维保公司对同批次电梯门机控制板全部检查更换，本单元电梯保养由每月一次改为每半月一次。", 10),
    ("pipe", "供水管道爆裂", "三楼管井内供水立管接头老化爆裂",
     "夜间管井内供水立管爆裂，楼道和电梯井进水，本单元停水约7小时。",
     "关闭总阀，抽排积水，更换接头和一段立管，电梯检查确认安全后恢复运行，逐户查看是否渗水。",
     "对全小区同年代立管接头逐一排查，年内分批更换；管井加装漏水报警器。", 7),
    ("safety", "火灾报警", "住户厨房油锅起火",
     "住户做饭时油锅起火，烟感报警，火势被住户自行扑灭，无人受伤。",
     "秩序维护人员3分钟到场，协助排烟、检查消防设施，复位报警系统。",
     "联合派出所开展厨房用火安全宣传，楼道张贴灭火毯使用方法。", 4),
    ("lift", "电梯困人", "外部停电后电梯未平层",
     "短时停电后电梯停在楼层之间，一名老人被困约15分钟。",
     "维保人员15分钟到场手动平层救出，老人身体无恙，工作人员送其回家。",
     "为电梯加装停电自动平层装置，已列入明年维修计划。", 2),
)


def directory(rng: random.Random) -> dict[str, tuple[int, str]]:
    """The organisations and their people; returns where suppliers are sent repairs: a
    location (电梯, 单元门) → (organisation id, name)."""
    today = clock.today()
    ids = {}
    for name, kind, duties, phone, people, months in ORGANISATIONS:
        start = end = None
        if months:
            end = today + timedelta(days=20) if "电梯" in name else \
                today + timedelta(days=rng.randint(90, 500))
            start = end - timedelta(days=30 * months)
        ids[name] = relations.save_organisation(name=name, kind=kind, duties=duties,
                                                phone=phone, contract_start=start,
                                                contract_end=end)
        for person, role, mobile in people:
            relations.save_person(org_id=ids[name], name=person, role=role, phone=mobile)
    return {where: (ids[name], name) for where, name in SUPPLIED.items()}


def contacts(rng: random.Random) -> int:
    """A year of contacts, the newest with a next step this week; two that followed up an
    unemployed owner's collection case."""
    today = clock.today()
    orgs = {org.name: org.id for org in relations.organisations()}
    made = 0
    for n, (org, channel, person, summary, step) in enumerate(CONTACTS):
        on = today - timedelta(days=330 - n * 45 + rng.randint(0, 10))
        on = min(on, today)
        next_date = on + timedelta(days=rng.randint(7, 20)) if step else None
        relations.log_contact(org_id=orgs[org], channel=channel, person=person,
                              summary=summary, next_step=step, next_date=next_date, on_date=on)
        made += 1
        if next_date and next_date < today:  # done on its day: the follow-up closes it
            relations.log_contact(org_id=orgs[org], channel="phone", person=person,
                                  summary=f"已{step}", on_date=next_date)
            made += 1
    unemployed = db.execute_sql("SELECT c.unit_id, u.code FROM collection_case c JOIN unit u "
                                "ON u.id = c.unit_id WHERE c.reason = 'unemployed' "
                                "ORDER BY c.unit_id LIMIT 1").fetchone()
    if unemployed:
        for n, (org, channel, person, summary, step) in enumerate(UNEMPLOYED_HELP):
            on = today - timedelta(days=20 - 12 * n)
            relations.log_contact(org_id=orgs[org], channel=channel, person=person,
                                  summary=summary.format(room=unemployed[1]), next_step=step,
                                  next_date=today + timedelta(days=2 + 5 * n), on_date=on,
                                  unit_id=unemployed[0])
            made += 1
    return made


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _places(rng: random.Random) -> list[tuple[int, str]]:
    """A building, or one stairwell of it."""
    building_id, stairwell = rng.choice(db.execute_sql(
        "SELECT DISTINCT building_id, stairwell FROM unit").fetchall())
    return [(building_id, "" if rng.random() < 0.5 else stairwell)]


def _area_text(places: list[tuple[int, str]]) -> str:
    building_id, stairwell = places[0]
    code = db.execute_sql("SELECT code FROM building WHERE id = ?", (building_id,)).fetchone()[0]
    return f"{code}栋" + (f"{stairwell}单元" if stairwell else "")


def _write(number: int, year: int, kind: str, planned: bool, title: str, start: datetime,
           end: datetime, places: list, texts: dict[str, str], org_id: int | None,
           closed: bool, ended: datetime | None = None) -> int:
    incident_id = insert(
        "INSERT INTO incident (number, year, seq, kind, planned, title, starts_at, ends_at, "
        "cause, advice, script, handler, org_id, status, ended_at, happened, done, prevention, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)",
        (f"SJ{year}-{number:03d}", year, number, kind, int(planned), title, _stamp(start),
         _stamp(end), texts.get("cause", ""), texts.get("advice", ""), texts.get("script", ""),
         texts.get("handler", ""), org_id, "closed" if closed else "open",
         _stamp(ended) if ended else None, texts.get("happened", ""), texts.get("done", ""),
         texts.get("prevention", ""), _stamp(start), _stamp(ended or start)))
    db.cursor().executemany("INSERT INTO incident_area (incident_id, building_id, stairwell) "
                            "VALUES (?, ?, ?)", [(incident_id, b, s) for b, s in places])
    return incident_id


def _timeline(incident_id: int, rows: list[tuple[str, datetime, str, int | None]]) -> None:
    db.cursor().executemany(
        "INSERT INTO incident_update (incident_id, kind, at, done_by, text, unit_id) "
        "VALUES (?, ?, ?, '前台', ?, ?)",
        [(incident_id, kind, _stamp(at), text, unit_id) for kind, at, text, unit_id in rows])


_IN = ("SELECT u.id FROM unit u JOIN incident_area a ON a.building_id = u.building_id "
       "AND (a.stairwell = '' OR a.stairwell = u.stairwell) WHERE a.incident_id = ?")


def _calls(rng: random.Random, incident_id: int, at: datetime) -> list[tuple]:
    """The elderly and disabled households told at their door or by phone."""
    helped = db.execute_sql(
        f"SELECT DISTINCT ut.unit_id FROM unit_tag ut JOIN tag t ON t.id = ut.tag_id "
        f"WHERE t.name IN ('老人户', '独居老人', '残疾人') AND ut.unit_id IN ({_IN})",
        (incident_id,)).fetchall()
    return [("call", at + timedelta(minutes=5 * n), rng.choice(("已电话告知", "已上门告知")),
             unit_id) for n, (unit_id,) in enumerate(helped[:12])]


def _link_complaints(incident_id: int, start: datetime, end: datetime) -> None:
    """The facility complaints from the place in the hours it lasted came from it."""
    db.execute_sql(
        f"UPDATE complaint SET incident_id = ? WHERE id IN (SELECT id FROM complaint "
        f"WHERE category = 'facility' AND received_at BETWEEN ? AND ? AND unit_id IN ({_IN}) "
        f"LIMIT 3)", (incident_id, _stamp(start), _stamp(end + timedelta(hours=12)),
                      incident_id))


def incidents(rng: random.Random, suppliers: dict[str, tuple[int, str]]) -> int:
    """A year of planned outages and emergencies, all closed but tomorrow's water cut."""
    now = clock.now().replace(second=0, microsecond=0)
    lift_company = suppliers["电梯"][0]
    made = []
    for kind, what, advice, months, hour, hours in PLANNED:
        day = (now - timedelta(days=30 * months + rng.randint(0, 10))).date()
        made.append((datetime.combine(day, datetime.min.time()).replace(hour=hour), "planned",
                     (kind, what, advice, hours)))
    for emergency in EMERGENCIES:
        moment = now - timedelta(days=30 * emergency[-1] + rng.randint(0, 10),
                                 hours=rng.randint(0, 12))
        made.append((moment.replace(minute=rng.choice((5, 20, 35, 50))), "emergency",
                     emergency))
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    made.append((tomorrow.replace(hour=9), "tomorrow", PLANNED[0][:4]))
    seq: dict[int, int] = {}
    for start, which, details in sorted(made, key=lambda m: m[0]):
        seq[start.year] = seq.get(start.year, 0) + 1
        places = _places(rng)
        area = _area_text(places)
        if which == "emergency":
            kind, title, cause, happened, done, prevention, _ = details
            end = start + timedelta(hours=rng.randint(2, 8))
            texts = {"cause": cause, "happened": happened, "done": done,
                     "prevention": prevention, "handler": "工程部 刘建华",
                     "script": f"{area}{title}，工作人员和维保人员已在现场处理，预计"
                               f"{end:%H:%M}前恢复，给您带来不便请谅解。",
                     "advice": "请勿靠近现场，听从工作人员指引。"}
            incident_id = _write(seq[start.year], start.year, kind, False, f"{area}{title}",
                                 start, end, places, texts,
                                 lift_company if kind == "lift" else None, True, end)
            rows = [("report", start, f"{area}{title}，{cause}", None),
                    ("update", start + timedelta(minutes=25), "人员已到场处理", None),
                    *_calls(rng, incident_id, start + timedelta(minutes=30)),
                    ("close", end, done, None)]
        else:
            kind, what, advice, hours = details
            end = start + timedelta(hours=hours)
            words = {"water": "停水", "power": "停电", "gas": "停气", "lift": "电梯停用"}[kind]
            texts = {"cause": what, "advice": advice, "handler": "客服主管 陈丽",
                     "script": f"因{what}，{area}{start.month}月{start.day}日{start:%H:%M}至"
                               f"{end:%H:%M}{words}，{advice}"}
            closed = which == "planned"
            if closed:
                texts |= {"happened": f"按计划{what}，{area}{words}。",
                          "done": f"{end:%H:%M}按时恢复，期间未接到异常报告。",
                          "prevention": "提前三天张贴通知，老人户逐户电话告知。"}
            incident_id = _write(seq[start.year], start.year, kind, True,
                                 f"{area}计划{words}" if kind != "lift" else f"{area}{what}",
                                 start, end, places, texts,
                                 lift_company if kind == "lift" else None, closed,
                                 end if closed else None)
            notice = start - timedelta(days=3)
            rows = [("report", min(notice, now), f"{what}，已张贴通知", None),
                    *_calls(rng, incident_id, min(notice, now) + timedelta(hours=2))]
            if closed:
                rows.append(("close", end, texts["done"], None))
        _timeline(incident_id, rows)
        if which == "emergency":
            _link_complaints(incident_id, start, end)
    ids_taken("incident")
    return len(made)
