"""Snapshots and pruning (SYNC.md "Compaction").

A snapshot is the winning change of every field (plus changes kept for tables or fields this
version does not know), and for each device the highest change file it covers. A new laptop
loads the newest snapshot, then the change files above it. A laptop deletes only its own old
change files, once its own snapshot in the folder covers them and they are older than the
grace period; readers accept that files below a snapshot are gone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from groupdesk.models.sync_local import SyncFile
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.outgoing import contiguous_reads, write_file, written_file
from groupdesk.services.sync.transport import Listing, Transport
from groupdesk.services.sync.values import ROW_FIELD
from groupdesk.services.workspace import Workspace

SNAPSHOT_EVERY = 50
KEEP_OWN_SNAPSHOTS = 2


def _own_top_seq(workspace: Workspace) -> int:
    with workspace.uow() as uow:
        return int(
            uow.session.execute(
                select(SyncFile.seq)
                .where(
                    SyncFile.device_id == workspace.device_id,
                    SyncFile.kind == "changes",
                    SyncFile.written.is_(True),
                )
                .order_by(SyncFile.seq.desc())
            ).scalar()
            or 0
        )


def should_snapshot(workspace: Workspace, listing: Listing) -> bool:
    """Whether this laptop should write a snapshot now: once it has written SNAPSHOT_EVERY
    change files since its last one. Not before: while a snapshot's change files are all in
    the folder, a joining laptop reads them instead (`snapshot_check`), so a snapshot of a
    new folder would only write its content a second time."""
    own = [s.seq for s in listing.of_kind("snapshot") if s.device_id == workspace.device_id]
    return _own_top_seq(workspace) - max(own, default=0) >= SNAPSHOT_EVERY


def snapshot_rows(connection: Any) -> Iterator[tuple[str, str, str, str, str | None, str]]:
    """The winning change of every field (a row change once, however many of its fields still
    stand), and every change kept for unknown tables/fields, grouped by (table, row), read
    from the DB-API `connection` as they are written."""
    cursor = connection.cursor()
    cursor.execute(
        "SELECT c.table_name, c.row_id, c.field, c.hlc, c.base_hlc, c.value"
        " FROM field_clock fc JOIN changes c ON c.hlc = fc.hlc"
        " AND c.table_name = fc.table_name AND c.row_id = fc.row_id"
        " AND c.field IN (fc.field, ?)"
        " UNION SELECT table_name, row_id, field, hlc, base_hlc, value"
        " FROM sync_unknown_changes ORDER BY 1, 2",
        (ROW_FIELD,),
    )
    while batch := cursor.fetchmany(10_000):
        yield from batch


def write_snapshot(
    workspace: Workspace,
    folder: Transport,
    key: bytes,
    group_id: str,
    now: Callable[[], datetime],
) -> str | None:
    seq = _own_top_seq(workspace)
    name = fmt.file_name("snapshot", workspace.device_id, seq)
    if folder.exists(name):
        return None
    header = fmt.Header(
        "snapshot",
        group_id,
        workspace.device_id,
        seq,
        written_at=now().isoformat(timespec="seconds") + "Z",
    )
    with workspace.uow() as uow:
        covers = contiguous_reads(uow.session.scalars(select(SyncFile)))
        covers[workspace.device_id] = seq
        rows = snapshot_rows(uow.session.connection().connection)
        written = write_file(folder, name, header, key, changes=rows, covers=covers)
    with workspace.uow() as uow:
        uow.session.merge(written_file(header, name, written, now()))
        uow.commit()
    return name


def prune_own_files(
    workspace: Workspace,
    folder: Transport,
    listing: Listing,
    now: Callable[[], datetime],
    grace: timedelta,
) -> int:
    """Delete this laptop's own change files that its own snapshot covers, once older than
    `grace`, and its own snapshots beyond the newest few. Returns how many files went.

    `listing` is the run's (with what the run wrote added): it lists this laptop's own
    files whole, so pruning costs no listing of its own."""
    own_snapshots = sorted(
        (s for s in listing.of_kind("snapshot") if s.device_id == workspace.device_id),
        key=lambda s: s.seq,
    )
    if not own_snapshots:
        return 0
    covered_to = own_snapshots[-1].seq
    cutoff = now() - grace
    with workspace.uow() as uow:
        written = {
            f.name: f.at
            for f in uow.session.scalars(
                select(SyncFile).where(
                    SyncFile.device_id == workspace.device_id, SyncFile.written.is_(True)
                )
            )
        }
    removed = 0
    for entry in listing.of_kind("changes"):
        at = written.get(entry.name)
        if (
            entry.device_id == workspace.device_id
            and at is not None
            and entry.seq <= covered_to
            and at < cutoff
        ):
            folder.delete(entry.name)
            removed += 1
    for snap in own_snapshots[:-KEEP_OWN_SNAPSHOTS]:
        at = written.get(snap.name)
        if at is not None and at < cutoff:
            folder.delete(snap.name)
            removed += 1
    return removed
