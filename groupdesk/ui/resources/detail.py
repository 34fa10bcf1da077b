"""The item detail of the Resources page: a banner when the item has a clash, then its details
with photos, loans, reservations, upkeep and history, in tabs. It shows what it is given and
asks the page to act (`action_requested`), so it never writes anything itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.money import Money
from groupdesk.services.resources.clashes import Clash
from groupdesk.services.resources.detail import ItemDetail
from groupdesk.services.resources.loans import LoanData
from groupdesk.services.resources.records import ItemData
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.formats import Formats, moment_text, words_locale
from groupdesk.ui.resources.photo_strip import PhotoStrip
from groupdesk.ui.resources.resource_dialog import part_text
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.flow import FlowLayout
from groupdesk.ui.widgets.forms import WholeLines
from groupdesk.ui.widgets.record_tables import (
    fill_table,
    fit_columns,
    history_headers,
    history_rows,
    record_table,
)
from groupdesk.ui.words import RESOURCES, listed, word


class ItemDetailPane(QWidget):
    #: "edit", "parts", "lend", "reserve", "upkeep", "plan", or "return:ID", "extend:ID" (a loan),
    #: "waive:ID" (a loan), "collect:ID", "move:ID", "cancel:ID" (a reservation).
    action_requested = Signal(str)

    def __init__(self, locale: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Item details"))
        self.formats = Formats(locale)
        self.today = today
        self.detail: ItemDetail | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("cardFigure")
        self.name_label.setWordWrap(True)
        self.name_label.setAccessibleName(self.tr("Item"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Where it is now"))
        self.clash_banner = QLabel()
        self.clash_banner.setObjectName("clashBanner")
        self.clash_banner.setWordWrap(True)
        self.clash_banner.setAccessibleName(self.tr("Clash"))
        self.clash_banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the item's record"))
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.loans_table, loans = self._table_tab(
            [
                self.tr("Borrower"),
                self.tr("Out"),
                self.tr("Due"),
                self.tr("Back"),
                self.tr("Deposit and notes"),
            ],
            self.tr("Loans"),
            [
                ("return", self.tr("Re&turn…")),
                ("extend", self.tr("E&xtend…")),
                ("waive", self.tr("Wai&ve late fee…")),
            ],
        )
        self.reservations_table, reservations = self._table_tab(
            [
                self.tr("For"),
                self.tr("From"),
                self.tr("To"),
                self.tr("How many"),
                self.tr("Status and note"),
            ],
            self.tr("Reservations"),
            [
                ("collect", self.tr("&Hand out now…")),
                ("move", self.tr("Mo&ve to other days…")),
                ("cancel", self.tr("Ca&ncel reservation")),
            ],
        )
        self.upkeep_table, upkeep = self._table_tab(
            [self.tr("Done on"), self.tr("By"), self.tr("Cost"), self.tr("What")],
            self.tr("Upkeep"),
            [],
        )
        self.plans_label = QLabel()
        self.plans_label.setWordWrap(True)
        self.plans_label.setAccessibleName(self.tr("Upkeep plans"))
        layout = upkeep.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.plans_label)
        upkeep_buttons = QHBoxLayout()
        self.upkeep_button = self._button(self.tr("&Log upkeep…"), "upkeep")
        self.plan_button = self._button(self.tr("Add &plan…"), "plan")
        upkeep_buttons.addWidget(self.upkeep_button)
        upkeep_buttons.addWidget(self.plan_button)
        upkeep_buttons.addStretch(1)
        layout.addLayout(upkeep_buttons)
        self.history_table, history = self._table_tab(history_headers(), self.tr("History"), [])
        self._history_tab, self._history_shown = history, False
        for widget, title in (
            (loans, self.tr("L&oans")),
            (reservations, self.tr("R&eservations")),
            (upkeep, self.tr("&Upkeep")),
            (history, self.tr("Histor&y")),
        ):
            self.tabs.addTab(widget, title)
        self.tabs.currentChanged.connect(lambda _index: self._show_history())
        self.loans_table.itemSelectionChanged.connect(self._enable_row_buttons)
        self.reservations_table.itemSelectionChanged.connect(self._enable_row_buttons)
        self.loans_table.activated.connect(lambda _index: self._act_on_row("return"))
        self.reservations_table.activated.connect(lambda _index: self._act_on_row("collect"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.name_label)
        outer.addWidget(self.state_label)
        outer.addWidget(self.clash_banner)
        outer.addWidget(self.tabs, 1)
        self.show_detail(None)

    # --- building ----------------------------------------------------------------------------
    def _details_tab(self) -> QScrollArea:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.photo_strip = PhotoStrip()
        layout.addWidget(self.photo_strip)
        self.values_form = QFormLayout()
        layout.addLayout(self.values_form)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("kind", self.tr("Kind")),
            ("description", self.tr("Description")),
            ("location", self.tr("Kept at")),
            ("owner", self.tr("Owner")),
            ("custodian", self.tr("Custodian")),
            ("condition", self.tr("Condition")),
            ("quantity", self.tr("How many")),
            ("loan_days", self.tr("Lent for")),
            ("deposit", self.tr("Deposit")),
            ("late_fee", self.tr("Late fee")),
            ("buffer", self.tr("Free between bookings")),
            ("value", self.tr("Value")),
            ("parts", self.tr("Parts")),
            ("bought_with", self.tr("Bought with")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            value.setMinimumWidth(1)
            caption = QLabel(label)
            caption.setBuddy(value)
            self.values_form.addRow(caption, value)
            self.values[key] = value
        WholeLines(self.values_form, list(self.values.values()), self)
        row = QWidget()
        buttons = FlowLayout(row)  # wraps in a narrow pane, never wider than it
        self.lend_button = self._button(self.tr("&Lend…"), "lend")
        self.lend_button.setObjectName("primary")
        self.reserve_button = self._button(self.tr("&Reserve…"), "reserve")
        buttons.addWidget(self.lend_button)
        buttons.addWidget(self.reserve_button)
        self.edit_button = self._button(self.tr("Edi&t…"), "edit")
        buttons.addWidget(self.edit_button)
        self.parts_button = self._button(self.tr("Kit &parts…"), "parts")
        buttons.addWidget(self.parts_button)
        layout.addWidget(row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        return scroll

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        return button

    def _table_tab(
        self, headers: list[str], name: str, actions: Sequence[tuple[str, str]]
    ) -> tuple[QTableWidget, QWidget]:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        table = record_table(headers, name)
        layout.addWidget(table)
        if actions:
            # A row that wraps: one line of three long buttons set the whole pane's least width
            # and left the item list beside it too little room for names.
            row = QWidget()
            flow = FlowLayout(row)
            for action, text in actions:
                button = QPushButton(text)
                button.setAccessibleName(text.replace("&", "").rstrip("…"))
                button.clicked.connect(lambda _c=False, a=action: self._act_on_row(a))
                setattr(self, f"{action}_button", button)
                flow.addWidget(button)
            layout.addWidget(row)
        return table, holder

    # --- showing -----------------------------------------------------------------------------
    def _money(self, amount: Money | None) -> str:
        return self.formats.money(amount) if amount is not None else ""

    def show_detail(self, detail: ItemDetail | None) -> None:
        """Show an item (None: nothing chosen)."""
        self.detail = detail
        self.tabs.setEnabled(detail is not None)
        if detail is None:
            self.name_label.setText(self.tr("Choose an item in the list."))
            self.state_label.clear()
            self.clash_banner.hide()
            for value in self.values.values():
                value.clear()
            for table in self.findChildren(QTableWidget):
                table.setRowCount(0)
            self.photo_strip.show_photos("", ())
            self._enable_row_buttons()
            return
        item = detail.item
        self.name_label.setText(item.name)
        self._show_state(detail)
        values = {
            "kind": word(RESOURCES, item.kind),
            "description": item.description,
            "location": item.location,
            "owner": item.owner_name or self.tr("the group"),
            "custodian": item.custodian_name,
            "condition": word(RESOURCES, item.condition)
            + (f" — {isolate(item.condition_note)}" if item.condition_note else ""),
            "quantity": str(item.quantity),
            "loan_days": self._days(item.loan_days),
            "deposit": self._money(item.deposit) or self.tr("none"),
            "late_fee": self.tr("{amount} a day").format(amount=self._money(item.late_fee_per_day))
            if item.late_fee_per_day
            else self.tr("none"),
            "buffer": self._days(item.buffer_days) if item.buffer_days else "",
            "value": self._money(item.value),
            "parts": listed(isolate(part_text(part.name, part.count)) for part in detail.parts),
            "bought_with": self._bought_with(item),
        }
        for key, label in self.values.items():
            label.setText(values[key] or "—")
            label.setToolTip(values[key] or "")
        self.photo_strip.show_photos(item.name, detail.photos)
        day = self._short_day
        self._fill(
            self.loans_table,
            [
                (
                    loan.borrower_name + (f" ×{loan.quantity}" if loan.quantity > 1 else ""),
                    day(loan.out_on),
                    day(loan.due_on) + (self.tr(" (overdue)") if loan.overdue else ""),
                    self._back_text(loan, day),
                    "\n".join(
                        text
                        for text in (self._deposit_text(loan), self._loan_condition(loan))
                        if text
                    ),
                )
                for loan in detail.loans
            ],
        )
        self._fill(
            self.reservations_table,
            [
                (
                    booking.who,
                    day(booking.starts_on),
                    day(booking.ends_on),
                    str(booking.quantity),
                    word(RESOURCES, booking.status)
                    + (f" — {booking.note}" if booking.note else ""),
                )
                for booking in detail.reservations
            ],
        )
        self._fill(
            self.upkeep_table,
            [
                (day(entry.done_on), entry.by_name or "", self._money(entry.cost), entry.what)
                for entry in detail.upkeep
            ],
        )
        self.plans_label.setText(
            "\n".join(
                isolated_once(
                    (self.tr("⚠ Due: {what}") if plan.due else self.tr("Planned: {what}")).format(
                        what=isolate(plan.what)
                    )
                )
                + self._every(plan.every_months, plan.every_loans)
                for plan in detail.plans
            )
            or self.tr("No upkeep planned.")
        )
        self._history_shown = False
        self._show_history()
        self._select_first_open()

    def _show_history(self) -> None:
        """Fill the History tab when it is looked at: wording two hundred moments takes longer
        than all the other tabs together."""
        if (
            self.detail is None
            or self._history_shown
            or self.tabs.currentWidget() is not self._history_tab
        ):
            return
        self._history_shown = True
        self._fill(
            self.history_table,
            history_rows(
                self.detail.history,
                lambda moment: moment_text(moment, self.formats.locale),
                self.formats.day,
                self.formats.locale,
            ),
        )

    def _bought_with(self, item: ItemData) -> str:
        """'River fund, expense of 3 May 2026, Hardware store, £42.10' (or just the grant)."""
        if item.grant_title is None or item.expense_on is None or item.expense_amount is None:
            return item.grant_title or ""
        return isolated_once(
            self.tr("{grant}, expense of {day}, {payee}, {amount}").format(
                grant=isolate(item.grant_title),
                day=self.formats.day(item.expense_on),
                payee=isolate(item.expense_payee or ""),
                amount=self._money(item.expense_amount),
            )
        )

    def _short_day(self, day: date) -> str:
        """'4 Dec' this year, '4 Dec 2025' another: the tables are narrow."""
        if day.year != self.today.year:
            return self.formats.day(day)
        from babel.dates import format_skeleton

        return str(format_skeleton("MMMd", day, locale=words_locale(self.formats.locale)))

    def _days(self, count: int) -> str:
        return self.tr("1 day") if count == 1 else self.tr("{count} days").format(count=count)

    def _every(self, months: int | None, loans: int | None) -> str:
        """' (every 6 months)', ' (every month, or after every 10 loans)'."""
        parts = []
        if months:
            parts.append(
                self.tr("every month")
                if months == 1
                else self.tr("every {count} months").format(count=months)
            )
        if loans:
            parts.append(
                self.tr("after every loan")
                if loans == 1
                else self.tr("after every {count} loans").format(count=loans)
            )
        return f" ({self.tr(', or ').join(parts)})" if parts else ""

    def _show_state(self, detail: ItemDetail) -> None:
        item = detail.item
        out = [loan for loan in detail.loans if loan.returned_on is None]
        lines = []
        for loan in out:
            due = self.formats.day(loan.due_on)
            lines.append(
                isolated_once(
                    (
                        self.tr("Overdue: with {who} since {out}, due {due}")
                        if loan.overdue
                        else self.tr("Out with {who} until {due}")
                    ).format(
                        who=isolate(loan.borrower_name), out=self.formats.day(loan.out_on), due=due
                    )
                )
            )
        held = sum(loan.quantity for loan in out)
        if not out:
            lines.append(self.tr("Here, not lent out."))
        elif item.quantity > 1:
            lines.append(
                self.tr("{free} of {count} here.").format(
                    free=max(0, item.quantity - held), count=item.quantity
                )
            )
        self.state_label.setText("\n".join(lines))

    def show_clashes(self, clashes: Sequence[Clash]) -> None:
        """The banner over the item shown, if any of `clashes` (every item's) is about it."""
        own = [c for c in clashes if self.detail is not None and c.item_id == self.detail.item.id]
        if not own:
            self.clash_banner.hide()
            return
        lines = [
            self.tr("⚠ Clash from {day}: {what}").format(
                day=self.formats.day(clash.first_day), what=clash.sentence(self.formats.locale)
            )
            for clash in own
        ]
        if any(not clash.overdue for clash in own):  # an overdue one says whom to chase
            lines.append(
                self.tr(
                    "Both records are kept (two laptops booked it apart) until one ends: take a "
                    "loan back (Return… on the Loans tab) or cancel a reservation."
                )
            )
        self.clash_banner.setText("\n".join(lines))
        self.clash_banner.show()

    def _back_text(self, loan: LoanData, day: Callable[[date], str]) -> str:
        """'10 Apr (1 day late)': a late return is recorded, and said."""
        if loan.returned_on is None:
            return self.tr("not yet")
        if not loan.days_late:
            return day(loan.returned_on)
        late = (
            self.tr("1 day late")
            if loan.days_late == 1
            else self.tr("{count} days late").format(count=loan.days_late)
        )
        return f"{day(loan.returned_on)} ({late})"

    def _deposit_text(self, loan: LoanData) -> str:
        """The deposit (held, given back, or partly kept and why) and any late fee."""
        parts = []
        taken = loan.deposit_taken
        if taken is not None and loan.deposit_kept is not None and loan.deposit_kept.amount > 0:
            parts.append(
                isolated_once(
                    self.tr("{taken}, kept {kept}: {why}").format(
                        taken=self._money(taken),
                        kept=self._money(loan.deposit_kept),
                        why=isolate(loan.kept_reason or ""),
                    )
                )
            )
        elif taken is not None and loan.deposit_returned is not None:
            parts.append(self.tr("{taken}, given back").format(taken=self._money(taken)))
        elif taken is not None:
            parts.append(self.tr("{taken}, held").format(taken=self._money(taken)))
        if loan.fee_charged is not None and loan.fee_charged.amount > 0:
            parts.append(
                self.tr("late fee {fee}, waived").format(fee=self._money(loan.fee_charged))
                if loan.fee_waived_by_id
                else self.tr("late fee {fee}").format(fee=self._money(loan.fee_charged))
            )
        return "\n".join(parts)

    def _loan_condition(self, loan: LoanData) -> str:
        """'Came back needs attention: One leg bent.' and the loan's notes; nothing said when
        it came back as it went out."""
        parts = []
        if loan.condition_in and loan.condition_in != loan.condition_out:
            parts.append(
                self.tr("Came back {condition}").format(
                    condition=word(RESOURCES, loan.condition_in)
                )
            )
        parts += [text.strip() for text in (loan.condition_note, loan.notes) if text]
        # Sentences already end in a full stop: no '.;' between them.
        return " ".join(p if p[-1] in ".!?" else f"{p}." for p in parts)

    def _fill(self, table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
        fill_table(table, rows, self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table in self.findChildren(QTableWidget):
            if table.rowCount():
                fit_columns(table, self.width())
                table.resizeRowsToContents()

    # --- acting on a row ---------------------------------------------------------------------
    def chosen_loan(self) -> LoanData | None:
        row = self.loans_table.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.loans):
            return None
        return self.detail.loans[row]

    def chosen_reservation_id(self) -> str | None:
        row = self.reservations_table.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.reservations):
            return None
        booking = self.detail.reservations[row]
        return booking.id if booking.status == "booked" else None

    def _select_first_open(self) -> None:
        assert self.detail is not None
        for table, open_rows in (
            (self.loans_table, [loan.returned_on is None for loan in self.detail.loans]),
            (
                self.reservations_table,
                [booking.status == "booked" for booking in self.detail.reservations],
            ),
        ):
            if any(open_rows):
                select_row(table, open_rows.index(True))
        self._enable_row_buttons()

    def _enable_row_buttons(self) -> None:
        loan = self.chosen_loan()
        open_loan = loan is not None and loan.returned_on is None
        for button in (self.return_button, self.extend_button):
            button.setEnabled(open_loan)
            button.setToolTip("" if open_loan else self.tr("Choose a loan not yet returned"))
        fee = loan is not None and loan.fee_charged is not None and loan.fee_charged.amount > 0
        waivable = fee and loan is not None and loan.fee_waived_by_id is None
        self.waive_button.setEnabled(waivable)
        self.waive_button.setToolTip("" if waivable else self.tr("Choose a loan with a late fee"))
        booked = self.chosen_reservation_id() is not None
        for button in (self.collect_button, self.move_button, self.cancel_button):
            button.setEnabled(booked)
            button.setToolTip("" if booked else self.tr("Choose a reservation still booked"))

    def _act_on_row(self, action: str) -> None:
        if action == "waive":
            loan = self.chosen_loan()
            if loan is not None:
                self.action_requested.emit(f"waive:{loan.id}")
        elif action in ("return", "extend"):
            loan = self.chosen_loan()
            if loan is not None and loan.returned_on is None:
                self.action_requested.emit(f"{action}:{loan.id}")
        else:
            booking_id = self.chosen_reservation_id()
            if booking_id is not None:
                self.action_requested.emit(f"{action}:{booking_id}")

    return_button: QPushButton
    extend_button: QPushButton
    collect_button: QPushButton
    cancel_button: QPushButton
    waive_button: QPushButton
    move_button: QPushButton
