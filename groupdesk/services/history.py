"""What happened to a record, from the sync change log: who (which laptop), when, what changed.

One history for every area. A record's history covers the record itself and every synced row
that points at it (declared with `reference(table)`, `groupdesk.models.references`): a member's
roles, skills, mentorships and check-ins, and whatever later areas declare. Models name their
records (`__record_label__`) and columns say how a row involves what it points at (`relation`),
so this module names no area. Changes made in one save share a clock stamp: one event.

Every field written on any laptop is in the log with its stamp, so the history is the same on
every laptop that has read the same files (a laptop that started from a snapshot sees history
from the snapshot on). Concurrent edits that lost are kept and shown too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from groupdesk.models.base import model_for_table, synced_models
from groupdesk.models.money import money_fields
from groupdesk.models.references import referencing_columns
from groupdesk.models.sync_state import Change
from groupdesk.money import Money
from groupdesk.services.rows import names_of
from groupdesk.services.sync.conflicts import device_label, device_names, stamp_time
from groupdesk.services.sync.values import field_values
from groupdesk.services.uow import UnitOfWork

#: Bookkeeping fields that say nothing a person wants to read.
HIDDEN_FIELDS = frozenset({"created_at", "updated_at", "sort_key", "name_key"})
#: Ids of these rows are shown as names (people are named in every area); so are the rows of
#: models that give a `__name_field__` (an item's name).
NAMED_TABLE = "members"
# SQLite allows 999 bound parameters in older builds; stay under it.
_CHUNK = 900


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEvent:
    #: When, in UTC (from the change's clock stamp).
    at: datetime
    device_id: str
    device_name: str
    #: The model's `__record_label__`: "member", "role", "check-in", …
    record: str
    row_id: str
    #: "added", "changed", "deleted" or "restored".
    action: str
    #: (field, new value as text) for each visible field written; an id pointing at a member is
    #: shown as their name.
    fields: tuple[tuple[str, str], ...]
    #: How the row involves the record asked about when it is not about it: "by them" (a
    #: check-in they made on someone else), "as mentor", …; "" for the record itself.
    relation: str = ""
    #: Each visible field whose value changed, old → new (as stored).
    changes: tuple[FieldChange, ...] = ()

    @property
    def created(self) -> bool:
        return self.action == "added"

    def describe(self, locale: str) -> str:
        """ "Ana's laptop changed Phone, Email on 3 May 2026, 14:05": fields in words and the
        time in the group's format, as the History tab says them."""
        from groupdesk.services.wording import field_label, moment_text

        when = moment_text(self.at, locale)
        if self.created:
            return f"{self.device_name} created it on {when}"
        names = ", ".join(field_label(c.field) for c in self.changes)
        return f"{self.device_name} changed {names} on {when}"

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "device": self.device_name,
            "record": self.record,
            "row_id": self.row_id,
            "action": self.action,
            "relation": self.relation,
            "fields": dict(self.fields),
        }


def record_history(
    uow: UnitOfWork, *, table: str, row_id: str, limit: int | None = None
) -> list[HistoryEvent]:
    """Events about one record and the rows that point at it, newest first (at most `limit`)."""
    with uow:
        session = uow.session
        #: (table, row) → how that row involves the record.
        relations: dict[tuple[str, str], str] = {(table, row_id): ""}
        for column in referencing_columns(table):
            attribute = getattr(column.model, column.attribute)
            for other_id in session.scalars(select(column.model.id).where(attribute == row_id)):
                relations.setdefault((column.table_name, other_id), column.relation)
        by_table: dict[str, list[str]] = {}
        for target_table, target_id in relations:
            by_table.setdefault(target_table, []).append(target_id)
        rows: list[tuple[Any, ...]] = []
        for target_table, ids in by_table.items():
            for start in range(0, len(ids), _CHUNK):
                rows += map(
                    tuple,
                    session.execute(
                        select(
                            Change.hlc,
                            Change.table_name,
                            Change.row_id,
                            Change.field,
                            Change.value,
                            Change.device_id,
                        ).where(
                            Change.table_name == target_table,
                            Change.row_id.in_(ids[start : start + _CHUNK]),
                        )
                    ),
                )
        devices = device_names(uow)
        #: (stamp, table, row, device) → what that save wrote, in stamp order.
        written: dict[tuple[str, str, str, str], list[tuple[str, str]]] = {}
        for hlc, row_table, changed_row, field, value, device_id in sorted(rows):
            written.setdefault((hlc, row_table, changed_row, device_id), []).extend(
                field_values(field, value)
            )
        #: (table, column) → the table its ids point at, for every column shown by name.
        named = {
            (column.table_name, column.attribute): target
            for target in (
                NAMED_TABLE,
                *(m.__tablename__ for m in synced_models() if m.__name_field__),
            )
            for column in referencing_columns(target)
        }
        wanted: dict[str, set[str]] = {}
        for (_hlc, row_table, _row, _device), values in written.items():
            for field, value in values:
                if (row_table, field) in named and value != "null":
                    wanted.setdefault(named[(row_table, field)], set()).add(json.loads(value))
        people_columns = set(named)
        people = names_of(session, wanted.pop(NAMED_TABLE, set()))
        for target, named_ids in wanted.items():
            people |= _names_in(session, target, named_ids)
    events = []
    #: Each row's values so far, to tell what a save changed.
    current: dict[tuple[str, str], dict[str, Any]] = {}
    for (hlc, row_table, changed_row, device_id), values in written.items():
        event = _event(
            hlc,
            row_table,
            changed_row,
            values,
            before=current.setdefault((row_table, changed_row), {}),
            device=(device_id, device_label(devices, device_id)),
            relation=relations[(row_table, changed_row)],
            people=(people, people_columns),
        )
        if event.action != "changed" or event.changes:
            events.append(event)
    events.reverse()
    return events if limit is None else events[:limit]


