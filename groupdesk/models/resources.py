"""Shared resources: the group's library of things (items, kits and their photos), loans to
members with their deposits and extensions, reservations, and upkeep.

Loans and reservations are kept by whole days (`date`s in the group's calendar), never times: a
loan out on the 3rd and due on the 5th holds the item on the 3rd, 4th and 5th. A loan with no
`returned_on` holds its item whatever its due date says. Two laptops may lend the same item
offline; sync cannot refuse either loan, so both rows are kept and the clash is found by query
(`services.resources.clashes`), never by a constraint.

Amounts are `Money` over integer minor units and a currency code (`money_column`).
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Base, Synced
from groupdesk.models.money import money_column
from groupdesk.models.references import reference
from groupdesk.money import Money

ITEM_KINDS = ("equipment", "space", "material", "knowledge")
ITEM_CONDITIONS = ("good", "needs attention", "out of service")
RESERVATION_STATUSES = ("booked", "collected", "cancelled")


class ResourceItem(Synced):
    """Something the group lends: a gazebo, a room, 60 chairs, a how-to guide."""

    __tablename__ = "resource_items"
    __record_label__ = "item"
    __name_field__ = "name"
    __table_args__ = (
        Index("ix_resource_items_kind_name", "kind", "name"),
        # The list's order, for its first rows at once (migration 0017).
        Index("ix_resource_items_by_name", "name_key", "name", "id"),
    )
    __derived_fields__: ClassVar[dict[str, tuple[str, str]]] = {
        "name_key": ("name", "groupdesk.services.collation:search_key")
    }

    name: Mapped[str] = mapped_column(String(200))
    #: The name folded for sorting (case and accents), kept in step with the name. Its
    #: default in the database is what migration 0017 added it with (no table rebuild, which
    #: would drop the triggers on items).
    name_key: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    kind: Mapped[str] = mapped_column(String(20), default="equipment")
    description: Mapped[str | None] = mapped_column(Text, default=None)
    #: The member who lends their own thing; empty when the group owns it.
    owner_id: Mapped[str | None] = reference("members", on_forget="keep", relation="as owner")
    #: Who keeps it when it is not out.
    custodian_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as custodian"
    )
    location: Mapped[str | None] = mapped_column(String(300), default=None)
    condition: Mapped[str] = mapped_column(String(20), default="good")
    condition_note: Mapped[str | None] = mapped_column(Text, default=None)
    value_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    value_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    value: Mapped[Money | None] = money_column("value_minor", "value_currency")
    #: Bought with a grant: the grant and its expense line (the grants area's tables).
    grant_id: Mapped[str | None] = reference("grants", relation="bought with", index=False)
    grant_expense_id: Mapped[str | None] = reference(
        "grant_expenses", relation="bought with", index=False
    )
    #: How many of it there are (60 chairs); 1 for a single thing.
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    #: The loan period offered by default, in days.
    loan_days: Mapped[int] = mapped_column(Integer, default=14)
    #: Taken at check-out; empty when no deposit is asked.
    deposit_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    deposit_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit: Mapped[Money | None] = money_column("deposit_minor", "deposit_currency")
    #: Charged per day late, capped at the item's value; empty when there is no fee.
    late_fee_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    late_fee_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    late_fee_per_day: Mapped[Money | None] = money_column("late_fee_minor", "late_fee_currency")
    #: Days kept free between bookings (cleaning, checking).
    buffer_days: Mapped[int] = mapped_column(Integer, default=0)
    #: Refuse loans while the condition is "out of service".
    block_when_out_of_service: Mapped[bool] = mapped_column(Boolean, default=True)


class ResourcePart(Synced):
    """A part of a kit ("PA kit: speaker ×2"): lending the kit lends its parts."""

    __tablename__ = "resource_parts"
    __record_label__ = "part of a kit"

    kit_id: Mapped[str] = reference("resource_items")
    part_id: Mapped[str] = reference("resource_items", relation="as a part")
    count: Mapped[int] = mapped_column(Integer, default=1)


class ResourcePhoto(Synced):
    """A photo of an item: an attachment (kept by content), in the item's order."""

    __tablename__ = "resource_photos"
    __record_label__ = "photo"

    item_id: Mapped[str] = reference("resource_items")
    attachment_id: Mapped[str] = reference("attachments", relation="as a photo", index=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Loan(Synced):
    """An item (or some of a stock) lent to a member from `out_on`, due back on `due_on`.

    Until `returned_on` is set the loan holds the item, however late it is.
    """

    __tablename__ = "resource_loans"
    __record_label__ = "loan"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"notes", "condition_note"})
    __table_args__ = (
        Index("ix_resource_loans_item_returned", "item_id", "returned_on"),
        # Covering: the loans out are read from the index alone (migration 0014).
        Index(
            "ix_resource_loans_returned_due",
            "returned_on",
            "due_on",
            *("deleted_at", "item_id", "quantity", "out_on", "borrower_id", "id"),
        ),
    )

    item_id: Mapped[str] = reference("resource_items", index=False)
    borrower_id: Mapped[str] = reference("members", relation="as borrower")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    out_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    condition_out: Mapped[str] = mapped_column(String(20), default="good")
    condition_in: Mapped[str | None] = mapped_column(String(20), default=None)
    condition_note: Mapped[str | None] = mapped_column(Text, default=None)
    handed_out_by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="handed out by them"
    )
    received_by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="taken back by them", index=False
    )
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    #: The reservation this loan was collected from.
    reservation_id: Mapped[str | None] = reference(
        "resource_reservations", relation="collected as", index=False
    )
    #: The kit's loan this part went out with (`services.resources.kits`: lending a kit lends
    #: its parts, each on a loan of its own, so a part that does not come back stays out).
    kit_loan_id: Mapped[str | None] = reference("resource_loans", relation="lent with the kit")
    deposit_taken_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    deposit_taken_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit_taken: Mapped[Money | None] = money_column(
        "deposit_taken_minor", "deposit_taken_currency"
    )
    deposit_returned_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    deposit_returned_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit_returned: Mapped[Money | None] = money_column(
        "deposit_returned_minor", "deposit_returned_currency"
    )
    deposit_kept_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    deposit_kept_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit_kept: Mapped[Money | None] = money_column("deposit_kept_minor", "deposit_kept_currency")
    kept_reason: Mapped[str | None] = mapped_column(Text, default=None)
    fee_charged_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    fee_charged_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    fee_charged: Mapped[Money | None] = money_column("fee_charged_minor", "fee_charged_currency")
    fee_waived_by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="waived the fee", index=False
    )


