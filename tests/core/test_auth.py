"""Accounts, roles enforced in the core (catalogue D4, D5), the hash-chained audit trail (D6)."""

from __future__ import annotations

import pytest

from pmdesk.actions.exporting import export
from pmdesk.actions.safety import restore
from pmdesk.core import clock
from pmdesk.core.checkup import check_database
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.money import fees, payments
from pmdesk.core.register import residents
from pmdesk.core.safety import audit, auth, backup, chain, session
from pmdesk.core.safety.db import db
from pmdesk.error_messages import PERMISSIONS, describe
from tests.core.test_fees import _unit

pytestmark = pytest.mark.both_engines  # and on a PostgreSQL server (the 网络版)


@pytest.fixture(autouse=True)
def signed_out(signed_in_manager):
    """These tests start with nobody signed in."""
    session.act_as(None)


@pytest.fixture
def paid(staff):
    """A household with a month billed and paid, by the manager (items are theirs to add)."""
    session.act_as(staff[0])
    unit_id = _unit("3-2-501", 8950)
    fees.add_fee_item(name="物业服务费", basis="area", rate="2.35")
    fees.run_billing("2026-01")
    fees.run_billing("2026-02")
    result = payments.pay(unit_id=unit_id, amount=21033)
    session.act_as(None)
    return unit_id, result.receipt_no


def test_passwords_are_argon2id_with_their_own_salt(staff):
    hashes = [row[0] for row in db.execute_sql("SELECT password FROM account")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert len({h.split("$")[-2] for h in hashes}) == 2  # two different salts
    with pytest.raises(ValidationError, match="password.too_short"):
        auth.create_account(name="新人", role="clerk", password="12345", approved_by=staff[0])


def test_the_first_account_is_a_manager_and_then_only_managers_add_more(db_path):
    with pytest.raises(ValidationError, match="first_manager"):
        auth.create_account(name="李小梅", role="clerk", password="clerk-pw1")
    auth.create_account(name="王经理", role="manager", password="manager-pw")
    with pytest.raises(PmdeskError, match="auth.forbidden"):
        auth.create_account(name="李小梅", role="clerk", password="clerk-pw1")
    approval = auth.verify("王经理", "manager-pw")
    auth.create_account(name="李小梅", role="clerk", password="clerk-pw1", approved_by=approval)


def test_sign_in_and_five_wrong_passwords_lock_the_account(staff):
    user = auth.sign_in("李小梅", "clerk-pw1")
    assert session.current() == user and user.role == "clerk"
    for _ in range(4):
        with pytest.raises(PmdeskError, match="auth.bad_password"):
            auth.verify("李小梅", "wrong")
    with pytest.raises(PmdeskError, match="auth.locked") as locked:
        auth.verify("李小梅", "wrong")
    assert "李小梅" in describe(locked.value)
    with pytest.raises(PmdeskError, match="auth.locked"):  # even the right password, for now
        auth.verify("李小梅", "clerk-pw1")
    with pytest.raises(PmdeskError, match="auth.bad_password"):  # an unknown name says the same
        auth.verify("没有这个人", "whatever")
    failed = [e for e in audit.entries() if e.action == "auth.failed"]
    assert len(failed) == 6 and failed[1].detail["locked"] is True
    session.act_as(staff[0])  # a manager's new password lifts the lock
    auth.set_password(account_id=staff[1].id, password="new-clerk-pw")
    assert auth.verify("李小梅", "new-clerk-pw").name == "李小梅"


def test_outdated_hash_parameters_are_upgraded_at_sign_in(staff, monkeypatch):
    from argon2 import PasswordHasher

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=4))
    auth.verify("李小梅", "clerk-pw1")
    stored = db.execute_sql("SELECT password FROM account WHERE name = '李小梅'").fetchone()[0]
    assert ",t=4," in stored


@pytest.mark.sqlite_only
@pytest.mark.parametrize("action", ["void", "reduce", "rate", "end", "add_item", "settings",
                                    "reveal", "export_ids", "restore", "accounts"])
