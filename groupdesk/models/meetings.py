"""Meetings: recurring series, single meetings and occurrence overrides, agendas, attendance,
minutes, decisions with their votes, and the action items that carry across meetings.

Times are stored as a LOCAL date-time plus an IANA zone name, never as a UTC instant, so a
series at 19:00 stays at 19:00 across a clock change. A series stores only its rule; a meeting
row exists for an occurrence only once something is recorded for it (an agenda, attendance,
minutes, a move or a cancellation), keyed by the occurrence's original start as RFC 5545's
RECURRENCE-ID is. Its id is derived from the series and that start (`ids.pair_id`), as an
attendance row's is from the meeting and the member, so two laptops recording the same thing
offline make one row after sync (SYNC.md).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Base, Synced
from groupdesk.models.references import reference

MEETING_KINDS = ("general meeting", "committee", "working group", "social", "training")
MEETING_STATUSES = ("planned", "held", "cancelled")
ATTENDANCE_STATUSES = ("present", "apologies", "absent")
VOTE_METHODS = ("show of hands", "secret ballot", "consensus")
DECISION_OUTCOMES = ("carried", "defeated", "withdrawn", "deferred")
ACTION_STATUSES = ("open", "done", "dropped")


class MeetingSeries(Synced):
    """A recurring meeting: an RFC 5545 rule from a local start, in a zone, with an end."""

    __tablename__ = "meeting_series"
    __record_label__ = "meeting series"

    kind: Mapped[str] = mapped_column(String(60), default="general meeting")
    title: Mapped[str] = mapped_column(String(200))
    #: The RRULE value without COUNT/UNTIL ("FREQ=MONTHLY;BYDAY=-1TH"); the end is below.
    rule: Mapped[str] = mapped_column(String(400))
    #: The first occurrence's start, local to `zone` (the rule's DTSTART).
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=120)
    #: At most one of the two ends; neither means the series goes on.
    end_count: Mapped[int | None] = mapped_column(Integer, default=None)
    #: The last day an occurrence may fall on (local).
    end_until: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str | None] = mapped_column(String(300), default=None)
    link: Mapped[str | None] = mapped_column(String(500), default=None)
    accessibility: Mapped[str | None] = mapped_column(Text, default=None)
    chair_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as chair")
    note_taker_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as note-taker"
    )


class Meeting(Synced):
    """One meeting: on its own, or an occurrence of a series that something was recorded for."""

    __tablename__ = "meetings"
    __record_label__ = "meeting"
    __table_args__ = (
        Index("ix_meetings_starts_at", "starts_at"),
        # Covers what the attendance figures read of a meeting, so a mark's meeting is found
        # without a row read (per member: 131,000 look-ups).
        Index("ix_meetings_held", "id", "deleted_at", "status", "starts_at"),
    )

    series_id: Mapped[str | None] = reference("meeting_series", relation="occurrence")
    #: The occurrence's start as the rule made it (RECURRENCE-ID), local; empty off a series.
    original_start: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    kind: Mapped[str] = mapped_column(String(60), default="general meeting")
    title: Mapped[str] = mapped_column(String(200))
    #: Local to `zone`.
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    zone: Mapped[str] = mapped_column(String(64))
    place: Mapped[str | None] = mapped_column(String(300), default=None)
    link: Mapped[str | None] = mapped_column(String(500), default=None)
    accessibility: Mapped[str | None] = mapped_column(Text, default=None)
    chair_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as chair")
    note_taker_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as note-taker"
    )
    status: Mapped[str] = mapped_column(String(10), default="planned")
    private_note: Mapped[str | None] = mapped_column(Text, default=None)
    #: People who came who are not members: a count, and names if they gave them (one a line).
    guest_count: Mapped[int] = mapped_column(Integer, default=0)
    guest_names: Mapped[str | None] = mapped_column(Text, default=None)


class AgendaItem(Synced):
    """An item on a meeting's agenda, with the minutes taken under it."""

    __tablename__ = "agenda_items"
    __record_label__ = "agenda item"

    meeting_id: Mapped[str] = reference("meetings")
    #: Order on the agenda, smallest first.
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    presenter_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as presenter"
    )
    minutes_allotted: Mapped[int | None] = mapped_column(Integer, default=None)
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: Not shown on the public agenda or in invitations.
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The minutes under this item: plain text, paragraphs separated by blank lines.
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Attendance(Synced):
    """A member at a meeting: present, apologies or absent; the id is `pair_id` of the two."""

    __tablename__ = "attendance"
    __record_label__ = "attendance"
    # Covering indexes in place of one on each id: the figures read every mark, by member
    # (per-member attendance) or by meeting (the trend, a meeting's tally), and find all they
    # need in the index (docs/performance.md).
    __table_args__ = (
        Index("ix_attendance_member_marks", "member_id", "deleted_at", "status", "meeting_id"),
        Index("ix_attendance_meeting_marks", "meeting_id", "deleted_at", "status", "member_id"),
    )

    meeting_id: Mapped[str] = reference("meetings", index=False)
    member_id: Mapped[str] = reference("members", index=False)
    status: Mapped[str] = mapped_column(String(10), default="present")
    #: The agenda item at which a late arrival came in, or an early leaver left.
    arrived_at_item_id: Mapped[str | None] = reference(
        "agenda_items", relation="arrived late at", index=False
    )
    left_at_item_id: Mapped[str | None] = reference(
        "agenda_items", relation="left early at", index=False
    )


