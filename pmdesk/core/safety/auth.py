"""Accounts, signing in, and the rights of the two roles, enforced here in the core.

Two roles: 前台 (clerk) and 主管 (manager). The actions in `MANAGER_ONLY` need a manager — either
the person signed in, or a manager who approves on the spot by entering their own password
(`verify()` returns the approving `User`, passed on as `approved_by`). The check is made by the
core function itself, so the command line and any script meet the same rule as the window.

A database with no accounts at all (a new office, the command line before anyone set up logins)
is not access-controlled; the window makes its first user create a manager account.

Passwords are stored as argon2id hashes with a per-account salt (argon2-cffi), upgraded on the
next sign-in when the parameters change. Five wrong passwords in a row lock the account for
`LOCK_MINUTES`. Logins protect access, not the file itself: anyone who can copy the .db file can
read it (docs reliability §6.2).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pmdesk.core import clock
from pmdesk.core.errors import PmdeskError, ValidationError
from pmdesk.core.safety import audit, session
from pmdesk.core.safety.db import (
    current_place,
    db,
    insert,
    is_read_only,
    one_writer,
    sqlite_failure,
)
from pmdesk.core.safety.location import path_key
from pmdesk.core.safety.session import User
from pmdesk.core.validate import clean_text

ROLES = ("clerk", "manager")
MANAGER_ONLY = frozenset({
    "receipt.void",        # 作废收据
    "payment.backdate",    # 收款日期早于允许补录的天数
    "reduction.approve",   # 减免
    "unit.billing",        # 改房屋面积或类型（影响收费）
    "fee_item.change",     # 新增收费项目、调价、停收
    "opening.import",      # 导入或撤销期初余额
    "backup.restore",      # 从备份恢复
    "database.move",       # 迁移到网络版
    "person.reveal_id",    # 查看完整证件号
    "account.manage",      # 管理账号
    "safety.settings",     # 备份与锁屏设置
    "renovation.structural",  # 审批涉及结构、承重墙、外立面、防水的装修
    "renovation.deduct",   # 从装修押金中扣款
    "renovation.settings",  # 装修押金、清运时段等设置
})
MIN_PASSWORD = 6
MAX_FAILURES = 5
LOCK_MINUTES = 5


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: str
    active: bool
    locked_until: str | None
    created_at: str


_hasher = None
# id() → (each User that verify() returned, the database whose accounts checked it): the only
# approvals, each good for that database alone
_approvals: dict[int, tuple[User, str]] = {}


def _password_hasher():
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def has_accounts() -> bool:
    return db.execute_sql("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0] == 1


def accounts_in_file(path: Path) -> bool:
    """Whether the database file at `path` has accounts; `DatabaseError` when it cannot be
    read at all (damaged)."""
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0] == 1
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # a file from before accounts existed
            return False
        raise sqlite_failure(exc, path) from exc
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    finally:
        conn.close()


def require(permission: str, approved_by: User | None = None, *,
            path: Path | str | None = None) -> str:
    """Allow `permission` or raise `auth.forbidden`; return the approving manager's name when
    someone else approved it ('' otherwise). `path` checks a database file that `db` is not
    bound to (a restore replaces it). An approval counts only for the database whose accounts
    checked the password: a manager of a practice copy, or of a backup being restored over a
    damaged file, approves nothing in the office's database."""
    user = session.current()
    if permission not in MANAGER_ONLY or (user is not None and user.is_manager):
        return ""
    if approved_by is not None and approved_by.is_manager \
            and _verified(approved_by, path or current_place()):
        return approved_by.name
    if user is None and not (accounts_in_file(path) if path else has_accounts()):
        return ""
    raise PmdeskError("auth.forbidden", permission=permission)


def _verified(user: User, where: Path | str | None) -> bool:
    """Whether `user` is a sign-in that `verify()` checked against the accounts of the database
    at `where`, not an object anyone could build."""
    user_checked, checked_in = _approvals.get(id(user), (None, ""))
    return user_checked is user and where is not None and path_key(where) == checked_in


def _approved(user: User, where: Path | str | None) -> User:
    _approvals[id(user)] = (user, path_key(where) if where is not None else "")
    return user


def _name(text: object) -> str:
    return clean_text(text, field="account", required=True, max_len=20)


