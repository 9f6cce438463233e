"""The register: a roster imported, with the rows it refused saved for correction."""

from __future__ import annotations

from pathlib import Path

from pmdesk.core.register.importer import RosterPlan, import_roster, write_rejects
from pmdesk.core.safety.files import check_output


def import_residents(*, plan: RosterPlan, skip_bad: bool = False,
                     rejects: Path | str | None = None,
                     reasons: list[str] | None = None) -> tuple[int, int]:
    """导入住户名册: the households of a checked roster in one transaction — all of them, or
    with `skip_bad` the good rows — then the refused rows, as they were and with their reason
    (`reasons`, in the user's words), to `rejects`. The rejects file is checked before the
    import, so a name that would overwrite the database stops it before anything is written.
    Returns (households imported, households already registered and left alone)."""
    if rejects:
        check_output(rejects)
    counts = import_roster(plan, skip_bad=skip_bad)
    if rejects and plan.rejected:
        write_rejects(plan, rejects, reasons or [])
    return counts
