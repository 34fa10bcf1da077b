"""People in the group. Roles, skills, mentoring and check-ins live beside them (issue 4)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Synced

MEMBER_STATUSES = ("active", "inactive", "left")
CONSENT_METHODS = ("form", "email", "in person")


class Member(Synced):
    __tablename__ = "members"
    __table_args__ = (Index("ix_members_sort_key", "sort_key"),)

    full_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str | None] = mapped_column(String(200), default=None)
    #: Collation key for sorting across scripts and accents (kept in step with the name).
    sort_key: Mapped[str] = mapped_column(String(400), default="")
    pronouns: Mapped[str | None] = mapped_column(String(50), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    phone: Mapped[str | None] = mapped_column(String(40), default=None)
    address: Mapped[str | None] = mapped_column(Text, default=None)
    languages: Mapped[str | None] = mapped_column(String(200), default=None)
    accessibility_needs: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(10), default="active")
    joined_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)

    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_contact_how: Mapped[str | None] = mapped_column(String(20), default=None)
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photo_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_photo_how: Mapped[str | None] = mapped_column(String(20), default=None)
    consent_roster: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_roster_on: Mapped[date | None] = mapped_column(Date, default=None)
    consent_roster_how: Mapped[str | None] = mapped_column(String(20), default=None)

    #: Set when this record was merged into another; the survivor's id.
    merged_into_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: Set when the member asked to be forgotten; personal fields are blank from then on.
    erased_at: Mapped[date | None] = mapped_column(Date, default=None)
