"""Money in a table: whole minor units in an integer column beside the ISO currency code, so
no amount is ever a float and SQL sums stay exact.

    deposit_minor: Mapped[int | None] = mapped_column(default=None)
    deposit_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit: Mapped[Money | None] = money_column("deposit_minor", "deposit_currency")

Both columns are ordinary columns, so change capture and sync carry them like any other field;
`deposit` reads and writes them together, and is None when they are empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy.orm import Composite, CompositeProperty, composite

from groupdesk.money import Money


def money_column(minor_units: str, currency: str) -> Composite[Money | None]:
    """A `Money` attribute over the mapped columns named `minor_units` and `currency`."""
    return composite(_from_columns, minor_units, currency)


def required_money_column(minor_units: str, currency: str) -> Composite[Money]:
    """A `Money` attribute over two NOT NULL columns (an expense always has an amount).

    Built like `money_column`: when only the amount changes, SQLAlchemy makes the old value
    from the old amount and *no* currency (the column that did not change has no history), so
    the constructor must take a missing half."""
    built: Composite[Money] = composite(_from_columns, minor_units, currency)  # type: ignore[arg-type]
    return built


@cache
def money_fields(model: type) -> dict[str, tuple[str, str]]:
    """Each money attribute of a mapped class: name → (minor units column, currency column),
    so history can show the pair as one amount."""
    from sqlalchemy import inspect

    found: dict[str, tuple[str, str]] = {}
    composites: Iterable[CompositeProperty[Any]] = inspect(model).composites
    for prop in composites:
        if prop.composite_class is _from_columns:
            minor_units, currency = (column.key for column in prop.props)
            found[prop.key] = (minor_units, currency)
    return found


def _from_columns(minor_units: int | None, currency: str | None) -> Money | None:
    if minor_units is None or currency is None:
        return None
    return Money.from_minor(minor_units, currency)
