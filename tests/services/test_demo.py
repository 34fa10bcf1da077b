"""The demo group: believable, in many scripts, the same for the same seed, made in one go."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from groupdesk.errors import SetupError
from groupdesk.models import Change, Member
from groupdesk.models.members import MEMBER_STATUSES
from groupdesk.services.collation import sort_key
from groupdesk.services.demo import DEMO_GROUP_NAME, make_demo
from groupdesk.services.settings import get_settings
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.values import ROW_FIELD, row_values
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]
TODAY = date(2026, 5, 3)
#: Fields that differ between two runs by nature (made on the device, or stamped when written).
VARYING = {"created_at", "updated_at"}


def member_rows(workspace: Workspace) -> list[dict[str, Any]]:
    fields = [f for f in synced_fields(Member) if f not in VARYING]
    with workspace.uow() as uow:
        rows = uow.session.execute(select(*(getattr(Member, f) for f in fields))).all()
    return sorted((dict(zip(fields, row, strict=True)) for row in rows), key=repr)


def scripts_of(text: str) -> set[str]:
    found = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("LATIN"):
            found.add("Latin with accents" if ord(char) > 0x7F else "Latin")
        if name.startswith(("LATIN CAPITAL LETTER L WITH STROKE", "LATIN SMALL LETTER L WITH")):
            found.add("Polish")
        for script in ("CYRILLIC", "ARABIC", "CJK"):
            if name.startswith(script):
                found.add(script)
    return found


def test_the_default_demo_has_sixty_members_in_many_scripts(workspace: Workspace) -> None:
    summary = make_demo(workspace.uow(), today=TODAY)
    assert (summary.group_name, summary.members) == (DEMO_GROUP_NAME, 60)
    rows = member_rows(workspace)
    assert len(rows) == 60
    scripts = set().union(*(scripts_of(row["full_name"]) for row in rows))
    assert {"Latin", "Latin with accents", "Polish", "CYRILLIC", "ARABIC", "CJK"} <= scripts


def test_the_demo_group_has_its_settings(workspace: Workspace) -> None:
    make_demo(workspace.uow(), members=3, today=TODAY)
    group = get_settings(workspace.uow())
    assert (group.name, group.currency, group.locale) == (DEMO_GROUP_NAME, "GBP", "en_GB")
    assert group.financial_year_start == "04-06"


def test_demo_members_look_like_real_records(workspace: Workspace) -> None:
    make_demo(workspace.uow(), members=60, today=TODAY)
    rows = member_rows(workspace)
    statuses = {row["status"] for row in rows}
    assert statuses <= set(MEMBER_STATUSES) and "active" in statuses
    for row in rows:
        assert row["full_name"].strip() == row["full_name"] != ""
        assert row["sort_key"] == sort_key(row["full_name"])
        assert row["joined_on"] <= TODAY
        assert (row["left_on"] is not None) == (row["status"] == "left")
        if row["email"] is not None:
            assert row["email"].isascii() and row["email"].endswith("@example.org")
        for kind in ("contact", "photo", "roster"):
            assert (row[f"consent_{kind}_on"] is not None) == row[f"consent_{kind}"]
    assert len({row["email"] for row in rows if row["email"]}) == sum(
        1 for row in rows if row["email"]
    )


def test_the_same_seed_gives_the_same_group(make_workspace: MakeWorkspace) -> None:
    first, second, other = make_workspace("a"), make_workspace("b"), make_workspace("c")
    make_demo(first.uow(), members=40, seed=7, today=TODAY)
    make_demo(second.uow(), members=40, seed=7, today=TODAY)
    make_demo(other.uow(), members=40, seed=8, today=TODAY)
    assert member_rows(first) == member_rows(second)
    assert member_rows(first) != member_rows(other)


def test_the_demo_scales_to_the_number_asked_for(workspace: Workspace) -> None:
    assert make_demo(workspace.uow(), members=250, today=TODAY).members == 250
    assert len(member_rows(workspace)) == 250


def test_a_demo_of_no_members_is_refused(workspace: Workspace) -> None:
    with pytest.raises(SetupError, match="at least one member"):
        make_demo(workspace.uow(), members=0)
    assert member_rows(workspace) == []


def test_a_folder_with_a_group_is_refused_and_nothing_changes(group_workspace: Workspace) -> None:
    with group_workspace.uow() as uow:
        changes_before = uow.session.scalar(select(func.count()).select_from(Change))
    with pytest.raises(SetupError, match="already holds the group 'Test Group'"):
        make_demo(group_workspace.uow())
    assert get_settings(group_workspace.uow()).name == "Test Group"
    assert member_rows(group_workspace) == []
    with group_workspace.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Change)) == changes_before


def test_the_demo_is_made_in_one_transaction_and_logged_for_sync(workspace: Workspace) -> None:
    commits: list[object] = []
    event.listen(workspace.engine, "commit", commits.append)  # the engine is closed after the test
    make_demo(workspace.uow(), members=30, today=TODAY)
    assert len(commits) == 1
    with workspace.uow() as uow:
        logged = uow.session.execute(
            select(Change.field, Change.value).where(Change.table_name == "members")
        ).all()
    # One row change per member, holding every field.
    assert len(logged) == 30
    assert {field for field, _ in logged} == {ROW_FIELD}
    assert all(set(row_values(value)) == set(synced_fields(Member)) for _, value in logged)
