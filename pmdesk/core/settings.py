"""Business settings that travel with the data: the office profile printed on every letter.

UI state (window geometry, language) is not here; it lives in the GUI's QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pmdesk.core import audit
from pmdesk.core.db import db
from pmdesk.core.errors import ValidationError
from pmdesk.core.models import OfficeProfile
from pmdesk.core.validate import clean_text, normalize_phone

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_SEAL_BYTES = 2 * 1024 * 1024
OFFICE_SUFFIX = "物业服务中心"  # the usual name: <estate>物业服务中心
_UNCHANGED = object()


@dataclass(frozen=True)
class Profile:
    estate_name: str
    office_name: str
    address: str = ""
    phone: str = ""
    complaint_phone: str = ""
    seal_png: bytes | None = None


def get_office_profile() -> Profile | None:
    """The office profile, or None on a database where nobody has entered it yet."""
    row = OfficeProfile.get_or_none(OfficeProfile.id == 1)
    if row is None:
        return None
    return Profile(row.estate_name, row.office_name, row.address, row.phone,
                   row.complaint_phone, bytes(row.seal_png) if row.seal_png else None)


def save_office_profile(*, estate_name: str, office_name: str | None = None,
                        address: str | None = None, phone: str | None = None,
                        complaint_phone: str | None = None,
                        seal_png: bytes | None | object = _UNCHANGED) -> Profile:
    """Create or update the profile; fields passed as None keep their stored value."""
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
        )
        if new == old:
            return new
        OfficeProfile.insert(id=1, updated_at=datetime.now().isoformat(timespec="seconds"),
                             **new.__dict__).on_conflict_replace().execute()
        changed = {k: v for k, v in new.__dict__.items()
                   if k != "seal_png" and (old is None or getattr(old, k) != v)}
        if old is None or old.seal_png != new.seal_png:
            changed["seal_png"] = "set" if new.seal_png else "removed"
        audit.record("office_profile.save", "office_profile", 1, **changed)
    return new


def _check_seal(data: object) -> bytes | None:
    if data is None or data == b"":
        return None
    if not isinstance(data, bytes) or not data.startswith(PNG_SIGNATURE):
        raise ValidationError("seal_png", "seal.not_png")
    if len(data) > MAX_SEAL_BYTES:
        raise ValidationError("seal_png", "seal.too_large", max_kb=MAX_SEAL_BYTES // 1024)
    return data
