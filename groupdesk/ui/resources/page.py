"""The Resources page: the group's things in a table (search; kind; available now, out, overdue,
needing upkeep, with a clash), the chosen item's detail beside it, and the week view.

Lending, returning, reserving and extending open small dialogs without blocking (`open()`);
the page keeps the one it opened in `active_dialog`, so keyboard users, screen readers and
tests reach the same widgets. A dialog's write is announced by its own Op, and the page (a
different source) reloads once when it lands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.resources import ITEM_KINDS
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.resources.clashes import Clash, Holding, list_clashes
from groupdesk.services.resources.detail import ItemDetail, item_detail
from groupdesk.services.resources.photos import add_photo, remove_photo
from groupdesk.services.resources.records import (
    ItemData,
    ItemRow,
    ItemsStart,
    first_items,
    list_items,
)
from groupdesk.services.resources.reservations import cancel_reservation
from groupdesk.services.resources.week import week_bookings
from groupdesk.services.thumbnails import check_image
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.messages import worded
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.pages.base import Page
from groupdesk.ui.resources.detail import ItemDetailPane
from groupdesk.ui.resources.item_dialog import ItemDialog, PartDialog
from groupdesk.ui.resources.item_table import ItemTable
from groupdesk.ui.resources.loan_dialogs import ExtendDialog, LendDialog, ReturnDialog
from groupdesk.ui.resources.reserve_dialog import ReserveDialog
from groupdesk.ui.resources.resource_dialog import ResourceDialog
from groupdesk.ui.resources.row_dialogs import MoveDialog, WaiveDialog
from groupdesk.ui.resources.saved_words import SavedWords
from groupdesk.ui.resources.upkeep_dialogs import PlanDialog, UpkeepDialog
from groupdesk.ui.resources.week import WeekView
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.empty_state import EmptyState
from groupdesk.ui.widgets.forms import ask_yes_no, labelled
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import RESOURCES, listed, word

#: The Show filter's choices read by the service, and the views a dashboard line may ask for.
SERVICE_FILTERS = ("available", "out", "overdue", "needs upkeep")
CLASHES = "clashes"
#: The rows shown first while the whole list is read behind them: more than a screen holds.
FIRST_ROWS = 200


class ResourcesPage(Page):
    key, title = "resources", "Resources"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Resources keeps the things the group owns or lends (tools, rooms, equipment) and who "
        "has borrowed them. Start with New item… (Ctrl+N), then lend it to a member and mark it"
        " returned when it comes back.",
    )
    areas = frozenset({"resources", "members", "meetings", "attachments", "settings"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks before cancelling a reservation; tests pass their own answer.
        self.ask: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.active_dialog: QDialog | None = None
        self.formats = Formats(context.locale)
        self.saved_words = SavedWords(self.formats, self)
        self._clashing: frozenset[str] = frozenset()
        #: Every clash in the data, as last read (the banner, the filter, the item's own).
        self.clashes: list[Clash] = []
        #: The week's loans and reservations, as last read.
        self.week_bookings: list[Holding] = []
        self._clashes_wanted = True
        #: The item whose detail is shown (or on its way).
        self._chosen: str | None = None
        #: The item to choose when the next list arrives (one asked for while filtered out).
        self._choose_next: str | None = None
        #: How many items the list holds while only its first rows are in (else None).
        self._listed: int | None = None
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("How many items are shown"))
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addWidget(self.count_label)
        header.addWidget(self.loading_label)
        header.addStretch(1)
        self.new_button = QPushButton(self.tr("New ite&m…"))
        self.new_button.setAccessibleName(self.tr("New item"))
        self.new_button.clicked.connect(self.new_item)
        header.addWidget(self.new_button)
        self.inventory_button = QPushButton(self.tr("Inventor&y…"))
        self.inventory_button.setAccessibleName(self.tr("Inventory report"))
        self.inventory_button.setToolTip(
            self.tr("The printed inventory: items and their value, loans out, upkeep due")
        )
        self.inventory_button.clicked.connect(lambda: context.open_report("resources"))
        header.addWidget(self.inventory_button)

        self.clash_banner = QLabel()
        self.clash_banner.setObjectName("clashBanner")
        self.clash_banner.setWordWrap(True)
        self.clash_banner.setAccessibleName(self.tr("Clashes"))
        self.clash_banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Items or the week"))
        self.tabs.addTab(self._items_tab(), self.tr("&Items"))
        self.week = WeekView(context.locale, context.workspace.today())
        self.week.week_wanted.connect(self.load_week)
        self.week.item_chosen.connect(self.show_item)
        self.tabs.addTab(self.week, self.tr("&Week"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.clash_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        for keys, act in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.New, self.new_item),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(act)

    def _items_tab(self) -> QWidget:
        tab = QWidget()
        filters = QHBoxLayout()
        self.table = ItemTable(self.formats, self.context.workspace.today())
        #: The items read, searched and filtered (the table's model).
        self.items = self.table.items
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search names, places… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.items.set_search)
        self.search_edit.textChanged.connect(lambda _text: self._show_count())
        labelled(self.tr("&Find:"), self.search_edit, filters)
        self.search_edit.setAccessibleName(self.tr("Search items"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Any kind"), None)
        for kind in ITEM_KINDS:
            self.kind_combo.addItem(word(RESOURCES, kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.load_items())
        labelled(self.tr("&Kind:"), self.kind_combo, filters)
        self.show_combo = QComboBox()
        for text, value in (
            (self.tr("Everything"), None),
            (self.tr("Available now"), "available"),
            (self.tr("Out"), "out"),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Needs upkeep"), "needs upkeep"),
            (self.tr("With a clash"), CLASHES),
        ):
            self.show_combo.addItem(text, value)
        self.show_combo.currentIndexChanged.connect(lambda _index: self.load_items())
        labelled(self.tr("&Show:"), self.show_combo, filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail_pane = ItemDetailPane(self.context.locale, self.context.workspace.today())
        self.detail_pane.action_requested.connect(self.act)
        self.detail_pane.photo_strip.photos_wanted.connect(self.add_photos)
        self.detail_pane.photo_strip.remove_wanted.connect(self.remove_photo)
        self.table.activated.connect(lambda _index: self.detail_pane.tabs.setFocus())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_pane)
        # The detail as wide as its tabs, all in sight; the room a wider window adds goes to the
        # list, whose names may be long.
        detail = self.detail_pane
        tabs_width = detail.tabs.tabBar().sizeHint().width()
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, max(tabs_width, detail.minimumSizeHint().width())])
        self.splitter.setChildrenCollapsible(False)
        self.empty_label = EmptyState(
            self.table, self._explain_empty, self.tr("Add the first item…"), self.new_item
        )
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        return tab

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        # The clashes are read after the list and the chosen item's detail (`_show_items`):
        # the database answers one read at a time, and the list is what a person looks at first.
        self._clashes_wanted = True
        self.load_items()
        if self.tabs.currentWidget() is self.week:
            self.load_week(self.week.start)

    def load_items(self) -> None:
        """Read the list as filtered. With nothing chosen to keep in sight (the page just
        opened), its first rows and its count come first, the whole list behind them (at
        100,000 members 30,000 items take a fifth of a second to read)."""
        kind, shown = self.kind_combo.currentData(), self.show_combo.currentData()
        status = shown if shown in SERVICE_FILTERS else None
        self.items.set_filter(lambda row: shown != CLASHES or row.id in self._clashing)
        if status is None and self._chosen is None and self._choose_next is None:
            self.load(
                lambda job: first_items(job.uow(), count=FIRST_ROWS, kind=kind),
                self._show_start,
                key="list",
            )
            return
        self.load(
            lambda job: list_items(job.uow(), kind=kind, status=status),
            self._show_items,
            key="list",
        )

    def load_week(self, start: date) -> None:
        self.load(
            lambda job: (start, week_bookings(job.uow(), start=start)),
            self._show_week,
            key="week",
        )

    def _show_start(self, start: ItemsStart) -> None:
        """The list's first rows: shown, the first chosen, then the rest read (after the
        chosen item's detail and the clashes, which are on screen at once)."""
        self._show_items(start.rows, listed=start.total)
        self.table.fit_stock(start.largest)
        if self._listed is not None:
            kind = self.kind_combo.currentData()
            self.load(lambda job: list_items(job.uow(), kind=kind), self._show_rest, key="list")

    def _show_rest(self, rows: list[ItemRow]) -> None:
        """The whole list, read behind its first rows: the rest added after them (the row
        chosen and the place scrolled to kept), or all shown afresh if the first changed."""
        have = self.items.every_record()
        if rows[: len(have)] != have:
            self._show_items(rows)
            return
        self._listed = None
        self.items.extend(rows[len(have) :])
        self._show_count()
        self._refresh_week()

    def _show_items(self, rows: list[ItemRow], *, listed: int | None = None) -> None:
        """Show `rows`: the whole list, or its first rows of `listed`."""
        chosen, self._choose_next = self._choose_next or self._chosen, None
        if chosen is None and rows:
            chosen = rows[0].id  # a detail to look at from the start, not an empty pane
        self._listed = listed if listed is not None and listed > len(rows) else None
        self.items.set_records(rows)
        self._show_count()
        self.empty_label.loaded()
        self._reselect(chosen)
        if self._clashes_wanted:
            self._clashes_wanted = False
            self.load(lambda job: list_clashes(job.uow()), self._show_clashes, key="clashes")
        self._refresh_week()

    def _refresh_week(self) -> None:
        """The week shown again with the items just read, if it is in sight."""
        if self.tabs.currentWidget() is self.week:
            self.week.show_week(self.week.start, self.items.every_record(), self.week_bookings)

    def _show_week(self, answer: tuple[date, list[Holding]]) -> None:
        start, self.week_bookings = answer
        self.week.show_week(start, self.items.every_record(), self.week_bookings)

    def _show_clashes(self, clashes: list[Clash]) -> None:
        self.clashes = clashes
        self._clashing = frozenset(clash.item_id for clash in clashes)
        self.detail_pane.show_clashes(clashes)
        names = sorted({clash.item_name for clash in clashes}, key=str.casefold)
        self.clash_banner.setText(
            self.tr(
                "⚠ Clashes: {names} lent or booked beyond what there is. Show: With a clash "
                "lists them."
            ).format(names=listed(map(isolate, names)))
        )
        self.clash_banner.setVisible(bool(clashes))
        if self.show_combo.currentData() == CLASHES:
            self.items.set_filter(lambda row: row.id in self._clashing)
            self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.items.records()), len(self.items.every_record())
        if self._listed is not None:  # the first rows only: the list's own count
            shown = total = self._listed
        locale = self.context.locale
        if shown != total:
            text = worded(
                self.tr("{shown} of {total} items shown"), locale, shown=shown, total=total
            )
        elif total == 1:
            text = self.tr("1 item")
        else:
            text = worded(self.tr("{total} items"), locale, total=total)
        self.count_label.setText(text)

    # --- choosing ----------------------------------------------------------------------------
    def current_item_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items.record(rows[0].row()).id if rows else None

    def _reselect(self, item_id: str | None) -> None:
        """Choose `item_id` again in a list just read (its detail read afresh), or nothing."""
        for row, record in enumerate(self.items.records()):
            if record.id == item_id:
                if self.current_item_id() == item_id:
                    self._load_detail(item_id)
                else:
                    select_row(self.table, row)
                self.table.scrollTo(self.items.index(row, 0))
                return
        self._chosen = None
        self.detail_pane.show_detail(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # A list read again clears the selection for a moment: the detail stays until it is
        # chosen again (`_reselect`).
        item_id = self.current_item_id()
        if item_id is not None:
            self._chosen = item_id
            self._load_detail(item_id)

    def _load_detail(self, item_id: str) -> None:
        self.load(
            lambda job: item_detail(job.uow(), item_id=item_id), self._show_detail, key="detail"
        )

    def _show_detail(self, detail: ItemDetail) -> None:
        if detail.item.id == self._chosen:  # not an answer for an older choice
            self.detail_pane.show_detail(detail)
            self.detail_pane.show_clashes(self.clashes)

    def show_item(self, item_id: str) -> None:
        """Choose the item in the list and show it: every item shown if the filters hid it,
        and the list read (again) if it is not in it yet (the page just opened, say)."""
        self.tabs.setCurrentIndex(0)
        if all(row.id != item_id for row in self.items.records()):
            self.search_edit.clear()
            for combo in (self.kind_combo, self.show_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self._choose_next = item_id
            self.load_items()
            return
        self._reselect(item_id)
        self.table.setFocus()

    def open_record(self, record_id: str, record: str = "") -> None:
        """An item (a dashboard line's, or a search hit's: a loan's hit opens its item, whose
        detail lists the loan): chosen in the list, its detail shown."""
        self.show_item(record_id)

    def show_view(self, view: str) -> None:
        """ "available", "out", "overdue", "upkeep" or "clashes": the list shown that way."""
        wanted = "needs upkeep" if view == "upkeep" else view
        index = self.show_combo.findData(wanted)
        if index >= 0:
            self.tabs.setCurrentIndex(0)
            self.show_combo.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.week:
            self.load_week(self.week.start)

    def print_report(self) -> bool:
        """Ctrl+P: the inventory and loans."""
        self.context.open_report("resources")
        return True

    def _explain_empty(self) -> tuple[str, bool]:
        """What the empty list says: how to see hidden items, or what the list is for."""
        if self.items.every_record():
            return (
                self.tr("No item here matches. Choose Everything and Any kind to see them all."),
                False,
            )
        return (
            self.tr(
                "List what the group owns and shares here — tools, rooms, a van, materials — "
                "then lend and book them and keep them in good repair. No items yet (Ctrl+N)."
            ),
            True,
        )

    # --- acting ------------------------------------------------------------------------------
    def new_item(self) -> ItemDialog:
        """Open the form for an item the group has not listed yet."""
        dialog = ItemDialog(self.context, parent=self)
        self._open(dialog)
        return dialog

    def act(self, action: str) -> QDialog | Op[object] | None:
        """Do what the detail pane asked for, on the chosen item."""
        detail = self.detail_pane.detail
        if detail is None:
            return None
        what, _, record_id = action.partition(":")
        if what == "edit":
            return self._open(ItemDialog(self.context, item=detail.item, parent=self))
        if what == "parts":
            parts = self._open(
                PartDialog(self.context, kit=detail.item, parts=detail.parts, parent=self)
            )
            done = isolated_once(
                self.tr("Saved the parts of {kit}.").format(kit=isolate(detail.item.name))
            )
            parts.accepted.connect(lambda: self.status_label.setText(done))
            return parts
        if what == "upkeep":
            upkeep = UpkeepDialog(self.context, item=detail.item, plans=detail.plans, parent=self)
            return self._open(upkeep)
        if what == "plan":
            plan = self._open(PlanDialog(self.context, item=detail.item, parent=self))
            plan.accepted.connect(lambda: self.status_label.setText(self.tr("Upkeep planned.")))
            return plan
        if what == "lend":
            return self._open(LendDialog(self.context, item=detail.item, parent=self))
        if what == "reserve":
            return self._open(ReserveDialog(self.context, item=detail.item, parent=self))
        loan = next((loan for loan in detail.loans if loan.id == record_id), None)
        if what == "return" and loan is not None:
            return self._open(ReturnDialog(self.context, loan=loan, parent=self))
        if what == "extend" and loan is not None:
            return self._open(ExtendDialog(self.context, loan=loan, parent=self))
        if what == "waive" and loan is not None:
            return self._open(WaiveDialog(self.context, loan=loan, parent=self))
        booking = next((b for b in detail.reservations if b.id == record_id), None)
        if what == "collect" and booking is not None:
            dialog = LendDialog(self.context, item=detail.item, reservation=booking, parent=self)
            return self._open(dialog)
        if what == "move" and booking is not None:
            move = self._open(MoveDialog(self.context, booking=booking, parent=self))
            move.accepted.connect(
                lambda: self.status_label.setText(
                    self.tr("Reservation moved: {text}").format(text=self.status_label.text())
                )
            )
            return move
        if what == "cancel" and booking is not None:
            question = isolated_once(
                self.tr("Cancel the reservation of {item} for {who}?").format(
                    item=isolate(detail.item.name), who=isolate(booking.who)
                )
            )
            if not self.ask(self, self.tr("Cancel reservation"), question):
                return None
            cancelled = isolated_once(
                self.tr("Cancelled the reservation of {item} for {who}.").format(
                    item=isolate(detail.item.name), who=isolate(booking.who)
                )
            )
            return self._do(
                undoable_work(
                    cancelled, lambda job: cancel_reservation(job.uow(), reservation_id=booking.id)
                ),
                self.tr("Reservation cancelled: the days are free again."),
            )
        return None

    def add_photos(self, files: Sequence[Path]) -> Op[object] | None:
        """Add pictures to the item shown: every file checked before any is kept, so a file
        that is no picture refuses them all with the check's sentence under the photos."""
        detail = self.detail_pane.detail
        if detail is None:
            return None
        item_id, sources, strip = detail.item.id, list(files), self.detail_pane.photo_strip

        def work(job: OpJob) -> int:
            for source in sources:
                check_image(source)
            for source in sources:
                add_photo(job.uow(), item_id=item_id, source=source)
            return len(sources)

        def refused(error: BaseException) -> None:
            if not isinstance(error, GroupDeskError):
                show_error(self, error)
            elif isinstance(error, ValidationError):
                strip.show_problem(" ".join(error.errors.values()))
            else:
                strip.show_problem(str(error))

        strip.show_problem("")
        count = len(sources)
        done = (
            self.tr("Added 1 photo of {item}.")
            if count == 1
            else self.tr("Added {count} photos of {item}.")
        )
        return self._do(
            work, isolated_once(done.format(count=count, item=isolate(detail.item.name))), refused
        )

    def remove_photo(self, photo_id: str) -> Op[object]:
        self.detail_pane.photo_strip.show_problem("")
        removed = self.tr("Photo removed.")
        return self._do(
            undoable_work(removed, lambda job: remove_photo(job.uow(), photo_id=photo_id)), removed
        )

    def _open(self, dialog: ResourceDialog) -> ResourceDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.saved))
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, result: object) -> None:
        if isinstance(result, ItemData):
            self.show_item(result.id)
        shown = self.detail_pane.detail
        item_name = shown.item.name if shown else ""
        self.status_label.setText(self.saved_words.sentence(result, item_name=item_name))

    def _do(
        self,
        change: Callable[[OpJob], object],
        done: str,
        refused: Callable[[BaseException], None] | None = None,
    ) -> Op[object]:
        """Write off the GUI thread, say `done` and read the page again (`refused`: shows a
        refusal somewhere of its own instead of in a message box)."""

        def changed(result: object) -> None:
            if isinstance(result, Undoable):
                self.context.offer_undo(result.undo)
            self.status_label.setText(done)
            self.refresh()

        op = Op(self, change).on_success(changed)
        return (op.on_failure(refused) if refused else op).run(self.context)
