"""Fields computed from another field of their row (sort and search keys): never merged.

A model declares them in `__derived_fields__` as `{field: (source field, "module:function")}`,
the function pure, so every laptop computes the same. They still travel in change files (an
older version reads them), but they are not data of their own: after a merge every laptop
computes them again from the source value in effect, a resolution sets them with the value it
keeps, and they are never shown as conflicts. Without this, resolving a name conflict kept
the losing name's sort key ("Aaron Able" sorted among the Z names) and the keys themselves
were listed as conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection

from groupdesk.models.base import Synced, model_for_table
from groupdesk.registry import load

#: Fields that change with every edit or differ on every insert: never shown as conflicts.
NOT_CONFLICTS = frozenset({"created_at", "updated_at"})
_BATCH = 900


def derived_fields(model: type[Synced]) -> dict[str, tuple[str, Callable[[Any], Any]]]:
    """field → (source field, function) for the fields `model` computes from others."""
    return {
        name: (source, load(function))
        for name, (source, function) in model.__derived_fields__.items()
    }


@cache
def conflict_free(table: str) -> frozenset[str]:
    """Fields of `table` whose differing values are never a conflict for people."""
    model = model_for_table(table)
    derived = frozenset(model.__derived_fields__) if model is not None else frozenset()
    return NOT_CONFLICTS | derived


@cache
def derived_inputs(table: str) -> frozenset[str]:
    """Fields of `table` whose change may leave a derived field out of step: the sources and
    the derived fields themselves (a change file carries both)."""
    model = model_for_table(table)
    if model is None:
        return frozenset()
    fields = model.__derived_fields__
    return frozenset(fields) | {source for source, _ in fields.values()}


def refresh_derived(connection: Connection, rows: Iterable[tuple[str, str]]) -> int:
    """Compute the derived fields of `rows` again from their sources, in the open transaction
    (a merge's: capture off, nothing recorded, every laptop reaching the same values by the
    same rule). Returns how many fields changed."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in rows:
        by_table[table].append(row_id)
    changed = 0
    for table, ids in by_table.items():
        model = model_for_table(table)
        if model is None or not model.__derived_fields__:
            continue
        columns = model.__table__.c
        for name, (source, compute) in derived_fields(model).items():
            updates = []
            for start in range(0, len(ids), _BATCH):
                chunk = ids[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                for row_id, value, held in connection.exec_driver_sql(
                    f'SELECT id, "{columns[source].name}", "{columns[name].name}"'  # noqa: S608
                    f' FROM "{table}" WHERE id IN ({marks})',
                    tuple(chunk),
                ):
                    fresh = compute(value) if value is not None else held
                    if fresh != held:
                        updates.append((fresh, row_id))
            if updates:
                connection.exec_driver_sql(
                    f'UPDATE "{table}" SET "{columns[name].name}" = ? WHERE id = ?',  # noqa: S608
                    updates,
                )
            changed += len(updates)
    return changed


def derive(row: Synced) -> None:
    """Set `row`'s derived fields from their sources before it is written (capture's flush
    hook: they are logged with the source, so a laptop's own rows agree with what the others
    compute after merging them)."""
    if not type(row).__derived_fields__:
        return
    for name, (source, compute) in derived_fields(type(row)).items():
        value = getattr(row, source)
        if value is not None and getattr(row, name) != (fresh := compute(value)):
            setattr(row, name, fresh)
