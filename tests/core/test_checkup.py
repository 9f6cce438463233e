"""检查数据库 against what was recorded outside the database (issue 14.4, 14.8): someone with a
database tool and the triggers dropped can change rows and even recompute the audit chain, but
not the receipt journal and the backups' manifests written at the time."""

from __future__ import annotations

import pytest

from pmdesk.actions.safety import restore
from pmdesk.core.money import fees, payments
from pmdesk.core.safety import audit, backup, chain
from pmdesk.core.safety.checkup import check_database
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
    previous = chain.GENESIS
    for row in db.execute_sql("SELECT id, at, actor, role, action, entity, entity_id, detail "
                              "FROM audit_log ORDER BY id").fetchall():
        digest = chain.chain_hash(previous, *row)
        db.execute_sql("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?",
                       (previous, digest, row[0]))
        previous = digest
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
