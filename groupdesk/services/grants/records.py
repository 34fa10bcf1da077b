"""Grants the group seeks: add, edit, show and list them (micro-grants the group gives are
added in `micro_grants`; both are listed here).

A grant is kept in its own currency, which may not be the group's: every amount under it is in
that currency, and it cannot change once money is recorded under it. The amount requested and
the amount awarded are kept apart, both shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from groupdesk.errors import ValidationError
from groupdesk.models.grants import (
    GRANT_DIRECTIONS,
    Funder,
    Grant,
    GrantBudgetLine,
    GrantExpense,
    GrantPayment,
)
from groupdesk.models.members import Member
from groupdesk.money import Money, check_currency
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.pipeline import FIRST_STATE, allowed_moves, start
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    checked_period,
    live_grant,
    paragraphs,
    required_words,
    words,
)
from groupdesk.services.rows import display_name, live_row, tombstone
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork

#: What a person edits on a grant (a micro-grant's purpose too); amounts are `Money`, days are
#: `date`s.
GRANT_FIELDS = (
    "title",
    "funder_id",
    "currency",
    "requested",
    "awarded",
    "deadline",
    "decision_on",
    "period_start",
    "period_end",
    "restrictions",
    "responsible_id",
    "funder_reference",
    "purpose",
    "notes",
)
_TEXT = ("funder_reference",)
_PARAGRAPHS = ("restrictions", "purpose", "notes")
_DAYS = ("deadline", "decision_on", "period_start", "period_end")


@dataclass(frozen=True)
class GrantData:
    """A grant as its detail shows it (either direction)."""

    id: str
    direction: str
    title: str
    state: str
    #: Where it may move next.
    next_states: tuple[str, ...]
    currency: str
    requested: Money | None
    awarded: Money | None
    funder_id: str | None
    funder_name: str | None
    deadline: date | None
    decision_on: date | None
    period_start: date | None
    period_end: date | None
    restrictions: str | None
    responsible_id: str | None
    responsible_name: str | None
    funder_reference: str | None
    applicant_id: str | None
    applicant_name: str | None
    purpose: str | None
    report_back: str | None
    decision_id: str | None
    approved_by_id: str | None
    approved_by_name: str | None
    notes: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class GrantRow:
    """One line of the grants list (its money figures come from `figures`)."""

    id: str
    direction: str
    title: str
    state: str
    currency: str
    requested: Money | None
    awarded: Money | None
    funder_id: str | None
    funder_name: str | None
    #: The applicant of a micro-grant, the person responsible for a grant sought.
    person_name: str | None
    deadline: date | None
    period_start: date | None
    period_end: date | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def default_currency(uow: UnitOfWork) -> str:
    """The group's own currency, which a new grant is kept in unless it says otherwise."""
    return get_settings(uow).currency


def clean_grant_values(
    session: Session, values: Mapping[str, object], *, currency: str
) -> dict[str, Any]:
    """Typed, checked values for GRANT_FIELDS; amounts are held to `currency` (the grant's, or
    the new one in `values`). Every bad field is named at once."""
    unknown = sorted(set(values) - set(GRANT_FIELDS))
    if unknown:
        raise ValidationError.single(unknown[0], "a grant has no such field")
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field, value in values.items():
        try:
            clean[field] = _clean_field(session, field, value, currency=currency)
        except ValidationError as error:
            errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    return clean


def _clean_field(session: Session, field: str, value: object, *, currency: str) -> Any:
    text = None if value is None else str(value)
    if field == "title":
        return required_words(
            text, field="title", say=QT_TRANSLATE_NOOP("GrantRules", "give the grant a title")
        )
    if field == "currency":
        return check_currency(text or "")
    if field in ("requested", "awarded"):
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError(f"{field} is Money, not {type(value).__name__}")
        return checked_amount(value, field=field, currency=currency, allow_zero=True)
    if field in _DAYS:
        if value is not None and not isinstance(value, date):
            raise TypeError(f"{field} is a date, not {type(value).__name__}")
        return value
    if field == "funder_id":
        if text is not None:
            live_row(session, Funder, text, what="funder")
        return text
    if field == "responsible_id":
        return checked_member(session, text, role="the person responsible")
    if field in _PARAGRAPHS:
        return paragraphs(text)
    return words(text)


