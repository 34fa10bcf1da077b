"""Mentoring: pairing mentors with mentees to grow new leaders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.members.mentorships import (
    end_mentorship,
    mentorships_of,
    remove_mentorship,
    start_mentorship,
    update_mentorship,
)
from groupdesk.services.members.records import delete_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_a_person_can_be_a_mentor_and_a_mentee(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei, ana, kofi = add_person("Wei Chen"), add_person("Ana Silva"), add_person("Kofi Mensah")
    start_mentorship(
        members_ws.uow(),
        mentor_id=wei,
        mentee_id=ana,
        started_on=date(2026, 1, 5),
        goals="Run a session by June",
    )
    start_mentorship(members_ws.uow(), mentor_id=ana, mentee_id=kofi)
    pairs = mentorships_of(members_ws.uow(), member_id=ana)
    assert {(m.mentor_name, m.mentee_name) for m in pairs} == {
        ("Wei Chen", "Ana Silva"),
        ("Ana Silva", "Kofi Mensah"),
    }
    started_today = next(m for m in pairs if m.mentee_id == kofi)
    assert started_today.started_on == date(2026, 5, 3)  # the laptop's today


def test_nobody_mentors_themselves(members_ws: Workspace, add_person: AddPerson) -> None:
    wei = add_person("Wei Chen")
    with pytest.raises(ValidationError, match="cannot mentor themselves"):
        start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=wei)


def test_an_open_pairing_is_not_started_twice(members_ws: Workspace, add_person: AddPerson) -> None:
    wei, ana = add_person("Wei Chen"), add_person("Ana Silva")
    first = start_mentorship(
        members_ws.uow(), mentor_id=wei, mentee_id=ana, started_on=date(2026, 1, 5)
    )
    with pytest.raises(ValidationError, match="Wei Chen has mentored Ana Silva since 2026-01-05"):
        start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=ana)
    end_mentorship(members_ws.uow(), mentorship_id=first.id, ended_on=date(2026, 4, 30))
    start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=ana)  # a new round


def test_ending_before_starting_is_refused(members_ws: Workspace, add_person: AddPerson) -> None:
    wei, ana = add_person("Wei Chen"), add_person("Ana Silva")
    pairing = start_mentorship(
        members_ws.uow(), mentor_id=wei, mentee_id=ana, started_on=date(2026, 3, 1)
    )
    with pytest.raises(ValidationError, match=r"cannot end \(2026-02-01\) before it started"):
        end_mentorship(members_ws.uow(), mentorship_id=pairing.id, ended_on=date(2026, 2, 1))


def test_goals_and_notes_can_be_updated_and_a_pairing_removed(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    wei, ana = add_person("Wei Chen"), add_person("Ana Silva")
    pairing = start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=ana)
    updated = update_mentorship(
        members_ws.uow(), mentorship_id=pairing.id, goals=" Lead the June walk ", notes=""
    )
    assert (updated.goals, updated.notes) == ("Lead the June walk", None)
    remove_mentorship(members_ws.uow(), mentorship_id=pairing.id)
    assert mentorships_of(members_ws.uow(), member_id=ana) == []


def test_a_deleted_member_cannot_be_paired(members_ws: Workspace, add_person: AddPerson) -> None:
    wei, ana = add_person("Wei Chen"), add_person("Ana Silva")
    delete_member(members_ws.uow(), member_id=ana)
    with pytest.raises(GroupDeskError, match="The mentee Ana Silva is deleted"):
        start_mentorship(members_ws.uow(), mentor_id=wei, mentee_id=ana)
