"""Columns that point at members declare it, so merge and erasure find them from the metadata."""

from __future__ import annotations

import re

from groupdesk.models import synced_models
from groupdesk.models.references import REFERENCES, referencing_columns

#: Names that, on a synced table, can only mean "a member": a new table that uses one of them
#: must declare it with `reference("members")` or merge would leave its rows behind.
MEMBER_LIKE = re.compile(
    r"(.*_)?member_id|mentor_id|mentee_id|by_id|borrower_id|custodian_id|owner_id|"
    r"recipient_id|attendee_id|person_id|organiser_id|organizer_id|lender_id"
)


def test_every_member_like_column_of_a_synced_table_declares_its_reference() -> None:
    undeclared = [
        f"{model.__tablename__}.{attr.key}"
        for model in synced_models()
        for attr in model.__mapper__.column_attrs
        if MEMBER_LIKE.fullmatch(attr.key) and attr.columns[0].info.get(REFERENCES) != "members"
    ]
    assert undeclared == [], (
        "declare these with groupdesk.models.references.reference('members') so that merging "
        f"and forgetting members cover them: {undeclared}"
    )


def test_the_member_tables_of_this_version_are_all_found() -> None:
    found = {
        (c.table_name, c.attribute, c.on_merge, c.on_forget) for c in referencing_columns("members")
    }
    assert {
        ("member_roles", "member_id", "move", "erase"),
        ("member_skills", "member_id", "move", "erase"),
        ("mentorships", "mentor_id", "move", "erase"),
        ("mentorships", "mentee_id", "move", "erase"),
        ("checkins", "member_id", "move", "erase"),
        ("checkins", "by_id", "move", "keep"),
        ("member_merges", "survivor_id", "keep", "erase"),
        ("member_merges", "merged_id", "keep", "erase"),
    } <= found


def test_every_erase_field_is_a_real_column() -> None:
    for model in synced_models():
        columns = {attr.key for attr in model.__mapper__.column_attrs}
        erase = getattr(model, "__erase_fields__", frozenset())
        assert erase <= columns, f"{model.__tablename__}: {sorted(erase - columns)}"
