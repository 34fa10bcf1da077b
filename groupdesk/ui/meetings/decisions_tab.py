"""The Decisions tab: a motion, its counts and rule, with the outcome computed as the counts are
typed and the quorum shown before anything is recorded.

A count that takes the total past those present is refused beside its field, and a vote at an
inquorate meeting waits for the chair's explicit confirmation; the service checks both again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import VOTE_METHODS
from groupdesk.services.meetings.decisions import (
    DecisionData,
    QuorumState,
    decisions_of,
    quorum_state,
    record_decision,
)
from groupdesk.services.meetings.minutes import minutes_to_approve
from groupdesk.services.meetings.occurrences import Occurrence
from groupdesk.services.meetings.outcomes import (
    CHOSEN_OUTCOMES,
    COUNT_FIELDS,
    NAMED_RULES,
    Counts,
    Rule,
    check_counts,
    outcome,
    parse_rule,
)
from groupdesk.services.members.choices import PersonChoice
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.meetings.tab import MeetingTab, show_refusal
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import reworded
from groupdesk.ui.ops import Op, QueryOp
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled
from groupdesk.ui.words import MEETINGS, listed, word


class DecisionsTab(MeetingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.quorum: QuorumState | None = None
        #: Member names by id, for the proxies chosen.
        self.names: dict[str, str] = {}
        self.model: RowsModel[DecisionData] = RowsModel(
            [
                self.tr("Motion"),
                self.tr("For"),
                self.tr("Against"),
                self.tr("Abstained"),
                self.tr("Outcome"),
            ],
            self._describe,
        )
        self.form = form = QFormLayout()
        self.errors = FieldErrors(form)
        self.motion_edit = QLineEdit()
        self.errors.add("motion", self.motion_edit, self.tr("&Motion"))
        self.proposer_picker = MemberPicker(allow_none=self.tr("Nobody named"))
        self.errors.add("proposer_id", self.proposer_picker, self.tr("&Proposed by"))
        self.seconder_picker = MemberPicker(allow_none=self.tr("Nobody named"))
        self.errors.add("seconder_id", self.seconder_picker, self.tr("Seco&nded by"))
        self.method_combo = QComboBox()
        for method in VOTE_METHODS:
            self.method_combo.addItem(word(MEETINGS, method), method)
        self.errors.add("method", self.method_combo, self.tr("&How decided"))
        self.rule_combo = QComboBox()
        self.rule_combo.addItem(
            self.tr("The group's rule ({rule})").format(rule=self._group_rule()), None
        )
        for rule in NAMED_RULES:
            self.rule_combo.addItem(word(MEETINGS, rule), rule)
        self.errors.add("rule", self.rule_combo, self.tr("R&ule"))
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("Decided by the vote below"), None)
        for chosen in CHOSEN_OUTCOMES:
            self.outcome_combo.addItem(word(MEETINGS, chosen).capitalize(), chosen)
        self.outcome_combo.setToolTip(
            self.tr("A withdrawn or deferred motion has no vote; carried or defeated come from it")
        )
        self.errors.add(
            "outcome", self.outcome_combo, self.tr("Result: vote, &withdrawn or deferred")
        )
        self.minutes_combo = QComboBox()
        self.minutes_combo.addItem(self.tr("No: another motion"), None)
        self.minutes_combo.setToolTip(
            self.tr("Approving earlier minutes is a decision that names that meeting")
        )
        self.errors.add(
            "approves_minutes_of", self.minutes_combo, self.tr("Approves the minutes &of")
        )
        labels = {
            "votes_for": self.tr("&For"),
            "votes_against": self.tr("&Against"),
            "abstentions": self.tr("A&bstentions"),
            "stand_asides": self.tr("S&tand-asides"),
            "blocks": self.tr("B&locks"),
        }
        self.count_spins: dict[str, QSpinBox] = {}
        for field in COUNT_FIELDS:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0") * 12)
            self.errors.add(field, spin, labels[field])
            spin.valueChanged.connect(self._check)
            self.count_spins[field] = spin
        #: One entry per proxy vote: the member holding it (who must be present).
        self.proxy_holders: list[str] = []
        self.proxy_picker = MemberPicker(allow_none=self.tr("Choose who holds it"))
        self.errors.add("proxies", self.proxy_picker, self.tr("Pro&xy held by"))
        self.proxy_button = QPushButton(self.tr("Add prox&y vote"))
        self.proxy_button.setAccessibleName(self.tr("Add proxy vote"))
        self.proxy_button.clicked.connect(self.add_proxy)
        self.clear_proxies_button = QPushButton(self.tr("Clear proxies"))
        self.clear_proxies_button.setAccessibleName(self.tr("Clear proxies"))
        self.clear_proxies_button.clicked.connect(self.clear_proxies)
        self.proxies_label = QLabel()
        self.proxies_label.setAccessibleName(self.tr("Proxy votes"))
        self.proxies_label.setWordWrap(True)
        self.proxy_row = QWidget()
        proxy_row = QHBoxLayout(self.proxy_row)
        proxy_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.proxy_button, self.clear_proxies_button):
            widget.setAutoDefault(False)
            proxy_row.addWidget(widget)
        proxy_row.addWidget(self.proxies_label, 1)
        form.addRow("", self.proxy_row)
        self.outcome_label = QLabel()
        self.outcome_label.setAccessibleName(self.tr("Outcome"))
        form.addRow(self.tr("Outcome:"), self.outcome_label)
        self.quorum_label = QLabel(self.tr("Reading who is present…"))
        self.quorum_label.setAccessibleName(self.tr("Quorum"))
        self.quorum_label.setWordWrap(True)
        form.addRow(self.tr("Quorum:"), self.quorum_label)
        self.confirm_check = QCheckBox(
            self.tr("The chair confirms recording this vote without a &quorum")
        )
        self.confirm_check.setAccessibleName(self.confirm_check.text().replace("&", ""))
        self.errors.add("chair_confirmed", self.confirm_check, "")
        self.record_button = QPushButton(self.tr("&Record decision"))
        self.record_button.setAccessibleName(self.tr("Record decision"))
        self.record_button.clicked.connect(self.record)
        form.addRow("", self.record_button)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Decision result"))
        self.view = QTableView()
        show_rows(self.view, self.model, self.tr("Decisions recorded"))
        list_label = QLabel(self.tr("D&ecisions recorded:"))
        list_label.setBuddy(self.view)
        for signal in (
            self.motion_edit.textChanged,
            self.method_combo.currentIndexChanged,
            self.rule_combo.currentIndexChanged,
            self.outcome_combo.currentIndexChanged,
            self.minutes_combo.currentIndexChanged,
            self.confirm_check.toggled,
        ):
            signal.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 1)
        self._check()

    def _group_rule(self) -> str:
        group = self.context.group
        return group.decision_rule if group is not None else "simple majority"

    def set_people(self, people: Sequence[PersonChoice]) -> None:
        self.names = {person.id: person.display_name for person in people}
        for picker in (self.proposer_picker, self.seconder_picker, self.proxy_picker):
            picker.set_people(people)

    def _proxies_allowed(self) -> bool:
        return self.context.group is not None and self.context.group.proxies_allowed

    def add_proxy(self) -> None:
        holder = self.proxy_picker.member_id()
        if holder is not None:
            self.proxy_holders.append(holder)
            self._check()

    def clear_proxies(self) -> None:
        self.proxy_holders.clear()
        self._check()

    def reload(self) -> None:
        """Who is present may have changed on the Attendance tab: read the quorum afresh."""
        key = self.meeting_key
        assert key is not None
        QueryOp(self, lambda job: quorum_state(job.uow(), meeting=key), key="quorum").on_success(
            self._show_quorum
        ).run(self.context)
        QueryOp(self, lambda job: decisions_of(job.uow(), meeting=key), key="decisions").on_success(
            self.model.set_records
        ).run(self.context)
        QueryOp(
            self, lambda job: minutes_to_approve(job.uow(), meeting=key), key="minutes"
        ).on_success(self._show_minutes).run(self.context)

    def _show_minutes(self, meetings: list[Occurrence]) -> None:
        chosen = self.minutes_combo.currentData()
        self.minutes_combo.blockSignals(True)
        while self.minutes_combo.count() > 1:
            self.minutes_combo.removeItem(1)
        for meeting in meetings:
            self.minutes_combo.addItem(
                isolated_once(
                    self.tr("{title}, {day}").format(
                        title=isolate(meeting.title),
                        day=day_text(meeting.starts_at.date(), self.context.locale),
                    )
                ),
                meeting.key,
            )
        self.minutes_combo.setCurrentIndex(max(self.minutes_combo.findData(chosen), 0))
        self.minutes_combo.blockSignals(False)

    def _show_quorum(self, quorum: QuorumState) -> None:
        self.quorum = quorum
        if quorum.needed == 0:
            text = self.tr("{present} present; the group has no quorum rule.")
        elif quorum.met:
            text = self.tr("{present} present of {needed} needed: quorate.")
        else:
            text = self.tr("{present} present of {needed} needed: NOT quorate.")
        self.quorum_label.setText(text.format(present=quorum.present, needed=quorum.needed))
        self._check()

    def _describe(self, decision: DecisionData) -> list[str]:
        if decision.outcome in CHOSEN_OUTCOMES:
            counts: tuple[str, ...] = ("—", "—", "—")
        else:
            counts = tuple(
                str(count)
                for count in (decision.votes_for, decision.votes_against, decision.abstentions)
            )
        return [decision.motion, *counts, word(MEETINGS, decision.outcome)]

    # Checking as typed

    def _counts(self) -> Counts:
        return Counts(**{field: spin.value() for field, spin in self.count_spins.items()})

    def _rule(self) -> Rule:
        chosen = self.rule_combo.currentData()
        if chosen is None and self.method_combo.currentData() == "consensus":
            chosen = "consensus"
        return parse_rule(chosen or self._group_rule())

    def _problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            rule = self._rule()
            if self.quorum is not None:
                check_counts(
                    self._counts(),
                    rule,
                    method=self.method_combo.currentData(),
                    present=self.quorum.present,
                    proxies=len(self.proxy_holders) if self._proxies_allowed() else 0,
                )
        except ValidationError as problem:
            errors.update(reworded(problem, self.context.locale).errors)
        return errors

    def _check(self) -> None:
        consensus = self.method_combo.currentData() == "consensus"
        voted = self.outcome_combo.currentData() is None
        for field, spin in self.count_spins.items():
            # A consensus has stand-asides and blocks; a vote has against and abstentions; a
            # withdrawn or deferred motion has no vote at all.
            shown = voted and (
                field == "votes_for" or (field in ("stand_asides", "blocks")) == consensus
            )
            self.form.setRowVisible(spin, shown)
            if not shown:
                spin.setValue(0)
        for widget in (self.method_combo, self.rule_combo):
            self.form.setRowVisible(widget, voted)
        proxies = voted and self._proxies_allowed()
        self.form.setRowVisible(self.proxy_picker, proxies)
        self.form.setRowVisible(self.proxy_row, proxies)
        self.proxies_label.setText(
            listed(isolate(self.names.get(holder, holder)) for holder in self.proxy_holders)
            or self.tr("No proxy votes")
        )
        problems = self._problems()
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        counts = self._counts()
        try:
            # No count typed yet says nothing (the rules would call it defeated).
            shown = word(MEETINGS, outcome(counts, self._rule())) if counts.total() else "—"
        except ValidationError:
            shown = "—"
        if not voted:
            shown = word(MEETINGS, self.outcome_combo.currentData())
        self.outcome_label.setText(shown)
        quorate = self.quorum is None or self.quorum.met
        self.confirm_check.setEnabled(not quorate)
        reason = next(iter(problems.values()), None)
        if reason is None and self.quorum is None:
            reason = self.tr("Reading who is present…")
        approving = self.minutes_combo.currentData() is not None
        if reason is None and not self.motion_edit.text().strip() and not approving:
            reason = self.tr("Say what the motion is")
        if reason is None and voted and not quorate and not self.confirm_check.isChecked():
            reason = self.tr("Not quorate: the chair must confirm recording this vote")
        explain_disabled(self.record_button, reason)

    # Recording

    def record(self) -> Op[DecisionData] | None:
        key = self.meeting_key
        problems = self._problems()
        if key is None or problems:
            self.errors.show(ValidationError(problems))
            return None
        motion, counts = self.motion_edit.text(), self._counts()
        method, rule = self.method_combo.currentData(), self.rule_combo.currentData()
        proposer, seconder = self.proposer_picker.member_id(), self.seconder_picker.member_id()
        confirmed = self.confirm_check.isChecked()
        chosen, minutes = self.outcome_combo.currentData(), self.minutes_combo.currentData()
        holders = tuple(self.proxy_holders) if self._proxies_allowed() else ()
        return (
            Op(
                self,
                lambda job: record_decision(
                    job.uow(),
                    meeting=key,
                    motion=motion,
                    counts=counts,
                    method=method,
                    rule=rule,
                    proposer_id=proposer,
                    seconder_id=seconder,
                    chair_confirmed=confirmed,
                    chosen_outcome=chosen,
                    approves_minutes_of=minutes,
                    proxy_holders=holders,
                ),
            )
            .on_success(self._recorded)
            .on_failure(self._refused)
            .run(self.context)
        )

    def _recorded(self, decision: DecisionData) -> None:
        self.result_label.setText(
            self.tr("Recorded: {outcome}.").format(outcome=word(MEETINGS, decision.outcome))
        )
        self.motion_edit.clear()
        for spin in self.count_spins.values():
            spin.setValue(0)
        self.confirm_check.setChecked(False)
        self.outcome_combo.setCurrentIndex(0)
        self.minutes_combo.setCurrentIndex(0)
        self.clear_proxies()
        self.reload()

    def _refused(self, error: BaseException) -> None:
        show_refusal(self, self.errors, self.result_label, error)
