"""Moving a grant along its pipeline: the next state chosen from every state, a move the
pipeline does not allow named beside the choice as it is made (with the moves it does allow),
the amount awarded asked for where an award needs one, and the service checking it all again.

The next allowed state is chosen when a grant is shown, so Move (Alt+M) takes it one step."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from groupdesk.errors import ValidationError
from groupdesk.models.grants import GRANT_STATES, MICRO_GRANT_STATES
from groupdesk.money import Money
from groupdesk.services.grants.pipeline import (
    DECIDING,
    StateChangeRow,
    allowed_moves,
    move_grant,
    move_refusal,
)
from groupdesk.services.undo import Undoable
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.fields import typed_amount
from groupdesk.ui.meetings.tab import show_refusal
from groupdesk.ui.members.picker import MemberPicker, Person
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import GRANTS, word


class MoveBox(QWidget):
    #: The step just made.
    moved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.grant_id: str | None = None
        self.direction, self.state, self.currency = "incoming", "prospect", "GBP"
        self.has_award = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors = FieldErrors(form)
        self.state_combo = QComboBox()
        self.errors.add("state", self.state_combo, self.tr("Move &to"))
        self.awarded_edit = QLineEdit()
        self.awarded_edit.setPlaceholderText(self.tr("as the funder's letter says"))
        self.errors.add("awarded", self.awarded_edit, self.tr("Amount a&warded"))
        #: Who decides a micro-grant (never its applicant: the service says so beside it).
        self.decider_picker = MemberPicker()
        self.errors.add("by_id", self.decider_picker, self.tr("&Decided by"))
        self.move_button = QPushButton(self.tr("&Move"))
        self.move_button.setObjectName("primary")
        self.move_button.setAccessibleName(self.tr("Move the grant"))
        self.move_button.clicked.connect(self.make_move)
        form.addRow("", self.move_button)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Move result"))
        self.result_label.setWordWrap(True)
        form.addRow("", self.result_label)
        self._form = form
        self.state_combo.currentIndexChanged.connect(self._check)
        self.awarded_edit.textChanged.connect(self._check)
        self.decider_picker.currentTextChanged.connect(self._check)
        self._check()  # the rows a grant does not need hidden from the start

    def show_grant(
        self, grant_id: str, *, direction: str, state: str, currency: str, has_award: bool
    ) -> None:
        """Offer every state, the first allowed next one chosen."""
        self.grant_id, self.direction, self.state = grant_id, direction, state
        self.currency, self.has_award = currency, has_award
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        for name in GRANT_STATES if direction == "incoming" else MICRO_GRANT_STATES:
            self.state_combo.addItem(word(GRANTS, name), name)
        allowed = allowed_moves(direction, state)
        self.state_combo.setCurrentIndex(
            self.state_combo.findData(allowed[0] if allowed else state)
        )
        self.state_combo.blockSignals(False)
        self.awarded_edit.clear()
        self.result_label.clear()
        self._check()

    def set_people(self, people: Sequence[Person]) -> None:
        self.decider_picker.set_people(people)

    def _needs_decider(self) -> bool:
        return self.direction == "outgoing" and self.state_combo.currentData() in DECIDING

    def _needs_award(self) -> bool:
        return self.state_combo.currentData() == "awarded" and not self.has_award

    def _awarded(self) -> Money | None:
        """The amount typed (ValidationError beside it if unreadable or below zero)."""
        return typed_amount(
            self.awarded_edit, field="awarded", currency=self.currency, locale=self.context.locale
        )

    def _problems(self) -> dict[str, str]:
        target = self.state_combo.currentData()
        problems: dict[str, str] = {}
        refusal = move_refusal(self.direction, self.state, target) if target else None
        if refusal is not None:
            problems["state"] = said(refusal, self.context.locale)
        try:
            amount = self._awarded()
        except ValidationError as problem:
            problems.update(problem.errors)
        else:
            if amount is None and self._needs_award():
                problems["awarded"] = self.tr("say how much was awarded")
        if self._needs_decider() and self.decider_picker.member_id() is None:
            problems["by_id"] = self.tr("say who decided")
        return problems

    def _check(self) -> None:
        self._form.setRowVisible(self.awarded_edit, self._needs_award())
        self._form.setRowVisible(self.decider_picker, self._needs_decider())
        problems = self._problems()
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        if reason is None and self.grant_id is None:
            reason = self.tr("Choose a grant")
        explain_disabled(self.move_button, reason)

    def make_move(self) -> Op[Undoable[StateChangeRow]] | None:
        """Move the grant to the chosen state (the service checks the move again)."""
        grant_id, target = self.grant_id, self.state_combo.currentData()
        if grant_id is None or target is None:
            return None
        try:
            awarded = self._awarded()
        except ValidationError as problem:
            self.errors.show(problem)
            return None

        by_id = self.decider_picker.member_id() if self._needs_decider() else None

        def write(job: OpJob) -> StateChangeRow:
            return move_grant(
                job.uow(), grant_id=grant_id, to_state=target, awarded=awarded, by_id=by_id
            )

        sentence = self.tr("Moved the grant from {state} to {target}.").format(
            state=word(GRANTS, self.state), target=word(GRANTS, target)
        )
        return (
            Op(self, undoable_work(sentence, write))
            .on_success(self._moved)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )

    def _moved(self, outcome: Undoable[StateChangeRow]) -> None:
        self.context.offer_undo(outcome.undo)
        step = outcome.result
        self.errors.clear()
        self.result_label.setText(
            self.tr("Moved to {state}.").format(state=word(GRANTS, step.to_state))
        )
        self.moved.emit(step)
