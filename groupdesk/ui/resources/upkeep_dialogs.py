"""Upkeep of an item from its Upkeep tab: log work done (the day, what, its cost, who did it,
and which plan it clears) and plan recurring upkeep (every N months, after N loans).

Both are `ResourceDialog`s: the upkeep service is called off the GUI thread and a refusal shows
beside its field with nothing saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.resources.records import ItemData
from groupdesk.services.resources.upkeep import PlanStatus, UpkeepData, add_plan, log_upkeep
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import OpJob
from groupdesk.ui.resources.resource_dialog import ResourceDialog


class UpkeepDialog(ResourceDialog):
    """Log upkeep done on an item; choosing one of its plans counts that plan from this day."""

    def __init__(
        self,
        context: AppContext,
        *,
        item: ItemData,
        plans: Sequence[PlanStatus] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            isolated_once(self.tr("Log upkeep of {item}").format(item=isolate(item.name))),
            parent,
        )
        self.item = item
        self.done_edit = self.day_field("done_on", self.tr("Done &on"), self.today)
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("new blade, serviced, cleaned…"))
        self.errors.add("what", self.what_edit, self.tr("&What was done"))
        self.cost_edit = self.money_field("cost", self.tr("&Cost"), None)
        self.cost_edit.setPlaceholderText(self.tr("empty: nothing spent"))
        self.cost_edit.textChanged.connect(self.check)
        self.by_picker = self.person_picker(
            "by_id", self.tr("Done b&y"), none=self.tr("(not recorded)")
        )
        self.plan_combo = QComboBox()
        self.plan_combo.addItem(self.tr("(none)"), None)
        for plan in plans:
            self.plan_combo.addItem(plan.what, plan.plan_id)
        self.errors.add("plan_id", self.plan_combo, self.tr("For the &plan"))
        self.offer_pickers()
        self.check()

    def problems(self) -> dict[str, str]:
        try:
            self.read_money("cost", self.cost_edit, self.currency)
        except ValidationError as problem:
            return dict(problem.errors)
        return {}

    def submit(self) -> Callable[[OpJob], UpkeepData]:
        self.submit_checked()
        values = self.read_fields(
            ("done_on", lambda: self.given_day("done_on", self.done_edit)),
            ("cost", lambda: self.read_money("cost", self.cost_edit, self.currency)),
        )
        done_on, cost = values["done_on"], values["cost"]
        assert isinstance(done_on, date) and isinstance(cost, Money | None)
        item_id, what = self.item.id, self.what_edit.text()
        by, plan = self.by_picker.member_id(), self.plan_combo.currentData()
        return lambda job: log_upkeep(
            job.uow(),
            item_id=item_id,
            done_on=done_on,
            what=what,
            cost=cost,
            by_id=by,
            plan_id=plan,
        )


class PlanDialog(ResourceDialog):
    """Plan recurring upkeep of an item: every so many months, after so many loans, or both
    (whichever comes first)."""

    def __init__(
        self, context: AppContext, *, item: ItemData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(self.tr("Plan upkeep of {item}").format(item=isolate(item.name))),
            parent,
        )
        self.item = item
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("service, safety check…"))
        self.errors.add("what", self.what_edit, self.tr("&What"))
        self.months_spin = self._every("every_months", self.tr("Every &months"))
        self.loans_spin = self._every("every_loans", self.tr("After &loans"))
        self.check()

    def _every(self, field: str, label: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, 1000)
        spin.setSpecialValueText(self.tr("—"))  # 0: not counted this way
        self.errors.add(field, spin, label)
        return spin

    def submit(self) -> Callable[[OpJob], str]:
        item_id, what = self.item.id, self.what_edit.text()
        months, loans = self.months_spin.value() or None, self.loans_spin.value() or None
        return lambda job: add_plan(
            job.uow(), item_id=item_id, what=what, every_months=months, every_loans=loans
        )
