"""One sync run: read what is new in the sync folder, then write what the folder lacks.

    backup → device files → (snapshot, for a new laptop or across a gap) → change files, each
    in its own transaction → attachments → own change file → device file → attachment blobs
    → snapshot and pruning, now and then

A file that cannot be read now (damaged, cut short, another group's, a newer app's) is skipped
whole and named in the report; it is tried again next time. Nothing here decides a merge:
that is `merge`, so another transport could sit beside this folder one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from groupdesk.errors import Cancelled, Remedy
from groupdesk.messages import QT_TRANSLATE_NOOP, Message, sentence
from groupdesk.models.base import synced_models
from groupdesk.models.sync_local import SyncDevice, SyncFile
from groupdesk.models.sync_state import LocalState
from groupdesk.services.collector import collector_paused
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync import joining, keys
from groupdesk.services.sync.apply import (
    MassDeleteError,
    MassDeleteGuard,
    apply_file,
    apply_kept_aside_changes,
    has_kept_aside_changes_to_apply,
)
from groupdesk.services.sync.attachments_sync import fetch_attachments, send_attachments
from groupdesk.services.sync.clock_check import (
    ClockReading,
    clock_warnings,
    judge,
    seen_ahead,
    written_millis,
)
from groupdesk.services.sync.config import (
    LAST_REPORT_KEY,
    NotSetUpError,
    SyncConfig,
    device_name,
    open_transport,
    remember_place,
    sync_config,
)
from groupdesk.services.sync.conflicts import device_label
from groupdesk.services.sync.merge import MergeResult
from groupdesk.services.sync.one_at_a_time import one_sync_at_a_time
from groupdesk.services.sync.outgoing import contiguous_reads, write_changes, write_device_file
from groupdesk.services.sync.own_files import KnownFile, OwnFiles
from groupdesk.services.sync.place_marks import DeviceMark, PlaceMarks, load_marks, save_marks
from groupdesk.services.sync.records_words import records_of
from groupdesk.services.sync.report import FileProblem, FileRead, SyncReport
from groupdesk.services.sync.snapshot_check import covered_files, refuse_mass_deletion
from groupdesk.services.sync.snapshots import prune_own_files, should_snapshot, write_snapshot
from groupdesk.services.sync.transport import (
    MAX_SMALL_FILE_BYTES,
    MAX_STREAMED_BYTES,
    Entry,
    Listing,
    Transport,
)
from groupdesk.services.sync.validate import RejectedChange
from groupdesk.services.workspace import Workspace

#: Two computer clocks further apart than this disagree (`clock_check`).
MAX_SKEW = timedelta(days=1)
#: Write a snapshot after this many own change files since the folder's newest snapshot.
SNAPSHOT_EVERY = 50
#: Own change files covered by a snapshot are deleted once this old.
PRUNE_AFTER = timedelta(days=30)

Progress = Callable[[int, int, str], None]

# What the Sync page's progress box says while a sync runs (in the reader's language there).
_WAITING = QT_TRANSLATE_NOOP("SyncProgress", "Waiting for another sync to finish…")
_LOOKING = QT_TRANSLATE_NOOP("SyncProgress", "Looking in the sync folder…")
_BACKING_UP = QT_TRANSLATE_NOOP("SyncProgress", "Backing up before reading…")
_APPLYING_KEPT = QT_TRANSLATE_NOOP("SyncProgress", "Applying changes kept for this version…")
_READING = QT_TRANSLATE_NOOP("SyncProgress", "Reading {name}…")
_WRITING = QT_TRANSLATE_NOOP("SyncProgress", "Writing this laptop's changes…")
_CANCELLED = QT_TRANSLATE_NOOP(
    "SyncProgress", "Sync cancelled; what was read so far is kept, nothing is half-done."
)


def run_sync(
    workspace: Workspace,
    *,
    store: keys.KeyStore | None = None,
    folder_path: Path | None = None,
    allow_mass_delete: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: Callable[[], datetime] | None = None,
    backup: bool = True,
    write: bool = True,
    max_skew: timedelta = MAX_SKEW,
    clock_is_right: bool = False,
    remember_folder: bool = False,
) -> SyncReport:
    """Sync this data folder with its sync folder once; see the module docstring.

    `folder_path`: sync through another folder of the group this once (a USB stick carried
    between laptops); `remember_folder` makes it this laptop's sync folder from now on.
    `clock_is_right`: send even if the other laptops' clocks say this computer's is wrong."""
    config = sync_config(workspace)
    if config is None:
        raise NotSetUpError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "This laptop is not set up to sync yet: set up a new sync folder, or join the "
                "one the group already has.",
            ),
            remedy=Remedy("set_up_sync"),
        )
    if folder_path is not None:
        config = SyncConfig(Path(folder_path).resolve(), config.group_id)
    store = store or keys.keyring_store()
    waiting = (lambda: progress(0, 0, _WAITING)) if progress else None
    with one_sync_at_a_time(workspace.paths, waiting=waiting):
        folder, key = open_transport(config, store)

        def once(*, backup: bool, write: bool) -> SyncReport:
            run = _Run(
                workspace,
                folder,
                key,
                config.group_id,
                now or workspace.now,
                progress,
                cancelled,
                max_skew,
            )
            run.clock_is_right = clock_is_right
            return run.execute(allow_mass_delete=allow_mass_delete, backup=backup, write=write)

        # A join killed half-way resumes here: read, take the group's settings, then send.
        joining_before = joining.pending(workspace)
        report = once(backup=backup, write=write and joining_before is None)
        if joining_before is not None and report.stopped is None:
            if joining.finish(workspace, joining_before):
                if write:
                    report = report.then(once(backup=False, write=True))
            else:
                report = replace(report, warnings=(*report.warnings, joining.NOT_FINISHED))
        with workspace.uow() as uow:
            uow.session.merge(
                LocalState(key=LAST_REPORT_KEY, value=json.dumps(report.to_json(kept=True)))
            )
            if folder_path is not None and remember_folder:
                remember_place(uow.session, config.where(), None)
            uow.commit()
    return report


def _in_records_words(stop: MassDeleteError) -> str:
    """The stop's sentence with its table said as the reader calls its records ("6 miembros",
    not "members"); the English names records too ("budget lines", not "grant budget lines")."""
    said = sentence(stop)
    if not isinstance(said, Message) or "table" not in said.arguments:
        return said
    return said.format(table=records_of(stop.table, stop.live))


@dataclass
class _Run:
    workspace: Workspace
    folder: Transport
    key: bytes
    group_id: str
    now: Callable[[], datetime]
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    max_skew: timedelta = MAX_SKEW
    problems: list[FileProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reads: list[FileRead] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    clocks: list[ClockReading] = field(default_factory=list)
    clock_is_right: bool = False

    def _say(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress(done, total, text)
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(_CANCELLED)

    def execute(self, *, allow_mass_delete: bool, backup: bool, write: bool) -> SyncReport:
        self._say(0, 0, _LOOKING)
        read = self._files_known()
        marks = load_marks(self.workspace, self.folder.describe())
        seen = marks.seen(self.workspace.device_id, contiguous_reads(read.values()), self.now())
        listing = self.folder.listing(seen)
        own = OwnFiles(self.workspace, self.folder, self._open, self.now)
        renamed = own.renamed_change_files(listing, read)
        warning = own.check_copied_data_folder(listing, read, renamed)
        if warning:
            self.warnings.append(warning)
        self._read_device_files(listing, marks)
        to_read = [
            e
            for e in [*listing.of_kind("changes"), *renamed]
            if e.name not in read and e.device_id != self.workspace.device_id
        ]
        snapshot = self._snapshot_to_load(listing, read)
        guard = MassDeleteGuard(self._live_counts(), allow=allow_mass_delete)
        totals = {"new": 0, "applied": 0, "conflicts": 0}
        stopped: str | None = None
        upgraded = has_kept_aside_changes_to_apply(self.workspace)
        if (to_read or snapshot or upgraded) and backup:
            self._say(0, 0, _BACKING_UP)
            from groupdesk.services.backup import automatic_backup

            automatic_backup(self.workspace.paths, reason="before-sync")
        kept_aside_applied = 0
        if upgraded:
            self._say(0, 0, _APPLYING_KEPT)
            result = apply_kept_aside_changes(self.workspace, now=self.now)
            kept_aside_applied = result.applied
            totals["applied"] += result.applied
            totals["conflicts"] += result.conflicts_opened
            self._note_rejected(
                QT_TRANSLATE_NOOP("SyncWarnings", "the changes kept for this version"),
                result.rejected,
            )
        try:
            if snapshot is not None:
                with collector_paused():
                    covered = self._start_from(
                        snapshot, listing, read, guard, totals, allow_mass_delete
                    )
                to_read = [e for e in to_read if e.name not in covered]
            for done, entry in enumerate(to_read, start=1):
                self._say(done - 1, len(to_read), _READING.format(name=entry.name))
                with collector_paused():
                    self._read_change_file(entry, guard, totals)
        except MassDeleteError as stop:
            stopped = _in_records_words(stop)
        fetched, pending = fetch_attachments(
            self.workspace, self.folder, self.key, self.group_id, listing
        )
        self.problems.extend(FileProblem(n, r) for n, r in pending.problems)
        written, exported, sent, snapshot_name, pruned = None, 0, 0, None, 0
        clock_refused = False
        if write and stopped is None:
            clock_refused = self._clock_is_wrong()
            if not clock_refused:
                self._say(0, 0, _WRITING)
                written, exported = write_changes(
                    self.workspace, self.folder, self.key, self.group_id, listing, self.now
                )
            # The device file goes next, before attachments, snapshot and pruning: over a
            # store the others list this laptop's change files only once its device file
            # changed (`place_marks`), so a fault sending an attachment must not leave the
            # change file unannounced.
            ahead = seen_ahead(self.clocks, self.workspace.now_millis(), self._tolerance())
            tag = write_device_file(
                self.workspace, self.folder, self.key, self.group_id, self.now, clocks_ahead=ahead
            )
            marks.note_own_device_file(self.workspace.device_id, tag)
            if not clock_refused:
                sent, marks.blobs = send_attachments(
                    self.workspace,
                    self.folder,
                    self.key,
                    self.group_id,
                    listing,
                    in_place=None if seen is None else marks.blobs,
                )
                snapshot_name = self._maybe_snapshot(listing)
                pruned = self._prune(listing)
        marks.note_listing(listing, listed_all=seen is None, now=self.now())
        save_marks(self.workspace, marks)
        return SyncReport(
            files_read=tuple(self.reads),
            changes_applied=totals["applied"],
            new_changes=totals["new"],
            conflicts_opened=totals["conflicts"],
            problems=tuple(self.problems),
            warnings=tuple(self.warnings),
            written=written,
            exported_changes=exported,
            attachments_fetched=fetched,
            attachments_sent=sent,
            attachments_pending=pending.count,
            snapshot_written=snapshot_name,
            pruned=pruned,
            stopped=stopped,
            finished_at=self.now().isoformat(timespec="seconds"),
            kept_aside_applied=kept_aside_applied,
            clock_refused=clock_refused,
        )

    # What this laptop knows --------------------------------------------------------

    def _files_known(self) -> dict[str, KnownFile]:
        with self.workspace.uow() as uow:
            return {
                f.name: KnownFile(f.name, f.kind, f.device_id, f.seq, f.written, f.sha256)
                for f in uow.session.scalars(select(SyncFile))
            }

    def _live_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        with self.workspace.uow() as uow:
            for model in synced_models():
                counts[model.__tablename__] = int(
                    uow.session.scalar(
                        select(func.count()).select_from(model).where(model.deleted_at.is_(None))
                    )
                    or 0
                )
        return counts

    def _device_label(self, device_id: str) -> str:
        if device_id == self.workspace.device_id:
            return device_name(self.workspace)
        return device_label(self.names, device_id)

    def _read_device_files(self, listing: Listing, marks: PlaceMarks) -> None:
        """Read the other laptops' device files; one whose tag is the one last read is not
        read again (what it said of clocks is remembered in `marks`)."""
        with self.workspace.uow() as uow:
            self.names = {d.device_id: d.name for d in uow.session.scalars(select(SyncDevice))}
        for entry in listing.of_kind("device"):
            if entry.device_id == self.workspace.device_id:
                continue
            tag = listing.tags.get(entry.device_id)
            known = marks.devices.get(entry.device_id)
            if tag is not None and known is not None and known.tag == tag:
                self._note_clock(entry.device_id, known.written_at, known.clocks_ahead)
                continue
            try:
                header, body = fmt.decode(
                    entry.name,
                    self.folder.read(entry.name, limit=MAX_SMALL_FILE_BYTES),
                    self.key,
                    group_id=self.group_id,
                    expect=("device", entry.device_id, 0),
                )
            except fmt.SyncFileError as problem:
                self.problems.append(FileProblem(problem.name, problem.reason))
                continue
            info = body.device
            self._note_clock(entry.device_id, header.written_at, info.get("clocks_ahead"))
            if tag is not None:
                marks.devices[entry.device_id] = DeviceMark(
                    tag, header.written_at, info.get("clocks_ahead")
                )
            name = str(info.get("name", ""))[:200]
            self.names[entry.device_id] = name or self.names.get(entry.device_id, "")
            last = _parse_time(info.get("last_sync"))
            with self.workspace.uow() as uow:
                device = uow.session.get(SyncDevice, entry.device_id) or SyncDevice(
                    device_id=entry.device_id
                )
                device.name = name
                device.app_version = header.app_version[:40]
                device.schema_version = header.schema
                device.last_sync_at = last
                uow.session.merge(device)
                uow.commit()

    # Reading ----------------------------------------------------------------------

    @contextmanager
    def _open(self, entry: Entry) -> Iterator[fmt.FileReader]:
        """One file opened for reading part by part, its header and first part checked
        (SyncFileError if it cannot be read)."""
        with self.folder.open_regular(entry.name, limit=MAX_STREAMED_BYTES) as source:
            yield fmt.open_file(
                entry.name,
                source,
                self.key,
                group_id=self.group_id,
                expect=(entry.kind, entry.device_id, entry.seq),
            )

    def _read_change_file(
        self, entry: Entry, guard: MassDeleteGuard, totals: dict[str, int]
    ) -> None:
        try:
            with self._open(entry) as file:
                result = apply_file(self.workspace, file=file, guard=guard, now=self.now)
        except fmt.SyncFileError as problem:
            self.problems.append(FileProblem(problem.name, problem.reason))
            return
        self._count(entry, file.changes, result, totals)

    def _count(
        self, entry: Entry, changes: int, result: MergeResult, totals: dict[str, int]
    ) -> None:
        """Add what reading `entry` did to the run's totals and its list of files read."""
        totals["new"] += result.new_changes
        totals["applied"] += result.applied
        totals["conflicts"] += result.conflicts_opened
        self._note_rejected(entry.name, result.rejected)
        self.reads.append(
            FileRead(entry.name, entry.device_id, self._device_label(entry.device_id), changes)
        )

    def _note_rejected(self, name: str, rejected: list[RejectedChange]) -> None:
        """Name each change that could not be applied, its file and the laptop that made it
        (every laptop skips the same ones, so they still agree)."""
        for change in rejected:
            author = self._device_label(change.hlc[fmt.STAMP_DEVICE_AT :])
            self.warnings.append(
                QT_TRANSLATE_NOOP(
                    "SyncWarnings",
                    "Skipped a change in {name} made by {author}: {table} {row}, {reason}. It "
                    "cannot be applied; every laptop skips it.",
                ).format(
                    name=name,
                    author=author,
                    table=change.table,
                    row=change.row_id,
                    reason=change.reason,
                )
            )

    @staticmethod
    def _new_here(read: dict[str, KnownFile]) -> bool:
        """Whether this laptop has read nothing of the folder yet (it is joining)."""
        return not any(f.kind in ("changes", "snapshot", "covered") for f in read.values())

    def _start_from(
        self,
        entry: Entry,
        listing: Listing,
        read: dict[str, KnownFile],
        guard: MassDeleteGuard,
        totals: dict[str, int],
        allow_mass_delete: bool,
    ) -> set[str]:
        """Apply the snapshot `entry`, part by part; the change files it covers.

        A joining laptop passes over a snapshot whose change files are all still in the
        folder (it reads them instead) and has one whose files are gone checked for mass
        deletion before it is kept (`snapshot_check`)."""
        self._say(0, 0, _READING.format(name=entry.name))
        joining = self._new_here(read)
        try:
            with self._open(entry) as file:
                if joining and covered_files(file.covers, listing) is not None:
                    return set()
                # Files this laptop wrote or read stay as they are: marking its own files
                # "covered" (not written here) made the next run take them for a copied
                # data folder's.
                covered = [
                    (e.name, e.device_id, e.seq)
                    for e in listing.of_kind("changes")
                    if e.seq <= file.covers.get(e.device_id, 0)
                    and e.device_id != self.workspace.device_id
                    and e.name not in read
                ]
                check = None
                if joining and not allow_mass_delete:
                    check = refuse_mass_deletion(entry.name, self._device_label(entry.device_id))
                result = apply_file(
                    self.workspace,
                    file=file,
                    guard=guard,
                    now=self.now,
                    covered=covered,
                    before_commit=check,
                )
        except fmt.SyncFileError as problem:
            self.problems.append(FileProblem(problem.name, problem.reason))
            return set()
        self._count(entry, file.changes, result, totals)
        return {name for name, _, _ in covered}

    def _snapshot_to_load(self, listing: Listing, read: dict[str, KnownFile]) -> Entry | None:
        """A snapshot to start from: the newest one for a laptop new to the folder; else the
        snapshot of a device whose change files this laptop never read are gone (pruned by
        their writer once that snapshot covered them)."""
        snapshots = [
            e
            for e in listing.of_kind("snapshot")
            if e.name not in read and e.device_id != self.workspace.device_id
        ]
        if not snapshots:
            return None
        if self._new_here(read):
            return max(snapshots, key=lambda e: self.folder.modified(e.name))
        got = contiguous_reads(read.values())
        for snap in sorted(snapshots, key=lambda e: -e.seq):
            for seq in range(got.get(snap.device_id, 0) + 1, snap.seq + 1):
                if not listing.holds(fmt.file_name("changes", snap.device_id, seq)):
                    return snap
        return None

    # Writing ----------------------------------------------------------------------

    def _note_clock(self, device_id: str, written_at: str, published: object) -> None:
        """Keep what a device file says about clocks: when it was written by its writer's
        clock, and which laptops' files its writer saw stamped ahead of its own clock."""
        millis = written_millis(written_at)
        if millis is None:
            return
        ahead: dict[str, tuple[int, int]] = {}
        if isinstance(published, dict):
            for other, pair in published.items():
                try:
                    based_on, by = (int(x) for x in pair)
                except (TypeError, ValueError):
                    continue
                ahead[str(other)] = (based_on, by)
        self.clocks.append(ClockReading(device_id, millis, ahead))

    def _tolerance(self) -> int:
        return int(self.max_skew.total_seconds() * 1000)

    def _clock_is_wrong(self) -> bool:
        """Whether this laptop should hold its changes back: the other laptops' clocks agree
        with each other and not with this computer's (see `clock_check`). Every laptop is
        told what it knows about wrong clocks, naming them."""
        verdict = judge(
            self.workspace.device_id, self.workspace.now_millis(), self.clocks, self._tolerance()
        )
        own_wrong, warnings = clock_warnings(verdict, self.workspace.device_id, self._device_label)
        self.warnings.extend(warnings)
        return own_wrong and not self.clock_is_right

    def _maybe_snapshot(self, listing: Listing) -> str | None:
        if not should_snapshot(self.workspace, listing):
            return None
        name = write_snapshot(self.workspace, self.folder, self.key, self.group_id, self.now)
        if name is not None:
            listing.add(name)
        return name

    def _prune(self, listing: Listing) -> int:
        return prune_own_files(self.workspace, self.folder, listing, self.now, PRUNE_AFTER)


def _parse_time(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
