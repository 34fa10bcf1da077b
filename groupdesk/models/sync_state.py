"""Local (never synced) tables behind change capture: the change log, field clocks, this laptop.

The change log holds one row per changed field, written in the same transaction as the change
itself; it is both what sync files carry and the per-record history the GUI shows.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Base


class Change(Base):
    """One field of one row set to one value at one hybrid-logical-clock stamp."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("uq_changes_identity", "hlc", "table_name", "row_id", "field", unique=True),
        Index("ix_changes_row", "table_name", "row_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    #: The new value as canonical JSON text (`null` for an empty field).
    value: Mapped[str] = mapped_column(Text)
    #: The field's winning stamp on the writing laptop just before this change (empty for a new
    #: row): sync tells a concurrent edit (a conflict to review) from a deliberate overwrite.
    base_hlc: Mapped[str | None] = mapped_column(String(80), default=None)


class FieldClock(Base):
    """The winning stamp of each field, so a merge is a lookup rather than a scan of history."""

    __tablename__ = "field_clock"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))


class LocalState(Base):
    """Facts about this laptop only (its device id and name, backup retention, …)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
