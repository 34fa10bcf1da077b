"""Funders: who gives the group money, how to reach them, and the grants sought from each.

A funder's history with the group is its grants, newest first, with what was asked and what
was awarded, each in the grant's own currency (never added across currencies).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select

from groupdesk.errors import ValidationError
from groupdesk.models.grants import FUNDER_KINDS, Funder, Grant
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import paragraphs, required_words, words
from groupdesk.services.rows import live_row, tombstone
from groupdesk.services.uow import UnitOfWork

#: The fields a person edits, in the order a form shows them.
FUNDER_FIELDS = ("name", "kind", "contact_person", "email", "website", "notes")


@dataclass(frozen=True)
class FunderData:
    id: str
    name: str
    kind: str
    contact_person: str | None
    email: str | None
    website: str | None
    notes: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class FunderRow:
    """One line of the funders list."""

    id: str
    name: str
    kind: str
    contact_person: str | None
    email: str | None
    #: Grants sought from them (not deleted), and how many of those were awarded.
    grants: int
    awarded: int

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class FunderGrant:
    """One grant in a funder's history with the group."""

    id: str
    title: str
    state: str
    requested: Money | None
    awarded: Money | None
    period_start: date | None
    period_end: date | None


def _data(row: Funder) -> FunderData:
    return FunderData(
        row.id, row.name, row.kind, row.contact_person, row.email, row.website, row.notes
    )


def _clean(values: Mapping[str, object]) -> dict[str, object]:
    unknown = sorted(set(values) - set(FUNDER_FIELDS))
    if unknown:
        raise ValidationError.single(unknown[0], "a funder has no such field")
    clean: dict[str, object] = {}
    for field, value in values.items():
        text = None if value is None else str(value)
        if field == "name":
            clean[field] = required_words(
                text, field="name", say=QT_TRANSLATE_NOOP("GrantRules", "name the funder")
            )
        elif field == "kind":
            kind = (words(text) or "").lower()
            if kind not in FUNDER_KINDS:
                raise ValidationError.single(
                    "kind", f"a funder is one of: {', '.join(FUNDER_KINDS)}"
                )
            clean[field] = kind
        elif field == "email":
            email = words(text)
            if email is not None and ("@" not in email or " " in email):
                raise ValidationError.single("email", f"{email!r} is not an email address")
            clean[field] = email
        elif field == "notes":
            clean[field] = paragraphs(text)
        else:
            clean[field] = words(text)
    return clean


def add_funder(uow: UnitOfWork, *, values: Mapping[str, object]) -> FunderData:
    """Add a funder; `values` maps FUNDER_FIELDS to text (a name is needed)."""
    clean = _clean({"kind": "foundation", **values})
    if "name" not in clean:
        raise ValidationError.single("name", QT_TRANSLATE_NOOP("GrantRules", "name the funder"))
    with uow:
        row = Funder(**clean)
        uow.session.add(row)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data


def edit_funder(uow: UnitOfWork, *, funder_id: str, changes: Mapping[str, object]) -> FunderData:
    """Change some of a funder's fields; only those whose value changes are written."""
    clean = _clean(changes)
    with uow:
        row = live_row(uow.session, Funder, funder_id, what="funder")
        for field, value in clean.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        data = _data(row)
        uow.commit()
    return data


def remove_funder(uow: UnitOfWork, *, funder_id: str) -> None:
    """Delete a funder no live grant names (their grants would lose where they came from)."""
    with uow:
        session = uow.session
        row = live_row(session, Funder, funder_id, what="funder")
        count = session.scalar(
            select(func.count())
            .select_from(Grant)
            .where(Grant.funder_id == funder_id, Grant.deleted_at.is_(None))
        )
        if count:
            raise ValidationError.single(
                "funder_id",
                f"{row.name} is named on {count} grant{'s' if count != 1 else ''}; "
                "delete those or give them another funder first",
            )
        tombstone(uow, row)
        uow.commit()


def get_funder(uow: UnitOfWork, funder_id: str) -> FunderData:
    with uow:
        return _data(live_row(uow.session, Funder, funder_id, what="funder"))


def list_funders(uow: UnitOfWork) -> list[FunderRow]:
    """Every funder by name, with how many grants were sought from them and awarded."""
    awarded_states = ("awarded", "active", "reporting", "closed")
    live_grant = Grant.deleted_at.is_(None)
    query = (
        select(
            Funder.id,
            Funder.name,
            Funder.kind,
            Funder.contact_person,
            Funder.email,
            func.count(Grant.id),
            func.count(Grant.id).filter(Grant.state.in_(awarded_states)),
        )
        .outerjoin(Grant, (Grant.funder_id == Funder.id) & live_grant)
        .where(Funder.deleted_at.is_(None))
        .group_by(Funder.id)
        .order_by(func.lower(Funder.name), Funder.id)
    )
    with uow:
        return [FunderRow(*row) for row in uow.session.execute(query)]


def funder_history(uow: UnitOfWork, funder_id: str) -> list[FunderGrant]:
    """The grants sought from a funder, the latest period (or deadline) first."""
    with uow:
        session = uow.session
        live_row(session, Funder, funder_id, what="funder")
        grants = session.scalars(
            select(Grant)
            .where(Grant.funder_id == funder_id, Grant.deleted_at.is_(None))
            .order_by(
                func.coalesce(Grant.period_start, Grant.deadline, Grant.decision_on).desc(),
                Grant.created_at.desc(),
            )
        )
        return [
            FunderGrant(
                g.id, g.title, g.state, g.requested, g.awarded, g.period_start, g.period_end
            )
            for g in grants
        ]
