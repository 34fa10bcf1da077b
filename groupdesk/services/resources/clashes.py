"""When an item is held, and by whom: the one rule every booking check, availability query and
clash list reads, and the clashes already present in the data.

A *holding* is a loan not yet returned or a reservation still booked. Days are whole and
inclusive: a reservation from the 3rd to the 5th holds the 3rd, 4th and 5th. A loan not returned
holds its item from its out day to its due day while it is not late, so the item can be booked
for after it is due back; once it is overdue it holds the item from its out day with no end, every
day to come, until it is returned ("an item that has not come back stays unavailable whatever its
due date says"). A returned loan holds nothing. The item's buffer days follow every holding, so
with one buffer day a booking ending on the 5th leaves the 6th free and the next may start on
the 7th.

A new loan or reservation is refused when, on some day, it and the holdings over that day would
need more than the item's quantity (`check_free`, naming the clash). Two laptops can still lend
the same gazebo offline, and sync cannot refuse either: both loans are kept, and
`list_clashes` shows them until a person ends or moves one. A booking made before a loan became
overdue is listed against it too: someone has to ask for the item back or move the booking.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    Date,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    select,
    union,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression
from sqlalchemy.sql.operators import custom_op

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import Meeting
from groupdesk.models.members import Member
from groupdesk.models.resources import Loan, Reservation, ResourceClashUntil, ResourceItem
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.rows import display_name
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text, days_text

T = TypeVar("T")

#: Unbounded ends of a period, as SQLite compares stored days. In SQL an overdue loan holds its
#: item to LAST_DAY; read back, that open end is `Holding.last = None`, never a date.
FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)


def loan_last_day(today: Any) -> ColumnElement[date]:
    """The last day a loan not yet returned holds its item: its due day, or, once it is
    overdue (due before `today`), no last day at all (LAST_DAY) until it comes back.

    The one holding rule: booking checks, availability, clashes and the week view read it."""
    return case((Loan.due_on < today, literal(LAST_DAY, Date)), else_=Loan.due_on)


def open_end(last: date) -> date | None:
    """A last day read back from SQL, None for an overdue loan's open end (LAST_DAY there)."""
    return None if last == LAST_DAY else last


def _day(name: str) -> BindParameter[date]:
    return bindparam(name, type_=Date)


@cache
def holdings(*, for_items: bool = False) -> Select[*tuple[Any, ...]]:
    """Every holding as (kind, record_id, item_id, member_id, meeting_id, first, last,
    quantity): loans not returned and reservations booked, neither deleted; with `for_items`,
    only those of the items in the parameter `item_ids`. Reservations that end before
    `ending_from` or start after `starting_by` are left out (read through an index), so a
    period's bookings are read, not all of them; see `holding_params`.

    Built once with bound parameters: building it is dearer than running it."""
    loans = select(
        literal("loan", String).label("kind"),
        Loan.id.label("record_id"),
        Loan.item_id.label("item_id"),
        Loan.borrower_id.label("member_id"),
        literal(None, String).label("meeting_id"),
        Loan.out_on.label("first"),
        loan_last_day(_day("today")).label("last"),
        Loan.quantity.label("quantity"),
    ).where(Loan.returned_on.is_(None), Loan.deleted_at.is_(None))
    # The bookings of given items are read through their item's index: `+starts_on` keeps
    # SQLite, which has no statistics, from taking the index of all bookings by first day
    # (0.11 s for the 298 items with an overdue loan at 100,000 members, against 0.01 s).
    starts: ColumnElement[date] = Reservation.starts_on.expression
    if for_items:
        starts = unindexed(starts)
    reservations = select(
        literal("reservation", String),
        Reservation.id,
        Reservation.item_id,
        Reservation.member_id,
        Reservation.meeting_id,
        Reservation.starts_on,
        Reservation.ends_on,
        Reservation.quantity,
    ).where(
        Reservation.status == "booked",
        Reservation.deleted_at.is_(None),
        Reservation.ends_on >= _day("ending_from"),
        starts <= _day("starting_by"),
    )
    if for_items:
        ids: BindParameter[str] = bindparam("item_ids", expanding=True)
        loans = loans.where(Loan.item_id.in_(ids))
        reservations = reservations.where(Reservation.item_id.in_(ids))
    return select(union_all(loans, reservations).subquery("holding"))


