"""Decisions: a motion, its vote and the outcome the rule gives, recorded with the quorum state.

The quorum is shown before a vote is recorded (`quorum_state`); a vote without quorum is
recorded only when the chair confirms it, and that confirmation is kept with the decision.
Decisions get fresh ids, so the same motion recorded on two laptops stays two rows after sync,
both shown, for the group to see and settle (SYNC.md), never silently merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import VOTE_METHODS, AgendaItem, Attendance, Decision, Meeting
from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.meetings.occurrences import materialise, occurrence_of
from groupdesk.services.meetings.outcomes import (
    CHOSEN_OUTCOMES,
    Counts,
    check_counts,
    outcome,
    parse_quorum,
    parse_rule,
    quorum_needed,
    valid_proxies,
)
from groupdesk.services.rows import live_member, live_row, names_of
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class QuorumState:
    """Whether a meeting may decide: who is there against what the group's rule needs."""

    #: The group's rule as set ("12", "1/3"; empty for none).
    rule: str
    needed: int
    present: int
    #: Valid proxies held by those present.
    proxies: int

    @property
    def met(self) -> bool:
        return self.present + self.proxies >= self.needed


@dataclass(frozen=True)
class DecisionData:
    id: str
    meeting_id: str
    agenda_item_id: str | None
    motion: str
    proposer_id: str | None
    seconder_id: str | None
    method: str
    votes_for: int
    votes_against: int
    abstentions: int
    stand_asides: int
    blocks: int
    proxies: int
    rule: str
    outcome: str
    present_count: int
    quorum_met: bool
    chair_confirmed: bool
    approves_minutes_of_id: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _present_ids(session: Session, meeting_id: str, item_id: str | None) -> list[str]:
    """Members marked present, and at `item_id` only those who had come and not yet left."""
    query = select(Attendance.member_id).where(
        Attendance.meeting_id == meeting_id,
        Attendance.status == "present",
        Attendance.deleted_at.is_(None),
    )
    if item_id is not None:
        position = live_row(session, AgendaItem, item_id, what="agenda item").position
        arrived, left = aliased(AgendaItem), aliased(AgendaItem)
        query = (
            query.outerjoin(arrived, arrived.id == Attendance.arrived_at_item_id)
            .outerjoin(left, left.id == Attendance.left_at_item_id)
            .where(
                (arrived.id.is_(None) | (arrived.position <= position)),
                (left.id.is_(None) | (left.position > position)),
            )
        )
    return list(session.scalars(query))


def _active_members(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Member.status == "active",
                Member.deleted_at.is_(None),
                Member.merged_into_id.is_(None),
                Member.erased_at.is_(None),
            )
        )
        or 0
    )


def _quorum(
    session: Session, group: settings.GroupSettingsData, present: int, proxies: int
) -> QuorumState:
    rule = parse_quorum(group.quorum)
    needed = quorum_needed(rule, active_members=_active_members(session))
    return QuorumState(rule.text, needed, present, proxies)


def quorum_state(
    uow: UnitOfWork, *, meeting: str, agenda_item_id: str | None = None
) -> QuorumState:
    """The quorum now, at a meeting (or at one of its agenda items), before a vote is taken."""
    group = settings.get_settings(uow)
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id
        present = _present_ids(uow.session, meeting_id, agenda_item_id) if meeting_id else []
        return _quorum(uow.session, group, len(present), 0)


