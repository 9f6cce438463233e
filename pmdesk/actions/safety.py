"""The database as a whole: restoring a backup."""

from __future__ import annotations

from pathlib import Path

from pmdesk.core.safety import session
from pmdesk.core.safety.backup import record_restore, restore_from
from pmdesk.core.safety.opening import open_db


def restore(*, backup: Path | str, db_path: Path | str,
            approved_by: session.User | None = None) -> Path:
    """从备份恢复: the backup written into the database (the current one set aside), the
    restored database opened — checked, upgraded if older — and the restore written into its
    own audit trail. Returns where the database before the restore was set aside."""
    aside = restore_from(backup, db_path, approved_by=approved_by)
    open_db(db_path, create=False)
    record_restore(backup, aside)
    return aside
