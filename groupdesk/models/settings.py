"""The group's own settings: one live row, shared by sync like any other record."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
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
    #: How many must be present for a meeting to decide: a number ("12"), a share of the active
    #: members ("1/3"), or empty for no quorum (`services.meetings.outcomes.parse_quorum`).
    quorum: Mapped[str] = mapped_column(String(20), default="")
    #: The rule a vote is decided by unless the meeting chooses another: "simple majority",
    #: "two thirds", "consensus", or the group's own share ("3/5 counting abstentions").
    decision_rule: Mapped[str] = mapped_column(String(60), default="simple majority")
    #: Whether a member may vote for another by proxy (counted only when the holder is present).
    proxies_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The IANA time zone the group meets in ("Europe/Dublin"): new meetings' default; empty
    #: until chosen (then the zone of the latest meeting is used).
    zone: Mapped[str] = mapped_column(String(64), default="")
