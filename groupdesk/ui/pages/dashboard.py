"""The dashboard: what the group looks like now and what needs attention.

The figure cards are the workspace's own; the lists below them are the areas' (`Area.dashboard`),
drawn here one like another, so this page names no area's services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from groupdesk import registry
from groupdesk.errors import Cancelled
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.dashboard import (
    LINES_SHOWN,
    DashboardItem,
    DashboardList,
    DashboardSummary,
    LineValue,
    dashboard_figures,
    dashboard_list,
)
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats, day_text, moment_text
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.pages.base import Page
from groupdesk.ui.widgets.bidi import direction_mark

if TYPE_CHECKING:
    from groupdesk.services.backup_format import BackupInfo

#: The values of a line that name a person (an action's owner, a borrower, a member).
_PEOPLE = frozenset({"owner", "name"})


def short_date(day: date, locale: str) -> str:
    """A day in the group's date format ('24 Aug 2026', as on every page and in the CLI), kept
    on one line when the sentence around it wraps (a word joiner after each slash of Arabic's
    '2026/11/30', where a line may otherwise break)."""
    return day_text(day, locale).replace(" ", "\u00a0").replace("/", "/\u2060")


class Card(QFrame):
    """A titled box with a big figure and a line of explanation."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.figure = QLabel()
        self.figure.setObjectName("cardFigure")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label in (self.title, self.figure, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def add_button(self, text: str) -> QPushButton:
        """A button under the figure, for the one thing the card asks you to do."""
        button = QPushButton(text)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.count() - 1, row)  # above the stretch
        return button

    def set(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{figure}. {detail}")


class AttentionList(QFrame):
    """A titled list of people who need something, each with a one-click action."""

    MAX_SHOWN = LINES_SHOWN

    def __init__(
        self,
        title: str,
        empty: str,
        more: Callable[[int], str],
        parent: QWidget | None = None,
        *,
        open_more: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self._empty = empty
        #: Says, under a list longer than MAX_SHOWN, how many more lines it has.
        self._more = more
        #: Shows the whole list where it lives (None: the "more" line is only said).
        self._open_more = open_more
        self.more_button: QPushButton | None = None
        self._layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("cardTitle")
        self._layout.addWidget(heading)
        self._rows = QVBoxLayout()
        self._layout.addLayout(self._rows)
        self._layout.addStretch(1)
        self.buttons: list[QPushButton] = []

    def set_items(
        self, items: list[tuple[str, str, Callable[[bool], object]]], total: int | None = None
    ) -> None:
        """`items`: (what to say, the button's text, what the button does when clicked), at
        least the first MAX_SHOWN of the list; `total`: how long the whole list is (default:
        `items` is the whole list)."""
        while (row := self._rows.takeAt(0)) is not None:
            inner = row.layout()
            if inner is not None:
                while (cell := inner.takeAt(0)) is not None:
                    if (widget := cell.widget()) is not None:
                        widget.deleteLater()
            elif (widget := row.widget()) is not None:
                widget.deleteLater()
        self.buttons = []
        self.more_button = None
        if not items:
            self._rows.addWidget(QLabel(self._empty))
        for text, action_text, action in items[: self.MAX_SHOWN]:
            row = QHBoxLayout()
            # Names and days stay inside their own runs of text (isolates), and the line reads
            # in the screens' direction whatever script its first word is in.
            label = QLabel(direction_mark(self) + text)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            button = QPushButton(action_text)
            button.setAccessibleName(f"{action_text}: {text}")
            button.clicked.connect(action)
            self.buttons.append(button)
            row.addWidget(label, 1)
            row.addWidget(button)
            self._rows.addLayout(row)
        hidden = (len(items) if total is None else total) - self.MAX_SHOWN
        if hidden > 0 and self._open_more is not None:
            more = self._open_more
            self.more_button = QPushButton(self._more(hidden))
            self.more_button.setFlat(True)
            self.more_button.setObjectName("link")
            self.more_button.clicked.connect(lambda _checked: more())
            row = QHBoxLayout()
            row.addWidget(self.more_button)
            row.addStretch(1)
            self._rows.addLayout(row)
        elif hidden > 0:
            self._rows.addWidget(QLabel(self._more(hidden)))


class DashboardPage(Page):
    key, title = "dashboard", "Dashboard"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "The dashboard shows what needs attention now: members to check in, meetings coming up,"
        " loans due back and the last backup and sync. Click a line to open that record.",
    )
    # Members for the figures; then every area with a list here.
    areas = frozenset({"settings", "members", "backup", "sync"}) | registry.dashboard_areas()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        layout.addWidget(self.loading_label)
        grid = QGridLayout()
        self.members_card = Card(self.tr("Members"))
        self.new_card = Card(self.tr("New members"))
        self.backup_card = Card(self.tr("Backups"))
        self.backup_button = self.backup_card.add_button(self.tr("&Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(lambda: self.backup_now())
        #: The areas' lists by their key, made as the first summary arrives, in its order.
        self.lists: dict[str, AttentionList] = {}
        self.grid = grid
        self.wide: bool | None = None
        self._arrange(wide=True)
        # The cards scroll rather than make the window taller than a small screen (or than the
        # page, with large text).
        cards = QWidget()
        cards.setObjectName("dashboardCards")
        cards.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cards_area = QScrollArea()
        self.cards_area.setWidget(cards)
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons
        layout.addWidget(self.cards_area, 1)
        self.open_dialog: QDialog | None = None

    def _arrange(self, *, wide: bool) -> None:
        """Three columns, or (large text, narrow window) one card under another: never cut."""
        if wide == self.wide:
            return
        self.wide = wide
        grid = self.grid
        lists = list(self.lists.values())
        for widget in (self.members_card, self.new_card, self.backup_card, *lists):
            grid.removeWidget(widget)
        for index in range(max(grid.rowCount(), grid.columnCount())):
            grid.setColumnStretch(index, 0)
            grid.setRowStretch(index, 0)
        if wide:
            for column, card in enumerate((self.members_card, self.new_card, self.backup_card)):
                grid.addWidget(card, 0, column)
                # Equal columns: the first list of a row (two of them) gets the room its
                # lines need.
                grid.setColumnStretch(column, 1)
            for index, attention in enumerate(lists):
                row, second = 1 + index // 2, index % 2 == 1
                grid.addWidget(attention, row, 2 if second else 0, 1, 1 if second else 2)
                grid.setRowStretch(row, 1)
        else:
            grid.addWidget(self.backup_card, 0, 0)
            for row, attention in enumerate(lists, start=1):
                grid.addWidget(attention, row, 0)
            grid.addWidget(self.members_card, len(lists) + 1, 0)
            grid.addWidget(self.new_card, len(lists) + 2, 0)
            grid.setColumnStretch(0, 1)

    def _fits_wide(self) -> bool:
        spacing = self.grid.horizontalSpacing() * 2
        cards = sum(
            card.minimumSizeHint().width()
            for card in (self.members_card, self.new_card, self.backup_card)
        )
        lists = [attention.minimumSizeHint().width() for attention in self.lists.values()]
        pairs = [sum(lists[index : index + 2]) for index in range(0, len(lists), 2)]
        return max([cards, *pairs]) + spacing <= self.cards_area.viewport().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(wide=self._fits_wide())

    def refresh(self) -> None:
        """The figures first, then each area's list as it is read: at 100,000 members the
        figures take 0.1 s and the lists 4–7 s, which held back the whole page."""
        self.load(
            lambda job: dashboard_figures(job.paths, today=job.today()),
            self.show_figures,
            without_workspace=True,
        )
        self.context.when_open(self._load_lists)

    def _load_lists(self) -> None:
        for card in registry.dashboard_cards():
            self._load_list(card)

    def _load_list(self, card: registry.DashboardCard) -> None:
        def read(job: OpJob) -> DashboardList:
            return dashboard_list(card, job.uow(), today=job.uow().today())

        self.load(read, lambda found: self.show_list(card, found), key=f"list {card.read}")

    def show_figures(self, summary: DashboardSummary) -> None:
        """The figures written the group's way: "79,836 active" in en_GB, "79.836" in es_ES."""
        number = Formats(self.context.locale).number
        self.heading.setText(summary.group_name)
        self.members_card.set(
            self.tr("{n} active").format(n=number(summary.active_members)),
            (
                self.tr("{inactive} inactive, 1 has left")
                if summary.left_members == 1
                else self.tr("{inactive} inactive, {left} have left")
            ).format(inactive=number(summary.inactive_members), left=number(summary.left_members)),
        )
        self.new_card.set(
            number(summary.joined_last_90_days), self.tr("joined in the last 90 days")
        )
        self._show_backups(summary)

    def show_list(self, card: registry.DashboardCard, found: DashboardList) -> None:
        """One area's list, made the first time it arrives (the lists arrive in their cards'
        order: the page's reads run one after another)."""
        attention = self.lists.get(found.key)
        added = attention is None
        if attention is None:
            attention = self.lists[found.key] = self._new_list(found)
        # Only the lines shown are worded: a big group's care list has tens of thousands.
        attention.set_items(
            [
                (self._sentence(item), _translated(item.action), self._opens(card, item))
                for item in found.items[: AttentionList.MAX_SHOWN]
            ],
            total=found.length,
        )
        if added:  # place it
            wide, self.wide = self._fits_wide(), None
            self._arrange(wide=wide)
            attention.show()  # at once, not when the layout next gets round to it

    def _new_list(self, found: DashboardList) -> AttentionList:
        page, view = found.more_page, found.more_view
        return AttentionList(
            _translated(found.title),
            _translated(found.empty),
            lambda hidden: said(found.more.format(n=hidden), self.context.locale),
            open_more=(lambda: self.context.open_view(page, view)) if page else None,
        )

    def _sentence(self, item: DashboardItem) -> str:
        """The line in this language, names kept in their own run, days in the group's format."""
        return isolated_once(
            _translated(item.text).format(
                **{name: self._value_text(name, value) for name, value in item.values}
            )
        )

    def _value_text(self, name: str, value: LineValue) -> str:
        if isinstance(value, date):
            return isolate(short_date(value, self.context.locale))
        if isinstance(value, str) and name in _PEOPLE:
            # A person's name never wraps: split over two lines of a right-to-left line, its
            # halves swapped places with its brackets ("Ана) Send the minutes… (Петрова").
            return isolate(value.replace(" ", "\u00a0"))
        return isolate(value) if isinstance(value, str) else str(value)

    def _opens(self, card: registry.DashboardCard, item: DashboardItem) -> Callable[[bool], object]:
        """A button's clicked slot (which is handed `checked`): the card's own action for the
        line's record, or its page (with the record open) through the main window."""
        if item.action_key:
            return lambda _checked: self.open_action(card, item.action_key, item.record_id)
        return lambda _checked: self.context.open_record(item.page, item.record_id)

    def open_action(self, card: registry.DashboardCard, action: str, record_id: str) -> object:
        """Open what the area does for this line (members: the check-in or mentoring dialog),
        kept in `open_dialog`; saving refreshes the page."""
        return registry.load(card.opens)(self, action, record_id, self._dialog_opened)

    def _dialog_opened(self, dialog: QDialog) -> None:
        self.open_dialog = dialog

    def _show_backups(self, summary: DashboardSummary) -> None:
        """Say honestly where the newest backup is: one on this laptop only is lost with it. The
        figure says it at a glance; the whole sentence is in the tooltip and in Settings."""
        where = summary.backups
        if where is None or where.latest is None:
            figure, detail = self.tr("No backup yet"), self.tr("Make the first one now")
            why = self.tr(
                "A backup on a USB stick or in a cloud folder keeps the group's records safe if "
                "this laptop breaks or is lost."
            )
        else:
            # The moment and the folder in isolates: on an Arabic screen their figures and
            # slashes stay in order.
            when = isolate(moment_text(where.latest.when, self.context.locale))
            detail = self.tr("Last backup: {when}").format(when=when)
            place = isolate(str(where.second_place)) if where.second_place is not None else None
            if where.copied and place is not None:
                figure = self.tr("Backed up")
                why = self.tr("The latest backup is on this laptop and in {place}.").format(
                    place=place
                )
            elif place is not None:
                figure = self.tr("Only on this laptop")
                why = self.tr(
                    "{place} has no copy of the latest backup (is the stick plugged in?)."
                ).format(place=place)
            else:
                figure = self.tr("Only on this laptop")
                why = self.tr(
                    "The latest backup is only on this laptop: choose a USB stick or a cloud "
                    "folder in Settings for a second copy."
                )
        self.backup_card.set(figure, detail)
        self.backup_card.detail.setToolTip(why)
        self.backup_card.setAccessibleDescription(f"{figure}. {detail}. {why}")

    def backup_now(self) -> Op[BackupInfo]:
        """Back up into the data folder's backups, off the GUI thread, from right here."""
        from groupdesk.services import backup  # the ORM: imported once the window is up

        paths = self.context.paths
        destination = paths.backups / backup.default_backup_name(paths.backups)
        self.backup_button.setEnabled(False)

        def work(job: OpJob) -> BackupInfo:
            return backup.write_backup(
                job.workspace.paths, destination, progress=job.progress, cancelled=job.cancelled
            )

        def done(_info: BackupInfo) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()  # Settings hears of it from the Op; this page started it

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            if not isinstance(error, Cancelled):  # the person stopped it: nothing to explain
                show_error(self, error)

        return (
            Op(self, work)
            .with_progress(self.tr("Backing up…"), cancellable=True)
            .changes("backup")
            .on_success(done)
            .on_failure(failed)
            .run(self.context)
        )


def _translated(text: str) -> str:
    """An area's sentence (marked in the "Dashboard" context) in the user's language."""
    return QCoreApplication.translate("Dashboard", text)
