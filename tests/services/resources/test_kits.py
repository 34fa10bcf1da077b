"""Kits: the parts an item is made of, and lending the kit with a checklist of its parts."""

from __future__ import annotations

import pytest
from support.resource_rows import stored_item

from groupdesk.errors import ValidationError
from groupdesk.services.resources.kits import parts_of, remove_part, set_part
from groupdesk.services.workspace import Workspace


@pytest.fixture
def pa(members_ws: Workspace) -> dict[str, str]:
    """A PA kit of two speakers, a mixer and cables (as the demo group's)."""
    items = {
        "kit": stored_item(members_ws, "PA kit"),
        "speaker": stored_item(members_ws, "Speaker", quantity=2),
        "mixer": stored_item(members_ws, "Mixer"),
        "cables": stored_item(members_ws, "Cables"),
    }
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["speaker"], count=2)
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["mixer"])
    set_part(members_ws.uow(), kit_id=items["kit"], part_id=items["cables"])
    return items


def test_a_kit_lists_its_parts_with_how_many_it_holds(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    assert [(p.name, p.count) for p in parts_of(members_ws.uow(), kit_id=pa["kit"])] == [
        ("Cables", 1),
        ("Mixer", 1),
        ("Speaker", 2),
    ]
    assert parts_of(members_ws.uow(), kit_id=pa["mixer"]) == []


def test_setting_a_part_again_changes_its_count_and_removing_it_leaves_the_item(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    parts = set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["speaker"], count=1)
    assert [(p.name, p.count) for p in parts] == [("Cables", 1), ("Mixer", 1), ("Speaker", 1)]
    parts = remove_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["cables"])
    assert [p.name for p in parts] == ["Mixer", "Speaker"]
    with pytest.raises(ValidationError, match="not a part of this kit"):
        remove_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["cables"])


def test_a_kit_cannot_hold_itself_even_through_another_kit(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    stage = stored_item(members_ws, "Stage kit")
    set_part(members_ws.uow(), kit_id=stage, part_id=pa["kit"])
    with pytest.raises(ValidationError) as refused:
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=stage)
    assert refused.value.errors == {
        "part": "Stage kit cannot be a part of PA kit: it holds PA kit itself."
    }
    with pytest.raises(ValidationError, match="holds PA kit itself"):
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["kit"])


def test_a_kit_cannot_hold_more_of_a_part_than_the_group_has(
    members_ws: Workspace, pa: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        set_part(members_ws.uow(), kit_id=pa["kit"], part_id=pa["speaker"], count=3)
    assert refused.value.errors == {"count": "the group has 2 of Speaker, so a kit cannot hold 3"}
