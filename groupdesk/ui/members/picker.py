"""A box to choose a member by typing part of their name (any part, any case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class Person(Protocol):
    """What the picker needs of a member: a `MemberRow`, or a lighter row of a shorter list
    (the owners of actions)."""

    @property
    def id(self) -> str: ...

    @property
    def display_name(self) -> str: ...


class MemberPicker(QComboBox):
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
        self.set_people(people)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_people(self, people: Sequence[Person]) -> None:
        """The members to choose from (they arrive after the dialog opens), keeping the text."""
        text, had_choices = self.currentText(), self.count() > 0
        self.clear()
        if self._allow_none is not None:
            self.addItem(self._allow_none, None)
        for person in people:
            self.addItem(person.display_name, person.id)
        if had_choices or text:
            self.setCurrentText(text)
        elif self._allow_none is None:
            self.setCurrentText("")  # nobody chosen until the person types or picks

    def member_id(self) -> str | None:
        """The chosen member's id; None for "nobody" or text that names no one."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self.itemData(index) if index >= 0 else None

    def choose(self, member_id: str | None) -> None:
        index = self.findData(member_id)
        if index >= 0:
            self.setCurrentIndex(index)
