"""Money in a table: whole minor units in an integer column beside the ISO currency code, so
no amount is ever a float and SQL sums stay exact.

    deposit_minor: Mapped[int | None] = mapped_column(default=None)
    deposit_currency: Mapped[str | None] = mapped_column(String(3), default=None)
    deposit: Mapped[Money | None] = money_column("deposit_minor", "deposit_currency")

Both columns are ordinary columns, so change capture and sync carry them like any other field;
`deposit` reads and writes them together, and is None when they are empty.
"""

from __future__ import annotations

from sqlalchemy.orm import Composite, composite

from groupdesk.money import Money


def money_column(minor_units: str, currency: str) -> Composite[Money | None]:
    """A `Money` attribute over the mapped columns named `minor_units` and `currency`."""
    return composite(_from_columns, minor_units, currency)


def _from_columns(minor_units: int | None, currency: str | None) -> Money | None:
    if minor_units is None or currency is None:
        return None
    return Money.from_minor(minor_units, currency)