def holding_params(
    today: date,
    *,
    ending_from: date | None = None,
    starting_by: date | None = None,
    item_ids: Collection[str] | None = None,
) -> dict[str, Any]:
    """The parameters `holdings` reads: no bound where none is given."""
    params: dict[str, Any] = {
        "today": today,
        "ending_from": ending_from or FIRST_DAY,
        "starting_by": starting_by or LAST_DAY,
    }
    if item_ids is not None:
        params["item_ids"] = list(item_ids)
    return params


def unindexed(column: ColumnElement[T]) -> ColumnElement[T]:
    """`column` as `+column`, which SQLite will not look up through an index: for where an
    index it would choose costs more than reading without it."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def day_number(day: Any) -> ColumnElement[float]:
    """A day as a number SQLite can add buffer days to (its Julian day)."""
    return func.julianday(day)


@dataclass(frozen=True)
class Holding:
    """One loan or reservation holding `quantity` of an item from `first` to `last`."""

    kind: str
    record_id: str
    item_id: str
    #: The borrower, the member who reserved, or the meeting reserved for.
    who: str
    first: date
    #: None: no last day, an overdue loan holding its item until it comes back.
    last: date | None
    quantity: int
    #: A loan kept past its due day (it then holds its item with no end until it is back).
    overdue: bool = False
    #: A loan's due day (what an overdue loan's sentence names).
    due_on: date | None = None

    def holds_on(self, day: date, buffer_days: int = 0) -> bool:
        """Whether it holds the item on `day`, with the item's buffer days after it."""
        return self.first <= day and (self.last is None or (day - self.last).days <= buffer_days)

    def sentence(self, item_name: str, locale: str) -> str:
        """'Gazebo is reserved by Łukasz for 3–5 Jun 2026', out with someone until a day, or
        overdue with someone since a due day (never the open end's stand-in date)."""
        if self.last is None and self.due_on:
            return QT_TRANSLATE_NOOP(
                "Clashes", "{item} is overdue with {who} (due back {day})"
            ).format(item=item_name, who=self.who, day=day_text(self.due_on, locale))
        if self.last is None:
            return QT_TRANSLATE_NOOP("Clashes", "{item} is overdue with {who}").format(
                item=item_name, who=self.who
            )
        if self.kind == "reservation":
            return QT_TRANSLATE_NOOP("Clashes", "{item} is reserved by {who} for {days}").format(
                item=item_name, who=self.who, days=days_text(self.first, self.last, locale)
            )
        return QT_TRANSLATE_NOOP("Clashes", "{item} is out with {who} until {day}").format(
            item=item_name, who=self.who, day=day_text(self.last, locale)
        )


@cache
def _item_holdings_query() -> Select[*tuple[Any, ...]]:
    rows = holdings(for_items=True).subquery()
    buffer = ResourceItem.buffer_days
    return (
        select(
            rows,
            Member.full_name,
            Member.preferred_name,
            Member.erased_at,
            Meeting.title,
            Loan.due_on,
        )
        .join(ResourceItem, ResourceItem.id == rows.c.item_id)
        .outerjoin(Member, Member.id == rows.c.member_id)
        .outerjoin(Meeting, Meeting.id == rows.c.meeting_id)
        .outerjoin(Loan, and_(rows.c.kind == "loan", Loan.id == rows.c.record_id))
        .where(
            day_number(rows.c.last) + buffer >= day_number(_day("first")),
            day_number(rows.c.first) <= day_number(_day("last")) + buffer,
        )
        .order_by(rows.c.first, rows.c.record_id)
    )


