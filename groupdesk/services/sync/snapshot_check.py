"""Whether a laptop new to the folder may start from a snapshot (issue 15 item 11).

A snapshot is sealed with the group key, but any laptop holding the key can write one: a
crafted snapshot claiming every member deleted stopped no one joining (an existing laptop's
mass-delete guard works; a new laptop has nothing to guard), and it showed 0 of 200 members.
So a joining laptop trusts a snapshot only where it must:

- where every change file it says it covers is still in the folder, it is not used at all:
  the laptop reads those files, which hold everything the snapshot would give. (Comparing
  the two, as before, read both: a 100,000-member group's files and snapshot, each more than
  a gigabyte unpacked, held in memory at once.)
- where the files are gone (pruned), the snapshot is merged and, before anything is kept, a
  table in which more than half the rows are deleted stops it unless the person allows it,
  as for an existing laptop. The check counts in the database, so it costs no memory.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.apply import (
    DEFAULT_MASS_DELETE_SHARE,
    MASS_DELETE_MINIMUM,
    MassDeleteError,
)
from groupdesk.services.sync.stored_values import PLACEHOLDER_DELETED_AT, bindable, synced_tables
from groupdesk.services.sync.transport import Listing


def covered_files(covers: dict[str, int], listing: Listing) -> list[str] | None:
    """The change files a snapshot covers, or None if any of them is gone from the folder."""
    names = [
        fmt.file_name("changes", device_id, seq)
        for device_id, top in covers.items()
        for seq in range(1, top + 1)
    ]
    return names if all(listing.holds(name) for name in names) else None


def mass_deletion(connection: Connection) -> tuple[str, int, int] | None:
    """(table, deleted, rows) of the first table in which more than half the rows (and at
    least a few) are deleted; None if there is none. Rows still waiting for their creation
    (placeholders) count as neither."""
    waiting = bindable(PLACEHOLDER_DELETED_AT)
    for table in sorted(synced_tables()):
        rows, deleted = connection.exec_driver_sql(
            "SELECT count(*), coalesce(sum(deleted_at IS NOT NULL), 0)"  # noqa: S608
            f' FROM "{table}" WHERE deleted_at IS NULL OR deleted_at != ?',
            (waiting,),
        ).one()
        if deleted >= MASS_DELETE_MINIMUM and deleted > DEFAULT_MASS_DELETE_SHARE * rows:
            return table, int(deleted), int(rows)
    return None


def refuse_mass_deletion(name: str, writer: str) -> Callable[[Connection], None]:
    """A check for `apply.apply_file`: stop the snapshot `name` (written by `writer`) when it
    leaves most rows of a table deleted on a laptop that is joining."""

    def check(connection: Connection) -> None:
        deleted = mass_deletion(connection)
        if deleted is None:
            return
        table, count, rows = deleted
        raise MassDeleteError(
            name,
            table,
            count,
            rows,
            message=QT_TRANSLATE_NOOP(
                "SyncWarnings",
                "Stopped before {name}, written by {writer}: it says {count} of its {rows} "
                "{table} are deleted, and the change files that would show it are gone. Nothing "
                "from it was applied. If your group did delete them, sync again and allow it.",
            ).format(
                name=name, writer=writer, count=count, rows=rows, table=table.replace("_", " ")
            ),
        )

    return check