def _names_in(session: Any, table: str, ids: set[str]) -> dict[str, str]:
    """The names of rows of `table` (its model's `__name_field__`): an item is "Gazebo" in a
    loan's history, not its id."""
    model = model_for_table(table)
    assert model is not None  # `named` holds only tables of synced models
    name = getattr(model, model.__name_field__)
    found: dict[str, str] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), _CHUNK):
        chunk = listed[start : start + _CHUNK]
        found |= {
            row_id: text
            for row_id, text in session.execute(select(model.id, name).where(model.id.in_(chunk)))
        }
    return found


def _event(
    hlc: str,
    table: str,
    row_id: str,
    values: list[tuple[str, str]],
    *,
    before: dict[str, Any],
    device: tuple[str, str],
    relation: str,
    people: tuple[dict[str, str], set[tuple[str, str]]],
) -> HistoryEvent:
    """One save of one row; `before` holds the row's values so far and is brought up to date."""
    names, people_columns = people
    model = model_for_table(table)
    if model is not None:
        values = _amounts_as_one(values, before, money_fields(model))
    saved = dict(values)
    deleted = saved.get("deleted_at")
    if "created_at" in saved:
        action = "added"
    elif deleted is not None and deleted != "null":
        action = "deleted"
    elif deleted == "null":
        action = "restored"
    else:
        action = "changed"
    changes = []
    for field, text in values:
        value = json.loads(text)
        if field not in HIDDEN_FIELDS and before.get(field) != value:
            changes.append(FieldChange(field, before.get(field), value))
        before[field] = value
    shown = tuple(
        (field.removesuffix("_id"), names.get(json.loads(text), _text(text)))
        if (table, field) in people_columns
        else (field, _text(text))
        for field, text in values
        if field not in HIDDEN_FIELDS
        and field != "deleted_at"
        and not (action == "added" and text == "null")
    )
    return HistoryEvent(
        at=stamp_time(hlc),
        device_id=device[0],
        device_name=device[1],
        record=(model.__record_label__ if model is not None else "") or table,
        row_id=row_id,
        action=action,
        fields=shown,
        relation=relation,
        changes=tuple(changes),
    )


def _amounts_as_one(
    values: list[tuple[str, str]],
    before: dict[str, Any],
    amounts: dict[str, tuple[str, str]],
) -> list[tuple[str, str]]:
    """Each amount's two columns (minor units, currency) as one field ("amount": "42.10 EUR"),
    so history says what a person would; the half a save did not write comes from `before`,
    which keeps the raw columns too."""
    if not amounts:
        return values
    saved = dict(values)
    column_of = {column: name for name, pair in amounts.items() for column in pair}
    folded: list[tuple[str, str]] = []
    done: set[str] = set()
    for field, text in values:
        name = column_of.get(field)
        if name is None:
            folded.append((field, text))
            continue
        if name in done:
            continue
        done.add(name)
        minor_field, currency_field = amounts[name]
        minor = json.loads(saved.get(minor_field, json.dumps(before.get(minor_field))))
        currency = json.loads(saved.get(currency_field, json.dumps(before.get(currency_field))))
        before[minor_field], before[currency_field] = minor, currency
        amount = (
            None if minor is None or currency is None else str(Money.from_minor(minor, currency))
        )
        folded.append((name, json.dumps(amount)))
    return folded


def _text(value_json: str) -> str:
    value = json.loads(value_json)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
