"""The pipeline a grant moves through, one allowed step at a time, each step dated, signed and
kept (`grant_state_changes`), so history says who moved it where and when.

A grant the group seeks: prospect → drafting → submitted → awarded / declined / withdrawn →
active → reporting → closed (an application can be withdrawn until it is decided). A
micro-grant the group gives: applied → approved / refused / withdrawn → paid → reported; the
applicant cannot decide their own. A move that is not allowed is refused naming the moves that
are, and nothing is saved.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.messages import Message, stored_word
from groupdesk.models.grants import Grant, GrantStateChange
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    live_grant,
    paragraphs,
    rows_under,
)
from groupdesk.services.rows import names_of
from groupdesk.services.uow import UnitOfWork

INCOMING_MOVES: dict[str, tuple[str, ...]] = {
    "prospect": ("drafting", "withdrawn"),
    "drafting": ("submitted", "withdrawn"),
    "submitted": ("awarded", "declined", "withdrawn"),
    "awarded": ("active",),
    "declined": (),
    "withdrawn": (),
    "active": ("reporting",),
    "reporting": ("closed",),
    "closed": (),
}
OUTGOING_MOVES: dict[str, tuple[str, ...]] = {
    "applied": ("approved", "refused", "withdrawn"),
    "approved": ("paid", "withdrawn"),
    "refused": (),
    "withdrawn": (),
    "paid": ("reported",),
    "reported": (),
}
#: The states a grant starts in.
FIRST_STATE = {"incoming": "prospect", "outgoing": "applied"}
#: Moves that decide a micro-grant: the applicant may not make them.
DECIDING = frozenset({"approved", "refused"})
#: Moves that record the funder's (or the group's) decision, dating it.
DECIDED = frozenset({"awarded", "declined", "approved", "refused"})


@dataclass(frozen=True)
class StateChangeRow:
    """One step of a grant's way through the pipeline."""

    id: str
    grant_id: str
    from_state: str | None
    to_state: str
    changed_on: date
    by_id: str | None
    by_name: str | None
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def moves(direction: str) -> dict[str, tuple[str, ...]]:
    """The allowed next states of each state, for grants sought or given."""
    return INCOMING_MOVES if direction == "incoming" else OUTGOING_MOVES


def allowed_moves(direction: str, state: str) -> tuple[str, ...]:
    """Where a grant in `state` may go next (what a GUI offers)."""
    return moves(direction).get(state, ())


def _state(state: str) -> Message:
    return stored_word("GrantWords", state)


def _or_list(states: tuple[str, ...]) -> Message:
    """The states as "drafting, submitted or withdrawn", each in the screens' words."""
    listed = _state(states[0])
    if len(states) == 1:
        return listed
    for state in states[1:-1]:
        listed = QT_TRANSLATE_NOOP("GrantRules", "{listed}, {state}").format(
            listed=listed, state=_state(state)
        )
    return QT_TRANSLATE_NOOP("GrantRules", "{listed} or {last}").format(
        listed=listed, last=_state(states[-1])
    )


def check_move(grant: Grant, to_state: str) -> None:
    """Refuse a move the pipeline does not allow, naming the moves it does."""
    refusal = move_refusal(grant.direction, grant.state, to_state)
    if refusal is not None:
        raise ValidationError.single("state", refusal)


def move_refusal(direction: str, state: str, to_state: str) -> Message | None:
    """Why a grant (`direction`) in `state` may not move to `to_state`, naming the moves it may
    make; None when it may (the Move box says it as the choice is made)."""
    table = moves(direction)
    if to_state not in table:
        return QT_TRANSLATE_NOOP(
            "GrantRules", "{state!r} is not a state; a grant is {states}"
        ).format(state=to_state, states=_or_list(tuple(table)))
    allowed = table[state]
    if to_state in allowed:
        return None
    outgoing = direction == "outgoing"
    if not allowed:
        stuck = (
            QT_TRANSLATE_NOOP("GrantRules", "A micro-grant that is {state} can move no further")
            if outgoing
            else QT_TRANSLATE_NOOP("GrantRules", "A grant that is {state} can move no further")
        )
        return stuck.format(state=_state(state))
    refused = (
        QT_TRANSLATE_NOOP(
            "GrantRules", "A micro-grant that is {state} can move only to {states}, not {to_state}"
        )
        if outgoing
        else QT_TRANSLATE_NOOP(
            "GrantRules", "A grant that is {state} can move only to {states}, not {to_state}"
        )
    )
    return refused.format(state=_state(state), states=_or_list(allowed), to_state=_state(to_state))


