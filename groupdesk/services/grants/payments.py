"""Money received from funders and paid out, and the tranches an award comes in.

A tranche is a part of the award expected on a day; some are released only once a report is
in ("waiting on the interim report" until the funder has it). Recording the payment that
brought a tranche in marks it received.

Both can be put right or removed (a mistyped amount, a payment entered twice); removing the
payment that brought a tranche in makes the tranche expected again. A micro-grant's payment to
its member is not changed here: it is what makes the micro-grant paid, and the two must agree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.grants import (
    PAYMENT_DIRECTIONS,
    Grant,
    GrantPayment,
    GrantReport,
    GrantTranche,
)
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.rules import (
    checked_amount,
    live_grant,
    live_rows_pointing_at,
    rows_under,
    words,
)
from groupdesk.services.rows import live_row, tombstone
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class Payment:
    id: str
    grant_id: str
    direction: str
    paid_on: date
    amount: Money
    method: str | None
    reference: str | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class Tranche:
    id: str
    grant_id: str
    amount: Money
    expected_on: date | None
    needs_report_id: str | None
    received_payment_id: str | None
    #: "received", "waiting on the interim report" (or final), or "expected".
    status: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _payment(row: GrantPayment) -> Payment:
    return Payment(
        row.id, row.grant_id, row.direction, row.paid_on, row.amount, row.method, row.reference
    )


def record_payment(
    uow: UnitOfWork,
    *,
    grant_id: str,
    amount: Money,
    paid_on: date,
    direction: str = "in",
    method: str | None = None,
    reference: str | None = None,
    tranche_id: str | None = None,
) -> Payment:
    """Record money received (in) or paid (out) under a grant; `tranche_id` marks the tranche
    this payment brought in."""
    if direction not in PAYMENT_DIRECTIONS:
        raise ValidationError.single(
            "direction", QT_TRANSLATE_NOOP("GrantRules", "a payment is in (received) or out (paid)")
        )
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id)
        checked = checked_amount(amount, field="amount", currency=grant.currency)
        if paid_on > uow.today():
            raise ValidationError.single(
                "paid_on",
                QT_TRANSLATE_NOOP("GrantRules", "a payment cannot be dated in the future"),
            )
        tranche = None
        if tranche_id is not None:
            tranche = _tranche_row(session, tranche_id, grant_id)
            if tranche.received_payment_id is not None:
                raise ValidationError.single(
                    "tranche_id",
                    QT_TRANSLATE_NOOP("GrantRules", "that tranche is already received"),
                )
            if direction != "in":
                raise ValidationError.single(
                    "tranche_id", QT_TRANSLATE_NOOP("GrantRules", "a tranche is money received")
                )
        row = GrantPayment(
            grant_id=grant_id,
            direction=direction,
            paid_on=paid_on,
            amount=checked,
            method=words(method),
            reference=words(reference),
        )
        session.add(row)
        session.flush()
        if tranche is not None:
            tranche.received_payment_id = row.id
        payment = _payment(row)
        uow.commit()
    return payment


def _tranche_row(session: Session, tranche_id: str, grant_id: str) -> GrantTranche:
    tranche = live_row(session, GrantTranche, tranche_id, what="tranche")
    if tranche.grant_id != grant_id:
        raise ValidationError.single(
            "tranche_id", QT_TRANSLATE_NOOP("GrantRules", "that tranche belongs to another grant")
        )
    return tranche


def payments_of(uow: UnitOfWork, *, grant_id: str) -> list[Payment]:
    """A grant's payments, oldest first."""
    with uow:
        rows = rows_under(uow.session, GrantPayment, grant_id, GrantPayment.paid_on)
        return [_payment(row) for row in rows]


def add_tranche(
    uow: UnitOfWork,
    *,
    grant_id: str,
    amount: Money,
    expected_on: date | None = None,
    needs_report_id: str | None = None,
) -> Tranche:
    """Expect part of the award on a day, perhaps only once `needs_report_id` is sent."""
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id)
        checked = checked_amount(amount, field="amount", currency=grant.currency)
        _check_report(session, needs_report_id, grant_id)
        row = GrantTranche(
            grant_id=grant_id,
            amount=checked,
            expected_on=expected_on,
            needs_report_id=needs_report_id,
        )
        session.add(row)
        session.flush()
        tranche = _tranches(session, [row])[0]
        uow.commit()
    return tranche


