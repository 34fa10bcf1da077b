"""Opening a data folder: the composition root that the CLI, the GUI and the tests share.

Opening cleans what killed backups and restores left behind, upgrades the schema (after an
automatic backup), makes this laptop's device id on first use, and starts the hybrid clock past
every stamp already in the change log.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.ids import new_id
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.models.sync_state import Change, LocalState
from groupdesk.services import text_rules, upgrade_guard
from groupdesk.services.faults import explain
from groupdesk.services.leftovers import clean_leftovers
from groupdesk.services.sync import capture
from groupdesk.services.sync.clock import HybridClock, Stamp, local_day, utc_datetime, wall_millis
from groupdesk.services.uow import UnitOfWork

DEVICE_ID_KEY = "device_id"
DEVICE_NAME_KEY = "device_name"


@dataclass
class Workspace:
    """An open data folder: its paths, engine, session factory, device identity and clock."""

    paths: DataPaths
    engine: Engine
    session_factory: sessionmaker[Session]
    device_id: str
    clock: HybridClock
    now_millis: Callable[[], int] = field(default=wall_millis)

    def uow(self, *, immediate: bool = False, capture_changes: bool = True) -> UnitOfWork:
        return UnitOfWork(self, immediate=immediate, capture_changes=capture_changes)

    def now(self) -> datetime:
        """Now by the injected clock, as naive UTC: SQLite keeps no zone, so every stored
        datetime is UTC by convention, and tests set the time instead of patching it."""
        return utc_datetime(self.now_millis())

    def today(self) -> date:
        """Today on this laptop's calendar (local time) by the injected clock."""
        return local_day(self.now_millis())

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(
    paths: DataPaths,
    *,
    now_millis: Callable[[], int] = wall_millis,
    before_upgrade: Callable[[DataPaths, str | None], None] | None = None,
) -> Workspace:
    """Open (creating if needed) the data folder at `paths`, migrated to the current schema.

    `before_upgrade(paths, old_revision)` runs before an existing database is migrated; by
    default it writes an automatic backup, so a failed migration can always be undone.
    """
    paths.ensure()
    # Files are dated by the file system's clock, not the app's (tests set the app's).
    clean_leftovers(paths, time.time)
    if before_upgrade is None:
        from groupdesk.services.backup import backup_before_upgrade

        before_upgrade = backup_before_upgrade
    try:
        old_revision = db.current_revision(paths.database)
    except sqlite3.DatabaseError as error:
        fault = explain(error, places=[paths.root])  # a full or read-only disk is not damage
        if fault is not None:
            raise fault from None
        raise GroupDeskError(
            f"{paths.database} is not a GroupDesk database, or it is damaged ({error}). "
            "Restore a backup, or choose another folder.",
            remedy=Remedy("restore_backup"),
        ) from None
    engine = db.make_engine(paths.database)
    if old_revision != SCHEMA_HEAD:
        hook = (lambda old: before_upgrade(paths, old)) if old_revision is not None else None
        try:
            if old_revision is not None:
                upgrade_guard.refuse_if_failed_before(paths, old_revision)
            db.upgrade(engine, hook)
        except db.UpgradeFailedError as failed:
            engine.dispose()
            assert old_revision is not None  # a new database has nothing to migrate from
            when = datetime.fromtimestamp(now_millis() / 1000, UTC)
            upgrade_guard.remember_failure(paths, old_revision, failed.reason, when)
            raise
        except BaseException:
            engine.dispose()
            raise
        upgrade_guard.forget_failure(paths)
    session_factory = db.make_session_factory(engine)
    capture.install(session_factory)
    text_rules.install(session_factory)
    with session_factory() as session, session.begin():
        device_id = _device_id(session)
        newest = session.scalar(select(func.max(Change.hlc)))
    clock = HybridClock(device_id, now=now_millis)
    if newest:
        clock.observe(Stamp.parse(newest))
    workspace = Workspace(paths, engine, session_factory, device_id, clock, now_millis)
    _apply_kept_aside(workspace)
    return workspace


def _apply_kept_aside(workspace: Workspace) -> None:
    """Changes that came by sync for tables or fields an older version of the app did not know
    are merged as soon as this version knows them (after an upgrade), before anyone edits, so
    the values show and a local edit records the right base stamp. Should that fail, opening
    goes on: the next sync run tries again and reports what went wrong."""
    with workspace.engine.connect() as connection:
        if connection.exec_driver_sql("SELECT 1 FROM sync_unknown_changes LIMIT 1").first() is None:
            return  # the usual case: nothing kept aside (and no sync modules to import)
    from sqlalchemy.exc import SQLAlchemyError

    from groupdesk.services.sync.apply import (
        apply_kept_aside_changes,
        has_kept_aside_changes_to_apply,
    )

    try:
        if has_kept_aside_changes_to_apply(workspace):
            apply_kept_aside_changes(workspace, now=workspace.now)
    except (GroupDeskError, SQLAlchemyError):
        logging.getLogger(__name__).warning(
            "Changes kept for this version could not be applied yet", exc_info=True
        )


def _device_id(session: Session) -> str:
    stored = session.get(LocalState, DEVICE_ID_KEY)
    if stored is not None:
        return stored.value
    device_id = new_id()
    session.add(LocalState(key=DEVICE_ID_KEY, value=device_id))
    return device_id


def database_exists(paths: DataPaths) -> bool:
    return Path(paths.database).exists()
