"""检查数据库: the physical file, its references, the money and the audit chain, in one report.

A backup is taken first (`before-check`), as Anki does before its Check Database. The physical
checks run on a read-only connection of their own; the money invariants (docs reliability §3.4)
and the audit chain read through the app's connection. Nothing is repaired: the report says
what is wrong and the clerk restores a backup or calls for help.

On a server (the 网络版) the physical checks are the server's: the schema's tables and triggers
present and enabled, and amcheck over every index where the office's IT person installed it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pmdesk.core.money.payments import money_problems
from pmdesk.core.safety import audit, journal, pg_schema, server
from pmdesk.core.safety import db as dbmod
from pmdesk.core.safety.backup import auto_backup, manifests
from pmdesk.core.safety.location import backup_dir

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
    path: Path | str  # the file, or the server (user@host:port/database)
    problems: dict[str, list[str]]  # section → problems found; every section is present
    backup: Path | None

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def lines(self) -> list[str]:
        return [line for section in SECTIONS for line in self.problems[section]]


def file_problems(path: Path | str) -> dict[str, list[str]]:
    """The checks that need only the file: SQLite's integrity_check, foreign_key_check, the
    schema's tables and triggers, and money columns holding anything but integers (a file
    edited by another tool)."""
    path = Path(path)
    problems: dict[str, list[str]] = {section: [] for section in SECTIONS}
    conn = sqlite3.connect(dbmod._ro_uri(path), uri=True, timeout=dbmod.BUSY_TIMEOUT_S)
    try:
        found = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        problems["structure"] = [] if found == ["ok"] else found
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        missing = dbmod.missing_parts(conn, version)
        problems["structure"] += [f"table {name} missing" for name in missing["table"]]
        problems["audit"] += [f"trigger {name} missing: removed by another tool, the rows it "
                              f"kept from change are unprotected" for name in missing["trigger"]]
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


def server_problems() -> dict[str, list[str]]:
    """The checks of a database on a server: every table and trigger of the schema present,
    no trigger disabled (ALTER TABLE … DISABLE TRIGGER lifts the append-only rule), and
    amcheck's verdict on every B-tree index when the extension is installed."""
    problems: dict[str, list[str]] = {section: [] for section in SECTIONS}
    run = dbmod.db.execute_sql
    present = {name for (name,) in run("SELECT tablename FROM pg_tables "
                                       "WHERE schemaname = current_schema()")}
    problems["structure"] += [f"table {name} missing"
                              for name in sorted(pg_schema.tables() - present)]
    enabled = dict(run("SELECT t.tgname, t.tgenabled <> 'D' FROM pg_trigger t "
                       "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
                       "AND c.relnamespace = to_regnamespace(current_schema())").fetchall())
    for name in sorted(pg_schema.triggers()):
        if enabled.get(name, False):
            continue
        state = "disabled" if name in enabled else "missing"
        if name.endswith("_announce"):
            problems["structure"].append(f"trigger {name} {state}: the other desks are not "
                                         f"told when {name.removesuffix('_announce')} changes")
        else:
            problems["audit"].append(f"trigger {name} {state}: changed by another tool, the "
                                     f"rows it kept from change are unprotected")
    if run("SELECT count(*) FROM pg_extension WHERE extname = 'amcheck'").fetchone()[0]:
        for index, in run("SELECT c.relname FROM pg_index i JOIN pg_class c "
                          "ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                          "WHERE a.amname = 'btree' AND c.relnamespace = "
                          "to_regnamespace(current_schema())").fetchall():
            try:
                with dbmod.db.atomic():
                    run("SELECT bt_index_check(to_regclass(?), true)", (index,))
            except Exception as exc:  # noqa: BLE001 - amcheck's finding is the report
                detail = server.server_failure(exc).params["detail"]
                problems["structure"].append(f"index {index}: {detail}")
    return problems


def check_database(path: Path | str, *, backup_first: bool = True,
                   keep: tuple[int, int, int] = (12, 10, 9)) -> CheckReport:
    """Check the database at `path`, which `db` must be bound to (the money and audit sections
    read through it), against itself and against what was recorded outside it: the receipt
    journal and the backups' manifests. On a server: its own checks, the money and the chain
    (a server keeps no receipt journal or manifests beside it)."""
    if server.is_server(path):
        problems = server_problems()
        problems["money"] += money_problems() + receipt_problems([])
        problems["audit"] += audit.chain_problems()
        return CheckReport(server.display_name(str(path)), problems, None)
    path = Path(path)
    dbmod.probe(path, check=False)
    made = auto_backup(path, label="before-check", force=True, keep=keep) if backup_first \
        else None
    problems = file_problems(path)
    if not problems["structure"]:
        lines = journal.entries(path, days=None)
        problems["money"] += money_problems() + receipt_problems(lines)
        problems["audit"] += (audit.chain_problems() + anchor_problems(path, lines)
                              + payment_record_problems(lines))
    return CheckReport(path, problems, made)


