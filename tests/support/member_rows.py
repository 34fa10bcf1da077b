"""Member table rows made in memory, for tests of searching, sorting and the table model, and
rows of a file for tests of importing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from hypothesis import strategies as st

from groupdesk.services.collation import sort_key
from groupdesk.services.members.records import MemberRow


def member_row(name: str, **extra: object) -> MemberRow:
    """An active member called `name` (its id is the name), with `extra` fields set."""
    values: dict[str, object] = dict(
        id=name,
        full_name=name,
        preferred_name=None,
        email=None,
        phone=None,
        status="active",
        joined_on=None,
        left_on=None,
        consent_contact=False,
        consent_photo=False,
        consent_roster=False,
        roles=(),
        skills=(),
        last_seen=None,
        sort_key=sort_key(name),
        deleted=False,
        merged_into_id=None,
        erased=False,
    )
    values.update(extra)
    return MemberRow(**values)  # type: ignore[arg-type]


T = TypeVar("T")


def table_rows(
    cells: Mapping[str, Sequence[T]], *, max_size: int
) -> st.SearchStrategy[list[dict[str, T]]]:
    """Lists of rows, each column's cell drawn from its few `cells`: the repeats a file's
    columns hold, for checking that work done once per distinct cell gives every row its own."""
    return st.lists(
        st.fixed_dictionaries(
            {column: st.sampled_from(list(pool)) for column, pool in cells.items()}
        ),
        min_size=1,
        max_size=max_size,
    )
