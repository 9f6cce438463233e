"""Business settings that travel with the data: the office profile printed on every letter,
and the keyed settings of each area (`fees.*`, `complaints.*`, `safety.*`) in the `setting`
table, read into and written from frozen dataclasses with `load_settings`/`store_settings`.

UI state (window geometry, language) is not here; it lives in the GUI's QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TypeVar

from pmdesk.core import clock
from pmdesk.core.errors import ValidationError
from pmdesk.core.safety import audit, auth
from pmdesk.core.safety.db import db, like_literal
from pmdesk.core.validate import clean_text, normalize_phone

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SEAL_BYTES = 2 * 1024 * 1024
OFFICE_SUFFIX = "物业服务中心"  # the usual name: <estate>物业服务中心
_UNCHANGED = object()
S = TypeVar("S")


def load_settings(cls: type[S], prefix: str) -> S:
    """A settings dataclass from the keys `<prefix>.<field>`; defaults where none is stored."""
    stored = dict(db.execute_sql("SELECT key, value FROM setting WHERE key LIKE ? ESCAPE '\\'",
                                 (f"{like_literal(prefix)}.%",)))
    return cls(**{f.name: type(f.default)(stored[f"{prefix}.{f.name}"]) for f in fields(cls)
                  if f"{prefix}.{f.name}" in stored})


def store_settings(prefix: str, old: object, new: object,
                   limits: dict[str, tuple[int, int]] | None = None) -> list[str]:
    """Check `new` against `limits`, write its changed fields (inside the caller's
    transaction) and return their names."""
    for name, (low, high) in (limits or {}).items():
        if not low <= getattr(new, name) <= high:
            raise ValidationError(name, "value.out_of_range", min=low, max=high)
    changed = [f.name for f in fields(new) if getattr(old, f.name) != getattr(new, f.name)]
    for name in changed:
        db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                       "DO UPDATE SET value = excluded.value",
                       (f"{prefix}.{name}", str(getattr(new, name))))
    return changed


@dataclass(frozen=True)
class FeeSettings:
    """The office's fee rules (收费设置; `money.fees` saves them)."""

    receipt_paper: str = "a4"  # or "receipt": 241×140 mm continuous paper
    receipt_copies: int = 1  # or 3: 存根, 收据 and 记账, for offices printing on plain paper
    prepay_cap_months: int = 12  # credit may cover at most this many months of fees
    vacancy_percent: int = 0  # reduction for units vacant at least `vacancy_months`; 0 = off
    vacancy_months: int = 6
    backdate_days: int = 7  # a payment may be dated this many days back without a manager
    notice_days: int = 15  # a payment notice asks for payment this many days after printing

    PAPERS = ("a4", "receipt")
    COPIES = (1, 3)


def fee_settings() -> FeeSettings:
    return load_settings(FeeSettings, "fees")


@dataclass(frozen=True)
class SafetySettings:
    """How backups rotate and remind, and when an idle screen locks."""

    keep_recent: int = 12  # the newest automatic backups, whatever their age
    keep_daily: int = 10  # then one per day for this many days
    keep_monthly: int = 9  # then one per month for this many months
    backup_minutes: int = 30  # while changes happen, a backup at most this often
    offsite_days: int = 7  # remind when no copy left the PC for this many days
    lock_minutes: int = 10  # lock the screen after this long without input; 0: never


SAFETY_LIMITS = {"keep_recent": (1, 100), "keep_daily": (0, 100), "keep_monthly": (0, 120),
                 "backup_minutes": (5, 240), "offsite_days": (1, 90), "lock_minutes": (0, 240)}


def safety_settings() -> SafetySettings:
    return load_settings(SafetySettings, "safety")


def save_safety_settings(new: SafetySettings, approved_by=None) -> None:
    """A manager's to change; audited."""
    with db.atomic():
        approver = auth.require("safety.settings", approved_by)
        old = safety_settings()
        changed = store_settings("safety", old, new, SAFETY_LIMITS)
        if changed:
            audit.record("safety.settings", "setting", None, approved_by=approver,
                         before={n: getattr(old, n) for n in changed},
                         after={n: getattr(new, n) for n in changed})


