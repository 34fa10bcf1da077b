"""Decisions: recorded with the quorum state, outcome from the counts, minutes approved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select
from support.meeting_rows import evening_meeting

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import Decision
from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import mark_attendance, mark_late_or_early
from groupdesk.services.meetings.decisions import decisions_of, quorum_state, record_decision
from groupdesk.services.meetings.outcomes import Counts
from groupdesk.services.settings import update_settings
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


@pytest.fixture
def six_members(members_ws: Workspace, add_person: AddPerson) -> list[str]:
    return [add_person(name) for name in ("Ana", "Ben", "Cy", "Dee", "Eli", "Fay")]


def _decision_count(ws: Workspace) -> int:
    with ws.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Decision)) or 0


def test_a_vote_without_quorum_is_recorded_only_when_the_chair_confirms(
    members_ws: Workspace, six_members: list[str]
) -> None:
    update_settings(members_ws.uow(), quorum="1/2")
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    mark_attendance(
        members_ws.uow(), meeting=meeting, marks=dict.fromkeys(six_members[:2], "present")
    )
    state = quorum_state(members_ws.uow(), meeting=meeting)
    assert (state.needed, state.present, state.met) == (3, 2, False)

    with pytest.raises(ValidationError) as refused:
        record_decision(
            members_ws.uow(), meeting=meeting, motion="Buy a kettle", counts=Counts(2, 0)
        )
    assert "only 2 of the 3 needed" in refused.value.errors["chair_confirmed"]
    assert _decision_count(members_ws) == 0

    decision = record_decision(
        members_ws.uow(),
        meeting=meeting,
        motion="Buy a kettle",
        counts=Counts(2, 0),
        chair_confirmed=True,
    )
    assert (decision.outcome, decision.quorum_met, decision.chair_confirmed) == (
        "carried",
        False,
        True,
    )
    assert decisions_of(members_ws.uow(), meeting=meeting) == [decision]


def test_a_count_larger_than_those_present_is_refused_naming_the_field_and_nothing_saved(
    members_ws: Workspace, six_members: list[str]
) -> None:
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    mark_attendance(
        members_ws.uow(), meeting=meeting, marks=dict.fromkeys(six_members[:4], "present")
    )
    with pytest.raises(ValidationError) as refused:
        record_decision(members_ws.uow(), meeting=meeting, motion="Paint", counts=Counts(3, 2))
    assert refused.value.errors == {"votes_against": "5 people counted but only 4 present"}
    assert _decision_count(members_ws) == 0


def test_proxies_count_only_when_allowed_and_held_by_someone_present(
    members_ws: Workspace, six_members: list[str]
) -> None:
    ana, ben = six_members[:2]
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present", ben: "apologies"})
    with pytest.raises(ValidationError, match="does not allow"):
        record_decision(
            members_ws.uow(), meeting=meeting, motion="M", counts=Counts(2), proxy_holders=[ana]
        )
    update_settings(members_ws.uow(), proxies_allowed=True)
    with pytest.raises(ValidationError, match="Ben is not marked present"):
        record_decision(
            members_ws.uow(), meeting=meeting, motion="M", counts=Counts(2), proxy_holders=[ben]
        )
    decision = record_decision(
        members_ws.uow(), meeting=meeting, motion="M", counts=Counts(2), proxy_holders=[ana]
    )
    assert (decision.present_count, decision.proxies, decision.outcome) == (1, 1, "carried")


def test_those_who_left_early_are_not_counted_for_a_vote_after_they_left(
    members_ws: Workspace, six_members: list[str]
) -> None:
    ana, ben, cy = six_members[:3]
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    add_item(members_ws.uow(), meeting=meeting, values={"title": "Welcome"})
    agenda = add_item(members_ws.uow(), meeting=meeting, values={"title": "Budget"})
    first, second = (item.id for item in agenda.items)
    mark_attendance(
        members_ws.uow(), meeting=meeting, marks=dict.fromkeys([ana, ben, cy], "present")
    )
    mark_late_or_early(members_ws.uow(), meeting=meeting, member_id=cy, left_at_item_id=second)
    mark_late_or_early(members_ws.uow(), meeting=meeting, member_id=ben, arrived_at_item_id=second)
    assert quorum_state(members_ws.uow(), meeting=meeting, agenda_item_id=first).present == 2
    assert quorum_state(members_ws.uow(), meeting=meeting, agenda_item_id=second).present == 2
    assert quorum_state(members_ws.uow(), meeting=meeting).present == 3


def test_the_group_rule_decides_unless_the_meeting_names_another(
    members_ws: Workspace, six_members: list[str]
) -> None:
    update_settings(members_ws.uow(), decision_rule="2/3 counting abstentions")
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    mark_attendance(members_ws.uow(), meeting=meeting, marks=dict.fromkeys(six_members, "present"))
    by_group = record_decision(
        members_ws.uow(), meeting=meeting, motion="Change the name", counts=Counts(4, 1, 1)
    )
    assert (by_group.rule, by_group.outcome) == ("2/3 counting abstentions", "carried")
    by_majority = record_decision(
        members_ws.uow(),
        meeting=meeting,
        motion="Change the name",
        counts=Counts(3, 1, 2),
        rule="two thirds",
    )
    assert by_majority.outcome == "carried"
    consensus = record_decision(
        members_ws.uow(),
        meeting=meeting,
        motion="Meet on Thursdays",
        method="consensus",
        counts=Counts(5, blocks=1),
    )
    assert (consensus.rule, consensus.outcome) == ("consensus", "defeated")


def test_withdrawn_and_deferred_are_chosen_and_carry_no_counts(
    members_ws: Workspace, six_members: list[str]
) -> None:
    meeting = evening_meeting(members_ws, date(2026, 5, 6))
    deferred = record_decision(
        members_ws.uow(), meeting=meeting, motion="Move", counts=Counts(), chosen_outcome="deferred"
    )
    assert deferred.outcome == "deferred"
    with pytest.raises(ValidationError) as refused:
        record_decision(
            members_ws.uow(),
            meeting=meeting,
            motion="Move",
            counts=Counts(),
            chosen_outcome="carried",
        )
    assert "come from the counts" in refused.value.errors["outcome"]


def test_approving_minutes_links_to_the_earlier_meeting(
    members_ws: Workspace, six_members: list[str]
) -> None:
    april = evening_meeting(members_ws, date(2026, 4, 1), "April meeting")
    may = evening_meeting(members_ws, date(2026, 5, 6))
    mark_attendance(members_ws.uow(), meeting=may, marks=dict.fromkeys(six_members, "present"))
    approval = record_decision(
        members_ws.uow(), meeting=may, motion="", counts=Counts(6), approves_minutes_of=april
    )
    assert approval.approves_minutes_of_id == april
    assert approval.motion == "To approve the minutes of April meeting on 2026-04-01"
    with pytest.raises(ValidationError) as refused:
        record_decision(
            members_ws.uow(), meeting=april, motion="", counts=Counts(), approves_minutes_of=may
        )
    assert "approves_minutes_of" in refused.value.errors
