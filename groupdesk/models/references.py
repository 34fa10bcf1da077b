"""References between synced rows, declared on the column so that code can find them.

Synced tables enforce no foreign keys (SYNC.md), so the schema itself cannot say which columns
point at a member. Instead a referring column is declared with `reference("members")`, which
stores the target table and two policies in the column's `info`:

- `on_merge`: `"move"` (the default) — when two member records are merged, rows pointing at the
  merged record are moved to the survivor (and moved back by an unmerge); `"keep"` — the column
  records a fact about that very record (the merge record itself) and is never moved.
- `on_forget`: `"erase"` (the default) — when the member is forgotten, the row's personal text
  fields, listed in the model's `__erase_fields__`, are blanked too (a check-in's note about
  them); `"keep"` — the row is about someone else (a check-in *made by* the forgotten member
  about another person keeps its note).

A column also says how its row involves the record it points at, for history (`relation`):
"" (the default) when the row is about that record (a check-in's `member_id`), else a few words
such as "by them" (the check-in's `by_id`) or "as mentor". With each model's `__record_label__`
("check-in"), this lets one history service tell any area's story (`services/history.py`).

Merge, unmerge, erasure and history discover the columns with `referencing_columns("members")`,
so a table added later (attendance, loans, grants) is covered by declaring its column this way,
without any change to those services. A test fails when a synced column named like a member
reference (`member_id`, `*_member_id`, `mentor_id`, `borrower_id`, …) does not declare itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import String
from sqlalchemy.orm import MappedColumn, mapped_column

from groupdesk.models.base import Synced, synced_models

REFERENCES = "references"
ON_MERGE = "on_merge"
ON_FORGET = "on_forget"
RELATION = "relation"

OnMerge = Literal["move", "keep"]
OnForget = Literal["erase", "keep"]


def reference(
    table: str,
    *,
    on_merge: OnMerge = "move",
    on_forget: OnForget = "erase",
    relation: str = "",
    index: bool = True,
) -> MappedColumn[Any]:
    """A text id column that points at a row of `table` (nullable as its annotation says)."""
    return mapped_column(
        String(36),
        index=index,
        info={REFERENCES: table, ON_MERGE: on_merge, ON_FORGET: on_forget, RELATION: relation},
    )


@dataclass(frozen=True)
class ReferencingColumn:
    """One column of one synced model that points at rows of another table."""

    model: type[Synced]
    attribute: str
    on_merge: OnMerge
    on_forget: OnForget
    #: How the row involves the record it points at, in history ("" = it is about it).
    relation: str

    @property
    def table_name(self) -> str:
        return str(self.model.__tablename__)


def referencing_columns(table: str) -> list[ReferencingColumn]:
    """Every synced column declared with `reference(table)`, in a stable order."""
    found = []
    for model in synced_models():
        for attr in model.__mapper__.column_attrs:
            info = attr.columns[0].info
            if info.get(REFERENCES) == table:
                found.append(
                    ReferencingColumn(
                        model, attr.key, info[ON_MERGE], info[ON_FORGET], info[RELATION]
                    )
                )
    return found
