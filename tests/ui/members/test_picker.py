"""The member picker: a name typed or chosen gives the member's id, "nobody" gives None, and a
long list fills in one go (10,000 members, four pickers on the Grants page)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from groupdesk.ui.members.picker import MemberPicker

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Person:
    id: str
    display_name: str


PEOPLE = [Person("m1", "Ana Petrova"), Person("m2", "Самуил Ли"), Person("m3", "Ana Petrova")]


def test_a_name_chosen_or_typed_gives_its_member_and_nobody_gives_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = MemberPicker(allow_none="Anyone")
    qtbot.addWidget(picker)
    picker.set_people(PEOPLE)
    assert picker.offered() == [None, "m1", "m2", "m3"]
    assert picker.currentText() == "Anyone" and picker.member_id() is None
    picker.choose("m2")
    assert picker.currentText() == "Самуил Ли" and picker.member_id() == "m2"
    picker.setCurrentText("Ana Petrova")  # two of that name: the first
    assert picker.member_id() == "m1"
    picker.setCurrentText("Nobody of that name")
    assert picker.member_id() is None
    picker.choose(None)
    assert picker.member_id() is None and picker.currentText() == "Anyone"


def test_someone_no_longer_listed_can_be_added_and_new_people_keep_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = MemberPicker()
    qtbot.addWidget(picker)
    picker.add_person("Old Owner", "m9")
    picker.choose("m9")
    assert picker.offers("m9") and picker.member_id() == "m9"
    picker.set_people(PEOPLE)  # the active members arrive: the text typed stays
    assert not picker.offers("m9")
    assert picker.currentText() == "Old Owner" and picker.member_id() is None
    picker.add_person("Old Owner", "m9")
    assert picker.member_id() == "m9"
    many = [Person(f"id{n}", f"Member {n}") for n in range(10_000)]
    picker.set_people(many)
    picker.choose("id9999")
    assert picker.currentText() == "Member 9999" and picker.count() == 10_000
