"""New item and Edit item: every field of an item the group lends, in one form; and the
parts of a kit.

A `ResourceDialog`, so the records service is called off the GUI thread and a refusal shows
beside its field with nothing saved. Amounts are typed the group's way (`parse_money`) and an
amount that cannot be read is named beside its field as it is typed, so Save says why it waits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from groupdesk.errors import ValidationError
from groupdesk.models.resources import ITEM_CONDITIONS, ITEM_KINDS
from groupdesk.money import Money, format_money
from groupdesk.services.resources.kits import KitPart, remove_part, set_part
from groupdesk.services.resources.records import (
    ExpenseChoice,
    GrantChoice,
    ItemData,
    ItemRow,
    add_item,
    grant_choices,
    list_items,
    update_item,
)
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.resources.resource_dialog import ResourceDialog, part_text
from groupdesk.ui.words import RESOURCES, word


class ItemDialog(ResourceDialog):
    """Add an item (`item` None) or change one; `saved` is the item as stored."""

    def __init__(
        self, context: AppContext, *, item: ItemData | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            isolated_once(self.tr("Edit {item}").format(item=isolate(item.name)))
            if item
            else self.tr("New item")
        )
        super().__init__(context, title, parent)
        self.item = item
        self.name_edit = QLineEdit(item.name if item else "")
        self.errors.add("name", self.name_edit, self.tr("&Name"))
        self.kind_combo = self._choices(
            "kind", self.tr("&Kind"), ITEM_KINDS, item.kind if item else None
        )
        self.description_edit = self.notes_field("description", self.tr("D&escription"))
        self.description_edit.setPlainText(item.description or "" if item else "")
        self.owner_picker = self.person_picker(
            "owner_id",
            self.tr("&Owner"),
            none=self.tr("the group"),
            chosen=item.owner_id if item else None,
            chosen_name=item.owner_name if item else None,
        )
        self.custodian_picker = self.person_picker(
            "custodian_id",
            self.tr("C&ustodian"),
            none=self.tr("(nobody)"),
            chosen=item.custodian_id if item else None,
            chosen_name=item.custodian_name if item else None,
        )
        self.location_edit = QLineEdit(item.location or "" if item else "")
        self.location_edit.setPlaceholderText(self.tr("the shed, Ana's garage…"))
        self.errors.add("location", self.location_edit, self.tr("Kept &at"))
        self.condition_combo = self._choices(
            "condition", self.tr("Con&dition"), ITEM_CONDITIONS, item.condition if item else None
        )
        self.condition_note_edit = QLineEdit(item.condition_note or "" if item else "")
        self.errors.add("condition_note", self.condition_note_edit, self.tr("Condition no&te"))
        self.money_edits: dict[str, QLineEdit] = {}
        for field, label in (
            ("value", self.tr("&Value")),
            ("deposit", self.tr("De&posit")),
            ("late_fee_per_day", self.tr("&Late fee a day")),
        ):
            amount = getattr(item, field) if item else None
            edit = self.money_field(field, label, amount)
            edit.textChanged.connect(self.check)
            self.money_edits[field] = edit
        self.money_edits["value"].setPlaceholderText(self.tr("empty: not known"))
        self.money_edits["deposit"].setPlaceholderText(self.tr("empty: no deposit"))
        self.money_edits["late_fee_per_day"].setPlaceholderText(self.tr("empty: no late fee"))
        self.quantity_spin = self._count(
            "quantity", self.tr("How &many"), 1, item.quantity if item else 1
        )
        self.loan_days_spin = self._count(
            "loan_days", self.tr("Lent &for"), 1, item.loan_days if item else 14
        )
        self.loan_days_spin.setSuffix(self.tr(" days"))
        self.buffer_spin = self._count(
            "buffer_days",
            self.tr("Free days &between bookings"),
            0,
            item.buffer_days if item else 0,
        )
        self.block_check = QCheckBox(self.tr("Not lent while out of serv&ice"))
        self.block_check.setChecked(item.block_when_out_of_service if item else True)
        self.errors.add("block_when_out_of_service", self.block_check, "")
        self.block_check.setAccessibleName(self.tr("Not lent while out of service"))
        self.grant_combo = QComboBox()
        self.grant_combo.addItem(self.tr("(no grant)"), None)
        if item and item.grant_id:  # shown from the start, before the grants arrive
            self.grant_combo.addItem(item.grant_title or item.grant_id, item.grant_id)
            self.grant_combo.setCurrentIndex(1)
        self.errors.add("grant_id", self.grant_combo, self.tr("Bought with &grant"))
        self.expense_combo = QComboBox()
        self.errors.add("grant_expense_id", self.expense_combo, self.tr("Grant e&xpense"))
        #: The grants by id; until they arrive, the item's own, so saving early keeps them.
        self.grants: dict[str, GrantChoice] = {}
        if item and item.grant_id:
            self.grants[item.grant_id] = GrantChoice(
                item.grant_id, item.grant_title or item.grant_id, _own_expense(item)
            )
        self._offer_expenses()
        self.grant_combo.currentIndexChanged.connect(lambda _index: self._offer_expenses())
        QueryOp(self, lambda job: grant_choices(job.uow()), key="grants").on_success(
            self._offer_grants
        ).run(context)
        # Wide enough that parse_money's sentence ('write it like £1,234.56') fits on one line.
        self.setMinimumWidth(560)
        self.offer_pickers()
        self.check()
        self.name_edit.setFocus()

    def _offer_grants(self, grants: Sequence[GrantChoice]) -> None:
        self.grants = {grant.id: grant for grant in grants}
        chosen = self.grant_combo.currentData()
        self.grant_combo.blockSignals(True)
        self.grant_combo.clear()
        self.grant_combo.addItem(self.tr("(no grant)"), None)
        for grant in grants:
            self.grant_combo.addItem(grant.title, grant.id)
        self.grant_combo.setCurrentIndex(max(0, self.grant_combo.findData(chosen)))
        self.grant_combo.blockSignals(False)
        self._offer_expenses()

    def _offer_expenses(self) -> None:
        """The chosen grant's expenses (date, payee, amount), keeping the one chosen before."""
        chosen = self.expense_combo.currentData()
        if chosen is None and self.item is not None:
            chosen = self.item.grant_expense_id
        self.expense_combo.clear()
        self.expense_combo.addItem(self.tr("(no expense)"), None)
        grant = self.grants.get(self.grant_combo.currentData() or "")
        for expense in grant.expenses if grant else ():
            text = isolated_once(
                self.tr("{day}, {payee}, {amount}").format(
                    day=day_text(expense.spent_on, self.locale_name),
                    payee=isolate(expense.payee),
                    amount=format_money(expense.amount, self.locale_name),
                )
            )
            self.expense_combo.addItem(text, expense.id)
        self.expense_combo.setCurrentIndex(max(0, self.expense_combo.findData(chosen)))
        self.expense_combo.setEnabled(self.grant_combo.currentData() is not None)

    def _choices(
        self, field: str, label: str, values: tuple[str, ...], chosen: str | None
    ) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(word(RESOURCES, value), value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.errors.add(field, combo, label)
        return combo

    def _count(self, field: str, label: str, lowest: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lowest, 100_000)
        spin.setValue(value)
        self.errors.add(field, spin, label)
        return spin

    def _amounts(self) -> dict[str, Money | None]:
        """Each amount as typed (None when empty); every unreadable one refused at once."""
        values = self.read_fields(
            *(
                (field, lambda f=field, e=edit: self.read_money(f, e, self.currency))
                for field, edit in self.money_edits.items()
            )
        )
        return {field: value for field, value in values.items() if isinstance(value, Money | None)}

    def problems(self) -> dict[str, str]:
        try:
            self._amounts()
        except ValidationError as problem:
            return dict(problem.errors)
        return {}

    def _person(self, field: str, picker: MemberPicker) -> str | None:
        """The member chosen; text that names nobody is refused rather than read as 'none'."""
        member_id, text = picker.member_id(), picker.currentText()
        if member_id is None and text.strip() and picker.findText(text) < 0:
            raise ValidationError.single(field, self.tr("choose a member from the list"))
        return member_id

    def submit(self) -> Callable[[OpJob], ItemData]:
        self.submit_checked()
        values: dict[str, object] = {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "description": self.description_edit.toPlainText(),
            "location": self.location_edit.text(),
            "condition": self.condition_combo.currentData(),
            "condition_note": self.condition_note_edit.text(),
            "quantity": self.quantity_spin.value(),
            "loan_days": self.loan_days_spin.value(),
            "buffer_days": self.buffer_spin.value(),
            "block_when_out_of_service": self.block_check.isChecked(),
            "grant_id": self.grant_combo.currentData(),
            "grant_expense_id": self.expense_combo.currentData(),
        }
        people = self.read_fields(
            ("owner_id", lambda: self._person("owner_id", self.owner_picker)),
            ("custodian_id", lambda: self._person("custodian_id", self.custodian_picker)),
        )
        values |= people | self._amounts()
        if self.item is None:
            return lambda job: add_item(job.uow(), values=values)
        item_id = self.item.id
        return lambda job: update_item(job.uow(), item_id=item_id, changes=values)


def _own_expense(item: ItemData) -> tuple[ExpenseChoice, ...]:
    if item.grant_expense_id is None or item.expense_on is None or item.expense_amount is None:
        return ()
    expense = ExpenseChoice(
        item.grant_expense_id, item.expense_on, item.expense_payee or "", item.expense_amount
    )
    return (expense,)


class PartDialog(ResourceDialog):
    """Put an item in a kit, change how many of it the kit holds, or take it out (0): lending
    the kit then lends its parts, with the checklist."""

    def __init__(
        self,
        context: AppContext,
        *,
        kit: ItemData,
        parts: Sequence[KitPart],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, isolated_once(self.tr("Parts of {kit}").format(kit=isolate(kit.name))), parent
        )
        self.kit = kit
        self.held = {part.part_id: part.count for part in parts}
        self.part_combo = QComboBox()
        for part in parts:  # the parts it holds first, then every other item when they arrive
            self.part_combo.addItem(
                isolated_once(
                    self.tr("{part} (in the kit)").format(
                        part=isolate(part_text(part.name, part.count))
                    )
                ),
                part.part_id,
            )
        self.errors.add("part", self.part_combo, self.tr("&Part"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 10_000)
        self.count_spin.setSpecialValueText(self.tr("0: take it out of the kit"))
        self.errors.add("count", self.count_spin, self.tr("How &many in the kit"))
        self.part_combo.currentIndexChanged.connect(lambda _index: self._part_chosen())
        QueryOp(self, lambda job: list_items(job.uow()), key="items").on_success(
            self._offer_items
        ).run(context)
        self._part_chosen()
        self.check()

    def _offer_items(self, rows: Sequence[ItemRow]) -> None:
        for row in rows:
            if row.id != self.kit.id and row.id not in self.held:
                self.part_combo.addItem(row.name, row.id)

    def _part_chosen(self) -> None:
        self.count_spin.setValue(self.held.get(self.part_combo.currentData(), 1))

    def submit(self) -> Callable[[OpJob], list[KitPart]]:
        kit_id, part_id, count = self.kit.id, self.part_combo.currentData(), self.count_spin.value()
        if part_id is None:
            raise ValidationError.single("part", self.tr("choose an item from the list"))
        if count == 0 and part_id not in self.held:
            raise ValidationError.single("count", self.tr("say how many of it the kit holds"))
        if count == 0:
            return lambda job: remove_part(job.uow(), kit_id=kit_id, part_id=part_id)
        return lambda job: set_part(job.uow(), kit_id=kit_id, part_id=part_id, count=count)
