"""Importing the same file twice: rows already here are shown, and skipped, merged or added only
when the person says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from groupdesk.errors import ValidationError
from groupdesk.services.members.importing import import_members
from groupdesk.services.members.records import get_member, list_members
from groupdesk.services.members.skills import skill_directory
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]

FILE = (
    "Name,Email,Phone,Address,Skills\n"
    "Amara Okafor,amara@example.org,,,First aid\n"  # line 2: same email
    "Wei Chen,,07700 900002,4 Elm Road,\n"  # line 3: same phone, another name spelling
    "Zoe Nunez,,,,Cooking\n"  # line 4: the duplicate finder's match
    "Kemi Bello,kemi@example.org,,,\n"  # line 5: new
)


@pytest.fixture
def here(add_person: AddPerson) -> dict[str, str]:
    return {
        "amara": add_person("Amara N. Okafor", email="amara@example.org"),
        "wei": add_person("Chen Wei", phone="+44 7700 900002"),
        "zoe": add_person("Zoë Ñúñez", notes="Bakes bread"),
    }


def path_of(tmp_path: Path) -> Path:
    path = tmp_path / "members.csv"
    path.write_text(FILE, encoding="utf-8")
    return path


def test_rows_already_here_are_named_and_nothing_is_written_until_the_person_chooses(
    members_ws: Workspace, tmp_path: Path, here: dict[str, str]
) -> None:
    for dry_run in (True, False):
        report = import_members(members_ws.uow(), path=path_of(tmp_path), dry_run=dry_run)
        assert [(a.line, a.who, a.member_name, a.why) for a in report.already_here] == [
            (2, "Amara Okafor", "Amara N. Okafor", "same email"),
            (3, "Wei Chen", "Chen Wei", "same phone"),
            (4, "Zoe Nunez", "Zoë Ñúñez", "same name"),
        ]
        assert report.waiting_for_choice and report.imported == 0
    assert len(list_members(members_ws.uow())) == 3


def test_skipping_adds_only_the_new_rows(
    members_ws: Workspace, tmp_path: Path, here: dict[str, str]
) -> None:
    report = import_members(members_ws.uow(), path=path_of(tmp_path), existing="skip")
    assert (report.imported, report.merged) == (1, 0)
    assert [m.full_name for m in list_members(members_ws.uow())] == [
        "Amara N. Okafor",
        "Chen Wei",
        "Kemi Bello",
        "Zoë Ñúñez",
    ]
    again = import_members(members_ws.uow(), path=path_of(tmp_path), dry_run=True)
    assert len(again.already_here) == 4  # the same file a second time: every row is here


def test_merging_fills_in_what_the_member_lacks_and_keeps_what_they_have(
    members_ws: Workspace, tmp_path: Path, here: dict[str, str]
) -> None:
    report = import_members(members_ws.uow(), path=path_of(tmp_path), existing="merge")
    assert (report.imported, report.merged) == (1, 3)
    wei, zoe = get_member(members_ws.uow(), here["wei"]), get_member(members_ws.uow(), here["zoe"])
    assert (wei.full_name, wei.address) == ("Chen Wei", "4 Elm Road")
    assert zoe.notes == "Bakes bread"
    skills = {(s.member_name, s.name) for s in skill_directory(members_ws.uow())}
    assert skills == {("Amara N. Okafor", "First aid"), ("Zoë Ñúñez", "Cooking")}
    assert len(list_members(members_ws.uow())) == 4


def test_adding_anyway_adds_every_row(
    members_ws: Workspace, tmp_path: Path, here: dict[str, str]
) -> None:
    report = import_members(members_ws.uow(), path=path_of(tmp_path), existing="add")
    assert report.imported == 4
    assert len(list_members(members_ws.uow())) == 7
    with pytest.raises(ValidationError, match="'maybe' is not one of skip, merge, add"):
        import_members(members_ws.uow(), path=path_of(tmp_path), existing="maybe")