def item_holdings(
    session: Session,
    *,
    item_ids: Collection[str],
    today: date,
    first: date | None = None,
    last: date | None = None,
    widest_buffer: int = 0,
) -> list[Holding]:
    """The holdings of the items, with who holds them (names joined in SQL), by first day;
    only those sharing a day with `first`..`last` when given, buffer days counted (none of
    the items keeps more than `widest_buffer` days)."""
    margin = timedelta(days=widest_buffer)
    params = holding_params(
        today,
        ending_from=first - margin if first else None,
        starting_by=last + margin if last else None,
        item_ids=item_ids,
    )
    params |= {"first": first or FIRST_DAY, "last": last or LAST_DAY}
    return [
        Holding(
            kind=row.kind,
            record_id=row.record_id,
            item_id=row.item_id,
            who=_who(row),
            first=row.first,
            last=open_end(row.last),
            quantity=row.quantity,
            overdue=row.kind == "loan" and row.due_on < today,
            due_on=row.due_on,
        )
        for row in session.execute(_item_holdings_query(), params)
    ]


def _who(row: Any) -> str:
    if row.full_name is not None:
        return display_name(row.full_name, row.preferred_name, row.erased_at)
    return f"the meeting “{row.title}”" if row.title else "someone"


def _covering(holdings: Sequence[Holding], day: date, buffer_days: int) -> list[Holding]:
    return [h for h in holdings if h.holds_on(day, buffer_days)]


def peak_use(
    holdings: Sequence[Holding], *, first: date, last: date, buffer_days: int
) -> tuple[int, list[Holding]]:
    """The most of the item the holdings need on one day that a booking from `first` to
    `last` (and its buffer) would need too, and the holdings over that day.

    The busiest day is the booking's first day or a holding's first day, so only those are
    tried: a handful of rows, read by `item_holdings` for one item."""
    days = {first} | {h.first for h in holdings if first <= h.first}
    days = {day for day in days if (day - last).days <= buffer_days}
    best: tuple[int, list[Holding]] = (0, [])
    for day in sorted(days):
        over = _covering(holdings, day, buffer_days)
        used = sum(h.quantity for h in over)
        if used > best[0]:
            best = (used, over)
    return best


def check_free(
    session: Session,
    *,
    item: ResourceItem,
    first: date,
    last: date,
    quantity: int,
    today: date,
    locale: str,
    field: str,
    ignore: Iterable[str] = (),
) -> None:
    """Refuse a booking of `quantity` of `item` from `first` to `last` that the holdings
    (other than the records in `ignore`) leave no room for, naming the clash under `field`."""
    if quantity > item.quantity:
        raise ValidationError.single(
            "quantity",
            QT_TRANSLATE_NOOP("Clashes", "There are only %n of {item} in all.", "", 0).format(
                n=item.quantity, item=item.name
            ),
        )
    skip = set(ignore)
    found = [
        h
        for h in item_holdings(
            session,
            item_ids=[item.id],
            today=today,
            first=first,
            last=last,
            widest_buffer=item.buffer_days,
        )
        if h.record_id not in skip
    ]
    used, over = peak_use(found, first=first, last=last, buffer_days=item.buffer_days)
    if used + quantity <= item.quantity:
        return
    # An overdue loan is named first: it is the one that will not end by itself.
    named = min(over, key=lambda h: h.last is not None)
    # The sentence is built in parts, each translated, the clash inside the ones around it.
    clash = named.sentence(item.name, locale)
    if item.quantity > 1:
        clash = QT_TRANSLATE_NOOP(
            "Clashes", "Only %n of the {count} are free then: {clash}", "", 0
        ).format(n=max(0, item.quantity - used), count=item.quantity, clash=clash)
    if named.last is None:
        clash = QT_TRANSLATE_NOOP("Clashes", "{clash}; it can be booked once it is back.").format(
            clash=clash
        )
    elif item.buffer_days == 1 and _only_buffer(over, first, last):
        clash = QT_TRANSLATE_NOOP(
            "Clashes", "{clash}, and 1 day is kept free between bookings."
        ).format(clash=clash)
    elif item.buffer_days and _only_buffer(over, first, last):
        clash = QT_TRANSLATE_NOOP(
            "Clashes", "{clash}, and {days} days are kept free between bookings."
        ).format(clash=clash, days=item.buffer_days)
    else:
        clash = QT_TRANSLATE_NOOP("Clashes", "{clash}.").format(clash=clash)
    raise ValidationError.single(field, clash)


