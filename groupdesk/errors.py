"""User-facing errors: each carries a plain sentence a volunteer can act on.

Anything that is not a `GroupDeskError` is a bug, shown with details and logged.

The sentence names no command line and no button: the services serve both front ends. What
would fix the error is named by a `Remedy`, which each front end says in its own words (the CLI
as a command to type, see `groupdesk.cli.context.REMEDIES`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple, Self


class Remedy(NamedTuple):
    """What would fix an error: an `action` ("unmerge_member") and what it applies to."""

    action: str
    subject: str = ""


class GroupDeskError(Exception):
    """An error the user can understand and act on; its message is shown as it is."""

    def __init__(self, message: str = "", *, remedy: Remedy | None = None) -> None:
        super().__init__(message)
        self.remedy = remedy

    def reworded(self, say: Callable[[str], str]) -> Self:
        """This error with its sentence put through `say`: how the GUI shows it in the reader's
        language (`groupdesk.messages`); the CLI prints the English."""
        copy = type(self).__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy.args = tuple(say(part) if isinstance(part, str) else part for part in self.args)
        return copy


class ValidationError(GroupDeskError):
    """One or more fields hold bad input; `errors` maps field name to message.

    The GUI shows each message beside its field; the CLI prints one line per field.
    """

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(f"{field}: {message}" for field, message in self.errors.items()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})

    def reworded(self, say: Callable[[str], str]) -> Self:
        copy = super().reworded(say)
        copy.errors = {field: say(message) for field, message in self.errors.items()}
        copy.args = ("; ".join(f"{field}: {message}" for field, message in copy.errors.items()),)
        return copy


class NotFoundError(GroupDeskError):
    """A record named by id does not exist (or was deleted)."""


class SetupError(GroupDeskError):
    """The data folder is not ready for this command (no group yet, or one already)."""


class Cancelled(GroupDeskError):
    """The user cancelled a long operation; nothing was changed."""