class LoanExtension(Synced):
    """A loan's due day moved, when and by whom: an extension is a dated change, not an edit."""

    __tablename__ = "resource_loan_extensions"
    __record_label__ = "loan extension"

    loan_id: Mapped[str] = reference("resource_loans")
    from_due: Mapped[date] = mapped_column(Date)
    to_due: Mapped[date] = mapped_column(Date)
    extended_on: Mapped[date] = mapped_column(Date)
    by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="by them", index=False
    )


class Reservation(Synced):
    """An item or space booked for whole days, by a member or for a meeting."""

    __tablename__ = "resource_reservations"
    __record_label__ = "reservation"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"note"})
    __table_args__ = (
        Index("ix_resource_reservations_item_status_ends", "item_id", "status", "ends_on"),
        # A period's bookings: those starting by its end, their last day checked in the index.
        Index("ix_resource_reservations_status_starts", "status", "starts_on", "ends_on"),
    )

    item_id: Mapped[str] = reference("resource_items", index=False)
    member_id: Mapped[str | None] = reference("members", relation="reserved by them")
    meeting_id: Mapped[str | None] = reference("meetings", relation="for the meeting")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), default="booked")
    #: The loan made when it was collected.
    loan_id: Mapped[str | None] = reference(
        "resource_loans", relation="collected from", index=False
    )
    note: Mapped[str | None] = mapped_column(Text, default=None)


class ResourceClashUntil(Base):
    """The last day an item's loans and bookings need more of it than there is, for the items
    where they do (a loan counted to its due day).

    Local and never synced: triggers on loans, bookings and items keep it (migration
    0013_resource_clash_until), so any write, merge or undo leaves it right and every laptop
    derives the same day; the clash list reads it, and the items with an overdue loan, instead
    of sweeping every holding of the group (docs/performance.md)."""

    __tablename__ = "resource_clash_until"

    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    until: Mapped[date] = mapped_column(Date)


class UpkeepEntry(Synced):
    """Something done to keep an item in order: the day, what, its cost and who did it."""

    __tablename__ = "resource_upkeep"
    __record_label__ = "upkeep"

    item_id: Mapped[str] = reference("resource_items")
    #: The plan this work answers, if any (resets that plan's count).
    plan_id: Mapped[str | None] = reference(
        "resource_upkeep_plans", relation="done for", index=False
    )
    done_on: Mapped[date] = mapped_column(Date)
    what: Mapped[str] = mapped_column(String(300))
    cost_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    cost_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    cost: Mapped[Money | None] = money_column("cost_minor", "cost_currency")
    by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="by them", index=False
    )


class UpkeepPlan(Synced):
    """Upkeep due every N months, or after every N loans (either or both)."""

    __tablename__ = "resource_upkeep_plans"
    __record_label__ = "upkeep plan"

    item_id: Mapped[str] = reference("resource_items")
    what: Mapped[str] = mapped_column(String(300))
    every_months: Mapped[int | None] = mapped_column(Integer, default=None)
    every_loans: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Counting starts here until the first upkeep done for the plan.
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