def add_grant(
    uow: UnitOfWork,
    *,
    values: Mapping[str, object],
    on: date | None = None,
    by_id: str | None = None,
) -> GrantData:
    """Add a grant the group seeks, as a prospect (its first step dated `on`, today unless
    said); `values` maps GRANT_FIELDS to typed values, a title at least."""
    currency = check_currency(str(values.get("currency") or default_currency(uow)))
    with uow:
        session = uow.session
        clean = clean_grant_values(session, {**values, "currency": currency}, currency=currency)
        if "title" not in clean:
            raise ValidationError.single(
                "title", QT_TRANSLATE_NOOP("GrantRules", "give the grant a title")
            )
        checked_period(clean.get("period_start"), clean.get("period_end"))
        checked_member(session, by_id, role="the person adding it")
        grant = Grant(direction="incoming", state=FIRST_STATE["incoming"], **clean)
        session.add(grant)
        start(uow, grant, on=on, by_id=by_id)
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def edit_grant(uow: UnitOfWork, *, grant_id: str, changes: Mapping[str, object]) -> GrantData:
    """Change some fields of a grant (either direction; its state moves through `pipeline`).
    The currency changes only while no money is recorded under the grant."""
    if not changes:
        raise ValidationError.single(
            "changes", QT_TRANSLATE_NOOP("GrantRules", "say which fields to change")
        )
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id)
        currency = check_currency(str(changes.get("currency") or grant.currency))
        if currency != grant.currency and _has_money(session, grant_id):
            raise ValidationError.single(
                "currency",
                f"money is already recorded under this grant in {grant.currency}; "
                "its currency can no longer change",
            )
        clean = clean_grant_values(session, changes, currency=currency)
        if currency != grant.currency:
            clean.update(_amounts_in(currency, grant, clean))
        checked_period(
            clean.get("period_start", grant.period_start), clean.get("period_end", grant.period_end)
        )
        for field, value in clean.items():
            if getattr(grant, field) != value:
                setattr(grant, field, value)
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def _amounts_in(currency: str, grant: Grant, clean: Mapping[str, Any]) -> dict[str, Money]:
    """The amounts asked and awarded, the same figures in the grant's new currency (a grant
    entered in the wrong currency is put right); one that does not fit it must be re-entered."""
    moved = {}
    for name in ("requested", "awarded"):
        held = getattr(grant, name)
        if name in clean or held is None:
            continue
        try:
            moved[name] = Money(held.amount, currency)
        except ValueError:
            raise ValidationError.single(
                name, f"{held} does not fit {currency}; enter the amount again in {currency}"
            ) from None
    return moved


def _has_money(session: Session, grant_id: str) -> bool:
    for model in (GrantBudgetLine, GrantPayment, GrantExpense):
        found = session.scalar(
            select(model.id).where(model.grant_id == grant_id, model.deleted_at.is_(None)).limit(1)
        )
        if found is not None:
            return True
    return False


def delete_grant(uow: UnitOfWork, *, grant_id: str) -> None:
    """Delete a grant (a tombstone: what is recorded under it stays, for a restore)."""
    with uow:
        tombstone(uow, live_grant(uow.session, grant_id))
        uow.commit()


def get_grant(uow: UnitOfWork, grant_id: str) -> GrantData:
    with uow:
        session = uow.session
        return grant_data(session, live_grant(session, grant_id))


