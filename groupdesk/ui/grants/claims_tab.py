"""Reimbursements claimed under a grant, and deciding them: the chosen claim approved or refused
(with a reason) by a named member who is not the claimant, then marked paid. A refusal of the
service (a claimant deciding their own claim, a refusal without a reason) shows beside its
field; nothing is saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from groupdesk.services.grants.reimbursements import (
    Reimbursement,
    approve,
    pay,
    refuse,
    reimbursements,
)
from groupdesk.services.members.choices import PersonChoice
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.record_tabs import TablesTab
from groupdesk.ui.meetings.tab import show_refusal
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled
from groupdesk.ui.words import CLAIMS, word


class ReimbursementsTab(TablesTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            (
                (
                    self.tr("&Members paid out of pocket:"),
                    (
                        self.tr("Claimed"),
                        self.tr("By"),
                        self.tr("Amount"),
                        self.tr("State"),
                        self.tr("Approved by"),
                        self.tr("What for"),
                    ),
                ),
            ),
            parent,
        )
        (self.table,) = self.tables
        self.claims: list[Reimbursement] = []
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.decider_picker = MemberPicker()
        self.errors.add("approved_by_id", self.decider_picker, self.tr("&Decided by"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("only to refuse it"))
        self.errors.add("refused_reason", self.reason_edit, self.tr("&Why it is refused"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.refuse_button = QPushButton(self.tr("Re&fuse"))
        self.pay_button = QPushButton(self.tr("Mark paid &today"))
        buttons = QHBoxLayout()
        for button, name, act in (
            (self.approve_button, self.tr("Approve the chosen claim"), self.approve),
            (self.refuse_button, self.tr("Refuse the chosen claim"), self.refuse),
            (self.pay_button, self.tr("Mark the chosen claim paid today"), self.pay),
        ):
            button.setAccessibleName(name)
            button.clicked.connect(act)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Claim result"))
        self.result_label.setWordWrap(True)
        layout = self.layout()
        assert layout is not None
        holder = QWidget()
        column = QFormLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addRow(form)
        column.addRow(buttons)
        column.addRow(self.result_label)
        layout.addWidget(holder)
        self.table.itemSelectionChanged.connect(self._check)
        self.decider_picker.currentTextChanged.connect(self._check)
        self._check()

    def set_people(self, people: Sequence[PersonChoice]) -> None:
        """The members who can decide a claim (read once by the grant detail, for its tabs)."""
        self.decider_picker.set_people(people)

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None
        QueryOp(
            self, lambda job: reimbursements(job.uow(), grant_id=grant_id), key="claims"
        ).on_success(self._show).run(self.context)

    def _show(self, claims: list[Reimbursement]) -> None:
        chosen = self.chosen()
        self.claims = claims
        self.fill(self.table, [describe_claim(claim, self.formats) for claim in claims])
        rows = [n for n, claim in enumerate(claims) if chosen and claim.id == chosen.id]
        if rows:
            select_row(self.table, rows[0])
        self._check()

    def chosen(self) -> Reimbursement | None:
        row = self.table.currentRow() if self.table.selectedItems() else -1
        return self.claims[row] if 0 <= row < len(self.claims) else None

    def _check(self) -> None:
        claim = self.chosen()
        state = claim.state if claim is not None else None
        choose = self.tr("Choose a claim in the list")
        decider = None if self.decider_picker.member_id() else self.tr("Say who decides")
        deciding = (
            (decider if state == "claimed" else self.tr("Only a claim not yet decided"))
            if claim
            else choose
        )
        explain_disabled(self.approve_button, deciding)
        explain_disabled(self.refuse_button, deciding)
        paying = (
            (None if state == "approved" else self.tr("Only an approved claim is paid"))
            if claim
            else choose
        )
        explain_disabled(self.pay_button, paying)

    def approve(self) -> Op[Reimbursement] | None:
        return self._decide(
            lambda job, claim, by: approve(job.uow(), reimbursement_id=claim, by_id=by)
        )

    def refuse(self) -> Op[Reimbursement] | None:
        reason = self.reason_edit.text()
        return self._decide(
            lambda job, claim, by: refuse(
                job.uow(), reimbursement_id=claim, by_id=by, reason=reason
            )
        )

    def pay(self) -> Op[Reimbursement] | None:
        return self._decide(
            lambda job, claim, _by: pay(
                job.uow(), reimbursement_id=claim, paid_on=job.uow().today()
            )
        )

    def _decide(
        self, write: Callable[[OpJob, str, str], Reimbursement]
    ) -> Op[Reimbursement] | None:
        claim, by = self.chosen(), self.decider_picker.member_id() or ""
        if claim is None:
            return None
        self.errors.clear()

        def done(saved: Reimbursement) -> None:
            self.result_label.setText(
                isolated_once(
                    self.tr("{name}'s claim is now {state}.").format(
                        name=isolate(saved.claimant_name), state=word(CLAIMS, saved.state)
                    )
                )
            )
            self.reason_edit.clear()
            self.reload()

        return (
            Op(self, lambda job: write(job, claim.id, by))
            .on_success(done)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )


def describe_claim(claim: Reimbursement, formats: Formats) -> tuple[str, ...]:
    """A reimbursement as a row: claimed when, by whom, how much, where it stands, who
    approved it, and what for (a refusal's reason too)."""
    state = word(CLAIMS, claim.state)
    if claim.state == "paid" and claim.paid_on:
        state = QCoreApplication.translate("GrantRecords", "paid on {day}").format(
            day=formats.day(claim.paid_on)
        )
    what = claim.description or ""
    if claim.state == "refused" and claim.refused_reason:
        what = isolated_once(
            QCoreApplication.translate("GrantRecords", "{what} — refused: {reason}").format(
                what=isolate(what), reason=isolate(claim.refused_reason)
            )
        )
    return (
        formats.day(claim.claimed_on),
        claim.claimant_name,
        formats.money(claim.amount),
        state,
        claim.approved_by_name or "",
        what,
    )
