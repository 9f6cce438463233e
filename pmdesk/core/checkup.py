"""检查数据库: the physical file, its references, the money and the audit chain, in one report.

A backup is taken first (`before-check`), as Anki does before its Check Database. The physical
checks run on a read-only connection of their own; the money invariants (docs reliability §3.4)
and the audit chain read through the app's connection. Nothing is repaired: the report says
what is wrong and the clerk restores a backup or calls for help.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pmdesk.core import db as dbmod

SECTIONS = ("structure", "references", "money", "audit")

# Columns holding fen or 0.01 m²: checked beyond what STRICT guarantees, for files written by
# other tools.
MONEY_COLUMNS: list[tuple[str, str]] = [
    ("unit", "area"), ("unit", "inner_area"), ("fee_item", "rate"),
    ("bill", "quantity"), ("bill", "rate"), ("bill", "full_amount"), ("bill", "amount"),
    ("bill", "paid"), ("bill", "reduced"), ("payment", "amount"), ("payment", "tendered"),
    ("allocation", "amount"), ("reduction", "amount"), ("credit_entry", "amount"),
    ("credit", "balance"),
]


@dataclass(frozen=True)
class CheckReport:
    path: Path
    problems: dict[str, list[str]]  # section → problems found; every section is present
    backup: Path | None

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def lines(self) -> list[str]:
        return [line for section in SECTIONS for line in self.problems[section]]


def file_problems(path: Path | str) -> dict[str, list[str]]:
    """The checks that need only the file: SQLite's integrity_check, foreign_key_check, and
    money columns holding anything but integers (a file edited by another tool)."""
    path = Path(path)
    problems: dict[str, list[str]] = {section: [] for section in SECTIONS}
    conn = sqlite3.connect(dbmod._ro_uri(path), uri=True, timeout=dbmod.BUSY_TIMEOUT_S)
    try:
        found = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        problems["structure"] = [] if found == ["ok"] else found
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems["references"].append(f"{table} row {rowid} -> {parent}")
        for table, column in MONEY_COLUMNS:
            bad = conn.execute(f'SELECT count(*) FROM "{table}" WHERE typeof("{column}") '
                               "NOT IN ('integer', 'null')").fetchone()[0]
            if bad:
                problems["money"].append(f"{table}.{column}: {bad} non-integer values")
    except sqlite3.Error as exc:
        raise dbmod.sqlite_failure(exc, path) from exc
    finally:
        conn.close()
    return problems


def check_database(path: Path | str, *, backup_first: bool = True,
                   keep: tuple[int, int, int] = (12, 10, 9)) -> CheckReport:
    """Check the database at `path`, which `db` must be bound to (the money and audit sections
    read through it)."""
    from pmdesk.core import audit
    from pmdesk.core.backup import auto_backup
    from pmdesk.core.payments import money_problems

    path = Path(path)
    dbmod.probe(path, check=False)
    made = auto_backup(path, label="before-check", force=True, keep=keep) if backup_first \
        else None
    problems = file_problems(path)
    if not problems["structure"]:
        problems["money"] += money_problems()
        problems["audit"] = audit.chain_problems()
    return CheckReport(path, problems, made)