@dataclass(frozen=True)
class Profile:
    estate_name: str
    office_name: str
    address: str = ""
    phone: str = ""
    complaint_phone: str = ""
    seal_png: bytes | None = None
    service_level: str = ""  # 服务等级, for the 收费公示
    bank_name: str = ""  # how to pay by transfer, on the payment notice
    account_name: str = ""
    account_no: str = ""
    office_hours: str = ""  # when the front desk takes payments
    pay_qr_png: bytes | None = None  # a payment QR code, printed on the payment notice


TEXTS = {"service_level": 40, "bank_name": 60, "account_name": 60, "account_no": 40,
         "office_hours": 60}  # the profile's plain text fields beyond the letterhead, max length
_COLUMNS = ("estate_name, office_name, address, phone, complaint_phone, seal_png, service_level, "
            "bank_name, account_name, account_no, office_hours, pay_qr_png")


def get_office_profile() -> Profile | None:
    """The office profile, or None on a database where nobody has entered it yet."""
    row = db.execute_sql(f"SELECT {_COLUMNS} FROM office_profile WHERE id = 1").fetchone()
    if row is None:
        return None
    return Profile(*row[:5], bytes(row[5]) if row[5] else None, *row[6:11],
                   bytes(row[11]) if row[11] else None)


def save_office_profile(*, estate_name: str, office_name: str | None = None,
                        address: str | None = None, phone: str | None = None,
                        complaint_phone: str | None = None,
                        seal_png: bytes | None | object = _UNCHANGED,
                        pay_qr_png: bytes | None | object = _UNCHANGED,
                        **texts: str | None) -> Profile:
    """Create or update the profile; fields passed as None keep their stored value. `texts`
    are the fields of `TEXTS` (service grade, bank account, office hours)."""
    unknown = set(texts) - set(TEXTS)
    if unknown:
        raise TypeError(f"unknown profile fields: {sorted(unknown)}")
    estate = clean_text(estate_name, field="estate_name", required=True, max_len=60)
    with db.atomic():
        old = get_office_profile()
        keep = old or Profile(estate, "")
        office = clean_text(office_name if office_name is not None else keep.office_name,
                            field="office_name", max_len=60) or f"{estate}{OFFICE_SUFFIX}"
        new = Profile(
            estate_name=estate,
            office_name=office,
            address=clean_text(address if address is not None else keep.address,
                               field="address", max_len=120),
            phone=normalize_phone(phone if phone is not None else keep.phone, field="phone"),
            complaint_phone=normalize_phone(
                complaint_phone if complaint_phone is not None else keep.complaint_phone,
                field="complaint_phone"),
            seal_png=keep.seal_png if seal_png is _UNCHANGED else _check_seal(seal_png),
            **{name: clean_text(texts[name] if texts.get(name) is not None
                                else getattr(keep, name), field=name, max_len=limit)
               for name, limit in TEXTS.items()},
            pay_qr_png=keep.pay_qr_png if pay_qr_png is _UNCHANGED
            else _check_seal(pay_qr_png, field="pay_qr_png"),
        )
        if new == old:
            return new
        names = [name.strip() for name in _COLUMNS.split(",")]
        db.execute_sql(
            f"INSERT INTO office_profile (id, {_COLUMNS}, updated_at) VALUES "
            f"(1, {', '.join('?' * len(names))}, ?) ON CONFLICT (id) DO UPDATE SET "
            + ", ".join(f"{name} = excluded.{name}" for name in [*names, "updated_at"]),
            (*(getattr(new, name) for name in names), clock.stamp()))
        images = ("seal_png", "pay_qr_png")
        changed = {k: v for k, v in new.__dict__.items()
                   if k not in images and (old is None or getattr(old, k) != v)}
        for image in images:
            if old is None or getattr(old, image) != getattr(new, image):
                changed[image] = "set" if getattr(new, image) else "removed"
        audit.record("office_profile.save", "office_profile", 1, **changed)
    return new


def _check_seal(data: object, field: str = "seal_png") -> bytes | None:
    """A PNG image (the seal, the payment QR code) of at most 2 MB, or None to remove it."""
    if data is None or data == b"":
        return None
    if not isinstance(data, bytes) or not data.startswith(PNG_SIGNATURE):
        raise ValidationError(field, "seal.not_png")
    if len(data) > MAX_SEAL_BYTES:
        raise ValidationError(field, "seal.too_large", max_kb=MAX_SEAL_BYTES // 1024)
    return data
