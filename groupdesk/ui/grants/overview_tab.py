"""A grant's overview: who funds it (or who applied, for a micro-grant), where it is in the
pipeline, the amounts requested and awarded side by side, its days, the person responsible and
restrictions; moving it to its next state, and editing it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from groupdesk.services.grants.records import GrantData, get_grant
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.move_box import MoveBox
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import QueryOp
from groupdesk.ui.widgets.flow import FlowLayout
from groupdesk.ui.words import GRANTS, word


class OverviewTab(GrantTab):
    #: Edit was pressed (the page opens the dialog).
    edit_requested = Signal(str)
    #: Funders… was pressed (the page opens the funders list).
    funders_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.grant: GrantData | None = None
        self.title_label = QLabel()
        self.title_label.setObjectName("cardFigure")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Grant"))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("state", self.tr("State")),
            ("counterpart", self.tr("Funder")),
            ("requested", self.tr("Requested")),
            ("awarded", self.tr("Awarded")),
            ("deadline", self.tr("Application deadline")),
            ("decision_on", self.tr("Decided on")),
            ("period", self.tr("Grant period")),
            ("responsible", self.tr("Responsible")),
            ("funder_reference", self.tr("Funder's reference")),
            ("restrictions", self.tr("Restrictions")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            caption = QLabel(label)
            caption.setBuddy(value)
            form.addRow(caption, value)
            self.values[key] = value
        self.counterpart_caption = form.labelForField(self.values["counterpart"])
        self.move_box = MoveBox(context, self)
        self.move_box.moved.connect(lambda _step: self.reload())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the grant"))
        self.edit_button.clicked.connect(self._edit)
        self.funders_button = QPushButton(self.tr("&Funders…"))
        self.funders_button.setAccessibleName(self.tr("Funders: add or edit one"))
        self.funders_button.clicked.connect(self.funders_requested)
        # No Alt letter: every letter of its name leads somewhere else on the Grants page already.
        self.funder_report_button = QPushButton(self.tr("Funder report…"))
        self.funder_report_button.setAccessibleName(self.tr("Funder report"))
        self.funder_report_button.setToolTip(
            self.tr("Budget against actual, payments, expenses and outcomes, to print or send")
        )
        self.funder_report_button.clicked.connect(self._funder_report)
        row = QWidget()
        buttons = FlowLayout(row)  # wraps in a narrow detail rather than widen it
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.funders_button)
        buttons.addWidget(self.funder_report_button)
        # What shows only with a grant chosen: without one, the heading alone says to choose.
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(self.move_box)
        body.addWidget(row)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.body)
        self._layout.addStretch(1)

    def comfortable_width(self) -> int:
        """Room for the Move row on one line and the form beside it; the buttons below wrap."""
        margins = self._layout.contentsMargins()
        inside = max(self.move_box.sizeHint().width(), self.body.minimumSizeHint().width())
        return inside + margins.left() + margins.right()

    def _edit(self) -> None:
        if self.grant_id is not None:
            self.edit_requested.emit(self.grant_id)

    def _funder_report(self) -> None:
        """The Reports page with this grant's funder report chosen."""
        if self.grant_id is not None:
            self.context.open_report("grant", self.grant_id)

    def set_grant(self, grant_id: str | None) -> None:
        """With none chosen, say so rather than show captions beside nothing."""
        super().set_grant(grant_id)
        self.body.setVisible(grant_id is not None)
        if grant_id is None:
            self.grant = None
            self.title_label.setText(self.tr("Choose a grant in the list."))

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None
        QueryOp(self, lambda job: get_grant(job.uow(), grant_id), key="grant").on_success(
            self.show_grant
        ).run(self.context)

    def show_grant(self, grant: GrantData) -> None:
        if grant.id != self.grant_id:
            return  # another grant (or none) was chosen while this one was read
        self.grant = grant
        day = self.formats.day
        outgoing = grant.direction == "outgoing"
        self.funders_button.setVisible(not outgoing)
        self.funder_report_button.setVisible(not outgoing)
        caption = self.counterpart_caption
        if isinstance(caption, QLabel):
            caption.setText(self.tr("Applicant") if outgoing else self.tr("Funder"))
        period = (
            self.tr("{start} to {end}").format(
                start=day(grant.period_start), end=day(grant.period_end)
            )
            if grant.period_start or grant.period_end
            else ""
        )
        texts = {
            "state": word(GRANTS, grant.state),
            "counterpart": (grant.applicant_name if outgoing else grant.funder_name) or "",
            "requested": self.money(grant.requested),
            "awarded": self.money(grant.awarded),
            "deadline": day(grant.deadline) if grant.deadline else "",
            "decision_on": day(grant.decision_on) if grant.decision_on else "",
            "period": period,
            "responsible": grant.responsible_name or "",
            "funder_reference": grant.funder_reference or "",
            "restrictions": (grant.purpose if outgoing else grant.restrictions) or "",
        }
        for key, label in self.values.items():
            label.setText(texts[key] or "—")
        self.title_label.setText(grant.title)
        self.move_box.show_grant(
            grant.id,
            direction=grant.direction,
            state=grant.state,
            currency=grant.currency,
            has_award=grant.awarded is not None,
        )
        self.edit_button.setVisible(not outgoing)
