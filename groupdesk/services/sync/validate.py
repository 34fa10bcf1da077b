"""Checking incoming values before they are merged (issue 15 item 9).

A sealed change from any laptop holding the key is trusted to be the group's, not to be well
formed: one `joined_on` of "not-a-date", a null `full_name` or text that is not JSON made every
sync and join crash, on every laptop, for good. Each change is checked against the column it
sets (JSON, the column's kind, empty only where the column may be, a time without a zone,
whole numbers SQLite can hold, and an attachment's content reference a sha256 digest). A change
that fails is skipped, never half-applied and never logged, with the file and the laptop named
in the report; the rest of the file still applies. The rule depends on the value alone, so
every laptop skips the same changes and they still converge.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from groupdesk.services.attachments import SHA256
from groupdesk.services.sync.values import ROW_FIELD

Check = Callable[[Any], str | None]
#: How a field's incoming value is checked: (may be empty, check of a non-empty value, the kind
#: whose every value passes without the check: text for a text column, true or false for a
#: yes/no one; None where each value must be looked at).
Rule = tuple[bool, Check, type | None]
#: A change as merged: (table, row id, field, hlc, base hlc, value JSON text).
ChangeTuple = tuple[str, str, str, str, str | None, str]
C = TypeVar("C", bound=ChangeTuple)
_INT_LIMIT = 1 << 63
#: A value not read from its JSON text yet (None is JSON's null).
_UNREAD = object()


@dataclass(frozen=True)
class RejectedChange:
    table: str
    row_id: str
    field: str
    hlc: str
    reason: str


def _text(raw: Any) -> str | None:
    return None if isinstance(raw, str) else "not text"


def _whole_number(raw: Any) -> str | None:
    if isinstance(raw, bool) or not isinstance(raw, int):
        return "not a whole number"
    return None if -_INT_LIMIT <= raw < _INT_LIMIT else "a number too large to keep"


def _yes_no(raw: Any) -> str | None:
    return None if isinstance(raw, bool) else "not true or false"


def _day(raw: Any) -> str | None:
    try:
        date.fromisoformat(raw)
    except (TypeError, ValueError):
        return "not a date"
    return None


def _time(raw: Any) -> str | None:
    try:
        moment = datetime.fromisoformat(raw)
    except (TypeError, ValueError):
        return "not a date and time"
    return None if moment.tzinfo is None else "a time with a zone (GroupDesk keeps none)"


def _sha256(raw: Any) -> str | None:
    return None if isinstance(raw, str) and SHA256.fullmatch(raw) else "not a sha256 digest"


_BY_KIND: dict[type, Check] = {
    str: _text,
    int: _whole_number,
    bool: _yes_no,
    date: _day,
    datetime: _time,
}
#: The kinds whose every value is right for the column (`_text`, `_yes_no`).
_PLAIN: dict[Check, type] = {_text: str, _yes_no: bool}
#: Rules beyond the column's kind: values that name a file on disk.
_BY_FIELD: dict[tuple[str, str], Check] = {("attachments", "sha256"): _sha256}


def column_checks(models: dict[str, Any]) -> dict[str, dict[str, Rule]]:
    """table → field → its `Rule`, from the merge's models."""
    checks: dict[str, dict[str, Rule]] = {}
    for table, known in models.items():
        checks[table] = {}
        for name, column in known.fields.items():
            check = _BY_FIELD.get((table, name)) or _BY_KIND[column.type.python_type]
            checks[table][name] = (bool(column.nullable), check, _PLAIN.get(check))
    return checks


def _problem(checks: dict[str, Rule], field: str, raw: Any) -> str | None:
    rule = checks.get(field)
    if rule is None:
        return None  # a field this version does not know: kept aside, checked when known
    nullable, check, _ = rule
    if raw is None:
        return None if nullable else "empty, but it must have a value"
    return check(raw)


def _why(
    checks: dict[str, Rule],
    shapes: dict[Any, tuple[tuple[int, str], ...]],
    field: str,
    text: str,
    raw: Any = _UNREAD,
) -> str | None:
    """Why the change of `field` to JSON `text` (already read: `raw`) cannot be applied, or
    None if it can. `shapes` remembers, for the table's row changes, which of their values
    need a look (`_to_look_at`)."""
    if raw is _UNREAD:
        try:
            raw = json.loads(text)
        except ValueError:
            return f"{field} holds {text[:40]!r}, which is not JSON"
    if field != ROW_FIELD:
        problem = _problem(checks, field, raw)
        return f"{field} is {raw!r:.60}: {problem}" if problem else None
    if not isinstance(raw, dict):
        return f"a new row holds {text[:40]!r}, not a JSON object"
    # Every field of every new row is checked (3 million at 10,000 members). A table's rows
    # share a shape (their fields in order, the kind of each value), and which of their values
    # need a look depends on the shape alone: it is found once per shape.
    values = tuple(raw.values())
    shape = (tuple(raw), tuple(map(type, values)))
    looks = shapes.get(shape)
    if looks is None:
        looks = shapes[shape] = _to_look_at(checks, raw)
    for index, name in looks:
        problem = _problem(checks, name, values[index])
        if problem:
            return f"{name} is {values[index]!r:.60}: {problem}"
    return None


def _to_look_at(checks: dict[str, Rule], raw: dict[str, Any]) -> tuple[tuple[int, str], ...]:
    """(place, field) of the values of a row change that its fields' kinds do not pass
    already: not of the column's plain kind, nor empty where empty is allowed."""
    return tuple(
        (index, name)
        for index, (name, value) in enumerate(raw.items())
        if (rule := checks.get(name)) is not None
        and type(value) is not rule[2]
        and not (value is None and rule[0])
    )


def split_valid(
    changes: Iterable[C],
    checks: dict[str, dict[str, Rule]],
    read_rows: Mapping[str, Any] | None = None,
) -> tuple[list[C], list[RejectedChange]]:
    """The changes that can be applied, and those that cannot (with why). Tables this version
    does not know pass: their changes are kept aside and checked once they are known.
    `read_rows` holds row changes already read (value text → fields), not parsed again."""
    good: list[C] = []
    rejected: list[RejectedChange] = []
    memo: dict[tuple[str, str, str], str | None] = {}
    shapes: dict[str, dict[Any, tuple[tuple[int, str], ...]]] = {}
    for change in changes:
        table, row_id, field, hlc, _base, value = change
        table_checks = checks.get(table)
        if table_checks is None:
            good.append(change)
            continue
        if field == ROW_FIELD:  # one per new row: nothing to share
            read = read_rows.get(value, _UNREAD) if read_rows else _UNREAD
            why = _why(table_checks, shapes.setdefault(table, {}), field, value, read)
        else:
            key = (table, field, value)
            try:
                why = memo[key]
            except KeyError:
                why = memo[key] = _why(table_checks, {}, field, value)
        if why is None:
            good.append(change)
        else:
            rejected.append(RejectedChange(table, row_id, field, hlc, why))
    return good, rejected
