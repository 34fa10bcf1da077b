"""Applying one sync file: one `BEGIN IMMEDIATE` transaction that merges its changes and records
the file as read, so a crash leaves the database as it was and a retry is a no-op.

Also here: the mass-delete fail-safe (checked inside the transaction, which is rolled back when
the file would delete too much), each area's after-merge rules run again after each file
(`groupdesk.registry.after_sync_merge`: members' erasures), and a test hook that
pauses an import half-way so a test can kill the process there.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.sync_local import SyncDevice, SyncFile, SyncFileRange
from groupdesk.registry import after_sync_merge
from groupdesk.services.sync.empty_tables import Loading
from groupdesk.services.sync.format import FileReader
from groupdesk.services.sync.merge import (
    MergeResult,
    apply_kept_aside,
    kept_aside_now_known,
    merge_changes,
)
from groupdesk.services.workspace import Workspace

#: Test hook: when set to a path, an import writes that file after merging its first file's
#: changes (uncommitted) and waits, so a test can kill the process mid-import.
PAUSE_HOOK_ENV = "GROUPDESK_TEST_SYNC_PAUSE_FILE"
DEFAULT_MASS_DELETE_SHARE = 0.5
#: Deleting fewer rows than this never trips the fail-safe (removing 2 of 3 is ordinary).
MASS_DELETE_MINIMUM = 5


class MassDeleteError(GroupDeskError):
    """Importing a file would delete more than the allowed share of a table's live rows."""

    def __init__(
        self, name: str, table: str, deleting: int, live: int, *, message: str = ""
    ) -> None:
        self.name, self.table, self.deleting, self.live = name, table, deleting, live
        super().__init__(
            message
            or QT_TRANSLATE_NOOP(
                "SyncWarnings",
                "Stopped before {name}: it would delete {deleting} of the {live} {table} on this "
                "laptop. Nothing from it was applied. If that is what your group meant, sync "
                "again and allow it.",
            ).format(name=name, deleting=deleting, live=live, table=table.replace("_", " ")),
            remedy=Remedy("allow_mass_delete"),
        )


@dataclass
class MassDeleteGuard:
    """Counts deletions across one sync run against the live rows at its start."""

    live_at_start: dict[str, int]
    share: float = DEFAULT_MASS_DELETE_SHARE
    allow: bool = False

    def __post_init__(self) -> None:
        self.deleted: dict[str, int] = {}

    def check(self, name: str, result: MergeResult) -> None:
        if self.allow:
            return
        for table, count in result.deleted.items():
            total = self.deleted.get(table, 0) + count
            live = self.live_at_start.get(table, 0)
            if total >= MASS_DELETE_MINIMUM and total > self.share * live:
                raise MassDeleteError(name, table, total, live)

    def accept(self, result: MergeResult) -> None:
        for table, count in result.deleted.items():
            self.deleted[table] = self.deleted.get(table, 0) + count


def apply_file(
    workspace: Workspace,
    *,
    file: FileReader,
    guard: MassDeleteGuard,
    now: Callable[[], datetime],
    covered: Sequence[tuple[str, str, int]] = (),
    before_commit: Callable[[Connection], None] | None = None,
) -> MergeResult:
    """Merge an opened file part by part and record it as read, all in one transaction: a
    part that turns out damaged leaves the database as it was. `before_commit` may refuse the
    whole file once every part is merged (a joining laptop's check of a snapshot)."""
    with workspace.uow(immediate=True, capture_changes=False) as uow:
        session = uow.session
        loading = Loading(session.connection())
        result = MergeResult()
        for part in file.parts():
            merged = merge_changes(
                session, part, now=now, loading=loading, read_rows=file.read_rows
            )
            result.add(merged)
            guard.check(file.name, result)
        if before_commit is not None:
            before_commit(session.connection())
        # Each area's rules hold whatever arrives: a forgotten member stays forgotten (an edit
        # made offline after the erasure, an old file read late): every laptop blanks them again
        # by the same rule, recording nothing, so all converge (docs/members.md, "Contract for
        # the sync engine").
        after_sync_merge(session)
        header = file.header
        session.merge(
            SyncFile(
                name=file.name,
                kind=header.kind,
                device_id=header.device_id,
                seq=header.seq,
                sha256=file.sha256,
                written=False,
                at=now(),
                changes=file.changes,
            )
        )
        # Every change of the file, new or known, is held by the folder while the file is
        # there: a laptop relaying through a second folder sends none of them again.
        for first, last in result.held:
            session.merge(SyncFileRange(name=file.name, first_seq=first, last_seq=last))
        for covered_name, device_id, seq in covered:
            session.merge(
                SyncFile(
                    name=covered_name,
                    kind="covered",
                    device_id=device_id,
                    seq=seq,
                    sha256="",
                    written=False,
                    at=now(),
                    changes=0,
                )
            )
        device = session.get(SyncDevice, header.device_id)
        if device is None:
            device = SyncDevice(device_id=header.device_id, name="", app_version="")
            session.add(device)
        device.last_read_at = now()
        device.app_version = header.app_version or device.app_version
        device.schema_version = header.schema
        _pause_for_tests()
        uow.commit()
    guard.accept(result)
    if result.newest_hlc:
        workspace.clock.observe(result.newest_hlc)
    return result


def apply_kept_aside_changes(workspace: Workspace, *, now: Callable[[], datetime]) -> MergeResult:
    """After an upgrade: merge the changes kept aside for tables or fields this version now
    knows, in one transaction."""
    with workspace.uow(immediate=True, capture_changes=False) as uow:
        result = apply_kept_aside(uow.session, now=now)
        after_sync_merge(uow.session)
        uow.commit()
    return result


def has_kept_aside_changes_to_apply(workspace: Workspace) -> bool:
    with workspace.uow(capture_changes=False) as uow:
        return bool(kept_aside_now_known(uow.session))


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_HOOK_ENV)
    if marker:
        Path(marker).write_text("paused mid-import\n", encoding="utf-8")
        time.sleep(600)
