"""Sentences the services say, kept so that the GUI can say them in the reader's language.

A service never imports Qt, and the CLI prints English, so a service writes its sentence once,
marked for lupdate, with its values named:

    raise ValidationError.single(
        "left_on",
        QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=left_on),
    )

`QT_TRANSLATE_NOOP` (here, or from `groupdesk.registry`) gives a `Message`, and its `format`
another one. A `Message` is the English sentence (a `str`: the CLI, logs and every `str()` see
English, with each value as Python writes it, ISO days included), and it remembers its lupdate
context, its English template and its values as they are (a `date`, a `Money`, an `int`). The
GUI translates the template and writes each value the group's way (`groupdesk.ui.messages.said`).

A sentence with a count is marked with its plural forms and says the count as `%n`:

    QT_TRANSLATE_NOOP("Dashboard", "…and %n more.", "", 0).format(n=len(rest))

so the GUI chooses the form the reader's language needs for that number (Arabic has six).
English writes a noun that follows the count with "(s)" ("%n file(s)"): the English sentence
reads "1 file", "3 files".
A word the records store ("left", "withdrawn") goes into a sentence as `stored_word(...)`,
which the GUI says as its screens do (`groupdesk.ui.words`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Self


class Message(str):
    """An English sentence that remembers its context, template and values (module docstring)."""

    context: str
    template: str
    arguments: dict[str, object]
    disambiguation: str
    #: Whether the sentence has plural forms, chosen by its value `n` (`%n` in the text).
    counted: bool

    def __new__(
        cls,
        context: str,
        template: str,
        arguments: Mapping[str, object] | None = None,
        *,
        disambiguation: str = "",
        counted: bool = False,
    ) -> Self:
        values = dict(arguments or {})
        english = template
        count = values.get("n")
        if counted and isinstance(count, int):
            english = english_plural(template, count, f"{count:,}")  # "1,200 changes"
        # Without values the template may still hold the {name} a GUI fills in later.
        message = super().__new__(cls, english.format(**values) if values else english)
        message.context, message.template, message.arguments = context, template, values
        message.disambiguation, message.counted = disambiguation, counted
        return message

    def __getnewargs_ex__(self) -> tuple[tuple[str, str, dict[str, object]], dict[str, object]]:
        """What copy and pickle rebuild a message from (`dataclasses.asdict` deep-copies)."""
        return (self.context, self.template, self.arguments), {
            "disambiguation": self.disambiguation,
            "counted": self.counted,
        }

    def format(self, *args: object, **kwargs: object) -> Message:
        """The sentence with its values, still translatable; values are named, never positional
        (a translation may put them in another order)."""
        if args:
            raise TypeError("a message names its values: {day}, not {}")
        return Message(
            self.context,
            self.template,
            {**self.arguments, **kwargs},
            disambiguation=self.disambiguation,
            counted=self.counted,
        )


def QT_TRANSLATE_NOOP(
    context: str, text: str, disambiguation: str = "", counted: int | None = None
) -> Message:
    """Marks a string for translation in `context` (named as lupdate looks for it) without
    importing Qt; the GUI translates it with `QCoreApplication.translate(context, text)`, or a
    service's sentence with `groupdesk.ui.messages.said`.

    A sentence with a count has `%n` in its text, the count given later as `.format(n=...)`,
    and a number literal as `counted` (`QT_TRANSLATE_NOOP("Ctx", "…and %n more.", "", 0)`):
    lupdate gives a sentence its plural forms only when it sees a number there; the number
    itself is not used. (`groupdesk.registry` offers it too, where areas import it from.)"""
    return Message(context, text, disambiguation=disambiguation, counted=counted is not None)


def english_plural(template: str, count: int, figure: str | None = None) -> str:
    """`template` in English for `count`: `%n` the figure (bare unless `figure` is given), each
    "(s)" gone for one, "s" else."""
    chosen = re.sub(r"\(s\)", "" if count == 1 else "s", template)
    return chosen.replace("%n", str(count) if figure is None else figure)


def as_json(message: str) -> object:
    """A sentence as JSON keeps it (a stored sync report): a `Message` with its context,
    template and values, so that a GUI reading it back says it in the reader's language."""
    if not isinstance(message, Message):
        return message
    return {
        "context": message.context,
        "template": message.template,
        "disambiguation": message.disambiguation,
        "counted": message.counted,
        "arguments": {name: _value_as_json(value) for name, value in message.arguments.items()},
    }


def from_json(data: object) -> str:
    """The sentence `as_json` kept: a `Message` again (anything else as its text)."""
    if not isinstance(data, dict):
        return str(data)
    arguments = {name: _value_from_json(value) for name, value in data["arguments"].items()}
    return Message(
        data["context"],
        data["template"],
        arguments,
        disambiguation=data["disambiguation"],
        counted=data["counted"],
    )


def _value_as_json(value: object) -> object:
    if isinstance(value, Message):
        return {"message": as_json(value)}
    if isinstance(value, datetime):
        return {"moment": value.isoformat()}
    if isinstance(value, date):
        return {"day": value.isoformat()}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def _value_from_json(value: object) -> object:
    if isinstance(value, dict) and "message" in value:
        return from_json(value["message"])
    if isinstance(value, dict) and "day" in value:
        return date.fromisoformat(value["day"])
    if isinstance(value, dict) and "moment" in value:
        return datetime.fromisoformat(value["moment"])
    return value


def stored_word(context: str, word: str) -> Message:
    """A word the records keep in English (a member's status, a grant's state), to be said in
    a sentence as the screens say it: `context` is its area's ("MemberWords", "GrantWords"…),
    where `groupdesk.ui.words` marks every such word once."""
    return Message(context, word)


def sentence(problem: BaseException) -> str:
    """The sentence an exception was raised with, a `Message` kept as one (`str(problem)` gives
    plain English): for a service that passes on the words of a `ValueError` it caught."""
    said = problem.args[0] if len(problem.args) == 1 else None
    return said if isinstance(said, str) else str(problem)
