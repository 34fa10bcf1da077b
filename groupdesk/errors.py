"""User-facing errors: each carries a plain sentence a volunteer can act on.

Anything that is not a `GroupDeskError` is a bug, shown with details and logged.
"""

from __future__ import annotations

from collections.abc import Mapping


class GroupDeskError(Exception):
    """An error the user can understand and act on; its message is shown as it is."""


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


class NotFoundError(GroupDeskError):
    """A record named by id does not exist (or was deleted)."""


class SetupError(GroupDeskError):
    """The data folder is not ready for this command (no group yet, or one already)."""


class Cancelled(GroupDeskError):
    """The user cancelled a long operation; nothing was changed."""