def _check_password(password: object, field: str = "password") -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(field, "password.too_short", min=MIN_PASSWORD)
    if len(password) > 128:
        raise ValidationError(field, "value.too_long", max_len=128)
    return password


def verify(name: object, password: str) -> User:
    """Check a name and password; return the account's `User` without signing it in — the
    approval a manager gives on the spot (`approved_by`).

    Each attempt is counted before the password is checked, in one write transaction, so
    guesses made in parallel cannot slip past the lock-out (issue 14.7). A wrong password is
    written to the audit trail.
    """
    from argon2.exceptions import InvalidHashError, VerificationError

    name = _name(name)
    hasher = _password_hasher()
    now = clock.now()
    if is_read_only():  # nothing can be counted or changed: the password is only checked
        return _verify_only(name, password)
    refused, attempt = None, 0
    with db.atomic():
        one_writer("account", name)  # attempts at several desks are counted one at a time
        row = db.execute_sql("SELECT id, role, password, active, locked_until "
                             "FROM account WHERE name = ?", (name,)).fetchone()
        if row is not None:
            account_id, role, stored, active, locked_until = row
            if not active:
                refused = PmdeskError("auth.inactive", name=name)
            elif locked_until and datetime.fromisoformat(locked_until) > now:
                refused = PmdeskError("auth.locked", name=name, until=locked_until[11:16])
            else:
                attempt = _count_attempt(account_id)
                if attempt > MAX_FAILURES:  # the allowance went to attempts still in flight
                    refused = _lock(account_id, name, now, attempt)
    if row is None:
        hasher.hash(password or "-")  # the same work as a real check: timing tells nothing
        with db.atomic():
            audit.record("auth.failed", "account", None, name=name, reason="unknown")
        raise PmdeskError("auth.bad_password")
    if refused is not None:
        raise refused
    try:
        hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        with db.atomic():
            locked = _lock(account_id, name, now, attempt) if attempt >= MAX_FAILURES else None
            if locked is None:
                audit.record("auth.failed", "account", account_id, name=name, failures=attempt,
                             locked=False)
        raise (locked or PmdeskError("auth.bad_password")) from None
    with db.atomic():
        new_hash = hasher.hash(password) if hasher.check_needs_rehash(stored) else stored
        db.execute_sql("UPDATE account SET failures = 0, locked_until = NULL, password = ? "
                       "WHERE id = ?", (new_hash, account_id))
    return _approved(User(account_id, name, role), current_place())


_ACCOUNT_ROW = "SELECT id, role, password, active FROM account WHERE name = ?"


def _checked(row: tuple | None, name: str, password: str, where: Path | str | None) -> User:
    """The account of `row` (id, role, hash, active) of the database at `where` if the
    password is its own."""
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        if row is None or not row[3]:
            raise VerificationError
        _password_hasher().verify(row[2], password)
    except (VerificationError, InvalidHashError):
        raise PmdeskError("auth.bad_password") from None
    return _approved(User(row[0], name, row[1]), where)


def _verify_only(name: str, password: str) -> User:
    return _checked(db.execute_sql(_ACCOUNT_ROW, (name,)).fetchone(), name, password,
                    current_place())


def _count_attempt(account_id: int) -> int:
    """One more attempt on the account (inside the caller's write transaction): its number."""
    db.execute_sql("UPDATE account SET failures = failures + 1 WHERE id = ?", (account_id,))
    return db.execute_sql("SELECT failures FROM account WHERE id = ?", (account_id,)
                          ).fetchone()[0]


def _lock(account_id: int, name: str, now: datetime, attempt: int) -> PmdeskError:
    """Lock the account for LOCK_MINUTES (audited); the error to raise once committed."""
    until = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
    db.execute_sql("UPDATE account SET failures = 0, locked_until = ? WHERE id = ?",
                   (until, account_id))
    audit.record("auth.failed", "account", account_id, name=name, failures=attempt, locked=True)
    return PmdeskError("auth.locked", name=name, until=until[11:16])


