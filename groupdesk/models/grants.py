"""Grants: funders, the grants the group seeks (incoming) and the micro-grants it gives to
members' projects (outgoing), with their pipeline, budgets, payments and tranches, expenses and
their receipts, reimbursements, reports due and outcome indicators.

Money is whole minor units in an integer column beside its ISO currency code
(`groupdesk.models.money`), never a float: every amount of a grant is in the grant's own
currency, and each row carries that code so SQL can total per currency without a join. Each
amount has its own currency column, because a `money_column` set to None empties both of its
columns (a shared code column would be blanked with it); history shows each pair as one
amount (`groupdesk.models.money.money_fields`).
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Synced
from groupdesk.models.money import money_column, required_money_column
from groupdesk.models.references import reference
from groupdesk.money import Money

FUNDER_KINDS = ("foundation", "council", "company", "individual", "crowdfunding", "another group")
GRANT_DIRECTIONS = ("incoming", "outgoing")
#: The pipeline of a grant the group seeks (`services.grants.pipeline` says which moves).
GRANT_STATES = (
    "prospect",
    "drafting",
    "submitted",
    "awarded",
    "declined",
    "withdrawn",
    "active",
    "reporting",
    "closed",
)
#: A micro-grant the group gives (`services.grants.micro_grants`).
MICRO_GRANT_STATES = ("applied", "approved", "refused", "withdrawn", "paid", "reported")
PAYMENT_DIRECTIONS = ("in", "out")
RECEIPT_ROLES = ("invoice", "proof", "receipt")
REIMBURSEMENT_STATES = ("claimed", "approved", "paid", "refused")
REPORT_KINDS = ("interim", "final")
REPORT_STATES = ("due", "sent", "accepted")


class Funder(Synced):
    """Who gives the group money: a foundation, the council, a company, a person, a crowd."""

    __tablename__ = "funders"
    __record_label__ = "funder"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="foundation")
    contact_person: Mapped[str | None] = mapped_column(String(200), default=None)
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    website: Mapped[str | None] = mapped_column(String(500), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class Grant(Synced):
    """A grant the group seeks from a funder (incoming), or gives to a member's project
    (outgoing, a micro-grant: `applicant_id` and `purpose`)."""

    __tablename__ = "grants"
    __record_label__ = "grant"
    __table_args__ = (Index("ix_grants_direction_state", "direction", "state"),)
    #: Blanked when the applicant of a micro-grant is forgotten.
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"purpose", "report_back"})

    direction: Mapped[str] = mapped_column(String(10), default="incoming")
    title: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(12))
    funder_id: Mapped[str | None] = reference("funders")
    #: The grant's own currency: every amount under it is in this currency.
    currency: Mapped[str] = mapped_column(String(3))
    #: Each amount keeps its own copy of the code (see the module's docstring).
    requested_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    requested_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    requested: Mapped[Money | None] = money_column("requested_minor", "requested_currency")
    awarded_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    awarded_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    awarded: Mapped[Money | None] = money_column("awarded_minor", "awarded_currency")
    #: The application deadline.
    deadline: Mapped[date | None] = mapped_column(Date, default=None)
    decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    restrictions: Mapped[str | None] = mapped_column(Text, default=None)
    responsible_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as the person responsible"
    )
    funder_reference: Mapped[str | None] = mapped_column(String(100), default=None)
    #: A micro-grant's applicant, what the money is for, and what they reported back.
    applicant_id: Mapped[str | None] = reference("members")
    purpose: Mapped[str | None] = mapped_column(Text, default=None)
    report_back: Mapped[str | None] = mapped_column(Text, default=None)
    #: The meeting's decision that approved or refused it, when it was decided at a meeting.
    decision_id: Mapped[str | None] = reference("decisions", relation="decided by")
    approved_by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as approver"
    )
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class GrantStateChange(Synced):
    """One move through the pipeline: from which state to which, on what day, by whom."""

    __tablename__ = "grant_state_changes"
    __record_label__ = "grant state change"

    grant_id: Mapped[str] = reference("grants")
    #: Empty for the state a grant was created in.
    from_state: Mapped[str | None] = mapped_column(String(12), default=None)
    to_state: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[date] = mapped_column(Date)
    by_id: Mapped[str | None] = reference("members", on_forget="keep", relation="by them")
    note: Mapped[str | None] = mapped_column(Text, default=None)


class GrantBudgetLine(Synced):
    """A line of a grant's budget ("Equipment: tools for the garden", 1,200.00)."""

    __tablename__ = "grant_budget_lines"
    __record_label__ = "budget line"

    grant_id: Mapped[str] = reference("grants")
    category: Mapped[str] = mapped_column(String(100))
    description: Mapped[str | None] = mapped_column(Text, default=None)
    amount_minor: Mapped[int] = mapped_column(Integer)
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")
    #: Order in the budget, smallest first.
    position: Mapped[int] = mapped_column(Integer, default=0)


