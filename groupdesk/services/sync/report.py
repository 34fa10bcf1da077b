"""What a sync run did, and the same in words for people ("Read 3 files from Ana's laptop and
Sam's laptop: 41 changes, 1 conflict to review.")."""

from __future__ import annotations

from dataclasses import asdict, dataclass


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
        if self.stopped:
            return self.stopped
        parts: list[str] = []
        if self.files_read:
            names = sorted({f.device_name for f in self.files_read})
            count = len(self.files_read)
            conflicts = (
                f", {self.conflicts_opened} conflict{'s' if self.conflicts_opened != 1 else ''}"
                " to review"
                if self.conflicts_opened
                else ""
            )
            parts.append(
                f"Read {count} file{'s' if count != 1 else ''} from {_and(names)}: "
                f"{self.new_changes} change{'s' if self.new_changes != 1 else ''}{conflicts}."
            )
        else:
            parts.append("Nothing new to read.")
        if self.kept_aside_applied:
            count = self.kept_aside_applied
            parts.append(
                f"Applied {count} change{'s' if count != 1 else ''} kept until this version "
                "of GroupDesk could use them."
            )
        if self.written:
            parts.append(
                f"Sent {self.exported_changes} change{'s' if self.exported_changes != 1 else ''}."
            )
        if self.attachments_fetched:
            parts.append(f"Received {self.attachments_fetched} attached file(s).")
        if self.attachments_pending:
            parts.append(f"{self.attachments_pending} attached file(s) not arrived yet.")
        if self.problems:
            parts.append(f"{len(self.problems)} file(s) could not be read (see below).")
        return " ".join(parts)

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

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["summary"] = self.summary()
        return data


def _and(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
