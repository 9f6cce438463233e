"""Phone and ID numbers as shown where others can see them: on screens, exports and sheets
that pass from hand to hand (the last four digits only)."""

from __future__ import annotations

import re


def mask_phone(phone: str) -> str:
    """`13812345678` → `138****5678`; `0571-88886666` → `0571-****6666`."""
    if not phone:
        return ""
    if re.fullmatch(r"1\d{10}", phone):
        return f"{phone[:3]}****{phone[-4:]}"
    head, sep, tail = phone.partition("-")
    if sep and len(tail) > 4:
        return f"{head}-{'*' * (len(tail.split('-')[0]) - 4)}{tail.split('-')[0][-4:]}"
    return "*" * max(len(phone) - 4, 0) + phone[-4:]


def mask_id(number: str | None) -> str:
    """`110101199003071234` → `110101********1234`."""
    if not number:
        return ""
    return number[:6] + "*" * (len(number) - 10) + number[-4:] if len(number) > 10 else "****"