def grant_data(session: Session, grant: Grant) -> GrantData:
    people = {
        row.id: display_name(row.full_name, row.preferred_name, row.erased_at)
        for row in session.execute(
            select(Member.id, Member.full_name, Member.preferred_name, Member.erased_at).where(
                Member.id.in_(
                    [
                        i
                        for i in (grant.responsible_id, grant.applicant_id, grant.approved_by_id)
                        if i
                    ]
                )
            )
        )
    }
    funder = session.get(Funder, grant.funder_id) if grant.funder_id else None
    return GrantData(
        id=grant.id,
        direction=grant.direction,
        title=grant.title,
        state=grant.state,
        next_states=allowed_moves(grant.direction, grant.state),
        currency=grant.currency,
        requested=grant.requested,
        awarded=grant.awarded,
        funder_id=grant.funder_id,
        funder_name=funder.name if funder is not None else None,
        deadline=grant.deadline,
        decision_on=grant.decision_on,
        period_start=grant.period_start,
        period_end=grant.period_end,
        restrictions=grant.restrictions,
        responsible_id=grant.responsible_id,
        responsible_name=people.get(grant.responsible_id or ""),
        funder_reference=grant.funder_reference,
        applicant_id=grant.applicant_id,
        applicant_name=people.get(grant.applicant_id or ""),
        purpose=grant.purpose,
        report_back=grant.report_back,
        decision_id=grant.decision_id,
        approved_by_id=grant.approved_by_id,
        approved_by_name=people.get(grant.approved_by_id or ""),
        notes=grant.notes,
    )


def grants_query(
    *,
    direction: str | None = None,
    states: tuple[str, ...] = (),
    funder_id: str | None = None,
    person_id: str | None = None,
) -> Select[*tuple[Any, ...]]:
    """The grants list as one SELECT (funder and person joined), for `list_grants` and for
    queries that add figures to it."""
    person = aliased(Member)
    query = (
        select(
            Grant.id,
            Grant.direction,
            Grant.title,
            Grant.state,
            Grant.currency,
            Grant.requested_minor,
            Grant.requested_currency,
            Grant.awarded_minor,
            Grant.awarded_currency,
            Grant.funder_id,
            Funder.name.label("funder_name"),
            person.full_name.label("person_full_name"),
            person.preferred_name.label("person_preferred_name"),
            person.erased_at.label("person_erased_at"),
            Grant.deadline,
            Grant.period_start,
            Grant.period_end,
        )
        .outerjoin(Funder, Funder.id == Grant.funder_id)
        .outerjoin(person, person.id == func.coalesce(Grant.applicant_id, Grant.responsible_id))
        .where(Grant.deleted_at.is_(None))
        .order_by(func.lower(Grant.title), Grant.id)
    )
    if direction is not None:
        if direction not in GRANT_DIRECTIONS:
            raise ValidationError.single(
                "direction", QT_TRANSLATE_NOOP("GrantRules", "a grant is incoming or outgoing")
            )
        query = query.where(Grant.direction == direction)
    if states:
        query = query.where(Grant.state.in_(states))
    if funder_id is not None:
        query = query.where(Grant.funder_id == funder_id)
    if person_id is not None:
        query = query.where((Grant.applicant_id == person_id) | (Grant.responsible_id == person_id))
    return query


def grant_row(row: Any) -> GrantRow:
    """A `grants_query` result row as a GrantRow."""
    person = (
        display_name(row.person_full_name, row.person_preferred_name, row.person_erased_at)
        if row.person_full_name is not None
        else None
    )
    return GrantRow(
        id=row.id,
        direction=row.direction,
        title=row.title,
        state=row.state,
        currency=row.currency,
        requested=_money(row.requested_minor, row.requested_currency),
        awarded=_money(row.awarded_minor, row.awarded_currency),
        funder_id=row.funder_id,
        funder_name=row.funder_name,
        person_name=person,
        deadline=row.deadline,
        period_start=row.period_start,
        period_end=row.period_end,
    )


def _money(minor_units: int | None, currency: str | None) -> Money | None:
    return (
        None if minor_units is None or currency is None else Money.from_minor(minor_units, currency)
    )


def list_grants(
    uow: UnitOfWork,
    *,
    direction: str | None = None,
    states: tuple[str, ...] = (),
    funder_id: str | None = None,
    person_id: str | None = None,
) -> list[GrantRow]:
    """Grants by title; `person_id` keeps those a member applied for or is responsible for."""
    query = grants_query(
        direction=direction, states=states, funder_id=funder_id, person_id=person_id
    )
    with uow:
        return [grant_row(row) for row in uow.session.execute(query)]
