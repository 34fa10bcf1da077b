"""The group's own settings: one live row, shared by sync like any other record."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Synced


class GroupSettings(Synced):
    __tablename__ = "group_settings"
    __record_label__ = "group settings"

    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    locale: Mapped[str] = mapped_column(String(35), default="en_GB")
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    financial_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    financial_year_start_day: Mapped[int] = mapped_column(Integer, default=1)
    logo_attachment_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Members not seen (no attendance or check-in) for this many weeks are flagged for a check-in.
    not_seen_weeks: Mapped[int] = mapped_column(Integer, default=8)
