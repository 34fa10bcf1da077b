"""Local (never synced) tables of the sync engine: what this laptop knows about its sync folder.

Files read and written (with the ranges of the change log each file holds, so a sync file can
carry every change the folder lacks), the devices seen in the folder, conflicts to review,
attachments still waiting for their blob, and changes for tables or fields this version of the
app does not know (kept, relayed, and applied after an upgrade).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Base


class SyncFile(Base):
    """A file of the sync folder that this laptop has read, or written itself."""

    __tablename__ = "sync_files"

    #: The file's path inside the sync folder, with forward slashes: `changes/<device>/<seq>.gdc`.
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    written: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    changes: Mapped[int] = mapped_column(Integer, default=0)


class SyncFileRange(Base):
    """A run of the local change log (`changes.seq` from first to last) that a file holds."""

    __tablename__ = "sync_file_ranges"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    first_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class SyncDevice(Base):
    """A laptop seen in the sync folder (from its device file, or from the changes it made)."""

    __tablename__ = "sync_devices"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    app_version: Mapped[str] = mapped_column(String(40), default="")
    schema_version: Mapped[int] = mapped_column(Integer, default=0)
    #: When that laptop last wrote its device file (its own clock, UTC).
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    #: When this laptop last read something from it.
    last_read_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncConflict(Base):
    """Two concurrent values of one field: the one in effect, and one that lost (to review)."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index("uq_sync_conflicts_loser", "table_name", "row_id", "field", "loser_hlc", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    winner_hlc: Mapped[str] = mapped_column(String(80))
    loser_hlc: Mapped[str] = mapped_column(String(80))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    #: Open while the winner is still the field's value; closed once a newer edit decided it.
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class PendingAttachment(Base):
    """An attachment whose row has arrived but whose file has not (yet)."""

    __tablename__ = "sync_pending_attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    problem: Mapped[str | None] = mapped_column(Text, default=None)


class UnknownChange(Base):
    """A change for a table or field this version does not know: applied after an upgrade."""

    __tablename__ = "sync_unknown_changes"

    hlc: Mapped[str] = mapped_column(String(80), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    base_hlc: Mapped[str | None] = mapped_column(String(80), default=None)
