"""People in the group, and how they look after each other: roles held over time, skills and
interests (the skill-share directory), mentorships, support check-ins, and merges of duplicates.

Every column that points at a member is declared with `reference("members")`
(`groupdesk.models.references`), so merge and erasure find it without a hand-kept list. A model's
`__erase_fields__` names its personal text fields, blanked when the member it is about is
forgotten.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Boolean, ColumnElement, Date, DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Base, Synced
from groupdesk.models.references import reference

MEMBER_STATUSES = ("active", "inactive", "left")
CONSENT_METHODS = ("form", "email", "in person")
CONSENT_KINDS = ("contact", "photo", "roster")
SKILL_KINDS = ("skill", "interest")
CHECKIN_METHODS = ("call", "visit", "message", "other")


class Member(Synced):
    __tablename__ = "members"
    __record_label__ = "member"
    __table_args__ = (
        Index("ix_members_sort_key", "sort_key"),
        # Covering: the Dashboard's counts read the index alone (migration 0016).
        Index("ix_members_status_joined", "status", "joined_on", "deleted_at", "merged_into_id"),
    )
    __derived_fields__: ClassVar[dict[str, tuple[str, str]]] = {
        "sort_key": ("full_name", "groupdesk.services.collation:sort_key")
    }

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

    #: Blanked when the member is forgotten (with their history in the change log).
    __erase_fields__: ClassVar[frozenset[str]] = frozenset(
        {
            "full_name",
            "preferred_name",
            "sort_key",
            "pronouns",
            "email",
            "phone",
            "address",
            "languages",
            "accessibility_needs",
            "notes",
        }
    )


def live_members() -> ColumnElement[bool]:
    """What the members a list shows have: not deleted, not merged away, not forgotten."""
    return (
        Member.deleted_at.is_(None) & Member.merged_into_id.is_(None) & Member.erased_at.is_(None)
    )


class MemberRole(Synced):
    """A role held for a time: "who was treasurer in 2023?"."""

    __tablename__ = "member_roles"
    __record_label__ = "role"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"notes"})

    member_id: Mapped[str] = reference("members")
    role: Mapped[str] = mapped_column(String(100))
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: Empty while the role is held.
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class MemberSkill(Synced):
    """Something a member knows or can do (a skill) or wants to learn (an interest).

    The id is derived from the member and the folded name (`ids.pair_id`), so the same skill
    added on two laptops offline is one row after sync.
    """

    __tablename__ = "member_skills"
    __record_label__ = "skill"
    __table_args__ = (Index("ix_member_skills_name_key", "name_key"),)
    __derived_fields__: ClassVar[dict[str, tuple[str, str]]] = {
        "name_key": ("name", "groupdesk.services.members.skills:skill_key")
    }
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"notes"})

    member_id: Mapped[str] = reference("members")
    #: As the member said it: "First aid".
    name: Mapped[str] = mapped_column(String(100))
    #: Case- and accent-folded name, for "who knows first aid?".
    name_key: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="skill")
    #: Happy to teach or share it with others.
    can_teach: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Mentorship(Synced):
    """A mentor paired with a mentee; a person can be both, in different pairings."""

    __tablename__ = "mentorships"
    __record_label__ = "mentorship"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"goals", "notes"})

    mentor_id: Mapped[str] = reference("members", relation="as mentor")
    mentee_id: Mapped[str] = reference("members")
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    goals: Mapped[str | None] = mapped_column(Text, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class CheckIn(Synced):
    """A support check-in: who was checked on, by whom, when, how, and any follow-up needed."""

    __tablename__ = "checkins"
    __record_label__ = "check-in"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"note"})

    member_id: Mapped[str] = reference("members")
    #: Who made the check-in; a forgotten organiser's check-ins keep their notes about others.
    by_id: Mapped[str | None] = reference("members", on_forget="keep", relation="by them")
    checked_on: Mapped[date] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    #: When to follow up; empty when no follow-up is needed.
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_done_on: Mapped[date | None] = mapped_column(Date, default=None)


class MemberSeen(Base):
    """Each member's last-seen day (a check-in about or by them, or present at a held meeting).

    Local and never synced: triggers on check-ins, attendance and meetings keep it
    (migration 0012_member_seen), so any write, merge or undo leaves it right and every laptop
    derives the same day; the care list and the Members table read it instead of grouping
    every check-in and attendance mark (docs/performance.md)."""

    __tablename__ = "member_seen"

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seen_on: Mapped[date] = mapped_column(Date)


class MemberMerge(Synced):
    """One merge of a duplicate record into a survivor, kept so that it can be undone.

    `moved` lists every reference moved to the survivor as JSON `[[table, column, row_id], ...]`;
    `filled` maps each survivor field that was empty and was filled from the merged record to the
    value it took (JSON), so an unmerge can empty it again if no one has changed it since.
    """

    __tablename__ = "member_merges"
    __record_label__ = "merge of two records"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"filled"})

    survivor_id: Mapped[str] = reference("members", on_merge="keep", relation="this record kept")
    merged_id: Mapped[str] = reference(
        "members", on_merge="keep", relation="this record merged into the other"
    )
    moved: Mapped[str] = mapped_column(Text, default="[]")
    filled: Mapped[str] = mapped_column(Text, default="{}")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