class MeetingTally(Base):
    """A meeting's marks that are not deleted: present, with apologies, absent.

    Local and never synced, as `MemberSeen` is: triggers on attendance keep it (migration
    0018_attendance_tallies), so any write, merge or undo leaves it right; the attendance trend
    reads it instead of grouping every mark (docs/performance.md)."""

    __tablename__ = "meeting_tallies"

    meeting_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    present: Mapped[int] = mapped_column(Integer)
    apologies: Mapped[int] = mapped_column(Integer)
    absent: Mapped[int] = mapped_column(Integer)


class MemberTally(Base):
    """A member's marks at meetings held (neither deleted nor cancelled): how many present
    (attended), how many in all (expected), and the start of the last one present at.

    Local and never synced: triggers on attendance and meetings keep it (migration
    0018_attendance_tallies); attendance per member reads it instead of grouping every mark."""

    __tablename__ = "member_tallies"

    member_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    attended: Mapped[int] = mapped_column(Integer)
    expected: Mapped[int] = mapped_column(Integer)
    last_attended: Mapped[datetime | None] = mapped_column(DateTime)


class Decision(Synced):
    """A motion and how it was decided; the outcome is computed from the counts and the rule.

    Two laptops recording a decision on the same motion make two rows, both shown (not merged).
    """

    __tablename__ = "decisions"
    __record_label__ = "decision"

    meeting_id: Mapped[str] = reference("meetings")
    agenda_item_id: Mapped[str | None] = reference("agenda_items")
    motion: Mapped[str] = mapped_column(Text)
    proposer_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as proposer")
    seconder_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as seconder")
    method: Mapped[str] = mapped_column(String(20), default="show of hands")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstentions: Mapped[int] = mapped_column(Integer, default=0)
    stand_asides: Mapped[int] = mapped_column(Integer, default=0)
    blocks: Mapped[int] = mapped_column(Integer, default=0)
    #: Votes cast by proxy (counted only when the holder was present).
    proxies: Mapped[int] = mapped_column(Integer, default=0)
    #: The decision rule's key ("simple majority", "two thirds", "consensus", or the group's).
    rule: Mapped[str] = mapped_column(String(60))
    outcome: Mapped[str] = mapped_column(String(10))
    #: Members present when the vote was taken, and whether that met the quorum rule.
    present_count: Mapped[int] = mapped_column(Integer, default=0)
    quorum_met: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The chair confirmed recording the vote without quorum.
    chair_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Set when this decision approves the minutes of an earlier meeting.
    approves_minutes_of_id: Mapped[str | None] = reference(
        "meetings", relation="minutes approved by", index=False
    )


class ActionItem(Synced):
    """Something someone agreed to do; open ones carry across meetings until closed."""

    __tablename__ = "action_items"
    __record_label__ = "action"
    __table_args__ = (Index("ix_action_items_status_due_on", "status", "due_on"),)

    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as owner")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default="open")
    status_changed_on: Mapped[date | None] = mapped_column(Date, default=None)
    raised_at_meeting_id: Mapped[str | None] = reference("meetings", relation="raised at")
    raised_at_item_id: Mapped[str | None] = reference(
        "agenda_items", relation="raised at", index=False
    )
    closed_at_meeting_id: Mapped[str | None] = reference(
        "meetings", relation="closed at", index=False
    )
