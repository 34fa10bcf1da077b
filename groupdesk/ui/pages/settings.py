"""Settings: the group's details and logo, and backups (back up now, restore, how many to keep)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupdesk import registry
from groupdesk.errors import Cancelled, GroupDeskError, ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import backup, backup_format, restore, settings
from groupdesk.services.attachments import attachment_path
from groupdesk.services.backup_format import is_sealed
from groupdesk.services.backup_whereabouts import list_backups
from groupdesk.services.output_files import check_output_path
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.services.workspace import Workspace, open_workspace
from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.formats import moment_text, words_locale
from groupdesk.ui.language import LanguageChoice
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.pages.backup_safety import BackupSafetyBox
from groupdesk.ui.pages.base import Page
from groupdesk.ui.style import TEXT_SIZES, set_text_size, text_size
from groupdesk.ui.theme import ThemeChoice
from groupdesk.ui.widgets.forms import FieldErrors, LinedUpForms
from groupdesk.ui.widgets.locale_picker import LocalePicker

COMMON_CURRENCIES = (
    "EUR",
    "GBP",
    "USD",
    "CAD",
    "AUD",
    "NZD",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "INR",
    "KES",
    "NGN",
    "ZAR",
    "BRL",
    "MXN",
    "JPY",
    "CNY",
    "EGP",
    "MAD",
)


class SettingsPage(Page):
    key, title = "settings", "Settings"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Settings holds the group's name, currency, language and paper size, and where backups "
        "go. Check them once when you start, and set a second place for backups so nothing is "
        "lost with one laptop.",
    )
    areas = frozenset({"settings", "backup"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        outer.addWidget(self.loading_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        body = QWidget()
        layout = QVBoxLayout(body)
        self.safety_box = BackupSafetyBox(context)
        #: Each area's own group settings (`Area.settings_box`), under the group's.
        self.area_boxes = [registry.load(box)(context) for box in registry.settings_boxes()]
        for box in (
            self._group_box(),
            *self.area_boxes,
            self._laptop_box(),
            self._backup_box(),
            self.safety_box,
        ):
            box.setMaximumWidth(820)
            # Never squeezed below what it needs (the logo row was cut in two): the page
            # scrolls instead.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(box)
        layout.addStretch(1)
        LinedUpForms(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.last_op: Op[object] | None = None

    # --- the group ---------------------------------------------------------------------------
    def _group_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Our group"))
        form = QFormLayout(box)
        self.errors = FieldErrors(form, locale=lambda: self.context.locale)
        self.name_edit = QLineEdit()
        self.errors.add("name", self.name_edit, self.tr("&Name"))
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.errors.add("currency", self.currency_combo, self.tr("&Currency"))
        self.locale_edit = LocalePicker()
        self.locale_edit.setToolTip(
            self.tr("How dates, numbers and money are written. Type to search, or type a code.")
        )
        self.errors.add("locale", self.locale_edit, self.tr("&Language and region"))
        self.paper_combo = QComboBox()
        names = {"A4": self.tr("A4"), "Letter": self.tr("Letter")}
        for paper in settings.PAPER_SIZES:
            self.paper_combo.addItem(names.get(paper, paper), paper)
        self.errors.add("paper_size", self.paper_combo, self.tr("&Paper size"))
        self.year_start_edit = QLineEdit()
        self.year_start_edit.setPlaceholderText(self.tr("MM-DD, e.g. 04-01"))
        self.errors.add(
            "financial_year_start", self.year_start_edit, self.tr("&Financial year starts")
        )
        # "04-06" is 6 April to some and 4 June to others: say it in words as it is typed.
        self.year_start_words = QLabel()
        self.year_start_words.setObjectName("yearStartWords")
        self.year_start_words.setAccessibleName(self.tr("Financial year in words"))
        self.year_start_words.setWordWrap(True)  # whole at a large text size
        form.addRow("", self.year_start_words)
        self.year_start_edit.textChanged.connect(self._say_year_start)
        self.locale_edit.currentTextChanged.connect(self._say_year_start)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.errors.add("not_seen_weeks", self.weeks_spin, self.tr("Flag members not seen for"))
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)  # in line with the fields above
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedHeight(64)
        self.logo_button = QPushButton(self.tr("Choose l&ogo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        logo_holder = QWidget()
        logo_holder.setLayout(logo_row)
        self.errors.add("logo", logo_holder, self.tr("Logo"))
        logo_label = form.labelForField(logo_holder)
        if isinstance(logo_label, QLabel):
            logo_label.setBuddy(self.logo_button)  # a label leads to something that takes focus
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save result"))
        form.addRow(self.save_button, self.saved_label)
        return box

    def refresh(self) -> None:
        def read(job: OpJob) -> tuple[settings.GroupSettingsData, Path | None, int]:
            group = settings.get_settings(job.uow())
            return (
                group,
                _logo_file(job, group.logo_attachment_id),
                backup.backups_to_keep(job.workspace.paths),
            )

        self.load(read, lambda answer: self._show(*answer))
        self._list_backups()
        for box in self.area_boxes:
            box.refresh()

    def _show(self, group: settings.GroupSettingsData, logo: Path | None, keep: int) -> None:
        self.name_edit.setText(group.name)
        self.currency_combo.setCurrentText(group.currency)
        self.locale_edit.setText(group.locale)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(group.paper_size))
        self.year_start_edit.setText(group.financial_year_start)
        self.weeks_spin.setValue(group.not_seen_weeks)
        self._show_logo(group.logo_attachment_id, logo)
        self.errors.clear()
        self.keep_spin.blockSignals(True)
        self.keep_spin.setValue(keep)
        self.keep_spin.blockSignals(False)
        self._show_text_size()

    def _say_year_start(self, *_: object) -> None:
        from datetime import date, timedelta

        from babel import UnknownLocaleError
        from babel.dates import format_date

        try:
            month, day = settings.parse_financial_year_start(self.year_start_edit.text())
        except ValidationError:
            self.year_start_words.clear()
            return
        start = date(2023, month, day)  # any year that is not a leap year
        end = start - timedelta(days=1)
        locale = self.locale_edit.text() or "en_GB"
        try:  # the months in the screens' language, as every day the GUI shows
            words = words_locale(locale)
            first, last = (format_date(d, "d MMMM", locale=words) for d in (start, end))
        except (ValueError, LookupError, UnknownLocaleError):  # being typed: "zz_ZZ", "e!"
            first, last = (format_date(d, "d MMMM", locale="en_GB") for d in (start, end))
        # Each day in an isolate: on an Arabic screen "6 April" would show as "April 6".
        self.year_start_words.setText(
            isolated_once(
                self.tr("The financial year runs from {first} to {last}.").format(
                    first=isolate(first), last=isolate(last)
                )
            )
        )

    def _show_logo(self, attachment_id: str | None, logo: Path | None) -> None:
        if attachment_id is None:
            self.logo_preview.setText(self.tr("No logo"))
            return
        pixmap = QPixmap(str(logo)) if logo is not None else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setText(self.tr("Logo not arrived yet"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation)
            )

    def save(self) -> bool:
        """Save the form off the GUI thread; bad fields get their message beside them and
        nothing is saved. Returns whether the save was started."""
        self.saved_label.clear()
        changes: dict[str, object] = {
            "name": self.name_edit.text(),
            "currency": self.currency_combo.currentText(),
            "locale": self.locale_edit.text(),
            "paper_size": str(self.paper_combo.currentData()),
            "not_seen_weeks": self.weeks_spin.value(),
        }
        try:
            month, day = settings.parse_financial_year_start(self.year_start_edit.text())
        except ValidationError as bad_start:
            # Name every bad field at once, not the year start alone.
            errors = dict(bad_start.errors)
            try:
                settings.validate(changes)
            except ValidationError as more:
                errors.update(more.errors)
            self.errors.show(ValidationError(errors))
            return False

        def saved(_group: object) -> None:
            self.errors.clear()
            self.saved_label.setText(self.tr("Saved."))

        Op(
            self,
            lambda job: settings.update_settings(
                job.uow(), **changes, financial_year_start_month=month, financial_year_start_day=day
            ),
        ).on_success(saved).on_failure(self._refused).run(self.context)
        return True

    def _refused(self, problem: BaseException) -> None:
        if isinstance(problem, ValidationError):
            self.errors.show(problem)
        else:
            show_error(self, problem)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the group's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, image: Path) -> Op[tuple[str | None, Path | None]]:
        """Store the logo off the GUI thread, then show it."""

        def store(job: OpJob) -> tuple[str | None, Path | None]:
            group = settings.set_logo(job.uow(), image=image)
            return group.logo_attachment_id, _logo_file(job, group.logo_attachment_id)

        def stored(logo: tuple[str | None, Path | None]) -> None:
            self._show_logo(*logo)

        return Op(self, store).on_success(stored).on_failure(self._refused).run(self.context)

    # --- this laptop -------------------------------------------------------------------------
    def _laptop_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This laptop"))
        form = QFormLayout(box)
        self.text_size_combo = QComboBox()
        for size, name in zip(
            TEXT_SIZES,
            (
                self.tr("Normal"),
                self.tr("Large"),
                self.tr("Larger"),
                self.tr("Very large"),
                self.tr("Largest"),
            ),
            strict=True,
        ):
            self.text_size_combo.addItem(name, size)
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        self.text_size_combo.setToolTip(self.tr("Ctrl+plus and Ctrl+minus change it anywhere."))
        label = QLabel(self.tr("Te&xt size"))
        label.setBuddy(self.text_size_combo)
        hint = QLabel(self.tr("Ctrl+plus and Ctrl+minus change it anywhere; Ctrl+0 goes back."))
        hint.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(self.text_size_combo)
        column.addWidget(hint)
        form.addRow(label, column)
        self.text_size_combo.activated.connect(self._text_size_chosen)
        self.theme_combo = ThemeChoice(self.context.settings)
        form.addRow(self.theme_combo.label, self.theme_combo)
        self.language_choice = LanguageChoice(self.context.settings)
        form.addRow(self.language_choice.label, self.language_choice)
        return box

    def _text_size_chosen(self, index: int) -> None:
        set_text_size(self.context.settings, int(self.text_size_combo.itemData(index)))

    def _show_text_size(self) -> None:
        self.text_size_combo.setCurrentIndex(
            self.text_size_combo.findData(text_size(self.context.settings))
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl+plus elsewhere: show the new size
            self._show_text_size()

    # --- backups -----------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(box)
        explain = QLabel(
            self.tr(
                "A backup is one file with all of the group's records and attachments. GroupDesk "
                "also makes one by itself before upgrades, restores and sync imports."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.backup_to_button = QPushButton(self.tr("Back up &to a file…"))
        self.backup_to_button.clicked.connect(self._choose_backup_target)
        self.restore_button = QPushButton(self.tr("&Restore from a file…"))
        self.restore_button.clicked.connect(self._choose_restore_source)
        for button in (self.backup_button, self.backup_to_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keep_row = QFormLayout()
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 1000)
        self.keep_spin.setAccessibleName(self.tr("Automatic backups to keep"))
        self.keep_spin.valueChanged.connect(self._keep_changed)
        keep_label = QLabel(self.tr("Automatic backups to &keep"))
        keep_label.setBuddy(self.keep_spin)
        keep_row.addRow(keep_label, self.keep_spin)
        layout.addLayout(keep_row)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        self.backup_status.setAccessibleName(self.tr("Backup result"))
        layout.addWidget(self.backup_status)
        list_label = QLabel(self.tr("Backups in the data folder (newest first):"))
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups in the data folder"))
        self.backup_list.setMaximumHeight(160)
        list_label.setBuddy(self.backup_list)
        self.no_backups_label = QLabel(self.tr("None yet: Back up now makes the first one."))
        layout.addWidget(list_label)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.no_backups_label)
        return box

    def _list_backups(self) -> None:
        self.load(lambda job: list_backups(job.workspace.paths), self._show_backups, key="backups")

    def _show_backups(self, made: list[backup_format.BackupInfo]) -> None:
        self.backup_list.clear()
        for info in made:
            sealed = self.tr("encrypted") if info.encrypted else self.tr("not encrypted")
            when = moment_text(info.when, self.context.locale)
            item = QListWidgetItem(f"{when} — {info.reason} — {sealed} — {info.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        # An empty white box looks broken: say there is none yet instead.
        self.backup_list.setVisible(bool(made))
        self.no_backups_label.setVisible(not made)

    def _keep_changed(self, value: int) -> None:
        Op(self, lambda job: backup.set_backups_to_keep(job.uow(), keep=value)).on_success(
            lambda _kept: self._list_backups()
        ).run(self.context)

    def _choose_backup_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup"), backup.default_backup_name(), self.tr("Backups (*.zip)")
        )
        if path:
            self.backup_now(Path(path))

    def backup_now(self, target: Path | None = None) -> Op[backup_format.BackupInfo]:
        paths = self.context.workspace.paths
        destination = target or paths.backups / backup.default_backup_name(paths.backups)
        self.backup_status.setText(self.tr("Backing up…"))

        def work(job: OpJob) -> backup_format.BackupInfo:
            if target is not None:  # chosen in the save dialog: never over the group's files
                check_output_path(target, data_paths=job.workspace.paths, force=True)
            return backup.write_backup(
                job.workspace.paths, destination, progress=job.progress, cancelled=job.cancelled
            )

        def done(info: backup_format.BackupInfo) -> None:
            self.backup_status.setText(self.backed_up_text(info))
            self._list_backups()

        def failed(error: BaseException) -> None:
            if isinstance(error, Cancelled):  # the person stopped it: its sentence says so
                self.backup_status.setText(str(error))
            else:
                self.backup_status.setText(self.tr("Backup failed: {error}").format(error=error))

        op = Op(self, work).with_progress(self.tr("Backing up…"), cancellable=True)
        self.last_op = op.changes("backup").on_success(done).on_failure(failed).run(self.context)  # type: ignore[assignment]
        return op

    def backed_up_text(self, info: backup_format.BackupInfo) -> str:
        """Where the backup went, whether it is encrypted, and whether it left this laptop."""
        text = (
            self.tr("Backed up to {path} (encrypted).")
            if info.encrypted
            else self.tr("Backed up to {path} (not encrypted).")
        ).format(path=info.path)
        if info.copied_to is not None and info.copied_to != info.path:
            text += " " + self.tr("A copy is in {place}.").format(place=info.copied_to.parent)
        elif info.not_copied:
            text += " " + said(info.not_copied, self.context.locale)
        return text

    def _choose_restore_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self.context.workspace.paths.backups),
            self.tr("Backups (*.zip *.sealed)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(
        self, source: Path, passphrase: str | None = None
    ) -> Op[restore.RestorePlan] | None:
        """Replace the group's data with a backup's, once the user has seen what it replaces
        (both groups, their members, their dates) and said yes. An encrypted backup asks for
        its passphrase first; the comparison is read off the GUI thread."""
        if passphrase is None and is_sealed(source):
            passphrase, given = QInputDialog.getText(
                self,
                self.tr("Encrypted backup"),
                self.tr("{name} is encrypted. Its passphrase:").format(name=source.name),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return None

        def read(job: OpJob) -> restore.RestorePlan:
            return restore.plan_restore(job.workspace.paths, source, passphrase=passphrase)

        op = Op(self, read).on_success(lambda plan: self._confirm_restore(plan, passphrase))
        self.last_op = op.on_failure(self._restore_refused).run(self.context)  # type: ignore[assignment]
        return op

    def restore_question(self, plan: restore.RestorePlan) -> str:
        """What a restore replaces and with what, in the same facts as `groupdesk restore`."""
        saved, here = plan.backup, plan.current
        unnamed = self.tr("(unnamed group)")
        lines = [self.tr("Replace the records on this laptop with this backup?"), ""]
        if here is not None:
            lines.append(
                isolated_once(
                    self.tr(
                        "On this laptop now: {group}, {members} members, last changed {when}."
                    ).format(
                        group=isolate(here.group_name or unnamed),
                        members=here.members,
                        when=moment_text(here.when, self.context.locale),
                    )
                )
            )
        lines.append(
            isolated_once(
                self.tr("In the backup: {group}, {members} members, made {when}.").format(
                    group=isolate(saved.group_name or unnamed),
                    members=saved.members,
                    when=moment_text(saved.when, self.context.locale),
                )
            )
        )
        lines.append("")
        if plan.another_group:
            lines.append(self.tr("The backup is of another group."))
        lines.append(self.tr("The records here are backed up first, so this can be undone."))
        return "\n".join(lines)

    def _confirm_restore(
        self, plan: restore.RestorePlan, passphrase: str | None
    ) -> Op[tuple[Workspace, restore.Restored]] | None:
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"), self.restore_question(plan)
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.backup_status.setText(self.tr("Nothing was restored."))
            return None
        source = plan.backup.path

        def work(job: OpJob) -> tuple[Workspace, restore.Restored]:
            # A refused restore changes nothing, so the closed workspace stays usable (its
            # engine reconnects); only a successful one needs the folder opened afresh.
            paths = job.workspace.paths
            job.workspace.close()
            restored = restore.restore_backup(
                paths, source, passphrase=passphrase, progress=job.progress
            )
            return open_workspace(paths), restored

        def done(answer: tuple[Workspace, restore.Restored]) -> None:
            workspace, restored = answer
            self.context.replace_workspace(workspace)
            self.refresh()  # the other pages hear of it from the Op (ALL), this one started it
            text = isolated_once(
                self.tr("Restored the backup of {group}.").format(
                    group=isolate(plan.backup.group_name)
                )
            )
            if restored.safety_copy is not None:
                text += " " + self.tr("The records it replaced are backed up in {path}.").format(
                    path=restored.safety_copy.path
                )
            self.backup_status.setText(text)

        def failed(error: BaseException) -> None:
            self.backup_status.setText(self.tr("Nothing was restored: {error}").format(error=error))

        op = Op(self, work).with_progress(self.tr("Restoring…")).changes(ALL)
        self.last_op = op.on_success(done).on_failure(failed).run(self.context)  # type: ignore[assignment]
        return op

    def _restore_refused(self, problem: BaseException) -> None:
        """A backup that cannot be read, or a wrong passphrase: said in the status line."""
        if isinstance(problem, ValidationError):
            self.backup_status.setText("; ".join(problem.errors.values()))
        elif isinstance(problem, GroupDeskError):
            self.backup_status.setText(str(problem))
        else:
            show_error(self, problem)


def _logo_file(job: OpJob, attachment_id: str | None) -> Path | None:
    """Where the logo's file is, or None while it has not arrived by sync yet."""
    if attachment_id is None:
        return None
    try:
        return attachment_path(job.uow(), attachment_id)
    except GroupDeskError:
        return None
