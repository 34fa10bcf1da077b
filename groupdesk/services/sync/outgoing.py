"""Writing to the sync folder: this laptop's change files (every change the folder lacks, its
own and relayed) and its device file (who it is, what it has read)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import select

from groupdesk import __version__
from groupdesk.models.sync_local import SyncFile, SyncFileRange
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.config import device_name
from groupdesk.services.sync.transport import Entry, Listing, Transport
from groupdesk.services.workspace import Workspace


def write_changes(
    workspace: Workspace,
    folder: Transport,
    key: bytes,
    group_id: str,
    listing: Listing,
    now: Callable[[], datetime],
) -> tuple[str | None, int]:
    """Write one change file of every change the folder lacks (this laptop's own and relayed
    ones); returns its name and how many changes it holds, or (None, 0) if none. The changes
    go from the database to the file a part at a time (`fmt.write`): a laptop sending a
    100,000-member group's whole log holds one part in memory, not the log."""
    snapshot_top = own_snapshot_tops(listing)
    with workspace.uow() as uow:
        connection = uow.session.connection()
        ranges = connection.exec_driver_sql(
            "SELECT r.name, r.first_seq, r.last_seq, f.device_id, f.seq, f.kind"
            " FROM sync_file_ranges r JOIN sync_files f ON f.name = r.name"
        ).all()
        top = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM changes").scalar()
        held = sorted(
            (first, last)
            for name, first, last, device_id, seq, kind in ranges
            if listing.holds(name) or (kind == "changes" and seq <= snapshot_top.get(device_id, 0))
        )
        gaps = [
            (first, last)
            for first, last in _gaps(held, int(top or 0))
            if connection.exec_driver_sql(
                "SELECT 1 FROM changes WHERE seq BETWEEN ? AND ? LIMIT 1", (first, last)
            ).first()
        ]
        if not gaps:
            return None, 0
        written_top = connection.exec_driver_sql(
            "SELECT coalesce(max(seq), 0) FROM sync_files"
            " WHERE device_id = ? AND kind = 'changes' AND written = 1",
            (workspace.device_id,),
        ).scalar()
        # Past any name under this laptop's id that the folder holds: junk can sit there
        # (anyone can write to the folder), and a name is never overwritten.
        taken = (e.seq for e in listing.of_kind("changes") if e.device_id == workspace.device_id)
        seq = max(int(written_top or 0), *taken, 0) + 1
        name = fmt.file_name("changes", workspace.device_id, seq)
        header = fmt.Header(
            "changes",
            group_id,
            workspace.device_id,
            seq,
            written_at=now().isoformat(timespec="seconds") + "Z",
        )
        written = write_file(
            folder, name, header, key, changes=_changes_in(connection.connection, gaps)
        )
        uow.session.add(written_file(header, name, written, now()))
        for first, last in gaps:
            uow.session.add(SyncFileRange(name=name, first_seq=first, last_seq=last))
        uow.commit()
    listing.entries[name] = Entry(name, "changes", workspace.device_id, seq)
    return name, written.changes


def _changes_in(
    connection: Any, gaps: list[tuple[int, int]]
) -> Iterator[tuple[str, str, str, str, str | None, str]]:
    """The changes whose sequence lies in one of the sorted `gaps`, grouped by (table, row),
    each row's in the order they were made: read from the database as they are written."""
    starts = [first for first, _ in gaps]
    cursor = connection.cursor()
    cursor.execute(
        "SELECT table_name, row_id, field, hlc, base_hlc, value, seq FROM changes"
        " WHERE seq BETWEEN ? AND ? ORDER BY table_name, row_id, seq",
        (gaps[0][0], gaps[-1][1]),
    )
    while batch := cursor.fetchmany(10_000):
        for *change, seq in batch:
            if seq <= gaps[bisect.bisect_right(starts, seq) - 1][1]:
                yield tuple(change)


def write_file(
    folder: Transport,
    name: str,
    header: fmt.Header,
    key: bytes,
    *,
    changes: Iterable[tuple[str, str, str, str, str | None, str]] = (),
    covers: dict[str, int] | None = None,
) -> fmt.Written:
    """Seal a new change file or snapshot straight into the place (`fmt.write`)."""
    written: list[fmt.Written] = []
    folder.write_stream(
        name,
        lambda out: written.append(fmt.write(out, header, key, changes=changes, covers=covers)),
    )
    return written[0]


def written_file(header: fmt.Header, name: str, written: fmt.Written, at: datetime) -> SyncFile:
    """The record of a file this laptop wrote to the folder (so it is never read back)."""
    return SyncFile(
        name=name,
        kind=header.kind,
        device_id=header.device_id,
        seq=header.seq,
        sha256=written.sha256,
        written=True,
        at=at,
        changes=written.changes if header.kind == "changes" else 0,
    )


def write_device_file(
    workspace: Workspace,
    folder: Transport,
    key: bytes,
    group_id: str,
    now: Callable[[], datetime],
    *,
    clocks_ahead: dict[str, tuple[int, int]] | None = None,
) -> str | None:
    """Replace this laptop's device file: its name, version, what it has read, and the
    laptops whose clocks it saw ahead of its own (`clock_check`). Returns the place's tag of
    the file written, if it gives one (`place_marks`)."""
    with workspace.uow() as uow:
        got = contiguous_reads(uow.session.scalars(select(SyncFile)))
    header = fmt.Header(
        "device",
        group_id,
        workspace.device_id,
        0,
        written_at=now().isoformat(timespec="seconds") + "Z",
    )
    info = {
        "name": device_name(workspace),
        "app": __version__,
        "schema": fmt.SCHEMA_VERSION,
        "last_sync": now().isoformat(timespec="seconds"),
        "read": got,
        "clocks_ahead": {k: list(v) for k, v in (clocks_ahead or {}).items()},
    }
    return folder.write_replacing(
        fmt.file_name("device", workspace.device_id),
        fmt.encode(header, key, device=info),
    )


def own_snapshot_tops(listing: Listing) -> dict[str, int]:
    """Per device, the highest sequence its own snapshots in the folder cover: its change files
    up to there may be pruned, and are held by the folder all the same."""
    tops: dict[str, int] = defaultdict(int)
    for snap in listing.of_kind("snapshot"):
        tops[snap.device_id] = max(tops[snap.device_id], snap.seq)
    return tops


def _gaps(held: list[tuple[int, int]], top: int) -> list[tuple[int, int]]:
    """The runs of 1..top not inside any of the sorted `held` ranges."""
    gaps: list[tuple[int, int]] = []
    cursor = 1
    for first, last in held:
        if first > cursor:
            gaps.append((cursor, min(first - 1, top)))
        cursor = max(cursor, last + 1)
        if cursor > top:
            break
    if cursor <= top:
        gaps.append((cursor, top))
    return [(a, b) for a, b in gaps if a <= b]


def contiguous_reads(files: Iterable[Any]) -> dict[str, int]:
    """Per device, the highest sequence S such that its change files 1..S were all read,
    written or covered by a snapshot here."""
    seen: dict[str, set[int]] = defaultdict(set)
    for f in files:
        if f.kind in ("changes", "covered"):
            seen[f.device_id].add(f.seq)
    result: dict[str, int] = {}
    for device_id, seqs in seen.items():
        top = 0
        while top + 1 in seqs:
            top += 1
        result[device_id] = top
    return result
