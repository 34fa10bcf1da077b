"""An amount typed into a grant's dialog is refused, as it is typed, in the reader's language
with the example written the group's way."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from groupdesk.errors import ValidationError
from groupdesk.money import Money, format_money
from groupdesk.ui.grants.fields import typed_amount

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("12x", "“\u206812x\u2069” no es un importe; escríbalo así: \u2068{example}\u2069"),
        ("-5", "un importe no puede ser menor que cero"),
    ],
)
def test_a_wrong_amount_is_refused_in_spanish(qtbot, spanish, typed: str, said: str) -> None:  # type: ignore[no-untyped-def]
    edit = QLineEdit(typed)
    qtbot.addWidget(edit)
    with pytest.raises(ValidationError) as refused:
        typed_amount(edit, field="amount", currency="EUR", locale="es_ES")
    example = format_money(Money.from_minor(123456, "EUR"), "es_ES")
    assert refused.value.errors == {"amount": said.format(example=example)}
