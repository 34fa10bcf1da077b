"""Lists inside a line are joined with the screens' own separator: an Arabic line with Latin
commas between its parts reads as a slip (a record's history, a meeting's proxies, a kit's
parts out)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from groupdesk.services.history import HistoryEvent
from groupdesk.ui.widgets.record_tables import what_changed

pytestmark = pytest.mark.gui


def event(action: str) -> HistoryEvent:
    return HistoryEvent(
        at=datetime(2026, 5, 1, 9, tzinfo=UTC),
        device_id="d1",
        device_name="Kitchen laptop",
        record="member",
        row_id="m1",
        action=action,
        fields=(("full_name", "Ana Petrova"), ("phone", "+44 1")),
    )


@pytest.mark.parametrize("action", ["added", "changed"])
def test_a_history_line_joins_its_fields_with_the_arabic_comma(arabic, action: str) -> None:  # type: ignore[no-untyped-def]
    line = what_changed(event(action), lambda day: day.isoformat())
    assert "، " in line and ", " not in line, line


@pytest.mark.parametrize("action", ["added", "changed"])
def test_in_english_the_comma_stays(action: str) -> None:
    line = what_changed(event(action), lambda day: date.isoformat(day))
    assert ", " in line


def test_a_members_roles_in_the_table_are_joined_with_the_arabic_comma(arabic) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import MemberRow
    from groupdesk.ui.members.table_model import COLUMNS, MembersTableModel

    row = MemberRow(
        id="m1", full_name="Ana Petrova", preferred_name=None, email=None, phone=None,
        status="active", joined_on=None, left_on=None, consent_contact=True,
        consent_photo=False, consent_roster=True, roles=("chair", "treasurer"),
        skills=("first aid", "cooking"), last_seen=None, sort_key="ana petrova",
        deleted=False, merged_into_id=None, erased=False,
    )  # fmt: skip
    model = MembersTableModel()
    model.set_rows([row])
    for column in ("roles", "skills"):
        text = model.index(0, COLUMNS.index(column)).data()
        assert "، " in text and ", " not in text, text
