"""The small member forms (check-in, role, skill, mentoring): they say whom they are about, and
keep their size when a message appears."""

from __future__ import annotations

import pytest

from groupdesk.services.members.records import get_member, list_members
from groupdesk.ui.members.care_dialogs import CheckInDialog, MentorshipDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def member(app_context):  # type: ignore[no-untyped-def]
    rows = list_members(app_context.uow())
    arabic = next(r for r in rows if any("\u0600" <= ch <= "\u06ff" for ch in r.display_name))
    return get_member(app_context.uow(), arabic.id)


@pytest.mark.parametrize("kind", [CheckInDialog, MentorshipDialog])
def test_the_dialog_names_the_member_inside_it_not_only_in_the_title_bar(
    qtbot, app_context, member, kind
) -> None:  # type: ignore[no-untyped-def]
    dialog = kind(app_context, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    assert member.display_name in dialog.heading.text()
    assert dialog.heading.isVisible()


def test_a_message_beside_a_field_does_not_make_the_dialog_jump_wider(
    qtbot, app_context, member
) -> None:  # type: ignore[no-untyped-def]
    dialog = CheckInDialog(app_context, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    dialog.on_edit.setText("yesterday")
    assert not dialog.save()
    qtbot.wait(1)  # let the layout settle
    assert dialog.errors.message("on") and dialog.width() == width


def test_a_refused_check_in_says_why_in_spanish(qtbot, spanish, app_context, member) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import timedelta

    from babel.dates import format_date
    from support.gui import settle

    app_context.group = replace(app_context.group, locale="es_ES")
    dialog = CheckInDialog(app_context, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.on_edit.setText("yesterday")  # read on the screen: never a date
    assert not dialog.save()
    assert dialog.errors.message("on").startswith("“\u2068yesterday\u2069” no es una fecha; ")
    tomorrow = app_context.workspace.uow().today() + timedelta(days=1)
    dialog.on_edit.setText(tomorrow.isoformat())  # refused by the service
    assert dialog.save()
    settle()
    written = format_date(tomorrow, format="medium", locale="es_ES")
    assert dialog.errors.message("on") == f"{written} es una fecha futura"
