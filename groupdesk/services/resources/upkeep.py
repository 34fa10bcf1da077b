"""Upkeep: the log of what was done to keep an item in order, the plans that say when it is due
again, and the rule that an item out of service is not lent.

A plan is due every N months, or after every N loans, or at whichever comes first. It counts from
the last upkeep done for it (or from its start), so logging the work is what clears it. Loans
are counted by the day they went out, so a loan on the day of the upkeep counts towards the
next round: the work was done before it went out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.resources import ITEM_CONDITIONS, Loan, ResourceItem, UpkeepEntry, UpkeepPlan
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import live_member, live_row, names_of, remove
from groupdesk.services.uow import UnitOfWork


def lending_refusal(item: ResourceItem) -> str | None:
    """Why `item` cannot be lent now, or None: an item out of service is held back when it is
    set to be (`block_when_out_of_service`). `loans.py` asks this before every loan."""
    if item.condition == "out of service" and item.block_when_out_of_service:
        if item.condition_note:
            return QT_TRANSLATE_NOOP(
                "ResourceRules",
                "{item} is out of service ({note}); it cannot be lent until it is back in order.",
            ).format(item=item.name, note=item.condition_note)
        return QT_TRANSLATE_NOOP(
            "ResourceRules",
            "{item} is out of service; it cannot be lent until it is back in order.",
        ).format(item=item.name)
    return None


def check_lendable(item: ResourceItem) -> None:
    """Refuse, beside the item field, a loan of an item held back by `lending_refusal`."""
    refusal = lending_refusal(item)
    if refusal is not None:
        raise ValidationError.single("item", refusal)


@dataclass(frozen=True)
class UpkeepData:
    id: str
    item_id: str
    done_on: date
    what: str
    cost: Money | None
    by_id: str | None
    by_name: str | None
    plan_id: str | None


def _clean_what(what: str) -> str:
    words = " ".join(what.split())
    if not words:
        raise ValidationError.single(
            "what", QT_TRANSLATE_NOOP("ResourceRules", "say what was done")
        )
    return words[:300]


def log_upkeep(
    uow: UnitOfWork,
    *,
    item_id: str,
    done_on: date,
    what: str,
    cost: Money | None = None,
    by_id: str | None = None,
    plan_id: str | None = None,
    condition: str | None = None,
) -> UpkeepData:
    """Log work done on an item; with `plan_id` it clears that plan, and with `condition` it
    sets the item's condition in the same save (mended: back to "good")."""
    words = _clean_what(what)
    if cost is not None and cost.amount < 0:
        raise ValidationError.single(
            "cost", QT_TRANSLATE_NOOP("ResourceRules", "a cost cannot be below zero")
        )
    if condition is not None and condition not in ITEM_CONDITIONS:
        raise ValidationError.single("condition", f"choose one of: {', '.join(ITEM_CONDITIONS)}")
    with uow:
        session = uow.session
        if done_on > uow.today():
            raise ValidationError.single(
                "done_on",
                QT_TRANSLATE_NOOP("ResourceRules", "upkeep is logged once it is done, not ahead"),
            )
        item = live_row(session, ResourceItem, item_id, what="item")
        if by_id is not None:
            live_member(session, by_id, role="the person who did it")
        if plan_id is not None:
            plan = live_row(session, UpkeepPlan, plan_id, what="upkeep plan")
            if plan.item_id != item_id:
                raise ValidationError.single(
                    "plan_id",
                    QT_TRANSLATE_NOOP("ResourceRules", "that upkeep plan is for another item"),
                )
        entry = UpkeepEntry(
            item_id=item_id, done_on=done_on, what=words, cost=cost, by_id=by_id, plan_id=plan_id
        )
        session.add(entry)
        if condition is not None and condition != item.condition:
            item.condition = condition
            if condition == "good":
                item.condition_note = None
        session.flush()
        data = _entry_data(entry, names_of(session, [by_id] if by_id else []))
        uow.commit()
    return data


def _entry_data(entry: UpkeepEntry, names: dict[str, str]) -> UpkeepData:
    return UpkeepData(
        entry.id,
        entry.item_id,
        entry.done_on,
        entry.what,
        entry.cost,
        entry.by_id,
        names.get(entry.by_id or ""),
        entry.plan_id,
    )


def upkeep_log(uow: UnitOfWork, *, item_id: str) -> list[UpkeepData]:
    """An item's upkeep, newest first."""
    with uow:
        entries = uow.session.scalars(
            select(UpkeepEntry)
            .where(UpkeepEntry.item_id == item_id, UpkeepEntry.deleted_at.is_(None))
            .order_by(UpkeepEntry.done_on.desc(), UpkeepEntry.id.desc())
        ).all()
        names = names_of(uow.session, [e.by_id for e in entries if e.by_id])
        return [_entry_data(entry, names) for entry in entries]


