"""What text the group's records may hold: no control characters, no bidi overrides in names.

A control character in a name (an escape sequence, a NUL) can rewrite a terminal's title or
screen when the name is printed, and breaks exports; a bidi override can make a name display
as something else. The rule is kept where every write passes, the session's flush, so the
import, the forms, the command line and every area are covered alike: a field of one line
(a `String` column) takes no control character at all, a field of several lines (`Text`)
takes tab and newline. Bidi embeddings, overrides and isolates are taken out of one-line
fields, where they can only disguise a name. Columns named `…_key` are derived, not typed
(sort keys hold separators), and are left alone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from groupdesk.errors import ValidationError
from groupdesk.models.base import Synced

#: Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Unicode's control characters (category Cc: C0, DEL and C1, a test checks), and the same but
#: tab and new lines. One regular expression, not a category lookup per character: every
#: field of every imported row passes here.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def refused_character(text: str, *, several_lines: bool) -> str | None:
    """The first character `text` may not hold, or None."""
    found = (_CONTROLS_BUT_LINES if several_lines else _CONTROLS).search(text)
    return None if found is None else found.group()


def typed_text(text: str, *, several_lines: bool) -> str:
    """`text` as it may be stored, bidi controls taken out of a one-line field; ValueError
    (a sentence) if it holds a control character."""
    if text.isascii() and text.isprintable():  # most text: no control, no bidi character
        return text
    char = refused_character(text, several_lines=several_lines)
    if char is not None:
        what = "NUL" if char == "\x00" else f"U+{ord(char):04X}"
        lines = " (only tab and new lines are allowed)" if several_lines else ""
        raise ValueError(f"contains a control character ({what}){lines}; remove it and try again")
    return text if several_lines else BIDI_CONTROLS.sub("", text)


@cache
def takes_several_lines(model: type[Any], field: str) -> bool:
    """Whether `model`'s `field` is a field of several lines (a `Text` column); remembered, as
    a model's columns never change while the app runs."""
    column = model.__table__.columns.get(field)
    return column is not None and isinstance(column.type, Text)


def install(session_factory: sessionmaker[Session]) -> None:
    """Check the text of every record written through sessions of `session_factory`."""
    event.listen(session_factory, "before_flush", _check_flushed_text)


def _check_flushed_text(session: Session, _context: Any, _instances: Any) -> None:
    for record in (*session.new, *session.dirty):
        if not isinstance(record, Synced):
            continue
        state = inspect(record)
        for prop in state.mapper.column_attrs:
            kind = prop.columns[0].type
            if not isinstance(kind, String) or prop.key.endswith("_key"):
                continue
            attribute = state.attrs[prop.key]
            value = attribute.value
            if not isinstance(value, str) or not (
                record in session.new or attribute.history.has_changes()
            ):
                continue
            try:
                cleaned = typed_text(value, several_lines=isinstance(kind, Text))
            except ValueError as problem:
                raise ValidationError.single(prop.key, str(problem)) from None
            if cleaned != value:
                setattr(record, prop.key, cleaned)
