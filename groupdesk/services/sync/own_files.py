"""This laptop's own files in the sync folder: telling the files it wrote from a copy's (a
data folder copied or restored from a backup writes under the same id and names), taking a
new device id when a copy is found, and reading files a cloud drive renamed."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from groupdesk.ids import new_id
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.sync_local import SyncFile
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.transport import MAX_STREAMED_BYTES, Entry, Listing, Transport
from groupdesk.services.workspace import DEVICE_ID_KEY, Workspace


@dataclass(frozen=True)
class KnownFile:
    name: str
    kind: str
    device_id: str
    seq: int
    written: bool
    sha256: str


@dataclass
class OwnFiles:
    workspace: Workspace
    folder: Transport
    #: Open one file to read part by part, its header and first part checked
    #: (`fmt.SyncFileError` if it cannot be).
    open: Callable[[Entry], AbstractContextManager[fmt.FileReader]]
    now: Callable[[], datetime]

    def renamed_change_files(self, listing: Listing, read: dict[str, KnownFile]) -> list[Entry]:
        """Change files under names a cloud client made ("… (Sam's conflicted copy).gdc"),
        not read yet, named by their own header (checked when the file is opened).

        When two copies of one data folder write the same name, the cloud drive keeps both
        and renames one: that copy may be the only home of its edits, so it is read like any
        other (reading a change twice does nothing). Files that are not sync files are left
        alone; one that is but cannot be read now is reported when it is opened."""
        found: list[Entry] = []
        for name in listing.renamed:
            if name in read:
                continue
            try:
                with self.folder.open_regular(name, limit=MAX_STREAMED_BYTES) as source:
                    header, _ = fmt.read_prefix(name, source)
            except fmt.SyncFileError:
                continue
            if header.kind == "changes":
                found.append(Entry(name, header.kind, header.device_id, header.seq))
        return found

    def check_copied_data_folder(
        self, listing: Listing, read: dict[str, KnownFile], renamed: list[Entry]
    ) -> str | None:
        """A file under this laptop's id, sealed with the group key, that it never wrote: the
        data folder was copied (or restored from a backup). Take a new device id before
        writing anything, and return what to tell people.

        Whether this laptop wrote a file is told by its content (the hash recorded when it
        wrote it), not by its name: a copy of the data folder writes the same names, and a
        cloud drive keeps the other laptop's file under the name and renames one of them.
        A file under a recorded name whose content differs is the copy's: its record here is
        dropped, so the file is read and this laptop's own changes are sent again.

        A file this laptop wrote but did not get to record (the process ended between the
        rename and the commit) holds only changes its own log holds: it is recorded as written
        instead. A copy's file holds the copy's own edits, which this log lacks.

        The files this laptop wrote are read back to compare only when something else may
        have written under its id: over a store whose listing shows this laptop's device file
        as it wrote it (`Listing.own_unchanged`), nothing did, and a sync reads none of them
        (it read every one of them, each sync, before)."""
        mine = [
            e
            for e in [*listing.entries.values(), *renamed]
            if e.device_id == self.workspace.device_id and e.kind in ("changes", "snapshot")
        ]
        changed = [
            e
            for e in mine
            if e.name in read
            and read[e.name].written
            and not listing.own_unchanged
            and self._replaced(e, read)
        ]
        replaced = [e for e in changed if self._authentic(e)]
        # A file of this laptop's overwritten with junk: its changes are no longer in the
        # folder, so they are sent again (under this laptop's id: junk proves no copy).
        self._forget_written([e for e in changed if e not in replaced], read)
        strangers = replaced + [
            e
            for e in mine
            if (e.name not in read or not read[e.name].written)
            and self._authentic(e)
            and not self._adopt_own_file(e)
        ]
        if not strangers:
            return None
        self._forget_written(replaced, read)
        old = self.workspace.device_id
        fresh = new_id()
        with self.workspace.uow() as uow:
            uow.session.merge(LocalState(key=DEVICE_ID_KEY, value=fresh))
            uow.commit()
        self.workspace.device_id = fresh
        self.workspace.clock.device_id = fresh
        return QT_TRANSLATE_NOOP(
            "SyncWarnings",
            "The sync folder holds {name}, written under this laptop's id by another copy of "
            "this data folder (copied, or restored from a backup). This laptop now syncs under "
            "a new id ({fresh}; it was {old}), so the two copies stay apart.",
        ).format(name=strangers[0].name, fresh=fresh, old=old)

    def _authentic(self, entry: Entry) -> bool:
        """Whether `entry` is sealed with the group key: only such a file can mean that the
        data folder was copied. Junk under this laptop's id (anyone can write to the folder)
        made it take a new id at every run."""
        try:
            with self.open(entry):
                return True
        except fmt.SyncFileError:
            return False

    def _replaced(self, entry: Entry, read: dict[str, KnownFile]) -> bool:
        """Whether the file under a name this laptop wrote holds other bytes than it wrote."""
        try:
            digest = hashlib.sha256()
            with self.folder.open_regular(entry.name, limit=MAX_STREAMED_BYTES) as source:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
        except fmt.SyncFileError:
            return False
        except OSError:
            return False  # could not be read whole now: looked at again next time
        return digest.hexdigest() != read[entry.name].sha256

    def _forget_written(self, entries: list[Entry], read: dict[str, KnownFile]) -> None:
        """Drop the record of files this laptop wrote whose names now hold another's file."""
        names = [(e.name,) for e in entries]
        if not names:
            return
        with self.workspace.uow() as uow:
            connection = uow.session.connection()
            connection.exec_driver_sql("DELETE FROM sync_file_ranges WHERE name = ?", names)
            connection.exec_driver_sql("DELETE FROM sync_files WHERE name = ?", names)
            uow.commit()
        for entry in entries:
            del read[entry.name]

    def _adopt_own_file(self, entry: Entry) -> bool:
        """Record `entry` as written here if every change in it is in this laptop's log."""
        if entry.kind == "changes" and self._wrote_later_than(entry.seq):
            return False  # this laptop has written past it: someone else wrote this one
        try:
            with self.open(entry) as file, self.workspace.uow() as uow:
                connection = uow.session.connection()
                for part in file.parts():
                    for change in part:
                        known = connection.exec_driver_sql(
                            "SELECT 1 FROM changes"
                            " WHERE hlc = ? AND table_name = ? AND row_id = ? AND field = ?",
                            (change.hlc, change.table, change.row_id, change.field),
                        ).first()
                        if known is None:
                            return False
                uow.session.merge(
                    SyncFile(
                        name=entry.name,
                        kind=entry.kind,
                        device_id=entry.device_id,
                        seq=entry.seq,
                        sha256=file.sha256,
                        written=True,
                        at=self.now(),
                        changes=file.changes,
                    )
                )
                uow.commit()
        except fmt.SyncFileError:
            return False
        return True

    def _wrote_later_than(self, seq: int) -> bool:
        with self.workspace.uow() as uow:
            top = uow.session.scalar(
                select(func.max(SyncFile.seq)).where(
                    SyncFile.device_id == self.workspace.device_id,
                    SyncFile.kind == "changes",
                    SyncFile.written.is_(True),
                )
            )
        return top is not None and top > seq