def _only_buffer(over: Sequence[Holding], first: date, last: date) -> bool:
    """Whether the holdings in the way end before `first`..`last`: only the days kept free
    after them clash."""
    return not any(h.first <= last and (h.last is None or h.last >= first) for h in over)


@dataclass(frozen=True)
class Clash:
    """Holdings of one item that together need more of it than there is on some day, from
    `first_day`: two laptops lent the gazebo offline, say, or a loan gone overdue while the
    item is booked after its due day. Both records stay until a person ends or moves one."""

    item_id: str
    item_name: str
    quantity: int
    first_day: date
    holdings: tuple[Holding, ...]

    @property
    def overdue(self) -> tuple[Holding, ...]:
        """Its overdue loans: they will not end by themselves, so someone must chase them."""
        return tuple(h for h in self.holdings if h.last is None)

    def sentence(self, locale: str) -> str:
        """'Gazebo is out with Ana until 5 Jun 2026; Gazebo is out with Sam until …', and
        what to do when an overdue loan is in it."""
        text = "; ".join(h.sentence(self.item_name, locale) for h in self.holdings) + "."
        if self.overdue:
            who = " and ".join(dict.fromkeys(h.who for h in self.overdue))
            text += f" Ask {who} to bring it back, or move the booking."
        return text


@cache
def busiest_use(*, for_items: bool = False) -> Select[*tuple[Any, ...]]:
    """(item_id, used): for each item held from `start` to `end` (parameters, see
    `busiest_params`), its buffer days counted, the most of it the holdings need on one day
    from `start`; with `for_items`, only for the items in the parameter `item_ids`.

    A sweep in SQL: each holding adds its quantity on its first day (or `start`) and gives it
    back the day after its last day and buffer; the running sum per item, in day order, peaks
    on the busiest day. Most items held have one holding in the period (8,000 of 8,041 at
    100,000 members), whose peak is its quantity: only the others are swept (80 -> 55 ms)."""
    held = holdings(for_items=for_items).subquery("held")
    buffer = ResourceItem.buffer_days
    after = day_number(held.c.last) + buffer + 1
    begins = day_number(func.max(held.c.first, _day("start"), type_=Date))
    span = (
        select(held.c.item_id, held.c.quantity, begins.label("begins"), after.label("after"))
        .join(ResourceItem, ResourceItem.id == held.c.item_id)
        .where(
            after > day_number(_day("start")),
            day_number(held.c.first) <= day_number(_day("end")) + buffer,
        )
        .cte("span")
    )
    shared = select(span.c.item_id).group_by(span.c.item_id).having(func.count() > 1)
    alone = (
        select(
            span.c.item_id,
            # A holding's own peak, nothing when it ends before it begins (as the sweep has it).
            func.sum(case((span.c.after > span.c.begins, span.c.quantity), else_=0)),
        )
        .where(span.c.item_id.not_in(shared))
        .group_by(span.c.item_id)
    )
    swept = span.c.item_id.in_(shared)
    moves = union_all(
        select(span.c.item_id, span.c.begins.label("day"), span.c.quantity.label("change")).where(
            swept
        ),
        select(span.c.item_id, span.c.after, -span.c.quantity).where(swept),
    ).subquery("moves")
    running = select(
        moves.c.item_id,
        func.sum(moves.c.change)
        .over(partition_by=moves.c.item_id, order_by=(moves.c.day, moves.c.change))
        .label("held"),
    ).subquery("running")
    peaks = select(running.c.item_id, func.max(running.c.held)).group_by(running.c.item_id)
    both = union_all(alone, peaks).subquery("both")
    return select(both.c[0].label("item_id"), both.c[1].label("used"))


