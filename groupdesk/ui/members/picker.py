"""A box to choose a member by typing part of their name (any part, any case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class Person(Protocol):
    """What the picker needs of a member: a `MemberRow`, or a lighter row of a shorter list
    (the owners of actions)."""

    @property
    def id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


class MemberPicker(QComboBox):
    #: Shown for the first time: an owner that reads the people only when a picker is in
    #: sight does it then (80,000 names a read at 100,000 members, 0.3 s).
    needed = Signal()

    def __init__(
        self,
        people: Sequence[Person] = (),
        *,
        allow_none: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._allow_none = allow_none
        #: Each row's member id (None for "nobody"), and each id's first row.
        self._ids: list[str | None] = []
        self._rows: dict[str | None, int] = {}
        self._seen = False
        self.set_people(people)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, people: Sequence[Person]) -> None:
        """The members to choose from (they arrive after the dialog opens), keeping the text.

        The names go in with one `addItems` and the ids stay in a list beside them: an item
        and its id added one call at a time took ~40 ms for 10,000 members on the GUI thread,
        and the Grants page fills four pickers."""
        text, had_choices = self.currentText(), self.count() > 0
        self.clear()
        names = [] if self._allow_none is None else [self._allow_none]
        self._ids = [] if self._allow_none is None else [None]
        names += [person.display_name for person in people]
        self._ids += [person.id for person in people]
        self.addItems(names)
        self._rows = self._places(self._ids)
        if had_choices or text:
            self.setCurrentText(text)
        elif self._allow_none is None:
            self.setCurrentText("")  # nobody chosen until the person types or picks

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._seen:
            self._seen = True
            self.needed.emit()

    def add_person(self, name: str, member_id: str) -> None:
        """One more to choose from (an owner who has since left, shown as they were)."""
        self.addItem(name)
        self._ids.append(member_id)
        self._rows.setdefault(member_id, len(self._ids) - 1)

    def offers(self, member_id: str | None) -> bool:
        return member_id in self._rows

    def offered(self) -> list[str | None]:
        """The ids on offer, in the list's order (None for "nobody")."""
        return list(self._ids)

    def member_id(self) -> str | None:
        """The chosen member's id; None for "nobody" or text that names no one."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self._ids[index] if index >= 0 else None

    def choose(self, member_id: str | None) -> None:
        index = self._rows.get(member_id, -1)
        if index >= 0:
            self.setCurrentIndex(index)

    @staticmethod
    def _places(ids: Sequence[str | None]) -> dict[str | None, int]:
        """Each id's first row."""
        # From the last row to the first, so an id's first row is the one kept.
        return dict(zip(reversed(ids), range(len(ids) - 1, -1, -1), strict=True))
