"""What the group owes its funders besides money: reports (interim, final; due → sent →
accepted) and outcome indicators ("trees planted": target 200, achieved 173), whose dated
entries add up to what was achieved.

Each can be put right or removed later: a report's kind, due day and note, and the days it was
sent and accepted (chosen by the person, never after today, never accepted before sent); an
outcome's name, target and unit. Removing a report frees a tranche that waited on it; removing
an outcome removes its entries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select

from groupdesk.errors import ValidationError
from groupdesk.models.grants import (
    REPORT_KINDS,
    GrantOutcome,
    GrantOutcomeEntry,
    GrantReport,
    GrantTranche,
)
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import (
    live_grant,
    live_rows_pointing_at,
    paragraphs,
    required_words,
    rows_under,
    words,
)
from groupdesk.services.rows import live_row, tombstone
from groupdesk.services.uow import UnitOfWork

#: A report's next state, and the day field it stamps.
REPORT_STEPS = {"due": ("sent", "sent_on"), "sent": ("accepted", "accepted_on")}


@dataclass(frozen=True)
class Report:
    id: str
    grant_id: str
    kind: str
    due_on: date
    state: str
    sent_on: date | None
    accepted_on: date | None
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class OutcomeEntry:
    id: str
    entry_on: date
    achieved: int
    note: str | None


@dataclass(frozen=True)
class Outcome:
    id: str
    grant_id: str
    name: str
    target: int | None
    unit: str | None
    #: The entries added up.
    achieved: int
    #: Oldest first.
    entries: tuple[OutcomeEntry, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _report(row: GrantReport) -> Report:
    return Report(
        row.id,
        row.grant_id,
        row.kind,
        row.due_on,
        row.state,
        row.sent_on,
        row.accepted_on,
        row.note,
    )


def add_report(
    uow: UnitOfWork, *, grant_id: str, kind: str, due_on: date, note: str | None = None
) -> Report:
    """Owe the funder an interim or final report by `due_on`."""
    if kind not in REPORT_KINDS:
        raise ValidationError.single(
            "kind", QT_TRANSLATE_NOOP("GrantRules", "a report is interim or final")
        )
    with uow:
        session = uow.session
        live_grant(session, grant_id)
        row = GrantReport(
            grant_id=grant_id, kind=kind, due_on=due_on, state="due", note=paragraphs(note)
        )
        session.add(row)
        session.flush()
        report = _report(row)
        uow.commit()
    return report


def advance_report(
    uow: UnitOfWork, *, report_id: str, to_state: str, on: date | None = None
) -> Report:
    """Mark a report sent (it was due) or accepted (it was sent), dated `on` (today)."""
    with uow:
        session = uow.session
        row = live_row(session, GrantReport, report_id, what="report")
        step = REPORT_STEPS.get(row.state)
        if step is None or step[0] != to_state:
            allowed = f"can only be {step[0]}" if step else "can change no further"
            raise ValidationError.single("state", f"a report that is {row.state} {allowed}")
        day = on or uow.today()
        if day > uow.today():
            raise ValidationError.single(step[1], "it cannot be dated in the future")
        if row.sent_on is not None and day < row.sent_on:
            raise ValidationError.single(step[1], "it cannot be accepted before it was sent")
        setattr(row, step[1], day)
        row.state = to_state
        report = _report(row)
        uow.commit()
    return report


def edit_report(
    uow: UnitOfWork,
    *,
    report_id: str,
    kind: str,
    due_on: date,
    note: str | None = None,
    sent_on: date | None = None,
    accepted_on: date | None = None,
) -> Report:
    """Put a report right; `sent_on` and `accepted_on` change the days of steps it has taken
    (None keeps the day recorded)."""
    if kind not in REPORT_KINDS:
        raise ValidationError.single(
            "kind", QT_TRANSLATE_NOOP("GrantRules", "a report is interim or final")
        )
    with uow:
        row = live_row(uow.session, GrantReport, report_id, what="report")
        sent = (sent_on or row.sent_on) if row.state != "due" else None
        accepted = (accepted_on or row.accepted_on) if row.state == "accepted" else None
        for field, day in (("sent_on", sent), ("accepted_on", accepted)):
            if day is not None and day > uow.today():
                raise ValidationError.single(field, "it cannot be dated in the future")
        if sent is not None and accepted is not None and accepted < sent:
            raise ValidationError.single(
                "accepted_on",
                QT_TRANSLATE_NOOP("GrantRules", "it cannot be accepted before it was sent"),
            )
        row.kind, row.due_on, row.note = kind, due_on, paragraphs(note)
        row.sent_on, row.accepted_on = sent, accepted
        report = _report(row)
        uow.commit()
    return report


def remove_report(uow: UnitOfWork, *, report_id: str) -> None:
    """Remove a report the funder no longer asks for; a tranche waiting on it waits no more."""
    with uow:
        session = uow.session
        row = live_row(session, GrantReport, report_id, what="report")
        for tranche in live_rows_pointing_at(session, GrantTranche, "needs_report_id", row.id):
            tranche.needs_report_id = None
        tombstone(uow, row)
        uow.commit()


def reports_of(uow: UnitOfWork, *, grant_id: str) -> list[Report]:
    """A grant's reports by due day."""
    with uow:
        return [
            _report(row)
            for row in rows_under(uow.session, GrantReport, grant_id, GrantReport.due_on)
        ]


