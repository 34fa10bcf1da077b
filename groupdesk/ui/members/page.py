"""The Members page: the list (search as you type, filters, sortable columns) beside the chosen
member's details in tabs, and the ways in and out — add, import, export, find duplicates.

Dialogs open without blocking (`open()`), and the page keeps the one it opened in
`active_dialog`, so keyboard users, screen readers and tests all reach the same widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from groupdesk import registry
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.members import checkins, erasure, merge, records
from groupdesk.services.members.detail import MemberDetail, member_detail
from groupdesk.services.members.export import ExportSummary, export_members
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text, moment_text, words_locale
from groupdesk.ui.members.care_dialogs import (
    CheckInDialog,
    MentorshipDialog,
    RoleDialog,
    SkillDialog,
)
from groupdesk.ui.members.detail import MemberDetailPane
from groupdesk.ui.members.duplicates_dialog import DuplicatesDialog
from groupdesk.ui.members.import_wizard import ImportDialog
from groupdesk.ui.members.member_dialog import MemberDialog
from groupdesk.ui.members.member_list import MemberFilters, MembersTable
from groupdesk.ui.members.table_model import MembersTableModel
from groupdesk.ui.messages import worded
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.pages.base import Page
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import ask_yes_no
from groupdesk.ui.widgets.undo_bar import undoable_work


class MembersPage(Page):
    key, title = "members", "Members"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Members lists everyone in the group, with how to reach them, their dues and their "
        "check-ins. Start with Add member, or bring in the list you already keep with Import… "
        "(a CSV file from a spreadsheet).",
    )
    #: And the areas with tabs on a member's detail (what they borrowed, the meetings they
    #: attended), so a loan returned elsewhere shows here.
    areas = frozenset({"members", "settings"}) | frozenset(
        area.key for area in registry.areas() if area.member_tabs
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks before a delete or an erasure; tests pass their own answer.
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.active_dialog: QDialog | None = None
        #: The member to choose when the next list arrives (one just saved elsewhere).
        self._choose_next: str | None = None
        self.model = MembersTableModel(self.format_date)

        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many members are shown"))
        # The title and the buttons side by side, or the buttons on a row of their own when
        # they would not fit the screen beside it (large text on an old laptop).
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        title = QHBoxLayout()
        title.addWidget(heading)
        title.addWidget(self.count_label)
        title.addWidget(self.loading_label)
        title.addStretch(1)
        self.buttons = QGridLayout()
        self.header.addLayout(title, 1)
        self.header.addLayout(self.buttons)
        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.setObjectName("primary")
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self._choose_import_file)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self._choose_export_file)
        self.duplicates_button = QPushButton(self.tr("Find d&uplicates…"))
        self.duplicates_button.clicked.connect(self.open_duplicates_dialog)
        self.roster_button = QPushButton(self.tr("Print &roster…"))
        self.roster_button.setToolTip(
            self.tr("A PDF of the active members who agreed to be listed, to print or share")
        )
        self.roster_button.clicked.connect(lambda: context.open_report("roster"))
        self._header_buttons = (
            self.add_button,
            self.import_button,
            self.export_button,
            self.duplicates_button,
            self.roster_button,
        )
        for button in self._header_buttons:
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self._place_buttons(len(self._header_buttons))

        self.filters = MemberFilters(self.model)
        self.filters.narrowed.connect(self._update_count)
        # The filters' controls by name, as the page's own: tests and shortcuts reach them here.
        self.search_edit, self.deleted_check = self.filters.search_edit, self.filters.deleted_check
        (
            self.status_combo,
            self.role_combo,
            self.skill_combo,
            self.consent_combo,
            self.care_combo,
        ) = self.filters.combos
        self.deleted_check.toggled.connect(self.refresh)

        self.table = MembersTable(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.open_edit_dialog())

        self.detail_pane = MemberDetailPane(
            self.format_date, self.format_moment, locale=lambda: self.context.locale
        )
        self.detail_pane.action_requested.connect(self.act)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 440])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.filters)
        #: Says what is true when the list is empty, and the first thing to do.
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAccessibleName(self.tr("Why the list is empty"))
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        for keys, slot in (
            (QKeySequence.StandardKey.New, self.open_add_dialog),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence(Qt.Key.Key_Delete), lambda: self.act("delete")),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.ensurePolished()
        self._arrange_header()

    def _arrange_header(self) -> None:
        """Buttons beside the title if the screen has room for them at this text size, else
        on a row of their own, else on two rows (large text on an old laptop)."""
        self._place_buttons(len(self._header_buttons))
        self.header.setDirection(QBoxLayout.Direction.LeftToRight)
        self.header.invalidate()
        sidebar_and_margins = 16 * self.fontMetrics().averageCharWidth() + 60
        room = self.screen().availableGeometry().width() - sidebar_and_margins
        if self.header.minimumSize().width() > room:
            self.header.setDirection(QBoxLayout.Direction.TopToBottom)
            if self.buttons.minimumSize().width() > room:
                self._place_buttons((len(self._header_buttons) + 1) // 2)
        self.filters.arrange()

    def _place_buttons(self, per_row: int) -> None:
        for index, button in enumerate(self._header_buttons):
            self.buttons.removeWidget(button)
            self.buttons.addWidget(button, index // per_row, index % per_row)
        self.buttons.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a new text size (Settings, Ctrl+plus)
            # Once the children have their new font too (they hear of it after the page).
            QTimer.singleShot(0, self, self.table.size_columns)
            QTimer.singleShot(0, self, self._arrange_header)

    # --- loading -----------------------------------------------------------------------------
    def format_date(self, day: date) -> str:
        return day_text(day, self.context.locale)

    def format_moment(self, moment: datetime) -> str:
        return moment_text(moment, self.context.locale)

    def refresh(self) -> None:
        """Reload the list (off the GUI thread), keeping the chosen member."""
        chosen = self.current_member_id()
        include_deleted = self.deleted_check.isChecked()

        def read(job: OpJob) -> tuple[list[records.MemberRow], dict[str, frozenset[str]]]:
            uow = job.uow()
            rows = records.list_members(uow, include_deleted=include_deleted)
            return rows, checkins.care_needs(uow, today=uow.today())

        self.load(read, lambda found: self._show_rows(*found, chosen=chosen), key="list")

    def show_view(self, view: str) -> None:
        self.show_needing(view)

    def show_needing(self, need: str) -> None:
        """Show only the members who need `need` ("checkin" or "mentor"), as the dashboard's
        "…and N more" asks."""
        self.care_combo.setCurrentIndex(max(0, self.care_combo.findData(need)))

    def _show_rows(
        self,
        rows: list[records.MemberRow],
        needs: dict[str, frozenset[str]],
        chosen: str | None,
    ) -> None:
        chosen, self._choose_next = self._choose_next or chosen, None
        self.model.set_rows(rows, needs)
        self.filters.refill(rows)
        self._update_count()
        if chosen is None and self.model.rowCount():
            chosen = self.model.row_at(0).id  # show someone rather than an empty pane
        self.select_member(chosen)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        locale = self.context.locale
        if shown != total:
            text = worded(
                self.tr("{shown} of {total} members shown"), locale, shown=shown, total=total
            )
        elif total == 1:
            text = self.tr("1 member")
        else:
            text = worded(self.tr("{total} members"), locale, total=total)
        self.count_label.setText(text)
        self._show_empty_hint(shown, total)

    def _show_empty_hint(self, shown: int, total: int) -> None:
        if total == 0 and not self.deleted_check.isChecked():
            hint = self.tr(
                "Nobody is here yet. Add your first member with Add member (Ctrl+N), or bring "
                "in the list you already keep with Import… (a CSV file from a spreadsheet, "
                "Google Contacts or Outlook)."
            )
        elif shown == 0 and total:
            hint = worded(
                self.tr(
                    "Nobody matches the search and filters. Clear the search or choose 'Any' "
                    "in the filters to see all {total}."
                ),
                self.context.locale,
                total=total,
            )
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    # --- choosing ----------------------------------------------------------------------------
    def current_member_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_member(self, member_id: str | None) -> None:
        row = self.model.row_of(member_id) if member_id else None
        if row is None:
            self.table.clearSelection()
            self.detail_pane.show_detail(None)
            return
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        self._show_current()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_current()

    def _show_current(self) -> None:
        member_id = self.current_member_id()
        if member_id is None:
            self.detail_pane.show_detail(None)
            return
        days_in = words_locale(self.context.locale)  # the other areas' tabs write days too
        self.load(
            lambda job: member_detail(job.uow(), member_id=member_id, days_in=days_in),
            self._show_detail,
            key="detail",
        )

    def _show_detail(self, detail: MemberDetail) -> None:
        if detail.member.id == self.current_member_id():  # not an answer for an older choice
            self.detail_pane.show_detail(detail)

    def open_record(self, record_id: str, record: str = "") -> None:
        """A member (a search hit's): chosen in the table, their detail shown; chosen when the
        list's read arrives if it is still on its way or a filter hides them."""
        if self.model.row_of(record_id) is None:
            self._choose_next = record_id
            self.search_edit.clear()
            self.refresh()
        else:
            self.select_member(record_id)
        self.table.setFocus()

    def print_report(self) -> bool:
        """Ctrl+P: the roster."""
        self.context.open_report("roster")
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- acting ------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()
        return dialog

    def open_add_dialog(self) -> MemberDialog:
        dialog = MemberDialog(self.context, parent=self)
        self._open(dialog, lambda: self._saved(dialog))
        return dialog

    def open_edit_dialog(self) -> MemberDialog | None:
        detail = self.detail_pane.detail
        if detail is None or detail.member.deleted_at or detail.member.erased_at:
            return None
        dialog = MemberDialog(self.context, member=detail.member, parent=self)
        self._open(dialog, lambda: self._saved(dialog))
        return dialog

    def _saved(self, dialog: MemberDialog) -> None:
        if dialog.saved is not None:
            self.status_label.setText(
                isolated_once(
                    self.tr("Saved {name}.").format(name=isolate(dialog.saved.display_name))
                )
            )
            # The save's announcement reloads the list; the saved member is chosen in it.
            self._choose_next = dialog.saved.id

    def act(self, action: str) -> None:
        """Do what the detail pane asked for, on the chosen member."""
        detail = self.detail_pane.detail
        if detail is None:
            return
        member = detail.member
        dialogs = {
            "role": RoleDialog,
            "skill": SkillDialog,
            "mentor": MentorshipDialog,
            "checkin": CheckInDialog,
        }
        if action == "edit":
            self.open_edit_dialog()
        elif action in dialogs:
            dialog = dialogs[action](self.context, member=member, parent=self)
            self._open(dialog, lambda: self.select_member(member.id))
        elif action == "delete" and member.deleted_at is None and member.erased_at is None:
            if self.ask(
                self,
                isolated_once(self.tr("Delete {name}?").format(name=isolate(member.display_name))),
                isolated_once(
                    self.tr(
                        "{name} leaves the list. Their roles, check-ins and history are "
                        "kept, and Show deleted → Restore brings them back."
                    ).format(name=isolate(member.display_name))
                ),
            ):
                deleted = isolated_once(
                    self.tr("Deleted {name}.").format(name=isolate(member.display_name))
                )
                self._do(
                    undoable_work(
                        deleted, lambda job: records.delete_member(job.uow(), member_id=member.id)
                    ),
                    deleted,
                )
        elif action == "restore":
            self._do(
                lambda job: records.restore_member(job.uow(), member_id=member.id),
                isolated_once(
                    self.tr("Restored {name}.").format(name=isolate(member.display_name))
                ),
            )
        elif action == "forget":
            if self.ask(
                self,
                isolated_once(self.tr("Forget {name}?").format(name=isolate(member.display_name))),
                self.tr(
                    "Their name, contact details and notes are blanked for good, here "
                    "and in the history, and on the other laptops after the next "
                    "sync. Counts such as attendance stay right. This cannot be "
                    "undone."
                ),
            ):
                self._do(
                    lambda job: erasure.forget_member(job.uow(), member_id=member.id),
                    self.tr("Forgot a member at their request."),
                )
        elif action.startswith("unmerge:"):
            merged_id = action.split(":", 1)[1]
            self._do(
                lambda job: merge.unmerge_member(job.uow(), member_id=merged_id),
                self.tr("Separated the merged records again."),
            )

    def _do(self, change: Callable[[OpJob], object], done: str) -> Op[object]:
        """Make a change off the GUI thread; on success say so and show the list as it is now."""

        def changed(result: object) -> None:
            if isinstance(result, Undoable):
                self.context.offer_undo(result.undo)
            self.status_label.setText(done)
            self.refresh()  # the other pages hear of it from the Op; this one started it

        return Op(self, change).on_success(changed).run(self.context)

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.open_import_dialog(Path(path))

    def open_import_dialog(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.context, path, parent=self)

        def imported() -> None:
            if dialog.imported is not None:
                count = dialog.imported.imported
                self.status_label.setText(
                    self.tr("Imported 1 member.")
                    if count == 1
                    else worded(
                        self.tr("Imported {count} members."), self.context.locale, count=count
                    )
                )

        self._open(dialog, imported)
        return dialog

    def _choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export members"), "members.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Op[ExportSummary]:
        def done(summary: ExportSummary) -> None:
            count = summary.members
            text = (
                self.tr("Exported 1 member to {path}.")
                if count == 1
                else self.tr("Exported {count} members to {path}.")
            )
            self.status_label.setText(
                worded(text, self.context.locale, count=count, path=str(path))
            )

        return (
            Op(self, lambda job: export_members(job.uow(), path=path))
            .with_progress(self.tr("Exporting…"))
            .on_success(done)
            .run(self.context)
        )

    def open_duplicates_dialog(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.context, parent=self)
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "active_dialog", None))
        dialog.open()
        return dialog
