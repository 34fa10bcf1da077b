"""What a sync run did, and the same in words for people ("Read 3 files from Ana's laptop and
Sam's laptop: 41 changes, 1 conflict to review.")."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from groupdesk.messages import as_json, from_json
from groupdesk.registry import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FileProblem:
    name: str
    reason: str


@dataclass(frozen=True)
class FileRead:
    name: str
    device_id: str
    device_name: str
    changes: int


@dataclass(frozen=True)
class SyncReport:
    files_read: tuple[FileRead, ...] = ()
    changes_applied: int = 0
    new_changes: int = 0
    conflicts_opened: int = 0
    problems: tuple[FileProblem, ...] = ()
    warnings: tuple[str, ...] = ()
    written: str | None = None
    exported_changes: int = 0
    attachments_fetched: int = 0
    attachments_sent: int = 0
    attachments_pending: int = 0
    snapshot_written: str | None = None
    pruned: int = 0
    stopped: str | None = None
    finished_at: str = ""
    #: Changes kept aside for tables or fields an older version did not know, merged now.
    kept_aside_applied: int = 0
    #: This laptop held its changes back: the other laptops say its clock is wrong.
    clock_refused: bool = False

    def summary(self) -> str:
        """The result in words, for people."""
        return " ".join(self.sentences())

    def sentences(self) -> tuple[str, ...]:
        """The summary's sentences, each marked for the GUI to say in the reader's language."""
        if self.stopped:
            return (self.stopped,)
        said: list[str] = []
        if self.files_read:
            read = QT_TRANSLATE_NOOP("SyncReport", "Read {files} from {laptops}: {changes}.")
            if self.conflicts_opened:
                read = QT_TRANSLATE_NOOP(
                    "SyncReport", "Read {files} from {laptops}: {changes}, {conflicts} to review."
                )
            said.append(
                read.format(
                    files=_files(len(self.files_read)),
                    laptops=_and(sorted({f.device_name for f in self.files_read})),
                    changes=_changes(self.new_changes),
                    conflicts=_conflicts(self.conflicts_opened),
                )
            )
        else:
            said.append(QT_TRANSLATE_NOOP("SyncReport", "Nothing new to read."))
        if self.kept_aside_applied:
            said.append(
                QT_TRANSLATE_NOOP(
                    "SyncReport",
                    "Applied {changes} kept until this version of GroupDesk could use them.",
                ).format(changes=_changes(self.kept_aside_applied))
            )
        if self.written:
            said.append(
                QT_TRANSLATE_NOOP("SyncReport", "Sent {changes}.").format(
                    changes=_changes(self.exported_changes)
                )
            )
        if self.attachments_fetched:
            said.append(
                QT_TRANSLATE_NOOP("SyncReport", "Received %n attached file(s).", "", 0).format(
                    n=self.attachments_fetched
                )
            )
        if self.attachments_pending:
            said.append(
                QT_TRANSLATE_NOOP(
                    "SyncReport", "%n attached file(s) not arrived yet.", "", 0
                ).format(n=self.attachments_pending)
            )
        if self.problems:
            said.append(
                QT_TRANSLATE_NOOP(
                    "SyncReport", "%n file(s) could not be read (see below).", "", 0
                ).format(n=len(self.problems))
            )
        return tuple(said)

    def then(self, later: SyncReport) -> SyncReport:
        """This run's reading followed by `later`'s (a join reads, then sends)."""
        return SyncReport(
            files_read=self.files_read + later.files_read,
            changes_applied=self.changes_applied + later.changes_applied,
            new_changes=self.new_changes + later.new_changes,
            conflicts_opened=self.conflicts_opened + later.conflicts_opened,
            problems=self.problems + later.problems,
            warnings=self.warnings + later.warnings,
            written=later.written,
            exported_changes=later.exported_changes,
            attachments_fetched=self.attachments_fetched + later.attachments_fetched,
            attachments_sent=later.attachments_sent,
            attachments_pending=later.attachments_pending,
            snapshot_written=later.snapshot_written,
            pruned=later.pruned,
            stopped=self.stopped or later.stopped,
            finished_at=later.finished_at,
            kept_aside_applied=self.kept_aside_applied + later.kept_aside_applied,
            clock_refused=later.clock_refused,
        )

    def to_json(self, *, kept: bool = False) -> dict[str, object]:
        """The report in the English the CLI shows; `kept` (the report this laptop stores)
        adds its sentences whole (`said`), for the Sync page to say in the reader's language."""
        data = asdict(self)
        data["summary"] = self.summary()
        if not kept:
            return data
        data["said"] = {
            "warnings": [as_json(warning) for warning in self.warnings],
            "reasons": [as_json(problem.reason) for problem in self.problems],
            "stopped": as_json(self.stopped) if self.stopped else None,
        }
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SyncReport:
        """A report as `to_json` stored it (the last sync's, shown when the Sync page opens);
        a field this version does not know is left out."""
        known = {field.name for field in fields(cls)}
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        values["files_read"] = tuple(FileRead(**f) for f in values.get("files_read", ()))
        values["problems"] = tuple(FileProblem(**p) for p in values.get("problems", ()))
        values["warnings"] = tuple(values.get("warnings", ()))
        said = data.get("said")
        if isinstance(said, Mapping):
            values["warnings"] = tuple(from_json(warning) for warning in said["warnings"])
            reasons = [from_json(reason) for reason in said.get("reasons", ())]
            if len(reasons) == len(values["problems"]):
                values["problems"] = tuple(
                    FileProblem(problem.name, reason)
                    for problem, reason in zip(values["problems"], reasons, strict=True)
                )
            if said["stopped"] is not None:
                values["stopped"] = from_json(said["stopped"])
        return cls(**values)


def _and(names: list[str]) -> str:
    """'Ana's laptop', 'Ana's laptop and Sam's laptop', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return QT_TRANSLATE_NOOP("SyncReport", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _files(count: int) -> str:
    return QT_TRANSLATE_NOOP("SyncReport", "%n file(s)", "", 0).format(n=count)


def _changes(count: int) -> str:
    return QT_TRANSLATE_NOOP("SyncReport", "%n change(s)", "", 0).format(n=count)


def _conflicts(count: int) -> str:
    return QT_TRANSLATE_NOOP("SyncReport", "%n conflict(s)", "", 0).format(n=count)
