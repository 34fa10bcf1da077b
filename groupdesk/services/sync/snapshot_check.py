"""Whether a laptop new to the folder may start from a snapshot (issue 15 item 11).

A snapshot is sealed with the group key, but any laptop holding the key can write one: a
crafted snapshot claiming every member deleted stopped no one joining (an existing laptop's
mass-delete guard works; a new laptop has nothing to guard), and it showed 0 of 200 members.
So before a joining laptop trusts a snapshot:

- where every change file it says it covers is still in the folder, the two must agree: each
  change of the snapshot is in one of those files, and each change of those files is in the
  snapshot or overtaken there by a newer one. If not, the laptop reads the change files
  instead, and says so;
- where the files are gone (pruned), a snapshot in which more than half the rows of a table
  are deleted is not applied unless the person allows it, as for an existing laptop.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.apply import (
    DEFAULT_MASS_DELETE_SHARE,
    MASS_DELETE_MINIMUM,
    MassDeleteError,
)
from groupdesk.services.sync.merge import value_checks
from groupdesk.services.sync.transport import Listing, Transport
from groupdesk.services.sync.validate import split_valid
from groupdesk.services.sync.values import ROW_FIELD, field_values

FieldKey = tuple[str, str, str]


def covered_files(covers: dict[str, int], listing: Listing) -> list[str] | None:
    """The change files a snapshot covers, or None if any of them is gone from the folder."""
    names = [
        fmt.file_name("changes", device_id, seq)
        for device_id, top in covers.items()
        for seq in range(1, top + 1)
    ]
    return names if all(listing.holds(name) for name in names) else None


def disagreement(
    snapshot: Iterable[fmt.IncomingChange], covered: Iterable[fmt.IncomingChange]
) -> str | None:
    """How the snapshot disagrees with the changes of the files it covers, or None."""
    held = {(c.table, c.row_id, c.field, c.hlc) for c in snapshot}
    newest: dict[FieldKey, str] = {}
    for table, row_id, field, hlc, *_ in held:
        key = (table, row_id, field)
        newest[key] = max(newest.get(key, ""), hlc)
    in_files: set[tuple[str, str, str, str]] = set()
    left_out = 0
    for change in covered:
        key4 = (change.table, change.row_id, change.field, change.hlc)
        in_files.add(key4)
        if key4 in held:
            continue
        fields = [name for name, _ in field_values(change.field, change.value)]
        if not all(_overtaken(newest, change, name) for name in fields):
            left_out += 1
    unknown = len(held - in_files)
    if not (left_out or unknown):
        return None
    parts = []
    if left_out:
        parts.append(f"it leaves out {left_out} change(s) of the change files it says it covers")
    if unknown:
        parts.append(f"it holds {unknown} change(s) that none of those files holds")
    return " and ".join(parts)


def _overtaken(newest: dict[FieldKey, str], change: fmt.IncomingChange, field: str) -> bool:
    later = max(
        newest.get((change.table, change.row_id, field), ""),
        newest.get((change.table, change.row_id, ROW_FIELD), ""),
    )
    return later > change.hlc


def mass_deletion(snapshot: Iterable[fmt.IncomingChange]) -> tuple[str, int, int] | None:
    """(table, deleted, rows) of the first table in which the snapshot has more than half of
    its rows (and at least a few) deleted; None if there is none."""
    state: dict[tuple[str, str], tuple[str, bool]] = {}
    for change in snapshot:
        for name, value in field_values(change.field, change.value):
            if name == "deleted_at":
                key = (change.table, change.row_id)
                if key not in state or state[key][0] < change.hlc:
                    state[key] = (change.hlc, value != "null")
    deleted: dict[str, int] = defaultdict(int)
    rows: dict[str, int] = defaultdict(int)
    for (table, _), (_, is_deleted) in state.items():
        rows[table] += 1
        deleted[table] += is_deleted
    for table in sorted(rows):
        count = deleted[table]
        if count >= MASS_DELETE_MINIMUM and count > DEFAULT_MASS_DELETE_SHARE * rows[table]:
            return table, count, rows[table]
    return None


def judge_snapshot(
    folder: Transport,
    key: bytes,
    group_id: str,
    name: str,
    body: fmt.Body,
    writer: str,
    listing: Listing,
    *,
    allow_mass_delete: bool,
) -> tuple[bool, str | None]:
    """(start from it?, what to tell people) for a laptop new to the folder, given the
    snapshot `name`'s `body` (read and decoded once by the caller)."""
    covered = covered_files(body.covers, listing)
    if covered is not None:
        changes: list[fmt.IncomingChange] = []
        for file in covered:
            try:
                changes += fmt.decode(file, folder.read(file), key, group_id=group_id)[1].changes
            except fmt.SyncFileError:
                return True, None  # cannot compare now: the file is reported when read
        valid, _ = split_valid(changes, value_checks())
        how = disagreement(body.changes, valid)
        if how is None:
            return True, None
        return False, (
            f"Did not start from {name}, written by {writer}: {how}. The change files were "
            "read instead. If this keeps happening, that laptop may be damaged or misused."
        )
    deleted = mass_deletion(body.changes)
    if deleted is None or allow_mass_delete:
        return True, None
    table, count, rows = deleted
    raise MassDeleteError(
        name,
        table,
        count,
        rows,
        message=(
            f"Stopped before {name}, written by {writer}: it says {count} of its {rows} "
            f"{table.replace('_', ' ')} are deleted, and the change files that would show it "
            "are gone. Nothing from it was applied. If your group did delete them, sync again "
            "and allow it."
        ),
    )