def _check_report(session: Session, report_id: str | None, grant_id: str) -> None:
    """The report a tranche waits on is a live report of the same grant."""
    if report_id is not None:
        report = live_row(session, GrantReport, report_id, what="report")
        if report.grant_id != grant_id:
            raise ValidationError.single(
                "needs_report_id",
                QT_TRANSLATE_NOOP("GrantRules", "that report belongs to another grant"),
            )


def _payment_row(session: Session, payment_id: str) -> tuple[GrantPayment, Grant]:
    """A payment that may be changed, with its grant: not a micro-grant's payment out."""
    row = live_row(session, GrantPayment, payment_id, what="payment")
    grant = live_grant(session, row.grant_id)
    if grant.direction == "outgoing":
        raise ValidationError.single(
            "payment",
            "this is the micro-grant's payment to its member, which makes the micro-grant paid; "
            "it stays as recorded",
        )
    return row, grant


def edit_payment(
    uow: UnitOfWork,
    *,
    payment_id: str,
    amount: Money,
    paid_on: date,
    method: str | None = None,
    reference: str | None = None,
) -> Payment:
    """Put a payment right (its amount, day, method or reference); which way the money went and
    the tranche it brought in stay."""
    with uow:
        row, grant = _payment_row(uow.session, payment_id)
        checked = checked_amount(amount, field="amount", currency=grant.currency)
        if paid_on > uow.today():
            raise ValidationError.single(
                "paid_on",
                QT_TRANSLATE_NOOP("GrantRules", "a payment cannot be dated in the future"),
            )
        row.amount, row.paid_on = checked, paid_on
        row.method, row.reference = words(method), words(reference)
        payment = _payment(row)
        uow.commit()
    return payment


def remove_payment(uow: UnitOfWork, *, payment_id: str) -> None:
    """Remove a payment recorded by mistake; a tranche it brought in is expected again."""
    with uow:
        session = uow.session
        row, _grant = _payment_row(session, payment_id)
        for tranche in live_rows_pointing_at(session, GrantTranche, "received_payment_id", row.id):
            tranche.received_payment_id = None
        tombstone(uow, row)
        uow.commit()


def edit_tranche(
    uow: UnitOfWork,
    *,
    tranche_id: str,
    amount: Money,
    expected_on: date | None = None,
    needs_report_id: str | None = None,
) -> Tranche:
    """Put a tranche right: its amount, the day it is expected, the report it waits on."""
    with uow:
        session = uow.session
        row = live_row(session, GrantTranche, tranche_id, what="tranche")
        grant = live_grant(session, row.grant_id)
        checked = checked_amount(amount, field="amount", currency=grant.currency)
        _check_report(session, needs_report_id, row.grant_id)
        row.amount, row.expected_on, row.needs_report_id = checked, expected_on, needs_report_id
        session.flush()
        tranche = _tranches(session, [row])[0]
        uow.commit()
    return tranche


def remove_tranche(uow: UnitOfWork, *, tranche_id: str) -> None:
    """Remove a tranche the funder no longer plans; one already received stays (its payment
    says the money came)."""
    with uow:
        row = live_row(uow.session, GrantTranche, tranche_id, what="tranche")
        if row.received_payment_id is not None:
            raise ValidationError.single(
                "tranche",
                "this tranche is received; remove the payment that brought it in first, if that "
                "was recorded by mistake",
            )
        tombstone(uow, row)
        uow.commit()


def tranches_of(uow: UnitOfWork, *, grant_id: str) -> list[Tranche]:
    """A grant's tranches by the day they are expected, each saying where it stands."""
    with uow:
        session = uow.session
        expected = GrantTranche.expected_on
        rows = rows_under(session, GrantTranche, grant_id, expected.is_(None), expected)
        return _tranches(session, rows)


def _tranches(session: Session, rows: list[GrantTranche]) -> list[Tranche]:
    report_ids = {row.needs_report_id for row in rows if row.needs_report_id}
    reports = {
        report.id: report
        for report in session.scalars(select(GrantReport).where(GrantReport.id.in_(report_ids)))
    }
    return [
        Tranche(
            row.id,
            row.grant_id,
            row.amount,
            row.expected_on,
            row.needs_report_id,
            row.received_payment_id,
            tranche_status(row, reports.get(row.needs_report_id or "")),
        )
        for row in rows
    ]


def tranche_status(tranche: GrantTranche, report: GrantReport | None) -> str:
    """'received'; 'waiting on the interim report' while the report it needs is not sent (a
    deleted report holds nothing back); else 'expected'."""
    if tranche.received_payment_id is not None:
        return "received"
    if report is not None and report.deleted_at is None and report.state == "due":
        return f"waiting on the {report.kind} report"
    return "expected"
