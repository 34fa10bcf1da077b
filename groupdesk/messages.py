"""Sentences the services say, kept so that the GUI can say them in the reader's language.

A service never imports Qt, and the CLI prints English, so a service writes its sentence once,
marked for lupdate, with its values named:

    raise ValidationError.single(
        "left_on",
        QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=left_on),
    )

`QT_TRANSLATE_NOOP` (`groupdesk.registry`) gives a `Message`, and its `format` another one. A
`Message` is the English sentence (a `str`: the CLI, logs and every `str()` see English, with
each value as Python writes it, ISO days included), and it remembers its lupdate context, its
English template and its values as they are (a `date`, a `Money`, an `int`). The GUI translates
the template and writes each value the group's way (`groupdesk.ui.messages.said`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self


class Message(str):
    """An English sentence that remembers its context, template and values (module docstring)."""

    context: str
    template: str
    arguments: dict[str, object]

    def __new__(
        cls, context: str, template: str, arguments: Mapping[str, object] | None = None
    ) -> Self:
        values = dict(arguments or {})
        # Without values the template may still hold the {name} a GUI fills in later.
        message = super().__new__(cls, template.format(**values) if values else template)
        message.context, message.template, message.arguments = context, template, values
        return message

    def __getnewargs__(self) -> tuple[str, str, dict[str, object]]:  # type: ignore[override]
        """What copy and pickle rebuild a message from (`dataclasses.asdict` deep-copies)."""
        return self.context, self.template, self.arguments

    def format(self, *args: object, **kwargs: object) -> Message:
        """The sentence with its values, still translatable; values are named, never positional
        (a translation may put them in another order)."""
        if args:
            raise TypeError("a message names its values: {day}, not {}")
        return Message(self.context, self.template, {**self.arguments, **kwargs})


def sentence(problem: BaseException) -> str:
    """The sentence an exception was raised with, a `Message` kept as one (`str(problem)` gives
    plain English): for a service that passes on the words of a `ValueError` it caught."""
    said = problem.args[0] if len(problem.args) == 1 else None
    return said if isinstance(said, str) else str(problem)
