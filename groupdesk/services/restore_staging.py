"""The checks a restored database passes before it replaces anything, and what becomes of the
database it replaces.

A restore expands the backup into a scratch folder beside the data. There the database must be
sound (SQLite's integrity check), of a schema revision this app knows, hold exactly the schema
that revision declares (no trigger or view smuggled in, no table missing), and open and upgrade
to the current schema as the app would open it. Only then is the current database backed up —
or, when it is too damaged for SQLite to copy, moved aside whole — and the staged files swapped in.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from groupdesk import __version__, db
from groupdesk.config import DataPaths
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup_checks import BackupError

Copy = TypeVar("Copy")


def check_staged_database(name: str, staged_db: Path) -> str:
    """Refuse the database of the backup `name` unless it is sound, of a known revision and of
    exactly that revision's schema; returns the revision."""
    from groupdesk.services.schema_check import schema_differences

    problems = db.integrity_problems(staged_db)
    if problems:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "The database in {name} fails SQLite's integrity check: {problem}."
            ).format(name=name, problem=problems[0])
        )
    try:
        revision = db.current_revision(staged_db)
    except sqlite3.DatabaseError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "The database in {name} cannot be read ({error}).").format(
                name=name, error=str(error)
            )
        ) from None
    if revision is None or revision not in db.known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "{name} holds a database of schema {revision!r}, which this GroupDesk "
                "({version}) does not know; it may need a newer version of the app.",
            ).format(name=name, revision=revision, version=__version__)
        )
    differences = schema_differences(staged_db, revision)
    if differences:
        refused = (
            QT_TRANSLATE_NOOP(
                "Backups",
                "The database in {name} is not as GroupDesk makes it: {difference} (and %n more); "
                "it was refused and nothing was changed.",
                "",
                0,
            ).format(n=len(differences) - 1)
            if len(differences) > 1
            else QT_TRANSLATE_NOOP(
                "Backups",
                "The database in {name} is not as GroupDesk makes it: {difference}; "
                "it was refused and nothing was changed.",
            )
        )
        raise BackupError(refused.format(name=name, difference=differences[0]))
    return revision


def upgrade_staged(name: str, staged: Path, revision: str) -> None:
    """Open the staged database as the app will (upgrading it to the current schema) while it
    is still in the scratch folder, so a backup that cannot be upgraded replaces nothing."""
    from groupdesk.migrations import SCHEMA_HEAD
    from groupdesk.services.workspace import open_workspace

    if revision == SCHEMA_HEAD:
        return
    try:
        # The backup file itself is the copy of the state before this upgrade.
        open_workspace(DataPaths(staged), before_upgrade=lambda _paths, _old: None).close()
    except Exception as error:  # a hostile or broken database may fail in any way
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "{name} cannot be upgraded from schema {revision} to {head} ({problem}); "
                "nothing was changed.",
            ).format(name=name, revision=revision, head=SCHEMA_HEAD, problem=first)
        ) from None


def back_up_or_move_aside(
    paths: DataPaths, back_up: Callable[[], Copy], now_millis: Callable[[], int]
) -> tuple[Copy | None, Path | None]:
    """Back up the current database with `back_up`; when SQLite cannot read it (its header
    overwritten, the file cut short), move it and its WAL aside into `backups/` instead and
    say where. A damaged database must not stop the restore that repairs it."""
    try:
        return back_up(), None
    except sqlite3.DatabaseError:
        pass
    stamp = datetime.fromtimestamp(now_millis() / 1000).strftime("%Y%m%d-%H%M%S-%f")
    aside = paths.backups / f"damaged-{stamp}-{paths.database.name}"
    paths.backups.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", ""):
        current = Path(f"{paths.database}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    return None, aside