class GrantBudgetRevision(Synced):
    """A dated change of a budget line's amount (a reallocation the funder approved), keeping
    the figure it had before."""

    __tablename__ = "grant_budget_revisions"
    __record_label__ = "budget revision"

    line_id: Mapped[str] = reference("grant_budget_lines")
    old_amount_minor: Mapped[int] = mapped_column(Integer)
    old_amount_currency: Mapped[str] = mapped_column(String(3))
    old_amount: Mapped[Money] = required_money_column("old_amount_minor", "old_amount_currency")
    new_amount_minor: Mapped[int] = mapped_column(Integer)
    new_amount_currency: Mapped[str] = mapped_column(String(3))
    new_amount: Mapped[Money] = required_money_column("new_amount_minor", "new_amount_currency")
    revised_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    by_id: Mapped[str | None] = reference("members", on_forget="keep", relation="by them")


class GrantPayment(Synced):
    """Money received from the funder (in) or paid out, a micro-grant to a member (out)."""

    __tablename__ = "grant_payments"
    __record_label__ = "grant payment"

    grant_id: Mapped[str] = reference("grants")
    direction: Mapped[str] = mapped_column(String(3), default="in")
    paid_on: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")
    method: Mapped[str | None] = mapped_column(String(60), default=None)
    reference: Mapped[str | None] = mapped_column(String(100), default=None)


class GrantTranche(Synced):
    """A part of the award the funder pays on a date, perhaps only once a report is in."""

    __tablename__ = "grant_tranches"
    __record_label__ = "tranche"

    grant_id: Mapped[str] = reference("grants")
    amount_minor: Mapped[int] = mapped_column(Integer)
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")
    expected_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: The report the funder waits for before paying this tranche.
    needs_report_id: Mapped[str | None] = reference(
        "grant_reports", relation="released by", index=False
    )
    #: The payment that brought it in, once received.
    received_payment_id: Mapped[str | None] = reference(
        "grant_payments", relation="received as", index=False
    )


class GrantExpense(Synced):
    """Money spent under a grant, on a budget line or (until someone chooses one) on none."""

    __tablename__ = "grant_expenses"
    __record_label__ = "expense"
    __table_args__ = (
        Index("ix_grant_expenses_grant_id_line_id", "grant_id", "line_id"),
        # Covering: each grant's spending is summed from the index alone (migration 0015).
        Index(
            "ix_grant_expenses_sums", "grant_id", "amount_currency", "deleted_at", "amount_minor"
        ),
    )

    grant_id: Mapped[str] = reference("grants", index=False)
    line_id: Mapped[str | None] = reference("grant_budget_lines")
    spent_on: Mapped[date] = mapped_column(Date)
    payee: Mapped[str] = mapped_column(String(200))
    amount_minor: Mapped[int] = mapped_column(Integer)
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")
    description: Mapped[str | None] = mapped_column(Text, default=None)
    paid_by_id: Mapped[str | None] = reference("members", on_forget="keep", relation="paid by")


class GrantExpenseReceipt(Synced):
    """A file that proves an expense: an invoice, a proof of payment, a till receipt."""

    __tablename__ = "grant_expense_receipts"
    __record_label__ = "receipt"

    expense_id: Mapped[str] = reference("grant_expenses")
    attachment_id: Mapped[str] = reference("attachments")
    role: Mapped[str] = mapped_column(String(10), default="receipt")


class GrantReimbursement(Synced):
    """A member paid out of pocket: claimed, approved by someone else, paid, or refused."""

    __tablename__ = "grant_reimbursements"
    __record_label__ = "reimbursement"
    __erase_fields__: ClassVar[frozenset[str]] = frozenset({"description"})

    claimant_id: Mapped[str] = reference("members")
    #: The expense it repays, or (without one yet) the grant it is claimed under.
    expense_id: Mapped[str | None] = reference("grant_expenses")
    grant_id: Mapped[str | None] = reference("grants")
    amount_minor: Mapped[int] = mapped_column(Integer)
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")
    description: Mapped[str | None] = mapped_column(Text, default=None)
    state: Mapped[str] = mapped_column(String(10), default="claimed")
    claimed_on: Mapped[date] = mapped_column(Date)
    approved_by_id: Mapped[str | None] = reference(
        "members", on_forget="keep", relation="as approver"
    )
    #: The day it was approved or refused.
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    paid_on: Mapped[date | None] = mapped_column(Date, default=None)
    reference: Mapped[str | None] = mapped_column(String(100), default=None)
    refused_reason: Mapped[str | None] = mapped_column(Text, default=None)


class GrantReport(Synced):
    """A report owed to the funder (interim or final), due on a day, then sent and accepted."""

    __tablename__ = "grant_reports"
    __record_label__ = "grant report"
    __table_args__ = (Index("ix_grant_reports_state_due_on", "state", "due_on"),)

    grant_id: Mapped[str] = reference("grants")
    kind: Mapped[str] = mapped_column(String(10), default="final")
    due_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="due")
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    accepted_on: Mapped[date | None] = mapped_column(Date, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class GrantOutcome(Synced):
    """An outcome the group promised the funder ("trees planted", target 200)."""

    __tablename__ = "grant_outcomes"
    __record_label__ = "outcome"

    grant_id: Mapped[str] = reference("grants")
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[int | None] = mapped_column(Integer, default=None)
    unit: Mapped[str | None] = mapped_column(String(50), default=None)


class GrantOutcomeEntry(Synced):
    """What was achieved towards an outcome, counted on a day (entries add up)."""

    __tablename__ = "grant_outcome_entries"
    __record_label__ = "outcome entry"

    outcome_id: Mapped[str] = reference("grant_outcomes")
    entry_on: Mapped[date] = mapped_column(Date)
    achieved: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text, default=None)
