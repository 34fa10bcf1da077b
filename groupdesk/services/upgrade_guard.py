"""A failed upgrade is not tried again blindly (issue 15 item 3).

When migrating a data folder's database fails, nothing is changed (the migration runs in one
transaction), but every later command used to try again: each failed the same way, and each
first wrote one more "before-upgrade" backup. The failure is now written beside the database
(`upgrade-failed.json`: the revisions, this GroupDesk's version, the database file's size and
time, the reason), and a later command that would repeat exactly that attempt — the same file,
from the same revision, by the same version — refuses at once and says what to do. A restored
or replaced database, or another version of GroupDesk, tries again by itself.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from groupdesk import __version__
from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.migrations import SCHEMA_HEAD

MARKER = "upgrade-failed.json"


def _attempt(paths: DataPaths, old_revision: str) -> dict[str, object]:
    """What identifies one upgrade attempt: this database file, these revisions, this app."""
    stat = paths.database.stat()
    return {
        "database_size": stat.st_size,
        "database_mtime_ns": stat.st_mtime_ns,
        "from": old_revision,
        "to": SCHEMA_HEAD,
        "version": __version__,
    }


def _marker(paths: DataPaths) -> Path:
    return paths.root / MARKER


def refuse_if_failed_before(paths: DataPaths, old_revision: str) -> None:
    """Refuse an upgrade that already failed on this very file with this version."""
    try:
        recorded = json.loads(_marker(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # none recorded (or unreadable: then trying again is the safe choice)
    if not isinstance(recorded, dict):
        return
    attempt = _attempt(paths, old_revision)
    if any(recorded.get(key) != value for key, value in attempt.items()):
        return
    raise GroupDeskError(
        f"Upgrading {paths.database} from schema {old_revision} to {SCHEMA_HEAD} failed on "
        f"{recorded.get('at', 'an earlier run')} ({recorded.get('reason', 'see the log')}); "
        f"GroupDesk {__version__} will not try again, as it would fail the same way. Nothing "
        "was changed. Restore a backup, or install a newer GroupDesk; to try once more "
        f"anyway, delete {_marker(paths)}.",
        remedy=Remedy("restore_backup"),
    )


def remember_failure(paths: DataPaths, old_revision: str, reason: str, now: datetime) -> None:
    """Write down the failed attempt (best effort: a folder that cannot take the note still
    refuses through the migration itself)."""
    record = {
        **_attempt(paths, old_revision),
        "at": now.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "reason": reason,
    }
    marker = _marker(paths)
    partial = marker.with_name(f"{MARKER}.partial")
    try:
        partial.write_text(json.dumps(record, indent=2), encoding="utf-8")
        os.replace(partial, marker)
    except OSError:
        partial.unlink(missing_ok=True)


def forget_failure(paths: DataPaths) -> None:
    """The upgrade went through: no failure to remember."""
    _marker(paths).unlink(missing_ok=True)