def check_decider(session: Session, grant: Grant, by_id: str | None) -> None:
    """A micro-grant is decided by a named member who is not its applicant."""
    if by_id is None:
        raise ValidationError.single("by_id", QT_TRANSLATE_NOOP("GrantRules", "say who decided"))
    checked_member(session, by_id, role="the person deciding")
    if by_id == grant.applicant_id:
        name = names_of(session, [by_id]).get(by_id, "The applicant")
        raise ValidationError.single(
            "by_id",
            QT_TRANSLATE_NOOP(
                "GrantRules",
                "{name} applied for this micro-grant and cannot decide it; someone else must "
                "approve or refuse it",
            ).format(name=name),
        )


def apply_move(
    uow: UnitOfWork,
    grant: Grant,
    to_state: str,
    *,
    on: date | None = None,
    by_id: str | None = None,
    note: str | None = None,
    awarded: Money | None = None,
) -> GrantStateChange:
    """Check and make one move inside the caller's transaction, keeping the step. `awarded` is
    the amount awarded (needed to move to awarded when none is recorded; a micro-grant is
    approved for the amount asked unless told); a decision dates `decision_on`."""
    session = uow.session
    check_move(grant, to_state)
    checked_member(session, by_id, role="the person moving it")
    day = on or uow.today()
    if day > uow.today():
        raise ValidationError.single(
            "changed_on", QT_TRANSLATE_NOOP("GrantRules", "a move cannot be dated in the future")
        )
    last = session.scalar(
        select(func.max(GrantStateChange.changed_on)).where(
            GrantStateChange.grant_id == grant.id, GrantStateChange.deleted_at.is_(None)
        )
    )
    if last is not None and day < last:
        raise ValidationError.single(
            "changed_on",
            QT_TRANSLATE_NOOP(
                "GrantRules", "its last move was on {day:%Y-%m-%d}; date this one on or after it"
            ).format(day=last),
        )
    if grant.direction == "outgoing" and to_state in DECIDING:
        check_decider(session, grant, by_id)
        grant.approved_by_id = by_id
    if awarded is not None:
        grant.awarded = checked_amount(awarded, field="awarded", currency=grant.currency)
    if to_state in ("awarded", "approved") and grant.awarded_minor is None:
        if grant.direction == "outgoing" and grant.requested is not None:
            grant.awarded = grant.requested
        else:
            raise ValidationError.single(
                "awarded", QT_TRANSLATE_NOOP("GrantRules", "say how much was awarded")
            )
    if to_state in DECIDED:
        grant.decision_on = day
    step = GrantStateChange(
        grant_id=grant.id,
        from_state=grant.state,
        to_state=to_state,
        changed_on=day,
        by_id=by_id,
        note=paragraphs(note),
    )
    grant.state = to_state
    session.add(step)
    return step


def start(uow: UnitOfWork, grant: Grant, *, on: date | None, by_id: str | None) -> None:
    """Keep the state a new grant starts in as its first step (flushed with the grant)."""
    uow.session.flush()
    uow.session.add(
        GrantStateChange(
            grant_id=grant.id,
            from_state=None,
            to_state=grant.state,
            changed_on=on or uow.today(),
            by_id=by_id,
        )
    )


def move_grant(
    uow: UnitOfWork,
    *,
    grant_id: str,
    to_state: str,
    on: date | None = None,
    by_id: str | None = None,
    note: str | None = None,
    awarded: Money | None = None,
) -> StateChangeRow:
    """Move a grant (either kind) one allowed step, as `apply_move` says; nothing is saved when
    the move is refused. Paying a micro-grant records its payment out (`micro_grants`), and its
    report back is the move's note, so a move and the money never disagree."""
    with uow:
        direction = live_grant(uow.session, grant_id).direction
    if direction == "outgoing" and to_state in ("paid", "reported"):
        from groupdesk.services.grants import micro_grants

        if to_state == "paid":
            micro_grants.pay_micro_grant(
                uow, grant_id=grant_id, paid_on=on or uow.today(), by_id=by_id
            )
        else:
            micro_grants.report_back(uow, grant_id=grant_id, text=note or "", on=on)
        return state_changes(uow, grant_id=grant_id)[-1]
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id)
        step = apply_move(uow, grant, to_state, on=on, by_id=by_id, note=note, awarded=awarded)
        session.flush()
        row = _row(session, step)
        uow.commit()
    return row


def state_changes(uow: UnitOfWork, *, grant_id: str) -> list[StateChangeRow]:
    """A grant's steps, oldest first."""
    with uow:
        session = uow.session
        steps = rows_under(session, GrantStateChange, grant_id, GrantStateChange.changed_on)
        names = names_of(session, {s.by_id for s in steps if s.by_id})
        return [_row(session, s, names) for s in steps]


def _row(
    session: Session, step: GrantStateChange, names: dict[str, str] | None = None
) -> StateChangeRow:
    if names is None:
        names = names_of(session, [step.by_id] if step.by_id else [])
    return StateChangeRow(
        step.id,
        step.grant_id,
        step.from_state,
        step.to_state,
        step.changed_on,
        step.by_id,
        names.get(step.by_id) if step.by_id else None,
        step.note,
    )