def busiest_params(
    session: Session,
    *,
    start: date,
    end: date | None,
    today: date,
    item_ids: Collection[str] | None = None,
) -> dict[str, Any]:
    """The parameters of `busiest_use`: the period (open-ended without `end`), which
    bookings to read (any that could reach the period through the widest buffer) and, for
    `busiest_use(for_items=True)`, of which items."""
    widest = timedelta(days=session.scalar(select(func.max(ResourceItem.buffer_days))) or 0)
    return holding_params(
        today,
        ending_from=start - widest,
        starting_by=None if end is None else end + widest,
        item_ids=item_ids,
    ) | {"start": start, "end": end or LAST_DAY}


def _clash_candidates(session: Session, today: date, item_id: str | None) -> list[str]:
    """Items that may over-use from today on: those whose holdings need more than their
    quantity on a day from today, a loan counted to its due day (`ResourceClashUntil`, kept
    by the database), and those with an overdue loan, which holds them with no end. Each is
    then worked out from its own holdings: a few rows, not the group's every loan and booking."""
    kept = select(ResourceClashUntil.item_id).where(ResourceClashUntil.until >= today)
    overdue = select(Loan.item_id).where(
        Loan.returned_on.is_(None), Loan.deleted_at.is_(None), Loan.due_on < today
    )
    if item_id is not None:
        kept = kept.where(ResourceClashUntil.item_id == item_id)
        overdue = overdue.where(Loan.item_id == item_id)
    candidates = union(kept, overdue).subquery()
    query = (
        select(ResourceItem.id)
        .join(candidates, candidates.c.item_id == ResourceItem.id)
        .where(ResourceItem.deleted_at.is_(None))
        .order_by(ResourceItem.id)
    )
    return list(session.scalars(query))


def list_clashes(uow: UnitOfWork, *, item_id: str | None = None) -> list[Clash]:
    """The clashes in the data (all items, or one), by item name then first day."""
    with uow:
        session = uow.session
        today = uow.today()
        item_ids = _clash_candidates(session, today, item_id)
        if not item_ids:
            return []
        items = {
            row.id: row
            for row in session.execute(
                select(
                    ResourceItem.id,
                    ResourceItem.name,
                    ResourceItem.quantity,
                    ResourceItem.buffer_days,
                ).where(ResourceItem.id.in_(item_ids))
            )
        }
        found = [
            h
            for h in item_holdings(session, item_ids=item_ids, today=today, first=today)
            if h.last is None or h.last >= today
        ]
    own: dict[str, list[Holding]] = {key: [] for key in item_ids}
    for holding in found:
        own[holding.item_id].append(holding)
    clashes: list[Clash] = []
    for item_key in item_ids:
        clashes += _clashes_of(items[item_key], own[item_key], today)
    return sorted(clashes, key=lambda c: (c.item_name.casefold(), c.first_day))


def _clashes_of(item: Any, own: list[Holding], today: date) -> list[Clash]:
    """Each largest set of the item's holdings that over-use it on one day."""
    groups: list[tuple[date, frozenset[str]]] = []
    for day in sorted({max(h.first, today) for h in own}):
        over = _covering(own, day, item.buffer_days)
        if sum(h.quantity for h in over) <= item.quantity:
            continue
        ids = frozenset(h.record_id for h in over)
        if any(ids <= seen for _day, seen in groups):
            continue
        # A larger set takes in the smaller ones it grew from, and keeps their first day.
        grew_from = [d for d, seen in groups if seen < ids]
        groups = [(d, seen) for d, seen in groups if not seen < ids]
        groups.append((min([day, *grew_from]), ids))
    by_id = {h.record_id: h for h in own}
    return [
        Clash(
            item_id=item.id,
            item_name=item.name,
            quantity=item.quantity,
            first_day=day,
            holdings=tuple(sorted((by_id[i] for i in ids), key=lambda h: (h.first, h.record_id))),
        )
        for day, ids in groups
    ]


def group_locale(uow: UnitOfWork) -> str:
    """The group's locale, read before a service opens its own transaction."""
    return settings.get_settings(uow).locale
