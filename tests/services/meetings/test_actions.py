"""Action items: raised, carried to the next meeting's agenda view, closed there, listed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from support.meeting_rows import evening_meeting

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.actions import (
    action_owners,
    carried_to,
    edit_action,
    get_action,
    list_actions,
    mark_done,
    raise_action,
    set_status,
)
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_an_open_action_carries_to_later_meetings_until_closed_at_one(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    march, april, may = (
        evening_meeting(members_ws, date(2026, month, 4), f"Committee {month}")
        for month in (3, 4, 5)
    )
    flyers = raise_action(
        members_ws.uow(), text="Print flyers", owner_id=ana, due_on=date(2026, 3, 20), meeting=march
    )
    raise_action(members_ws.uow(), text="Book the hall", meeting=april)

    assert carried_to(members_ws.uow(), meeting=march) == []
    (at_april,) = carried_to(members_ws.uow(), meeting=april)
    assert (at_april.id, at_april.owner_name, at_april.overdue) == (flyers, "Ana Silva", True)
    assert at_april.raised_at_meeting_title == "Committee 3"
    assert [row.text for row in carried_to(members_ws.uow(), meeting=may)] == [
        "Print flyers",
        "Book the hall",
    ]

    mark_done(members_ws.uow(), action_id=flyers, at_meeting=may)
    closed = [row for row in carried_to(members_ws.uow(), meeting=may) if row.id == flyers]
    assert (closed[0].status, closed[0].closed_at_meeting_id, closed[0].overdue) == (
        "done",
        may,
        False,
    )
    assert closed[0].status_changed_on == members_ws.today()
    assert [row.text for row in carried_to(members_ws.uow(), meeting=april)] == []


def test_the_action_list_filters_by_owner_open_overdue_and_meeting(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, ben = add_person("Ana Silva"), add_person("Ben Ode")
    today = members_ws.today()
    meeting = evening_meeting(members_ws, date(2020, 1, 8))
    late = raise_action(
        members_ws.uow(), text="Late", owner_id=ana, due_on=date(2020, 2, 1), meeting=meeting
    )
    later = raise_action(members_ws.uow(), text="Not yet due", owner_id=ben, due_on=today)
    done = raise_action(members_ws.uow(), text="Done", owner_id=ana, due_on=date(2020, 2, 1))
    mark_done(members_ws.uow(), action_id=done)

    def ids(**filters: object) -> list[str]:
        return [row.id for row in list_actions(members_ws.uow(), **filters)]  # type: ignore[arg-type]

    assert ids() == [late, done, later]
    assert ids(owner_id=ana) == [late, done]
    assert ids(open_only=True) == [late, later]
    assert ids(overdue=True) == [late]
    assert ids(meeting=meeting) == [late]


def test_bad_actions_are_refused_naming_the_field(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    meeting = evening_meeting(members_ws, date(2026, 4, 1))
    with pytest.raises(ValidationError) as refused:
        raise_action(members_ws.uow(), text="Tidy", due_on=date(2026, 3, 31), meeting=meeting)
    assert refused.value.errors == {"due_on": "2026-03-31 is before the meeting (2026-04-01)"}
    with pytest.raises(ValidationError) as refused:
        raise_action(members_ws.uow(), text="  ")
    assert "text" in refused.value.errors
    action = raise_action(members_ws.uow(), text="Tidy")
    with pytest.raises(ValidationError) as refused:
        set_status(members_ws.uow(), action_id=action, status="finished")
    assert "'finished' is not open, done or dropped" in refused.value.errors["status"]
    assert list_actions(members_ws.uow())[0].status == "open"


def test_an_action_is_edited_and_read_back_as_its_list_shows_it(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    march = evening_meeting(members_ws, date(2026, 3, 4), "Committee")
    flyers = raise_action(members_ws.uow(), text="Print flyers", meeting=march)

    edit_action(
        members_ws.uow(),
        action_id=flyers,
        text="  Print  300 flyers ",
        owner_id=ana,
        due_on=date(2026, 3, 20),
    )

    found = get_action(members_ws.uow(), action_id=flyers)
    assert (found.text, found.owner_name, found.due_on) == (
        "Print 300 flyers",
        "Ana Silva",
        date(2026, 3, 20),
    )
    assert found.raised_at_meeting_title == "Committee"


def test_an_edit_with_no_words_or_a_due_day_before_its_meeting_is_refused(
    members_ws: Workspace,
) -> None:
    march = evening_meeting(members_ws, date(2026, 3, 4), "Committee")
    flyers = raise_action(members_ws.uow(), text="Print flyers", meeting=march)

    with pytest.raises(ValidationError) as no_words:
        edit_action(members_ws.uow(), action_id=flyers, text=" ", owner_id=None, due_on=None)
    with pytest.raises(ValidationError) as too_early:
        edit_action(
            members_ws.uow(),
            action_id=flyers,
            text="Print flyers",
            owner_id=None,
            due_on=date(2026, 3, 1),
        )

    assert "text" in no_words.value.errors
    assert "before the meeting" in too_early.value.errors["due_on"]
    assert get_action(members_ws.uow(), action_id=flyers).due_on is None


def test_the_owner_filter_offers_the_members_who_own_an_action(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, _ben, cy = (add_person(name) for name in ("Ana Silva", "Ben Ode", "Cy Park"))
    raise_action(members_ws.uow(), text="Print flyers", owner_id=cy)
    mark_done(
        members_ws.uow(),
        action_id=raise_action(members_ws.uow(), text="Book the hall", owner_id=ana),
    )
    raise_action(members_ws.uow(), text="Someday")

    owners = action_owners(members_ws.uow())

    assert [(owner.id, owner.display_name) for owner in owners] == [
        (ana, "Ana Silva"),
        (cy, "Cy Park"),
    ]