def receipt_problems(lines: list[dict]) -> list[str]:
    """Every receipt number that should be in the database and is not: issued (the journal saw
    it) and lost since — a power cut, a damaged disk, a restore — or missing from the sequence
    with no trace at all. Numbers are gapless unless a loss made the gap (issue 14.4)."""
    held = {number: seq for number, seq in dbmod.db.execute_sql(
        "SELECT receipt_no, seq FROM payment")}
    voided = {r for (r,) in dbmod.db.execute_sql(
        "SELECT p.receipt_no FROM payment_void v JOIN payment p ON p.id = v.payment_id")}
    journaled = {e.get("receipt_no", "") for e in lines if e.get("kind") == "payment"}
    problems = [f"receipt {number}: in the receipt journal, not in the database (lost: power "
                f"cut, damaged disk or a restore; see the stub)"
                for number in sorted(journaled - set(held))]
    problems += [f"receipt {e.get('receipt_no')}: voided in the receipt journal, not in the "
                 f"database" for e in lines if e.get("kind") == "void"
                 and e.get("receipt_no") in held and e.get("receipt_no") not in voided]
    by_year: dict[str, set[int]] = {}
    for number, seq in held.items():
        by_year.setdefault(number[:4], set()).add(seq)
    for year, seqs in sorted(by_year.items()):
        for seq in range(1, max(seqs)):
            number = f"{year}-{seq:06d}"
            if seq not in seqs and number not in journaled:
                problems.append(f"receipt {number}: missing from the sequence, and not in the "
                                f"receipt journal")
    return problems


def anchor_problems(path: Path, lines: list[dict]) -> list[str]:
    """The audit chain against its heads recorded outside the database — in every journal line
    and backup manifest since the last restore (a restore takes the trail back to the
    backup's). Rows removed from the end, or a trail rewritten with its hashes recomputed, no
    longer match (issue 14.8)."""
    last = max((n for n, e in enumerate(lines) if e.get("kind") == "restore"), default=None)
    restored = "" if last is None else lines[last].get("at", "")
    anchors = [(f"receipt journal {e.get('at')}", *e["chain"]) for e in lines[last or 0:]
               if journal.is_anchor(e.get("chain"))]
    ours = journal.name_of(path)
    for backup, manifest in manifests(backup_dir(path)):
        if journal.belongs(manifest, ours) and manifest.get("at", "") > restored \
                and journal.is_anchor(manifest.get("chain")):
            anchors.append((f"backup {backup.name}", *manifest["chain"]))
    hashes = dict(dbmod.db.execute_sql("SELECT id, hash FROM audit_log"))
    newest = max(hashes, default=0)
    problems, missing = [], 0
    for where, row_id, digest in anchors:
        if row_id == 0:
            continue
        if row_id not in hashes:
            missing = max(missing, row_id)
        elif hashes[row_id] != digest:
            problems.append(f"audit: row {row_id} is not the row recorded in {where} "
                            f"(the trail was rewritten)")
    if missing > newest:
        rows = f"row {missing}" if missing == newest + 1 else f"rows {newest + 1}–{missing}"
        problems.insert(0, f"audit: {rows} missing from the end of the trail (recorded in the "
                           f"receipt journal or a backup manifest; lost or removed)")
    return problems[:20]


PAYMENT_FIELDS = ("receipt_no", "room", "amount", "method", "payer", "paid_on")


def payment_record_problems(lines: list[dict]) -> list[str]:
    """Each payment row against its audit entry (receipt number, room, amount, method, payer,
    date — what the chain hashes) and against its journal line (room, amount, method): a row
    edited behind the app's back no longer matches (issue 14.8)."""
    rows = {row[0]: dict(zip(PAYMENT_FIELDS, row[1:], strict=True)) for row in
            dbmod.db.execute_sql("SELECT p.id, p.receipt_no, u.code, p.amount, p.method, "
                                 "p.payer, p.paid_on FROM payment p "
                                 "JOIN unit u ON u.id = p.unit_id")}
    problems = []
    for entity_id, detail in dbmod.db.execute_sql(
            "SELECT entity_id, detail FROM audit_log WHERE action = 'payment.create'"):
        recorded = json.loads(detail)
        row = rows.get(entity_id)
        if row is None:
            problems.append(f"receipt {recorded.get('receipt_no')}: in the audit trail, not "
                            f"in the database")
            continue
        changed = [field for field in PAYMENT_FIELDS
                   if field in recorded and recorded[field] != row[field]]
        if changed:
            problems.append(f"receipt {row['receipt_no']}: {', '.join(changed)} differ from "
                            f"the audit trail")
    by_number = {row["receipt_no"]: row for row in rows.values()}
    for entry in lines:
        row = by_number.get(entry.get("receipt_no"))
        if entry.get("kind") == "payment" and row is not None:
            changed = [field for field in ("room", "amount", "method")
                       if field in entry and entry[field] != row[field]]
            if changed:
                problems.append(f"receipt {row['receipt_no']}: {', '.join(changed)} differ "
                                f"from the receipt journal")
    return problems
