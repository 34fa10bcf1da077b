"""The Reports page: pick a report (every area's, from the registry) and what it is for (a
meeting, a grant, a year), make it off the GUI thread with progress, see it here page by page,
then print it, save a copy, or open the folder.

A made report is kept in the data folder's `reports/` (one file per kind, replaced each time,
written to a temporary name first), so the preview and the printer read a whole file; Save as…
copies it where the user wants. Other pages open this one on a report and its subject through
`context.open_report` (the main window answers), never by importing it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from groupdesk import registry
from groupdesk.registry import QT_TRANSLATE_NOOP, ReportEntry
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.pages.base import Page
from groupdesk.ui.reports.pdf_pages import copy_into_place
from groupdesk.ui.reports.preview import PdfPreview, print_pages
from groupdesk.ui.reports.subjects import SubjectChoice, subject_choices
from groupdesk.ui.widgets.flow import FlowLayout
from groupdesk.ui.widgets.forms import ask_save_path, explain_disabled, set_text_lines

#: The subject chooser's label, and what to do when there is nothing to choose, per kind.
SUBJECT_LABELS = {
    "meeting": "&Meeting:",
    "grant": "Gr&ant:",
    "year": "&Year:",
}
NOTHING_TO_CHOOSE = {
    "meeting": "No meetings in the last year or the next four months. Plan one on the "
    "Meetings page, then come back.",
    "grant": "No grants sought yet. Add one on the Grants page, then come back.",
    "year": "No financial years to choose.",
}


def report_title(entry: ReportEntry) -> str:
    """A report's registered title in the screens' language: its name, then after a colon what
    it holds (the areas mark it in the "Reports" context)."""
    return QCoreApplication.translate("Reports", entry.title)


def report_name(entry: ReportEntry) -> str:
    """A report's name in the chooser: its title up to the colon (the rest says what it holds,
    shown under the chooser)."""
    return report_title(entry).split(":", 1)[0]


def takes_narrative(entry: ReportEntry) -> bool:
    """Whether the report prints the group's own words (its writer takes `narrative`)."""
    return "narrative" in _writer_parameters(entry.writer)


@cache
def _writer_parameters(writer: str) -> frozenset[str]:
    return frozenset(inspect.signature(registry.load(writer)).parameters)