def remove_upkeep(uow: UnitOfWork, *, entry_id: str) -> None:
    remove(uow, UpkeepEntry, entry_id, what="upkeep entry")


def add_plan(
    uow: UnitOfWork,
    *,
    item_id: str,
    what: str,
    every_months: int | None = None,
    every_loans: int | None = None,
    starts_on: date | None = None,
) -> str:
    """Plan recurring upkeep ("service the mower every 6 months or 20 loans"); returns its id.
    It counts from `starts_on` (today by default) until the first upkeep is logged for it."""
    words = _clean_what(what)
    errors: dict[str, str] = {}
    if every_months is None and every_loans is None:
        errors["every_months"] = QT_TRANSLATE_NOOP(
            "ResourceRules", "say every how many months, or after how many loans"
        )
    for field, value in (("every_months", every_months), ("every_loans", every_loans)):
        if value is not None and not 1 <= value <= 1000:
            errors[field] = "a whole number from 1 to 1000"
    if errors:
        raise ValidationError(errors)
    with uow:
        live_row(uow.session, ResourceItem, item_id, what="item")
        plan = UpkeepPlan(
            item_id=item_id,
            what=words,
            every_months=every_months,
            every_loans=every_loans,
            starts_on=starts_on or uow.today(),
        )
        uow.session.add(plan)
        uow.session.flush()
        plan_id = plan.id
        uow.commit()
    return plan_id


def remove_plan(uow: UnitOfWork, *, plan_id: str) -> None:
    remove(uow, UpkeepPlan, plan_id, what="upkeep plan")


@dataclass(frozen=True)
class PlanStatus:
    """Where a plan stands on a given day."""

    plan_id: str
    item_id: str
    item_name: str
    what: str
    every_months: int | None
    every_loans: int | None
    #: The last upkeep done for the plan, or its start when none was logged yet.
    since: date
    #: The day the months run out (None for a plan counted in loans only).
    due_on: date | None
    loans_since: int
    #: Due by the calendar or by the loans, whichever came first.
    due: bool


def plan_statuses(
    uow: UnitOfWork, *, item_id: str | None = None, due_only: bool = False
) -> list[PlanStatus]:
    """Every live plan (or one item's) with when it is next due, those due first and soonest
    first; `due_only` keeps the ones due today. One query: the last upkeep per plan and the
    loans since it are counted in SQL."""
    with uow:
        rows = _plan_rows(uow.session, item_id)
        today = uow.today()
    statuses = [_status(row, today) for row in rows]
    if due_only:
        statuses = [status for status in statuses if status.due]
    return sorted(statuses, key=lambda s: (not s.due, s.due_on or date.max, s.item_name))


def _plan_rows(session: Session, item_id: str | None) -> Sequence[Row[Any]]:
    last_done = (
        select(func.max(UpkeepEntry.done_on))
        .where(UpkeepEntry.plan_id == UpkeepPlan.id, UpkeepEntry.deleted_at.is_(None))
        .correlate(UpkeepPlan)
        .scalar_subquery()
    )
    since = func.coalesce(last_done, UpkeepPlan.starts_on, func.date(UpkeepPlan.created_at))
    loans_since = (
        select(func.count())
        .where(
            Loan.item_id == UpkeepPlan.item_id,
            Loan.deleted_at.is_(None),
            Loan.out_on >= since,
        )
        .correlate(UpkeepPlan)
        .scalar_subquery()
    )
    query = (
        select(
            UpkeepPlan.id,
            UpkeepPlan.item_id,
            ResourceItem.name,
            UpkeepPlan.what,
            UpkeepPlan.every_months,
            UpkeepPlan.every_loans,
            since.label("since"),
            loans_since.label("loans_since"),
        )
        .join(ResourceItem, ResourceItem.id == UpkeepPlan.item_id)
        .where(UpkeepPlan.deleted_at.is_(None), ResourceItem.deleted_at.is_(None))
    )
    if item_id is not None:
        query = query.where(UpkeepPlan.item_id == item_id)
    return session.execute(query).all()


def _status(row: Row[Any], today: date) -> PlanStatus:
    months: int | None = row.every_months
    due_on = row.since + relativedelta(months=months) if months else None
    due = (due_on is not None and due_on <= today) or (
        row.every_loans is not None and row.loans_since >= row.every_loans
    )
    return PlanStatus(
        plan_id=row.id,
        item_id=row.item_id,
        item_name=row.name,
        what=row.what,
        every_months=months,
        every_loans=row.every_loans,
        since=row.since,
        due_on=due_on,
        loans_since=row.loans_since,
        due=due,
    )