def test_a_clerk_is_refused_manager_actions_in_the_core(paid, staff, action, tmp_path):
    """Catalogue D5: the rule holds for any caller of the core, not only the window."""
    unit_id, receipt_no = paid
    manager, clerk = staff
    person_id = db.execute_sql("SELECT id FROM person").fetchone()[0]
    item_id = fees.fee_items()[0].id
    copy = backup.backup_to(db_path := db.database, tmp_path / "copy.db")
    attempts = {
        "void": lambda **kw: payments.void(receipt_no=receipt_no, reason="收错户", **kw),
        "reduce": lambda **kw: payments.reduce(unit_id=unit_id, amount=100, reason="困难户",
                                               **kw),
        "rate": lambda **kw: fees.change_rate(item_id=item_id, rate="2.5",
                                              from_period="2026-06", **kw),
        "end": lambda **kw: fees.end_fee_item(item_id=item_id, last_period="2026-12", **kw),
        "add_item": lambda **kw: fees.add_fee_item(name="垃圾清运费", basis="fixed", rate="10",
                                                   **kw),
        "settings": lambda **kw: fees.save_fee_settings(
            fees.FeeSettings(prepay_cap_months=24), **kw),
        "reveal": lambda **kw: residents.reveal_id(person_id, **kw),
        "export_ids": lambda **kw: export(table="residents", path=tmp_path / "r.xlsx",
                                           reveal_ids=True, **kw),
        "restore": lambda **kw: restore(backup=copy, db_path=db_path, **kw),
        "accounts": lambda **kw: auth.set_role(account_id=clerk.id, role="manager", **kw),
    }
    session.act_as(clerk)
    before = db.execute_sql("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(PmdeskError, match="auth.forbidden") as refused:
        attempts[action]()
    assert refused.value.params["permission"] in PERMISSIONS
    assert "需要主管权限" in describe(refused.value)
    if action != "restore":  # nothing was written, the refusal included
        assert db.execute_sql("SELECT count(*) FROM audit_log").fetchone()[0] == before
    attempts[action](approved_by=manager)  # a manager's approval on the spot lets it through
    if action != "restore":
        assert audit.entries(limit=1)[0].detail.get("approved_by") == "王经理"


def test_a_voids_approval_is_kept_with_it(paid, staff):
    unit_id, receipt_no = paid
    session.act_as(staff[1])
    approval = auth.verify("王经理", "manager-pw")
    payments.void(receipt_no=receipt_no, reason="收错户", approved_by=approval)
    row = db.execute_sql("SELECT voided_by, approved_by FROM payment_void").fetchone()
    assert row == ("李小梅", "王经理")


def test_the_last_manager_cannot_be_demoted_or_disabled(staff):
    session.act_as(staff[0])
    with pytest.raises(ValidationError, match="last_manager"):
        auth.set_role(account_id=staff[0].id, role="clerk")
    with pytest.raises(ValidationError, match="last_manager"):
        auth.set_active(account_id=staff[0].id, active=False)
    auth.set_role(account_id=staff[1].id, role="manager")
    actions = [e.action for e in audit.entries(limit=3)]
    assert actions[0] == "account.role"


def test_every_manager_only_action_has_a_label():
    assert set(PERMISSIONS) == auth.MANAGER_ONLY


def test_the_audit_chain_links_every_row(paid):
    rows = db.execute_sql("SELECT id, prev_hash, hash FROM audit_log ORDER BY id").fetchall()
    assert len(rows) > 3 and rows[0][1] == chain.GENESIS
    assert all(row[1] == before[2] for before, row in zip(rows, rows[1:], strict=False))
    assert audit.chain_problems() == []
    count, digest = audit.day_hash(rows[-1][0] and clock.stamp()[:10])
    assert (count, digest) == (rows[-1][0], rows[-1][2])


@pytest.mark.sqlite_only
def test_tampering_behind_the_triggers_breaks_the_chain(paid, db_path):
    """Catalogue D6: someone drops the triggers and edits a payment's audit row."""
    day = clock.stamp()[:10]
    printed = audit.day_hash(day)
    db.execute_sql("DROP TRIGGER audit_log_no_update")
    db.execute_sql("UPDATE audit_log SET detail = replace(detail, '210.33', '110.33'), "
                   "actor = '某人' WHERE action = 'payment.create'")
    problems = audit.chain_problems()
    assert problems and "changed after it was written" in problems[0]
    report = check_database(db_path, backup_first=False)
    assert not report.ok and report.problems["audit"]
    db.execute_sql("DROP TRIGGER audit_log_no_delete")
    db.execute_sql("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    assert audit.day_hash(day) != printed  # the hash on the signed 收费日报 no longer matches


def test_entries_filter_by_day_actor_kind_and_text(paid, staff):
    auth.sign_in("李小梅", "clerk-pw1")
    today = clock.stamp()[:10]
    assert {e.action for e in audit.entries(action_prefix="payment.")} == {"payment.create"}
    assert [e.actor for e in audit.entries(actor="李小梅")] == ["李小梅"]
    assert audit.entries(text="3-2-501") and not audit.entries(text="9-9-999")
    assert audit.entries(first=today, last=today)
    assert not audit.entries(last="2000-01-01")
    assert "李小梅" in audit.actors()


GUESSER = """
import sys, time
from pathlib import Path
from pmdesk.core.safety import auth
from pmdesk.core.safety.opening import open_db
from pmdesk.core.errors import PmdeskError
open_db(sys.argv[1])
go = Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
try:
    auth.verify("李小梅", "guess-" + sys.argv[3])
except PmdeskError as exc:
    print(exc.code, flush=True)
"""


def test_parallel_wrong_passwords_still_lock_after_five(staff, tmp_path, child_argv):
    """Issue 14.7: twelve guesses at once left the counter at 1 and the lock came after 32.
    Each attempt is counted before its password is checked: at most five are ever checked."""
    import subprocess

    from pmdesk.core.safety.db import close_db
    from pmdesk.core.safety.opening import open_db

    path = db.database
    close_db()
    go = tmp_path / "go"
    guessers = [subprocess.Popen(child_argv(GUESSER, path, go, n), stdout=subprocess.PIPE,
                                 text=True) for n in range(12)]
    for guesser in guessers:
        assert guesser.stdout.readline().strip() == "ready"
    go.touch()
    outcomes = [guesser.communicate(timeout=60)[0].strip() for guesser in guessers]
    assert set(outcomes) <= {"auth.bad_password", "auth.locked"}
    assert outcomes.count("auth.bad_password") <= auth.MAX_FAILURES - 1
    open_db(path)
    with pytest.raises(PmdeskError, match="auth.locked"):
        auth.verify("李小梅", "clerk-pw1")
    wrong = [e for e in audit.entries() if e.action == "auth.failed" and not e.detail["locked"]]
    assert len(wrong) == outcomes.count("auth.bad_password")


def test_audit_search_wildcards_are_taken_literally(staff):
    """Issue 14.12: searching the audit log for `%` or `_` finds those characters only."""
    session.act_as(staff[0])
    audit.record("export", "residents", None, path="名册_2026.xlsx")
    audit.record("export", "residents", None, path="名册-2026.xlsx")
    assert [e.detail["path"] for e in audit.entries(text="名册_2026")] == ["名册_2026.xlsx"]
    assert audit.entries(text="名册%") == []