def add_outcome(
    uow: UnitOfWork,
    *,
    grant_id: str,
    name: str,
    target: int | None = None,
    unit: str | None = None,
) -> Outcome:
    """Promise the funder an outcome, with a target where it has one."""
    outcome_name = required_words(
        name, field="name", say=QT_TRANSLATE_NOOP("GrantRules", "name the outcome")
    )
    if target is not None and target < 0:
        raise ValidationError.single(
            "target", QT_TRANSLATE_NOOP("GrantRules", "a target cannot be below zero")
        )
    with uow:
        session = uow.session
        live_grant(session, grant_id)
        row = GrantOutcome(grant_id=grant_id, name=outcome_name, target=target, unit=words(unit))
        session.add(row)
        session.flush()
        outcome = Outcome(row.id, grant_id, row.name, row.target, row.unit, 0)
        uow.commit()
    return outcome


def edit_outcome(
    uow: UnitOfWork,
    *,
    outcome_id: str,
    name: str,
    target: int | None = None,
    unit: str | None = None,
) -> Outcome:
    """Put an outcome right: its name, target and unit (its entries stay)."""
    outcome_name = required_words(
        name, field="name", say=QT_TRANSLATE_NOOP("GrantRules", "name the outcome")
    )
    if target is not None and target < 0:
        raise ValidationError.single(
            "target", QT_TRANSLATE_NOOP("GrantRules", "a target cannot be below zero")
        )
    with uow:
        row = live_row(uow.session, GrantOutcome, outcome_id, what="outcome")
        row.name, row.target, row.unit = outcome_name, target, words(unit)
        grant_id = row.grant_id
        uow.commit()
    [outcome] = [o for o in outcomes_of(uow, grant_id=grant_id) if o.id == outcome_id]
    return outcome


def remove_outcome(uow: UnitOfWork, *, outcome_id: str) -> None:
    """Remove an outcome the funder no longer asks about, with its entries."""
    with uow:
        session = uow.session
        row = live_row(session, GrantOutcome, outcome_id, what="outcome")
        for entry in live_rows_pointing_at(session, GrantOutcomeEntry, "outcome_id", row.id):
            tombstone(uow, entry)
        tombstone(uow, row)
        uow.commit()


def record_progress(
    uow: UnitOfWork,
    *,
    outcome_id: str,
    achieved: int,
    on: date | None = None,
    note: str | None = None,
) -> OutcomeEntry:
    """Add what was achieved towards an outcome on a day (30 trees planted on 3 May)."""
    if achieved <= 0:
        raise ValidationError.single(
            "achieved", QT_TRANSLATE_NOOP("GrantRules", "enter how many, above zero")
        )
    with uow:
        session = uow.session
        live_row(session, GrantOutcome, outcome_id, what="outcome")
        day = on or uow.today()
        if day > uow.today():
            raise ValidationError.single(
                "entry_on",
                QT_TRANSLATE_NOOP("GrantRules", "progress cannot be dated in the future"),
            )
        row = GrantOutcomeEntry(
            outcome_id=outcome_id, entry_on=day, achieved=achieved, note=paragraphs(note)
        )
        session.add(row)
        session.flush()
        entry = OutcomeEntry(row.id, row.entry_on, row.achieved, row.note)
        uow.commit()
    return entry


def outcomes_of(uow: UnitOfWork, *, grant_id: str) -> list[Outcome]:
    """A grant's outcomes with what was achieved (summed in SQL) and their entries."""
    live_entry = (
        GrantOutcomeEntry.outcome_id == GrantOutcome.id
    ) & GrantOutcomeEntry.deleted_at.is_(None)
    with uow:
        session = uow.session
        live_grant(session, grant_id)
        outcomes = session.execute(
            select(
                GrantOutcome.id,
                GrantOutcome.name,
                GrantOutcome.target,
                GrantOutcome.unit,
                func.coalesce(func.sum(GrantOutcomeEntry.achieved), 0),
            )
            .outerjoin(GrantOutcomeEntry, live_entry)
            .where(GrantOutcome.grant_id == grant_id, GrantOutcome.deleted_at.is_(None))
            .group_by(GrantOutcome.id)
            .order_by(GrantOutcome.created_at)
        ).all()
        entries: dict[str, list[OutcomeEntry]] = {}
        for row in session.scalars(
            select(GrantOutcomeEntry)
            .join(GrantOutcome, GrantOutcome.id == GrantOutcomeEntry.outcome_id)
            .where(GrantOutcome.grant_id == grant_id, GrantOutcomeEntry.deleted_at.is_(None))
            .order_by(GrantOutcomeEntry.entry_on, GrantOutcomeEntry.created_at)
        ):
            entries.setdefault(row.outcome_id, []).append(
                OutcomeEntry(row.id, row.entry_on, row.achieved, row.note)
            )
        return [
            Outcome(i, grant_id, name, target, unit, int(total), tuple(entries.get(i, ())))
            for i, name, target, unit, total in outcomes
        ]
