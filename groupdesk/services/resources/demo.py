"""The demo group's library of things: forty items of every kind (`demo_catalogue`), some with
photos the demo draws itself (`demo_photos`), the PA kit and its parts, stock lent a few at a
time, a year of loans (two overdue, one gazebo returned damaged with part of its deposit kept,
late returns with fees, one waived), reservations (collected ones that became loans, one for a
meeting, one for today, more ahead), and upkeep with a plan that is due.

It runs as the resources area's demo hook, after the members and meetings hooks, in the
transaction of `services/demo.make_demo`. Each item's year is drawn as one timeline of loans and
bookings that never overlap (with its buffer days), so the demo has no clashes: those come only
from two laptops lending offline. `demo --members 10000` scales it to the benchmark group
(3,000 items, about 30,000 loans and 10,000 reservations), written with bulk inserts.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from groupdesk.ids import new_id
from groupdesk.models.meetings import Meeting
from groupdesk.models.resources import (
    Loan,
    Reservation,
    ResourceItem,
    ResourcePart,
    ResourcePhoto,
    UpkeepEntry,
    UpkeepPlan,
)
from groupdesk.models.settings import GroupSettings
from groupdesk.money import Money
from groupdesk.services.members.demo import demo_people
from groupdesk.services.resources.demo_catalogue import CATALOGUE, KIT, Thing
from groupdesk.services.resources.demo_photos import photo_jpeg
from groupdesk.services.resources.fees import late_fee
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.thumbnails import add_image
from groupdesk.services.uow import UnitOfWork

YEAR = 365
#: Out now, due back this many days from today: overdue at every size, the two the Monday
#: dashboard of scenario 4 shows, and the PA kit due back today.
LAST_DUE = {"Cordless drill": -5, "Ladder (3 m)": -2, KIT: 0}
#: Days a return comes after its due day, drawn one at a time: mostly on the day.
DRIFTS = (0,) * 70 + (-1,) * 10 + (1,) * 10 + (3,) * 6 + (9,) * 4
#: One in this many of a bigger demo's numbered copies is overdue too.
OVERDUE_EVERY = 100
OUT_OF_SERVICE = ("Pressure washer", "The pump leaks; a new seal is on order.")
NEEDS_ATTENTION = ("Wheelbarrow", "The tyre loses air over a week.")
DAMAGED = "Gazebo (3 × 3 m)"
TODAY_ROOM = "Hall meeting room"
FOR_MEETING = "Projector"
LOAN_NOTES = (
    "For the street party.",
    "Back by the weekend, please.",
    "Collected by her son.",
    "For the school fair.",
    None,
    None,
    None,
)


@dataclass
class _Item:
    """An item being made: its row, its catalogue entry, and the bookings drawn for it."""

    row: dict[str, Any]
    thing: Thing
    copy: int
    loans: list[dict[str, Any]] = field(default_factory=list)
    reservations: list[dict[str, Any]] = field(default_factory=list)


def add_demo_resources(uow: UnitOfWork, *, size: int, seed: int, today: date) -> None:
    """The library of things and its year, for the demo members (about 0.3 items a member)."""
    session = uow.session
    members, organisers = demo_people(session)
    if not members:
        return
    currency = session.scalar(select(GroupSettings.currency)) or "GBP"
    meeting = session.execute(
        select(Meeting.id, Meeting.starts_at, Meeting.chair_id)
        .where(
            Meeting.status == "planned",
            Meeting.deleted_at.is_(None),
            Meeting.starts_at >= today + timedelta(days=7),
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    ).first()
    library = _Library(random.Random(f"resources {seed}"), members, organisers, currency, today)
    library.make_items(max(len(CATALOGUE), size * 3 // 10))
    for item in library.items:
        if item.thing.part:
            continue
        if meeting is not None and item.copy == 1 and item.thing.name == FOR_MEETING:
            library.book_for_meeting(item, meeting.id, meeting.starts_at.date(), meeting.chair_id)
        elif item.copy == 1 and item.thing.name == TODAY_ROOM:
            library.book_today(item)
        else:
            library.year_of(item)
    library.lend_parts()
    library.damaged_return()
    library.write(uow)


class _Library:
    """The rows being made, with the members they are made for."""

    def __init__(
        self,
        rng: random.Random,
        members: list[str],
        organisers: list[str],
        currency: str,
        today: date,
    ) -> None:
        self.rng = rng
        self.members = members
        self.organisers = organisers
        self.currency = currency
        self.today = today
        self.items: list[_Item] = []
        self.upkeep: list[dict[str, Any]] = []
        self.fee_waived = False

    def _draw(self, low: int, high: int) -> int:
        """A whole number from `low` to `high`: `randint` without its checks, which took a
        fifth of the time of drawing the benchmark group's year."""
        return low + int(self.rng.random() * (high - low + 1))

    def _pick(self, choices: Sequence[Any]) -> Any:
        return choices[int(self.rng.random() * len(choices))]

    def _money(self, pounds: int | None, prefix: str) -> dict[str, Any]:
        if pounds is None:
            return {}
        amount = Money(Decimal(pounds), self.currency)
        return {f"{prefix}_minor": amount.minor_units, f"{prefix}_currency": self.currency}

    def make_items(self, count: int) -> None:
        """The catalogue, then numbered copies of its lendable things up to `count`."""
        lendable = [thing for thing in CATALOGUE if not thing.part and thing.name != KIT]
        for number in range(count):
            if number < len(CATALOGUE):
                thing, copy = CATALOGUE[number], 1
            else:
                extra = number - len(CATALOGUE)
                thing, copy = lendable[extra % len(lendable)], 2 + extra // len(lendable)
            owner = self.rng.choice(self.members) if thing.members_own else None
            row: dict[str, Any] = {
                "id": new_id(),
                "name": thing.name if copy == 1 else f"{thing.name} ({copy})",
                "kind": thing.kind,
                "description": thing.description,
                "owner_id": owner,
                "custodian_id": owner or self.rng.choice(self.organisers),
                "location": thing.location,
                "quantity": thing.quantity,
                "loan_days": thing.loan_days,
                "buffer_days": thing.buffer_days,
                "late_fee_minor": thing.late_fee,
                "late_fee_currency": self.currency if thing.late_fee else None,
                **self._money(thing.value, "value"),
                **self._money(thing.deposit, "deposit"),
            }
            for name, note, condition in (
                (*OUT_OF_SERVICE, "out of service"),
                (*NEEDS_ATTENTION, "needs attention"),
            ):
                if copy == 1 and thing.name == name:
                    row.update(condition=condition, condition_note=note)
            self.items.append(_Item(row, thing, copy))

    def year_of(self, item: _Item) -> None:
        """A year of loans up to today, then a booking or two ahead; some items end overdue,
        the one out of service came back weeks ago."""
        due_in = LAST_DUE.get(item.thing.name) if item.copy == 1 else None
        if due_in is None and item.copy > 1 and self.rng.random() < 1 / OVERDUE_EVERY:
            due_in = -self._draw(1, 20)
        if item.copy == 1 and item.thing.name == OUT_OF_SERVICE[0]:
            self._loans(item, until=self.today - timedelta(days=60))
            return
        if due_in is not None:
            free = self._loans(item, until=self.today - timedelta(days=45))
            due = self.today + timedelta(days=due_in)
            out = max(free, due - timedelta(days=item.thing.loan_days))
            self._loan(item, out, due, returned=None)
            if due_in >= 0:
                self._bookings_ahead(item, due + timedelta(days=item.thing.buffer_days + 1))
            return
        free = self._loans(item, until=self.today)
        self._bookings_ahead(item, max(free, self.today + timedelta(days=1)))

    def book_today(self, item: _Item) -> None:
        """The room, booked for today by a member: the dashboard's reservation for today."""
        self._loans(item, until=self.today - timedelta(days=item.thing.loan_days + 12))
        self._reserve(item, self.today, self.today, self.rng.choice(self.members))
        self._bookings_ahead(item, self.today + timedelta(days=2))

    def book_for_meeting(self, item: _Item, meeting_id: str, day: date, chair: str | None) -> None:
        """The projector, reserved by the chair for the next meeting a week or more ahead."""
        self._loans(item, until=self.today - timedelta(days=item.thing.loan_days + 12))
        booking = self._reserve(item, day, day, chair or self.organisers[0])
        booking["meeting_id"] = meeting_id
        booking["note"] = "For the slides at the meeting."
        self._bookings_ahead(item, day + timedelta(days=item.thing.buffer_days + 1))

    def _loans(self, item: _Item, *, until: date) -> date:
        """Loans one after another from a year ago, none starting after `until`; returns the
        first day the item is free after the last. Spaces are booked, then collected."""
        thing, rng = item.thing, self.rng
        space = thing.kind == "space"
        day = self.today - timedelta(days=YEAR - self._draw(0, 20))
        free = day
        while day <= until:
            due = day + timedelta(days=self._draw(thing.loan_days // 2, thing.loan_days))
            if due >= self.today:
                self._loan(item, day, due, returned=None)
                return due + timedelta(days=thing.buffer_days + 1)
            drift = self._pick(DRIFTS)
            returned = min(max(due + timedelta(days=drift), day), self.today - timedelta(days=1))
            loan = self._loan(item, day, due, returned=returned)
            if rng.random() < (0.5 if space else 0.12):
                self._collected(item, loan)
            free = returned + timedelta(days=thing.buffer_days + 1)
            day = free + timedelta(days=self._draw(4, 30) if space else self._draw(6, 50))
        return free

    def _loan(
        self, item: _Item, out_on: date, due_on: date, *, returned: date | None
    ) -> dict[str, Any]:
        thing = item.thing
        handed = item.row["custodian_id"]
        loan: dict[str, Any] = {
            "id": new_id(),
            "item_id": item.row["id"],
            "borrower_id": self._pick(self.members),
            "quantity": self._draw(1, max(1, thing.quantity // 2)),
            "out_on": out_on,
            "due_on": due_on,
            "returned_on": returned,
            "condition_out": "good",
            "condition_in": "good" if returned else None,
            "handed_out_by_id": handed,
            "received_by_id": handed if returned else None,
            "notes": self._pick(LOAN_NOTES),
            "reservation_id": None,
            "kit_loan_id": None,
        }
        if thing.deposit is not None:
            deposit = item.row["deposit_minor"]
            loan.update(deposit_taken_minor=deposit, deposit_taken_currency=self.currency)
            if returned is not None:
                loan.update(deposit_returned_minor=deposit, deposit_returned_currency=self.currency)
        if returned is not None and thing.late_fee and returned > due_on:
            fee = late_fee(
                per_day=Money.from_minor(thing.late_fee, self.currency),
                value=Money(Decimal(thing.value or 0), self.currency),
                due_on=due_on,
                back_on=returned,
            )
            assert fee is not None
            loan.update(fee_charged_minor=fee.minor_units, fee_charged_currency=self.currency)
            if not self.fee_waived:
                loan["fee_waived_by_id"] = self.organisers[0]
                loan["notes"] = "Late because of the snow; fee waived."
                self.fee_waived = True
        item.loans.append(loan)
        return loan

    def _reserve(
        self, item: _Item, starts: date, ends: date, member: str, *, status: str = "booked"
    ) -> dict[str, Any]:
        booking: dict[str, Any] = {
            "id": new_id(),
            "item_id": item.row["id"],
            "member_id": member,
            "meeting_id": None,
            "starts_on": starts,
            "ends_on": ends,
            "quantity": self._draw(1, max(1, item.thing.quantity // 2)),
            "status": status,
            "loan_id": None,
            "note": None,
        }
        item.reservations.append(booking)
        return booking

    def _collected(self, item: _Item, loan: dict[str, Any]) -> None:
        """The reservation a past loan was collected from (one step at pickup)."""
        booking = self._reserve(
            item, loan["out_on"], loan["due_on"], loan["borrower_id"], status="collected"
        )
        booking.update(quantity=loan["quantity"], loan_id=loan["id"])
        loan["reservation_id"] = booking["id"]

    def _bookings_ahead(self, item: _Item, day: date) -> None:
        """None to three reservations in the coming two months, apart by the buffer."""
        thing = item.thing
        for _ in range(self._pick((0, 1, 1, 2, 3))):
            day += timedelta(days=self._draw(0, 30))
            ends = day + timedelta(days=self._draw(0, max(0, thing.loan_days - 1)))
            self._reserve(item, day, ends, self._pick(self.members))
            day = ends + timedelta(days=thing.buffer_days + 1)

    def lend_parts(self) -> None:
        """Each loan of the PA kit lent its parts with it, each on a loan of its own tied to
        the kit's (as `kits.lend_kit` does), the same days, back together."""
        kit = next(item for item in self.items if item.row["name"] == KIT)
        parts = [item for item in self.items if item.thing.part]
        for kit_loan in kit.loans:
            for part in parts:
                part.loans.append(
                    {
                        **kit_loan,
                        "id": new_id(),
                        "item_id": part.row["id"],
                        "quantity": part.thing.quantity,
                        "reservation_id": None,
                        "kit_loan_id": kit_loan["id"],
                        "notes": None,
                        **{
                            f"{money}_{column}": None
                            for money in ("deposit_taken", "deposit_returned", "fee_charged")
                            for column in ("minor", "currency")
                        },
                        "fee_waived_by_id": None,
                    }
                )

    def damaged_return(self) -> None:
        """The gazebo's latest return came back with a bent leg: part of the deposit kept for
        the repair, logged as upkeep two days later."""
        gazebo = next(item for item in self.items if item.row["name"] == DAMAGED)
        loan = max(
            (loan for loan in gazebo.loans if loan["returned_on"]), key=lambda x: x["out_on"]
        )
        deposit = gazebo.thing.deposit or 0
        kept = 12 if deposit >= 12 else deposit
        loan.update(
            condition_in="needs attention",
            condition_note="One leg bent and a small tear in the roof.",
            kept_reason="Repairing the bent leg.",
            **self._money(kept, "deposit_kept"),
            **self._money(deposit - kept, "deposit_returned"),
        )
        self._upkeep(
            gazebo,
            loan["returned_on"] + timedelta(days=2),
            "Straightened the leg; patched the roof",
            cost=kept,
        )

    def _upkeep(
        self, item: _Item, on: date, what: str, *, cost: int | None = None, plan: str | None = None
    ) -> None:
        self.upkeep.append(
            {
                "item_id": item.row["id"],
                "plan_id": plan,
                "done_on": on,
                "what": what,
                "cost_minor": None,
                "cost_currency": None,
                "by_id": item.row["custodian_id"],
                **self._money(cost, "cost"),
            }
        )

    def plans(self) -> list[dict[str, Any]]:
        """Upkeep plans: the barbecue's gas check is due (last done seven months ago on a
        six-month plan); the mower's service counts loans; the PA kit's cables were tested
        last month."""
        by_name = {item.row["name"]: item for item in self.items if item.copy == 1}
        made = []
        for name, what, months, loans, done_days_ago in (
            ("Gas barbecue", "Gas safety check of hose and regulator", 6, None, 213),
            ("Lawn mower", "Service and sharpen the blade", None, 8, 150),
            (KIT, "Test every cable and microphone", 3, None, 30),
        ):
            item = by_name[name]
            plan = {
                "id": new_id(),
                "item_id": item.row["id"],
                "what": what,
                "every_months": months,
                "every_loans": loans,
                "starts_on": self.today - timedelta(days=YEAR),
            }
            self._upkeep(item, self.today - timedelta(days=done_days_ago), what, plan=plan["id"])
            made.append(plan)
        for name, what, days_ago, cost in (
            ("Tea urn", "Descaled", 40, None),
            ("First aid kit", "Restocked plasters and gloves", 75, 18),
            ("Cordless drill", "New battery", 120, 35),
        ):
            self._upkeep(by_name[name], self.today - timedelta(days=days_ago), what, cost=cost)
        return made

    def write(self, uow: UnitOfWork) -> None:
        """Insert the items, kit parts, photos, reservations and loans (each a batch), then
        upkeep. Reservations and loans name each other, so their ids were made beforehand."""
        session = uow.session
        bulk_insert(session, ResourceItem, [item.row for item in self.items])
        by_name = {item.row["name"]: item.row["id"] for item in self.items if item.copy == 1}
        bulk_insert(
            session,
            ResourcePart,
            [
                {"kit_id": by_name[KIT], "part_id": by_name[thing.name], "count": thing.quantity}
                for thing in CATALOGUE
                if thing.part
            ],
        )
        photos = [item for item in self.items if item.copy == 1 and item.thing.picture]
        with tempfile.TemporaryDirectory(prefix="groupdesk-demo-") as folder:
            rows = []
            for item in photos:
                path = Path(folder) / f"{item.thing.picture}.jpg"
                path.write_bytes(photo_jpeg(item.thing.picture))
                attachment = add_image(uow, source=path)
                rows.append({"item_id": item.row["id"], "attachment_id": attachment.id})
            bulk_insert(session, ResourcePhoto, rows)
        bulk_insert(session, Reservation, [r for item in self.items for r in item.reservations])
        bulk_insert(session, Loan, [loan for item in self.items for loan in item.loans])
        plans = self.plans()
        bulk_insert(session, UpkeepPlan, plans)
        bulk_insert(session, UpkeepEntry, self.upkeep)
