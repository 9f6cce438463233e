"""A 20,000-row roster as offices keep them (title row, phones as numbers, dates as dates), and
the time to read, check and import it into an empty database."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from pathlib import Path


def write_roster(path: Path, rows: int, seed: int = 3) -> None:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("业主名册")
    sheet.append(["阳光花园业主名册"])
    sheet.append(["序号", "楼号", "单元", "房号", "姓名", "电话", "面积", "入住日期", "车位",
                  "备注"])
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    start = datetime(2018, 1, 1)
    number = 0
    for building in range(1, 200):
        for stairwell in (1, 2):
            for floor in range(1, 34):
                for index in (1, 2):
                    if number == rows:
                        break
                    number += 1
                    sheet.append([
                        number, building, stairwell, f"{floor}{index:02d}",
                        rng.choice(surnames) + rng.choice(given) + rng.choice(given),
                        13800000000 + number, round(rng.uniform(60, 160), 2),
                        start + timedelta(days=rng.randint(0, 1500)), "", ""])
    book.save(path)


def measure(folder: Path, rows: int = 20_000) -> dict[str, float]:
    from pmdesk.core.register.importer import import_roster, read_roster
    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    folder.mkdir(parents=True, exist_ok=True)
    roster = folder / "roster.xlsx"
    if not roster.exists():
        write_roster(roster, rows)
    database = folder / "import.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    open_db(database)
    started = time.perf_counter()
    plan = read_roster(roster)
    read = time.perf_counter() - started
    imported, _ = import_roster(plan)
    total = time.perf_counter() - started
    close_db()
    assert imported == rows, (imported, [(r.sheet_row, r.reason) for r in plan.rejected[:3]])
    return {"read and check": read, "read, check and import": total}
