"""The Resources page's small forms have one base: days that start on the injected clock's
today, money in the group's way, member pickers filled from one read, a kit's parts as ticks,
and checks as the fields are typed (`problems`), shown beside their field while Save says why it
waits.

Each form is a `CareDialog` (the members' small forms): the service is called off the GUI
thread, a refused field shows its message beside it, any other refusal shows under the fields,
nothing is saved and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.money import Money, format_money, parse_money
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.services.resources.records import ItemData
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.members.care_dialogs import CareDialog
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import reworded
from groupdesk.ui.ops import QueryOp
from groupdesk.ui.widgets.forms import explain_disabled, set_text_lines


def part_text(name: str, count: int) -> str:
    """'Speaker ×2', or 'Mixer': a part on a kit's checklist."""
    return f"{name} ×{count}" if count > 1 else name


class ResourceDialog(CareDialog):
    """A resources form: days that start on the injected clock's today, money in the group's
    way, and checks as the fields are typed."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, title, parent)
        self.today = context.workspace.today()
        self.currency = context.group.currency if context.group else "EUR"
        #: Each picker, the member to choose in it, and that member's name (or "").
        self._pickers: list[tuple[MemberPicker, str | None, str]] = []
        #: A kit's parts on the checklist, (part id, its tick); empty for an item that is no kit.
        self.parts: list[tuple[str, QCheckBox]] = []

    def day_field(self, field: str, label: str, day: date | None) -> QLineEdit:
        edit = self.date_field(field, label)
        edit.setText(day.isoformat() if day else "")
        edit.textChanged.connect(self.check)
        return edit

    def money_field(self, field: str, label: str, amount: Money | None) -> QLineEdit:
        edit = QLineEdit(format_money(amount, self.locale_name) if amount else "")
        self.errors.add(field, edit, label)
        return edit

    def read_money(self, field: str, edit: QLineEdit, currency: str) -> Money | None:
        """The amount typed (None when empty); ValidationError on `field`, reworded."""
        if not (text := edit.text().strip()):
            return None
        try:
            return parse_money(text, currency=currency, locale=self.locale_name, field=field)
        except ValidationError as problem:
            raise reworded(problem, self.locale_name) from None

    def person_picker(
        self,
        field: str,
        label: str,
        *,
        none: str | None = None,
        chosen: str | None = None,
        chosen_name: str | None = None,
    ) -> MemberPicker:
        """A member picker, filled with the active members (`chosen` chosen) when they arrive
        from the database (`offer_pickers`, once every field is made). With `chosen_name`, the
        one chosen is there from the start and stays when no longer active (an owner who left),
        so saving never changes a person nobody touched."""
        picker = MemberPicker(allow_none=none)
        self.errors.add(field, picker, label)
        if chosen is not None and chosen_name:
            picker.add_person(chosen_name, chosen)
            picker.choose(chosen)
        self._pickers.append((picker, chosen, chosen_name or ""))
        return picker

    def offer_pickers(self) -> None:
        """Fill every member picker from one read of the active members."""

        def fill(people: Sequence[PersonChoice]) -> None:
            for picker, chosen, name in self._pickers:
                picker.set_people(people)
                if chosen is not None and name and not picker.offers(chosen):
                    picker.add_person(name, chosen)
                if chosen is not None:
                    picker.choose(chosen)

        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(fill).run(
            self.context
        )

    def notes_field(self, field: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        set_text_lines(edit, 2)
        self.errors.add(field, edit, label)
        return edit

    def day_of(self, edit: QLineEdit) -> date | None:
        """The day typed, or None when it is empty or cannot be read (yet)."""
        try:
            return self.parse_date(edit.text()) if edit.text().strip() else None
        except ValueError:
            return None

    def checklist(self, label: str, parts: Sequence[tuple[str, str]]) -> None:
        """A kit's parts as ticks (all ticked), one row under the fields: `parts` is (part id,
        what the tick says). Ticked parts go out or come back with the kit."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        self.parts = []
        for part_id, text in parts:
            tick = QCheckBox(text.replace("&", "&&"))
            tick.setChecked(True)
            tick.setAccessibleName(text)
            box.addWidget(tick)
            self.parts.append((part_id, tick))
        if self.parts:
            self.errors.add("parts", holder, label)
            self.parts[0][1].setAccessibleDescription(label.replace("&", ""))
            self.adjustSize()

    def ticked(self) -> list[str]:
        return [part_id for part_id, tick in self.parts if tick.isChecked()]

    def given_day(self, field: str, edit: QLineEdit) -> date:
        day = self.read_date(field, edit)
        if day is None:
            raise ValidationError.single(field, self.tr("give the day"))
        return day

    def quantity_field(self, item: ItemData) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, 100_000)
        spin.setSuffix(self.tr(" of {count}").format(count=item.quantity))
        self.errors.add("quantity", spin, self.tr("&How many"))
        spin.valueChanged.connect(self.check)
        return spin

    def span_problems(
        self,
        item: ItemData,
        spin: QSpinBox,
        days: tuple[QLineEdit, QLineEdit],
        field: str,
        before: str,
    ) -> dict[str, str]:
        """A quantity beyond the stock, and a last day (`field`) before the first (`before`
        says so, with the first {day}), as typed."""
        first, last = days
        problems: dict[str, str] = {}
        if spin.value() > item.quantity:
            problems["quantity"] = isolated_once(
                self.tr("There are only {count} of {item} in all.").format(
                    count=item.quantity, item=isolate(item.name)
                )
            )
        start, end = self.day_of(first), self.day_of(last)
        if start is not None and end is not None and end < start:
            problems[field] = before.format(day=day_text(start, self.locale_name))
        return problems

    def read_fields(self, *reads: tuple[str, Callable[[], object]]) -> dict[str, object]:
        """Each field's value read (a date, an amount), or every refusal at once, each beside
        its field."""
        values: dict[str, object] = {}
        errors: dict[str, str] = {}
        for field, read in reads:
            try:
                values[field] = read()
            except ValidationError as problem:
                errors |= problem.errors
        if errors:
            raise ValidationError(errors)
        return values

    def problems(self) -> dict[str, str]:
        """What is wrong as typed, by field."""
        return {}

    def check(self) -> None:
        """Show what is wrong beside its field as it is typed, and why Save waits."""
        problems = self.problems()
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        explain_disabled(self.save_button, next(iter(problems.values()), None))

    def submit_checked(self) -> None:
        """Refuse the form before any service is called when a check as typed fails."""
        problems = self.problems()
        if problems:
            raise ValidationError(problems)