def record_decision(
    uow: UnitOfWork,
    *,
    meeting: str,
    motion: str,
    counts: Counts,
    method: str = "show of hands",
    rule: str | None = None,
    agenda_item_id: str | None = None,
    proposer_id: str | None = None,
    seconder_id: str | None = None,
    proxy_holders: Sequence[str] = (),
    chair_confirmed: bool = False,
    chosen_outcome: str | None = None,
    approves_minutes_of: str | None = None,
) -> DecisionData:
    """Record a motion and its vote; the outcome is computed from the counts and the rule (the
    group's default unless given), except withdrawn and deferred, which the meeting chooses and
    which carry no counts. Approving minutes names the earlier meeting whose minutes these are."""
    group = settings.get_settings(uow)
    text = " ".join(motion.split())
    errors: dict[str, str] = {}
    if not text and approves_minutes_of is None:
        errors["motion"] = QT_TRANSLATE_NOOP("MeetingRules", "say what the motion is")
    if method not in VOTE_METHODS:
        errors["method"] = f"{method!r} is not one of: {', '.join(VOTE_METHODS)}"
    if chosen_outcome is not None and chosen_outcome not in CHOSEN_OUTCOMES:
        errors["outcome"] = (
            f"{chosen_outcome!r} cannot be chosen; carried or defeated come from the counts"
        )
    elif chosen_outcome is not None and counts.total():
        errors["outcome"] = f"a {chosen_outcome} motion has no vote; leave the counts at 0"
    if errors:
        raise ValidationError(errors)
    decided_by = parse_rule(rule if rule is not None else group.decision_rule)
    if method == "consensus" and rule is None:
        decided_by = parse_rule("consensus")
    with uow:
        session = uow.session
        row = materialise(session, meeting)
        session.flush()
        if agenda_item_id is not None:
            item = live_row(session, AgendaItem, agenda_item_id, what="agenda item")
            if item.meeting_id != row.id:
                raise ValidationError.single(
                    "agenda_item_id",
                    QT_TRANSLATE_NOOP(
                        "MeetingRules", "that agenda item belongs to another meeting"
                    ),
                )
        for member_id in {proposer_id, seconder_id} - {None}:
            live_member(session, str(member_id))
        present = _present_ids(session, row.id, agenda_item_id)
        proxies = valid_proxies(
            proxy_holders,
            present=present,
            allowed=group.proxies_allowed,
            names=names_of(session, proxy_holders),
        )
        check_counts(counts, decided_by, method=method, present=len(present), proxies=proxies)
        quorum = _quorum(session, group, len(present), proxies)
        if chosen_outcome is None and not quorum.met and not chair_confirmed:
            raise ValidationError.single(
                "chair_confirmed",
                QT_TRANSLATE_NOOP(
                    "MeetingRules",
                    "only {present} of the {needed} needed for a quorum are present; the chair "
                    "must confirm recording this vote without quorum",
                ).format(present=quorum.present + quorum.proxies, needed=quorum.needed),
            )
        earlier = None
        if approves_minutes_of is not None:
            earlier = _earlier_meeting(session, approves_minutes_of, row)
            text = text or (
                f"To approve the minutes of {earlier.title} on {earlier.starts_at:%Y-%m-%d}"
            )
        decision = Decision(
            meeting_id=row.id,
            agenda_item_id=agenda_item_id,
            motion=text,
            proposer_id=proposer_id,
            seconder_id=seconder_id,
            method=method,
            votes_for=counts.votes_for,
            votes_against=counts.votes_against,
            abstentions=counts.abstentions,
            stand_asides=counts.stand_asides,
            blocks=counts.blocks,
            proxies=proxies,
            rule=decided_by.key,
            outcome=chosen_outcome or outcome(counts, decided_by),
            present_count=len(present),
            quorum_met=quorum.met,
            chair_confirmed=chair_confirmed and not quorum.met,
            approves_minutes_of_id=earlier.id if earlier is not None else None,
        )
        session.add(decision)
        session.flush()
        data = _data(decision)
        uow.commit()
    return data


def _earlier_meeting(session: Session, key: str, meeting: Meeting) -> Meeting:
    """The meeting whose minutes are approved: one held before `meeting`."""
    earlier = materialise(session, key)
    if earlier.id == meeting.id or earlier.starts_at >= meeting.starts_at:
        raise ValidationError.single(
            "approves_minutes_of",
            QT_TRANSLATE_NOOP(
                "MeetingRules", "minutes are approved at a later meeting than the one they record"
            ),
        )
    return earlier


def _data(row: Decision) -> DecisionData:
    return DecisionData(**{name: getattr(row, name) for name in DecisionData.__dataclass_fields__})


def decisions_of(uow: UnitOfWork, *, meeting: str) -> list[DecisionData]:
    """The decisions taken at a meeting, in the order they were recorded (on every laptop)."""
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id
        if meeting_id is None:
            return []
        rows = uow.session.scalars(
            select(Decision)
            .where(Decision.meeting_id == meeting_id, Decision.deleted_at.is_(None))
            .order_by(Decision.created_at, Decision.id)
        )
        return [_data(row) for row in rows]