def verify_in_file(path: Path | str, name: object, password: str) -> User:
    """Check a name and password against the accounts of another database file — the backup
    a manager restores when the office's own file is too damaged to read (issue 14.11). The
    file is only read: nothing is counted or written there."""
    name = _name(name)
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute(_ACCOUNT_ROW, (name,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise sqlite_failure(exc, path) from exc
    return _checked(row, name, password, path)


def sign_in(name: object, password: str) -> User:
    """Verify and make the account the session's user; audited."""
    user = verify(name, password)
    start_session(user)
    return user


def start_session(user: User) -> None:
    """Make a user that `verify()` (or account creation) returned the session's; audited."""
    session.act_as(user)
    if not is_read_only():
        audit.record("auth.sign_in", "account", user.id, name=user.name, role=user.role)


def sign_out() -> None:
    user = session.current()
    if user is not None and not is_read_only():
        audit.record("auth.sign_out", "account", user.id, name=user.name)
    session.act_as(None)


def accounts() -> list[Account]:
    return [Account(row[0], row[1], row[2], bool(row[3]), row[4], row[5]) for row in
            db.execute_sql("SELECT id, name, role, active, locked_until, created_at "
                           "FROM account ORDER BY role DESC, name")]


def _role(role: object) -> str:
    if role not in ROLES:
        raise ValidationError("role", "value.unknown", value=role)
    return str(role)


def create_account(*, name: object, role: object, password: str,
                   approved_by: User | None = None) -> User:
    """A new account. The first account of a database must be a manager's."""
    name, role = _name(name), _role(role)
    password = _check_password(password)
    digest = _password_hasher().hash(password)
    with db.atomic():
        first = not has_accounts()
        if first and role != "manager":
            raise ValidationError("role", "account.first_manager")
        approver = "" if first else require("account.manage", approved_by)
        if db.execute_sql("SELECT 1 FROM account WHERE name = ?", (name,)).fetchone():
            raise ValidationError("account", "account.exists", name=name)
        account_id = insert("INSERT INTO account (name, role, password, created_at) "
                            "VALUES (?, ?, ?, ?)", (name, role, digest, clock.stamp()))
        audit.record("account.create", "account", account_id, name=name, role=role,
                     approved_by=approver)
    return User(account_id, name, role)


def _account(account_id: int) -> Account:
    for account in accounts():
        if account.id == account_id:
            return account
    raise PmdeskError("account.not_found", number=account_id)


def _managers_left(excluding: int) -> int:
    return db.execute_sql("SELECT count(*) FROM account WHERE role = 'manager' AND active = 1 "
                          "AND id <> ?", (excluding,)).fetchone()[0]


def set_role(*, account_id: int, role: object, approved_by: User | None = None) -> None:
    role = _role(role)
    with db.atomic():
        approver = require("account.manage", approved_by)
        old = _account(account_id)
        if old.role == role:
            return
        if role != "manager" and not _managers_left(account_id):
            raise ValidationError("role", "account.last_manager")
        db.execute_sql("UPDATE account SET role = ? WHERE id = ?", (role, account_id))
        audit.record("account.role", "account", account_id, name=old.name, before=old.role,
                     after=role, approved_by=approver)
    user = session.current()
    if user is not None and user.id == account_id:
        session.act_as(User(account_id, old.name, role))


def set_active(*, account_id: int, active: bool, approved_by: User | None = None) -> None:
    """Disable (someone left the office) or enable an account; accounts are never deleted."""
    with db.atomic():
        approver = require("account.manage", approved_by)
        old = _account(account_id)
        if not active and old.role == "manager" and not _managers_left(account_id):
            raise ValidationError("account", "account.last_manager")
        db.execute_sql("UPDATE account SET active = ?, failures = 0, locked_until = NULL "
                       "WHERE id = ?", (int(active), account_id))
        audit.record("account.enable" if active else "account.disable", "account", account_id,
                     name=old.name, approved_by=approver)


def set_password(*, account_id: int, password: str, approved_by: User | None = None) -> None:
    """A new password: one's own, or anyone's by a manager (also lifts a lock-out)."""
    password = _check_password(password)
    digest = _password_hasher().hash(password)
    with db.atomic():
        user = session.current()
        own = user is not None and user.id == account_id
        approver = "" if own else require("account.manage", approved_by)
        old = _account(account_id)
        db.execute_sql("UPDATE account SET password = ?, failures = 0, locked_until = NULL "
                       "WHERE id = ?", (digest, account_id))
        audit.record("account.password", "account", account_id, name=old.name,
                     approved_by=approver)
