"""Money in a table: whole minor units in an integer column beside the currency code."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import String, create_engine, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from groupdesk.models.money import money_column, required_money_column
from groupdesk.money import Money


class _Base(DeclarativeBase):
    pass


class Loan(_Base):
    """A throw-away table shaped as a resources deposit will be."""

    __tablename__ = "loan"
    id: Mapped[int] = mapped_column(primary_key=True)
    deposit_minor: Mapped[int | None] = mapped_column(default=None)
    deposit_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit: Mapped[Money | None] = money_column("deposit_minor", "deposit_currency")


class Expense(_Base):
    """A throw-away table with an amount that is always there."""

    __tablename__ = "expense"
    id: Mapped[int] = mapped_column(primary_key=True)
    amount_minor: Mapped[int]
    amount_currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Money] = required_money_column("amount_minor", "amount_currency")


ENGINE = create_engine("sqlite://")
_Base.metadata.create_all(ENGINE)


def test_an_amount_is_stored_as_whole_minor_units_and_read_back() -> None:
    with Session(ENGINE) as session:
        session.add_all(
            [
                Loan(id=1, deposit=Money(Decimal("12.34"), "EUR")),
                Loan(id=2, deposit=Money(Decimal("1.234"), "BHD")),
                Loan(id=3, deposit=Money(Decimal("1234"), "JPY")),
                Loan(id=4),
            ]
        )
        session.commit()
        stored = session.execute(
            text("SELECT deposit_minor, typeof(deposit_minor), deposit_currency FROM loan")
        ).all()
    assert stored == [
        (1234, "integer", "EUR"),
        (1234, "integer", "BHD"),
        (1234, "integer", "JPY"),
        (None, "null", None),
    ]
    with Session(ENGINE) as session:
        assert [loan.deposit for loan in session.scalars(select(Loan).order_by(Loan.id))] == [
            Money(Decimal("12.34"), "EUR"),
            Money(Decimal("1.234"), "BHD"),
            Money(Decimal("1234"), "JPY"),
            None,
        ]
        # A query can ask for an amount, and an emptied amount empties both columns.
        found = session.scalars(
            select(Loan.id).where(Loan.deposit == Money.from_minor(1234, "BHD"))
        )
        assert list(found) == [2]
        session.get(Loan, 1).deposit = None  # type: ignore[union-attr]
        session.commit()
        assert session.execute(
            text("SELECT deposit_minor, deposit_currency FROM loan WHERE id = 1")
        ).one() == (None, None)
        session.execute(text("DELETE FROM loan"))
        session.commit()


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["EUR", "JPY", "BHD"]))
def test_any_amount_reads_back_as_it_was_written(units: int, currency: str) -> None:
    with Session(ENGINE) as session:
        session.add(Loan(id=100, deposit=Money.from_minor(units, currency)))
        session.commit()
    with Session(ENGINE) as session:
        loan = session.get(Loan, 100)
        assert loan is not None and loan.deposit == Money.from_minor(units, currency)
        session.delete(loan)
        session.commit()


def test_a_required_amount_changed_in_the_same_currency_is_saved() -> None:
    """Only the minor units change, so the old value has no currency in its history: the
    column once raised building it (an expense's amount could not be edited)."""
    with Session(ENGINE) as session:
        session.add(Expense(id=1, amount=Money(Decimal("1.00"), "EUR")))
        session.commit()
    with Session(ENGINE) as session:
        expense = session.get_one(Expense, 1)
        expense.amount = Money(Decimal("2.50"), "EUR")
        assert session.is_modified(expense)
        session.commit()
        assert session.scalar(select(Expense.amount_minor)) == 250