class ReportsPage(Page):
    key, title = "reports", "Reports"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Reports makes printable documents from your records: rosters, agendas and minutes, "
        "funder reports and the annual report. Choose a report and what it is about, press Make"
        " report, then print it or save it as a PDF.",
    )
    #: The subjects come from meetings and grants; the paper from the settings.
    areas = frozenset({"meetings", "grants", "settings"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks where to save a copy; tests pass their own answer.
        self.ask_path: Callable[[QWidget, str, str, str], str] = ask_save_path
        self.entries = registry.reports()
        self.active_dialog: QPrintDialog | None = None
        #: The report just made (in the data folder), and where the user last saved a copy.
        self.made: Path | None = None
        self.saved: Path | None = None
        #: The subject to choose when the choices arrive (asked for by another page).
        self._wanted_subject = ""
        self._subjects_kind = ""

        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addWidget(self.loading_label)
        header.addStretch(1)

        self.report_combo = QComboBox()
        for entry in self.entries:
            self.report_combo.addItem(report_name(entry), entry.key)
        self.report_combo.setAccessibleName(self.tr("Report"))
        # As wide as the column gives it, not as its longest name (in Spanish at Very large
        # text the names made the window wider than the screen); each name is whole in the
        # list and in the tooltip.
        self.report_combo.setMinimumContentsLength(16)
        self.report_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.about_label.setAccessibleName(self.tr("What the report holds"))
        self.subject_combo = QComboBox()
        self.subject_combo.setMinimumContentsLength(24)
        self.subject_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subject_label = QLabel()
        self.subject_label.setBuddy(self.subject_combo)
        #: Said when there is nothing to choose: where to add one.
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("Nothing to choose"))
        self.empty_label.hide()
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("Paper"))
        #: The group's own words, for the reports that print them (funder, annual).
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setPlaceholderText(
            self.tr("Optional: what you want the reader to know, in your own words.")
        )
        self.narrative_edit.setAccessibleName(self.tr("In our words"))
        set_text_lines(self.narrative_edit, 5)
        self.narrative_label = self._label(self.tr("In our &words:"), self.narrative_edit)
        self.make_button = QPushButton(self.tr("Ma&ke report"))
        self.make_button.setObjectName("primary")
        self.make_button.setAccessibleName(self.tr("Make report"))
        self.make_button.clicked.connect(self.make_report)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.make_report)
        self.status_label = QLabel(
            self.tr("Choose a report and press Make report (Ctrl+Enter); its pages show here.")
        )
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last result"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Report:"), self.report_combo), self.report_combo)
        form.addRow(self.about_label)
        form.addRow(self.subject_label, self.subject_combo)
        form.addRow(self.empty_label)
        form.addRow(self._label(self.tr("&Paper:"), self.paper_combo), self.paper_combo)
        form.addRow(self.narrative_label, self.narrative_edit)
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.addLayout(form)
        chooser_layout.addWidget(self.make_button)
        chooser_layout.addWidget(self.status_label)
        chooser_layout.addStretch(1)

        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.clicked.connect(self.open_print_dialog)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self._choose_save_path)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        actions = QWidget()  # wraps rather than widening the window (Very large, Spanish)
        flow = FlowLayout(actions)
        for button in (self.print_button, self.save_button, self.folder_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            flow.addWidget(button)
        self.preview = PdfPreview(context)
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.addWidget(actions)
        shown_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(chooser)
        splitter.addWidget(shown)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.report_combo.currentIndexChanged.connect(lambda _index: self._report_chosen())
        self.subject_combo.currentTextChanged.connect(self.subject_combo.setToolTip)  # whole
        self.report_combo.currentTextChanged.connect(self.report_combo.setToolTip)
        self._show_papers()
        self._report_chosen()
        self._update_actions()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # Choosing

    def entry(self) -> ReportEntry:
        return self.entries[max(self.report_combo.currentIndex(), 0)]

    def subject(self) -> str:
        return str(self.subject_combo.currentData() or "")

    def open_report(self, report: str, subject: str = "") -> None:
        """Show `report` chosen, on `subject` (a meeting's key, a grant's id, a year) when
        given: what another page's shortcut asks for ("Print agenda…")."""
        self._wanted_subject = subject
        index = self.report_combo.findData(report)
        if index < 0:
            return
        if index == self.report_combo.currentIndex():
            self._report_chosen()  # reads the choices again, with the one asked for
        else:
            self.report_combo.setCurrentIndex(index)

    def _report_chosen(self) -> None:
        entry = self.entry()
        about = report_title(entry).partition(":")[2].strip()
        self.about_label.setText(about[:1].upper() + about[1:])
        self.about_label.setVisible(bool(about))
        has_subject = entry.subject != "none"
        self.narrative_label.setVisible(takes_narrative(entry))
        self.narrative_edit.setVisible(takes_narrative(entry))
        if entry.subject != self._subjects_kind:
            self.empty_label.hide()
        self.subject_label.setVisible(has_subject)
        self.subject_combo.setVisible(has_subject)
        if has_subject:
            text = self.tr(SUBJECT_LABELS[entry.subject])
            self.subject_label.setText(text)
            self.subject_combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            if entry.subject != self._subjects_kind or self._wanted_subject:
                self._load_subjects()
        self._update_actions()

    def refresh(self) -> None:
        self._show_papers()
        if self.entry().subject != "none":
            self._load_subjects()

    def _load_subjects(self) -> None:
        """Read the choices of the chosen report's kind, keeping the one chosen (or asked for)."""
        kind, wanted, locale = self.entry().subject, self._wanted_subject, self.context.locale
        if kind != self._subjects_kind:
            self.subject_combo.clear()  # never a meeting offered for a grant's report
        self._subjects_kind = kind
        keep = wanted or self.subject()

        def read(job: OpJob) -> list[SubjectChoice]:
            including = wanted if kind == "meeting" else ""
            return subject_choices(job.uow(), kind, locale=locale, including=including)

        self.load(read, lambda found: self._show_subjects(kind, found, keep), key="subjects")

    def _show_subjects(self, kind: str, found: list[SubjectChoice], keep: str = "") -> None:
        if kind != self.entry().subject:
            return  # the report changed while the choices were read
        self._wanted_subject = ""
        self.subject_combo.clear()
        for choice in found:
            self.subject_combo.addItem(choice.label, choice.key)
        index = self.subject_combo.findData(keep)
        self.subject_combo.setCurrentIndex(max(index, 0))
        self.empty_label.setText(self.tr(NOTHING_TO_CHOOSE[kind]))
        self.empty_label.setVisible(not found)
        self._update_actions()

    def _show_papers(self) -> None:
        group = self.context.group
        chosen = self.paper_combo.currentData()
        self.paper_combo.clear()
        self.paper_combo.addItem(
            self.tr("As in Settings ({paper})").format(paper=group.paper_size if group else "A4"),
            None,
        )
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem(self.tr("Letter"), "Letter")
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(chosen), 0))

    def _update_actions(self) -> None:
        entry = self.entry()
        waiting = entry.subject != "none" and not self.subject()
        explain_disabled(
            self.make_button,
            self.tr("Choose what the report is for first") if waiting else None,
        )
        nothing = None if self.made else self.tr("Make a report first")
        for button in (self.print_button, self.save_button):
            explain_disabled(button, nothing)

    # Making

    def make_report(self) -> Op[Any] | None:
        """Write the chosen report into the data folder, off the GUI thread, then preview it."""
        if not self.make_button.isEnabled():
            return None
        entry = self.entry()
        options: dict[str, object] = {"paper_size": self.paper_combo.currentData()}
        if entry.subject == "year":
            options["year"] = int(self.subject())
        elif entry.subject != "none":
            options[entry.subject] = self.subject()
        if takes_narrative(entry):
            options["narrative"] = self.narrative_edit.toPlainText()
        target = self.context.workspace.paths.root / "reports" / f"{entry.key}.pdf"

        def write(job: OpJob) -> Any:
            target.parent.mkdir(parents=True, exist_ok=True)
            writer = registry.load(entry.writer)
            return writer(job.uow(), target, progress=job.progress, **options)

        self.status_label.setText(self.tr("Making the report…"))
        return (
            Op(self, write)
            .with_progress(self.tr("Making {report}…").format(report=report_name(entry)))
            .on_success(self._made)
            .on_failure(self._failed)
            .run(self.context)
        )

    def _made(self, result: Any) -> None:
        self.made = Path(result.path)
        self.status_label.setText(result.sentence)  # with any warning, a line each
        self.preview.show_file(self.made)
        self._update_actions()

    def _failed(self, error: BaseException) -> None:
        from groupdesk.errors import GroupDeskError
        from groupdesk.ui.ops import show_error

        if isinstance(error, GroupDeskError):
            self.status_label.setText(str(error))
        else:
            self.status_label.setText(self.tr("The report could not be made."))
            show_error(self, error)

    # With the made report

    def _choose_save_path(self) -> None:
        if self.made is None:
            return
        folder = (
            self.saved.parent
            if self.saved
            else Path(
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            )
        )
        path = self.ask_path(
            self,
            self.tr("Save the report as"),
            str(folder / self.made.name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, target: Path) -> Op[Path] | None:
        made = self.made
        if made is None:
            return None

        def saved(path: Path) -> None:
            self.saved = path
            self.status_label.setText(self.tr("Saved a copy to {path}.").format(path=path))

        return (
            Op(self, lambda job: copy_into_place(made, target, data_paths=job.workspace.paths))
            .on_success(saved)
            .on_failure(self._failed)
            .run(self.context)
        )

    def open_folder(self) -> None:
        """The folder of the last copy saved, or where made reports are kept."""
        folder = self.saved.parent if self.saved else self.context.workspace.paths.root / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def open_print_dialog(self) -> QPrintDialog | None:
        if self.made is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the report"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # not exec(): the window keeps running, and tests drive the dialog
        return dialog

    def print_to(self, printer: QPrinter) -> Op[int] | None:
        made = self.made
        if made is None:
            return None

        def printed(pages: int) -> None:
            self.status_label.setText(
                self.tr("Sent 1 page to the printer.")
                if pages == 1
                else self.tr("Sent {pages} pages to the printer.").format(pages=pages)
            )

        return (
            Op(self, lambda job: print_pages(printer, made, job))
            .with_progress(self.tr("Printing…"), cancellable=True)
            .on_success(printed)
            .on_failure(self._failed)
            .run(self.context)
        )
