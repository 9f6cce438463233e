"""检查数据库 against what was recorded outside the database (issue 14.4, 14.8): someone with a
database tool and the triggers dropped can change rows and even recompute the audit chain, but
not the receipt journal and the backups' manifests written at the time."""

from __future__ import annotations

import pytest

from pmdesk.actions.safety import restore
from pmdesk.core.checkup import anchor_problems, check_database
from pmdesk.core.money import fees, payments
from pmdesk.core.safety import audit, backup, chain
from pmdesk.core.safety.db import db
from tests.core.test_fees import _unit


@pytest.fixture
def desk(db_path):
    """Three receipts taken at the desk (journaled), a backup with its manifest."""
    units = [_unit(f"1-1-{n}01", 9000) for n in (1, 2, 3)]
    fees.add_fee_item(name="物业服务费", basis="fixed", rate="100")
    fees.run_billing("2026-10")
    backup.backup_to(db_path)
    receipts = [payments.pay(unit_id=unit, amount=5000, payer=f"业主{n}").receipt_no
                for n, unit in enumerate(units)]
    assert check_database(db_path, backup_first=False).ok
    return db_path, receipts


def _without_triggers() -> None:
    for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                  ).fetchall():
        db.execute_sql(f'DROP TRIGGER "{name}"')


def _problems(path) -> str:
    report = check_database(path, backup_first=False)
    assert not report.ok
    return "\n".join(report.lines())


def test_the_newest_audit_rows_deleted(desk):
    path, _ = desk
    _without_triggers()
    newest = db.execute_sql("SELECT max(id) FROM audit_log").fetchone()[0]
    db.execute_sql("DELETE FROM audit_log WHERE id > ?", (newest - 2,))
    assert audit.chain_problems() == []  # the chain itself still holds together
    assert f"rows {newest - 1}–{newest} missing from the end of the trail" in _problems(path)


def test_a_row_edited_and_the_chain_recomputed(desk):
    path, _ = desk
    _without_triggers()
    first_payment = db.execute_sql("SELECT min(id) FROM audit_log WHERE action = "
                                   "'payment.create'").fetchone()[0]
    db.execute_sql("UPDATE audit_log SET detail = replace(detail, '5000', '500') WHERE id = ?",
                   (first_payment,))
    _recompute_chain()
    assert audit.chain_problems() == []  # plain SHA-256: the forger can do this
    assert "the trail was rewritten" in _problems(path)


def test_a_receipt_erased_with_its_allocations_credit_and_audit_row(desk):
    path, receipts = desk
    _without_triggers()
    payment_id = payments.receipt_id(receipts[1])
    for table in ("allocation", "credit_entry"):
        db.execute_sql(f"DELETE FROM {table} WHERE payment_id = ?", (payment_id,))
    db.execute_sql("UPDATE bill SET paid = 0 WHERE unit_id = 2")
    db.execute_sql("DELETE FROM audit_log WHERE entity = 'payment' AND entity_id = ?",
                   (payment_id,))
    db.execute_sql("DELETE FROM payment WHERE id = ?", (payment_id,))
    assert f"receipt {receipts[1]}: in the receipt journal, not in the database" \
        in _problems(path)


@pytest.mark.parametrize(("column", "value"), [("payer", "别人"), ("method", "wechat")])
def test_a_payments_payer_or_method_edited(desk, column, value):
    path, receipts = desk
    _without_triggers()
    db.execute_sql(f"UPDATE payment SET {column} = ? WHERE receipt_no = ?",
                   (value, receipts[0]))
    assert f"receipt {receipts[0]}: {column} differ from the audit trail" in _problems(path)


def test_a_restore_starts_the_anchors_again(desk, tmp_path):
    """After a restore the trail is the backup's: the heads recorded before it belong to the
    history it replaced; only the receipts paid since the backup are named (lost)."""
    path, receipts = desk
    [saved] = [p for p in (path.parent / "backups").glob("backup-*.db")]
    restore(backup=saved, db_path=path)
    lines = check_database(path, backup_first=False).lines()
    assert sorted(lines) == sorted(
        f"receipt {number}: in the receipt journal, not in the database (lost: power cut, "
        f"damaged disk or a restore; see the stub)" for number in receipts)


def _recompute_chain() -> None:
    previous = chain.GENESIS
    for row in db.execute_sql("SELECT id, at, actor, role, action, entity, entity_id, detail "
                              "FROM audit_log ORDER BY id").fetchall():
        digest = chain.chain_hash(previous, *row)
        db.execute_sql("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                       (previous, digest, row[0]))
        previous = digest


def test_the_first_row_rewritten_does_not_disown_the_anchors(desk):
    """Review of issue 14: lines once named their database by the first audit row's hash, so
    a rewrite starting at row 1 made every anchor somebody else's and passed the check."""
    path, _ = desk
    _without_triggers()
    db.execute_sql("UPDATE audit_log SET actor = '别人' WHERE id = 1")
    _recompute_chain()
    assert audit.chain_problems() == []
    assert "the trail was rewritten" in _problems(path)


def test_every_journal_line_is_an_anchor_not_only_the_last(desk):
    path, _ = desk
    rows = db.execute_sql("SELECT id, hash FROM audit_log ORDER BY id").fetchall()
    lines = [{"at": "2026-11-20T09:00:00", "kind": "payment", "chain": [rows[1][0], "0" * 64]},
             {"at": "2026-11-25T10:00:00", "kind": "payment", "chain": list(rows[-1])}]
    assert anchor_problems(path, lines) == [
        f"audit: row {rows[1][0]} is not the row recorded in receipt journal "
        f"2026-11-20T09:00:00 (the trail was rewritten)"]


def test_a_practice_copy_beside_the_database_keeps_its_own_journal(desk):
    """A copy of office.db kept beside it (practice.db) shares its history; the receipts taken
    in the copy must not be reported lost from the office's database."""
    import shutil

    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    path, _ = desk
    close_db()
    practice = path.with_name("practice.db")
    shutil.copy(path, practice)
    open_db(practice)
    payments.pay(unit_id=1, amount=100, payer="练习")
    assert check_database(practice, backup_first=False).ok
    close_db()
    open_db(path)
    assert check_database(path, backup_first=False).ok
