"""The detail pane of the Members page: one member's profile, roles, skills, mentoring,
check-ins and history, in tabs. It shows what it is given and asks the page to act
(`action_requested`), so it never writes anything itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from groupdesk.services.members.detail import MemberDetail
from groupdesk.services.members.sections import MemberTable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.messages import said
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.forms import FALLBACK_LOCALE, WholeLines
from groupdesk.ui.widgets.record_tables import (
    fill_table,
    fit_columns,
    history_headers,
    history_rows,
    record_table,
)
from groupdesk.ui.words import MEMBERS, listed, word


class MemberDetailPane(QTabWidget):
    #: "edit", "delete", "restore", "forget", "role", "skill", "mentor", "checkin",
    #: or "unmerge:<id of the merged record>".
    action_requested = Signal(str)

    def __init__(
        self,
        format_date: Callable[[date], str] = date.isoformat,
        format_moment: Callable[[datetime], str] = datetime.isoformat,
        parent: QWidget | None = None,
        locale: Callable[[], str] = lambda: FALLBACK_LOCALE,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Member details"))
        # Six tabs side by side on a laptop screen: tighter than the default padding.
        self.setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self._format_date, self._format_moment = format_date, format_moment
        #: The group's locale, for the services' sentences in other areas' tabs.
        self._locale = locale
        self.detail: MemberDetail | None = None
        self._build_profile()
        self.roles_table, roles = self._table_tab(
            [self.tr("Role"), self.tr("From"), self.tr("To")], self.tr("Add a &role…"), "role"
        )
        self.skills_table, skills = self._table_tab(
            [self.tr("Skill or interest"), self.tr("Kind"), self.tr("Can teach")],
            self.tr("Add a s&kill…"),
            "skill",
        )
        self.mentoring_table, mentoring = self._table_tab(
            [
                self.tr("Mentor"),
                self.tr("Mentee"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Goals"),
            ],
            self.tr("Start &mentoring…"),
            "mentor",
        )
        self.checkins_table, checkins = self._table_tab(
            [self.tr("On"), self.tr("How"), self.tr("By"), self.tr("Follow up"), self.tr("Note")],
            self.tr("&Log a check-in…"),
            "checkin",
        )
        self.history_table, history = self._table_tab(history_headers(), None, "")
        self._history_tab = history
        #: Other areas' tabs by key (`MemberDetail.tabs`), made when first shown.
        self.area_tables: dict[str, QTableWidget] = {}
        for widget, title in (
            (self.profile_scroll, self.tr("Profile")),
            (roles, self.tr("Roles")),
            (skills, self.tr("Skills")),
            (mentoring, self.tr("Mentoring")),
            (checkins, self.tr("Check-ins")),
            (history, self.tr("History")),
        ):
            self.addTab(widget, title)
            if (table := widget.findChild(QTableWidget)) is not None:
                table.setAccessibleName(title)  # a screen reader names the table by its tab
        self.show_detail(None)

    # --- building ----------------------------------------------------------------------------
    def _build_profile(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.name_label = QLabel()
        self.name_label.setObjectName("cardFigure")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name_label)
        #: What another area says needs doing about this member (things borrowed by someone
        #: who has left), from its tab's `warning`.
        self.warning_label = QLabel()
        self.warning_label.setObjectName("memberWarning")
        set_tone(self.warning_label, "strong-warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Needs doing"))
        self.warning_label.hide()
        layout.addWidget(self.warning_label)
        self.profile_form = QFormLayout()
        layout.addLayout(self.profile_form)
        self.profile_values: dict[str, QLabel] = {}
        for key, label in (
            ("status", self.tr("Status")),
            ("pronouns", self.tr("Pronouns")),
            ("email", self.tr("Email")),
            ("phone", self.tr("Phone")),
            ("address", self.tr("Address")),
            ("languages", self.tr("Languages")),
            ("accessibility_needs", self.tr("Accessibility needs")),
            ("joined_on", self.tr("Joined")),
            ("left_on", self.tr("Left")),
            ("last_seen", self.tr("Last seen")),
            ("consent", self.tr("Consent")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            # A long email cannot wrap: let it be cut at the pane's edge (the tooltip has it
            # whole) rather than push the whole profile sideways out of a narrow pane.
            value.setMinimumWidth(1)
            caption = QLabel(label)
            caption.setBuddy(value)
            self.profile_form.addRow(caption, value)
            self.profile_values[key] = value
        WholeLines(self.profile_form, list(self.profile_values.values()), self)
        self.merged_box = QVBoxLayout()
        layout.addLayout(self.merged_box)
        buttons = QHBoxLayout()
        self.edit_button = self._button(self.tr("&Edit…"), "edit")
        self.edit_button.setObjectName("primary")
        self.delete_button = self._button(self.tr("&Delete"), "delete")
        self.restore_button = self._button(self.tr("Res&tore"), "restore")
        self.forget_button = self._button(self.tr("Forget at their re&quest…"), "forget")
        for button in (self.edit_button, self.delete_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # On a line of its own: it fits a narrow pane, and it stands apart from everyday Edit.
        rare = QHBoxLayout()
        rare.addWidget(self.forget_button)
        rare.addStretch(1)
        layout.addLayout(rare)
        layout.addStretch(1)
        self.profile_scroll = QScrollArea()
        self.profile_scroll.setWidgetResizable(True)
        self.profile_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons
        self.profile_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_scroll.setWidget(body)

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        return button

    def _table_tab(
        self, headers: list[str], button_text: str | None, action: str
    ) -> tuple[QTableWidget, QWidget]:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        layout.addWidget(table)
        if button_text is not None:
            row = QHBoxLayout()
            button = self._button(button_text, action)
            setattr(self, f"{action}_button", button)
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        return table, holder

    # --- showing -----------------------------------------------------------------------------
    def _date(self, value: date | None) -> str:
        return self._format_date(value) if value else ""

    def show_detail(self, detail: MemberDetail | None) -> None:
        """Show a member (None: nobody chosen)."""
        self.detail = detail
        for index in range(self.count()):
            if (tab := self.widget(index)) is not None:
                tab.setEnabled(detail is not None)
        if detail is None:
            self.name_label.setText(self.tr("Choose a member in the list."))
            self.warning_label.hide()
            for value in self.profile_values.values():
                value.clear()
            for table in (
                self.roles_table,
                self.skills_table,
                self.mentoring_table,
                self.checkins_table,
                self.history_table,
                *self.area_tables.values(),
            ):
                table.setRowCount(0)
            self._show_merged(())
            return
        member = detail.member
        self.name_label.setText(member.display_name)
        consents = [
            text
            for kind, text in (
                ("contact", self.tr("may be contacted")),
                ("photo", self.tr("photos")),
                ("roster", self.tr("printed roster")),
            )
            if getattr(member, f"consent_{kind}")
        ]
        values = {
            "status": word(MEMBERS, member.status),
            "pronouns": member.pronouns,
            "email": member.email,
            "phone": member.phone,
            "address": member.address,
            "languages": member.languages,
            "accessibility_needs": member.accessibility_needs,
            "joined_on": self._date(member.joined_on),
            "left_on": self._date(member.left_on),
            "last_seen": self._date(detail.last_seen) or self.tr("not yet"),
            "consent": listed(consents) or self.tr("none given"),
            "notes": member.notes,
        }
        for key, label in self.profile_values.items():
            label.setText(values[key] or "—")
            label.setToolTip(values[key] or "")
        live = member.deleted_at is None and member.erased_at is None
        self.edit_button.setEnabled(live)
        self.delete_button.setVisible(live)
        self.restore_button.setVisible(member.deleted_at is not None and not member.merged_into_id)
        self.forget_button.setEnabled(member.erased_at is None and not member.merged_into_id)
        for action in ("role", "skill", "mentor", "checkin"):
            getattr(self, f"{action}_button").setEnabled(live)
        self._fill(
            self.roles_table,
            [
                (r.role, self._date(r.started_on), self._date(r.ended_on) or self.tr("now"))
                for r in detail.roles
            ],
        )
        self._fill(
            self.skills_table,
            [
                (s.name, word(MEMBERS, s.kind), self.tr("yes") if s.can_teach else "")
                for s in detail.skills
            ],
        )
        self._fill(
            self.mentoring_table,
            [
                (
                    m.mentor_name,
                    m.mentee_name,
                    self._date(m.started_on),
                    self._date(m.ended_on),
                    m.goals or "",
                )
                for m in detail.mentorships
            ],
        )
        self._fill(
            self.checkins_table,
            [
                (
                    self._date(c.checked_on),
                    word(MEMBERS, c.how),
                    c.by_name or "",
                    (
                        self._date(c.follow_up_on)
                        + (self.tr(" (done)") if c.follow_up_done_on else "")
                    )
                    if c.follow_up_on
                    else "",
                    c.note or "",
                )
                for c in detail.checkins
            ],
        )
        self._fill(
            self.history_table,
            history_rows(detail.history, self._format_moment, self._format_date, self._locale()),
        )
        for section in detail.tabs:
            self._show_area_table(section)
        warnings = [
            f"⚠ {said(section.warning, self._locale())}"
            for section in detail.tabs
            if section.warning
        ]
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self._show_merged(detail.merged_from)

    def _show_area_table(self, section: MemberTable) -> None:
        """Another area's tab (before History), made the first time it is shown; an empty one
        says so in a row of its own."""
        table = self.area_tables.get(section.key)
        if table is None:
            headers = [QCoreApplication.translate("MemberTabs", text) for text in section.headers]
            title = QCoreApplication.translate("MemberTabs", section.title)
            table = record_table(headers, title)
            self.area_tables[section.key] = table
            self.insertTab(self.indexOf(self._history_tab), table, title)
        rows = [[said(cell, self._locale()) for cell in row] for row in section.rows] or [
            [QCoreApplication.translate("MemberTabs", section.empty)]
            + [""] * (len(section.headers) - 1)
        ]
        table.clearSpans()
        self._fill(table, rows)
        if not section.rows and table.columnCount() > 1:  # the sentence across the row
            table.setSpan(0, 0, 1, table.columnCount())
            table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for table in self.findChildren(QTableWidget):
            if table.rowCount():
                fit_columns(table, self.width())
                table.resizeRowsToContents()

    def _fill(self, table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
        fill_table(table, rows, self.width())

    def _show_merged(self, merged: Sequence[tuple[str, str, date]]) -> None:
        while (item := self.merged_box.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
        for merged_id, name, on in merged:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(
                QLabel(
                    isolated_once(
                        self.tr("Merged from {name} on {date}").format(
                            name=isolate(name), date=self._date(on)
                        )
                    )
                )
            )
            button = self._button(self.tr("Separate again"), f"unmerge:{merged_id}")
            button.setAccessibleName(self.tr("Separate {name} again").format(name=name))
            line.addWidget(button)
            line.addStretch(1)
            self.merged_box.addWidget(row)
