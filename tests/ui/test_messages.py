"""Services' sentences on screen: in the reader's language, with days, money and numbers the
group's way, and names kept in order."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from support.gui import settle

from groupdesk.errors import GroupDeskError
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.ui.messages import reworded, said, worded

pytestmark = pytest.mark.gui


def test_values_are_written_the_group_s_way_and_names_are_isolated(qtbot) -> None:  # type: ignore[no-untyped-def]
    sentence = QT_TRANSLATE_NOOP(
        "Test", "{who} owes {amount} since {day} ({count} loans, {text!r})"
    )
    text = sentence.format(
        who="Ana",
        amount=Money(Decimal("1234.5"), "EUR"),
        day=date(2026, 12, 4),
        count=1200,
        text="x",
    )
    assert said(text, "de_DE") == (
        "\u2068Ana\u2069 owes 1.234,50\xa0€ since 04.12.2026 (1.200 loans, “\u2068x\u2069”)"
    )
    assert said("typed by hand", "de_DE") == "typed by hand"


def test_a_sentence_of_the_screen_s_own_is_filled_the_group_s_way(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pages' own counts ("30000 items" before): numbers grouped, names isolated."""
    assert worded("{total} items", "en_GB", total=30_000) == "30,000 items"
    assert worded("{total} items", "de_DE", total=30_000) == "30.000 items"
    assert worded("Imported {count} from {file}.", "en_GB", count=1200, file="a.csv") == (
        "Imported 1,200 from \u2068a.csv\u2069."
    )
    # A value may be named like the function's own arguments (a service's "{locale}").
    assert worded("{locale} {template}", "en_GB", locale="fr", template="t") == (
        "\u2068fr\u2069 \u2068t\u2069"
    )


def test_a_refused_save_shows_the_spanish_sentence_with_the_group_s_dates(
    qtbot, spanish, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.members.member_dialog import MemberDialog

    app_context.group = dataclasses.replace(app_context.group, locale="es_ES")
    dialog = MemberDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["full_name"].setText("Wei Chen")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("left"))
    dialog.inputs["joined_on"].setText("2024-05-01")
    dialog.inputs["left_on"].setText("2024-04-01")
    assert dialog.save()
    settle()  # the service refuses it, on the database thread
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.error_for("left_on") == (
        "la fecha de baja, 1 abr 2024, es anterior a la de alta, 1 may 2024"
    )


def test_a_refusal_not_marked_for_translation_is_shown_as_it_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    refusal = reworded(GroupDeskError("That loan was returned already."), "es_ES")
    assert str(refusal) == "That loan was returned already."


def test_a_sentence_inside_another_is_translated_too(qtbot, spanish) -> None:  # type: ignore[no-untyped-def]
    clash = QT_TRANSLATE_NOOP("Clashes", "{item} is out with {who} until {day}").format(
        item="Carpa", who="Ana", day="5 jun 2026"
    )
    refusal = QT_TRANSLATE_NOOP("Clashes", "{clash}; it can be booked once it is back.")
    assert said(refusal.format(clash=clash), "es_ES").replace("\u2068", "").replace(
        "\u2069", ""
    ) == ("Carpa está prestado a Ana hasta el 5 jun 2026; se puede reservar cuando vuelva.")


def test_a_kind_of_record_is_said_in_the_words_of_the_history_tab(
    qtbot, spanish, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.errors import NotFoundError
    from groupdesk.models.members import Member
    from groupdesk.services.members.records import delete_member, list_members
    from groupdesk.services.rows import live_row

    member_id = list_members(app_context.uow())[0].id
    delete_member(app_context.uow(), member_id=member_id)
    with app_context.uow() as uow, pytest.raises(NotFoundError) as refused:
        live_row(uow.session, Member, member_id, what="member")
    assert str(refused.value) == "That member was deleted."  # the CLI's words
    assert str(reworded(refused.value, "es_ES")) == "Este registro (miembro) se eliminó."


def test_a_count_takes_the_plural_form_the_language_needs_and_the_group_s_figures(
    qtbot, arabic
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.dashboard import DashboardList

    more = DashboardList.more  # "…and %n more."
    assert str(more.format(n=1200)) == "…and 1,200 more."  # the CLI's English, as its other figures
    forms = {n: said(more.format(n=n), "de_DE") for n in (0, 1, 2, 3, 11, 100, 1200)}
    assert forms == {
        0: "…ولا أسطر أخرى.",
        1: "…وسطر آخر.",
        2: "…وسطران آخران.",
        3: "…و3 أسطر أخرى.",
        11: "…و11 سطرًا آخر.",
        100: "…و100 سطر آخر.",
        1200: "…و1.200 سطر آخر.",  # the group writes 1.200
    }


def test_a_member_s_status_inside_a_refusal_is_said_in_spanish(qtbot, spanish, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.members.member_dialog import MemberDialog

    dialog = MemberDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["full_name"].setText("Wei Chen")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("active"))
    dialog.inputs["left_on"].setText("2024-04-01")
    assert dialog.save()
    settle()
    assert dialog.error_for("left_on") == (
        "solo un miembro que se fue tiene fecha de baja; cambie el estado a «se fue» "
        "(ahora es activo)"
    )
