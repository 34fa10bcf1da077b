"""The series editor: a recurring meeting's rule, first meeting and details, with the next
meetings listed as the rule is typed; an existing series is changed for every meeting, or for
"this meeting and the following ones" (which ends the old series and starts a new one there).

The preview expands the rule on the GUI thread with the same functions the services use
(`recurrence.parse_rule`, `as_rrule`): no database, a millisecond or two.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import MEETING_KINDS
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.records import usual_zone
from groupdesk.services.meetings.recurrence import as_rrule, parse_rule
from groupdesk.services.meetings.series import SeriesData, add_series, edit_series, get_series
from groupdesk.services.meetings.series import split_series as split_series_service
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.meetings.tab import (
    EXAMPLE_DAY,
    add_where_fields,
    day_edit,
    day_field_text,
    day_problem,
    show_refusal,
    typed_day,
)
from groupdesk.ui.messages import reworded
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.bidi import time_edit
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled

#: How many coming meetings the preview lists.
PREVIEW = 6
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def rule_choices(day: date) -> list[tuple[str, str]]:
    """Rules a group often means, for a first meeting on `day`: (what to say, RRULE). "{weekday}"
    and "{nth}" are filled by the dialog (translated)."""
    weekday = WEEKDAYS[day.weekday()]
    nth = (day.day - 1) // 7 + 1
    return [
        (
            QT_TRANSLATE_NOOP("SeriesDialog", "Every week on {weekday}"),
            f"FREQ=WEEKLY;BYDAY={weekday}",
        ),
        (
            QT_TRANSLATE_NOOP("SeriesDialog", "Every second {weekday}"),
            f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday}",
        ),
        (
            QT_TRANSLATE_NOOP("SeriesDialog", "The {nth} {weekday} of the month"),
            f"FREQ=MONTHLY;BYDAY={min(nth, 4)}{weekday}",
        ),
        (
            QT_TRANSLATE_NOOP("SeriesDialog", "The last {weekday} of the month"),
            f"FREQ=MONTHLY;BYDAY=-1{weekday}",
        ),
        (
            QT_TRANSLATE_NOOP("SeriesDialog", "Monthly on this day (the last day for the 31st)"),
            f"FREQ=MONTHLY;BYMONTHDAY={day.day}",
        ),
    ]


class SeriesDialog(QDialog):
    #: The series' id once saved (a split's new series).
    saved = Signal(str)

    def __init__(
        self,
        context: AppContext,
        *,
        series_id: str | None = None,
        from_start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.series_id = series_id
        #: The occurrence "this and the following ones" starts from (its original start).
        self.from_start = from_start
        #: The series as read (None for a new one, or until it is read).
        self.series: SeriesData | None = None
        self.setWindowTitle(self.tr("Meeting series") if series_id else self.tr("New series"))
        self.setAccessibleName(self.windowTitle())
        locale = context.locale
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems([self.tr(kind) for kind in MEETING_KINDS])
        self.errors.add("kind", self.kind_combo, self.tr("&Kind"))
        self.title_edit = QLineEdit()
        self.errors.add("title", self.title_edit, self.tr("&Title"))
        self.day_edit = day_edit(locale)
        self.errors.add("starts_at", self.day_edit, self.tr("&First meeting on"))
        self.time_edit = time_edit(QTime(19, 0))
        self.errors.add("start_time", self.time_edit, self.tr("St&arts at"))
        self.length_spin = QSpinBox()
        self.length_spin.setRange(1, 24 * 60)
        self.length_spin.setSingleStep(15)
        self.length_spin.setValue(120)
        self.length_spin.setSuffix(self.tr(" minutes"))
        self.errors.add("duration_minutes", self.length_spin, self.tr("&Length"))
        self.pattern_combo = QComboBox()
        self.errors.add("pattern", self.pattern_combo, self.tr("Re&peats"))
        self.rule_edit = QLineEdit()
        self.rule_edit.setPlaceholderText("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10")
        self.rule_edit.setToolTip(
            self.tr(
                "An RFC 5545 repeat rule; end it with COUNT=10 (ten meetings) or "
                "UNTIL=20271231 (the last day), or leave it to go on"
            )
        )
        self.errors.add("repeat", self.rule_edit, self.tr("R&ule"))
        self.zone_combo, self.place_edit, self.link_edit = add_where_fields(
            self.errors, self.tr("Pla&ce")
        )
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Every meeting of the series"), "all")
        if from_start is not None:
            self.scope_combo.addItem(
                self.tr("This meeting ({day}) and the following ones").format(
                    day=day_text(from_start.date(), locale)
                ),
                "following",
            )
            self.scope_combo.setCurrentIndex(1)
        self.errors.add("scope", self.scope_combo, self.tr("C&hange"))
        form.setRowVisible(self.scope_combo, series_id is not None)
        self.preview_list = QListWidget()
        self.preview_list.setAccessibleName(self.tr("Next meetings"))
        preview_label = QLabel(self.tr("&Next meetings:"))
        preview_label.setBuddy(self.preview_list)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save series"))
        self.save_button.setAccessibleName(self.tr("Save series"))
        self.save_button.setAutoDefault(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(620, 720)
        self.pattern_combo.activated.connect(self._use_pattern)
        self.scope_combo.currentIndexChanged.connect(lambda _index: self._show_timing())
        for signal in (
            self.title_edit.textChanged,
            self.day_edit.textChanged,
            self.time_edit.timeChanged,
            self.rule_edit.textChanged,
        ):
            signal.connect(self._check)
        self.day_edit.textChanged.connect(self._offer_patterns)
        self.rule_edit.textChanged.connect(self._match_pattern)
        self._offer_patterns()
        self._check()
        if series_id is None:
            QueryOp(self, lambda job: usual_zone(job.uow()), key="zone").on_success(
                lambda zone: self.zone_combo.setCurrentText(zone or "UTC")
            ).run(context)
        else:
            QueryOp(
                self, lambda job: get_series(job.uow(), series_id=series_id), key="series"
            ).on_success(self._show_series).run(context)

    # Reading

    def _show_series(self, series: SeriesData) -> None:
        self.series = series
        self.kind_combo.setCurrentText(series.kind)
        self.title_edit.setText(series.title)
        self._show_timing()
        self.length_spin.setValue(series.duration_minutes)
        self.zone_combo.setCurrentText(series.zone)
        self.place_edit.setText(series.place or "")
        self.link_edit.setText(series.link or "")
        self.setWindowTitle(
            isolated_once(self.tr("Series: {title}").format(title=isolate(series.title)))
        )

    def _show_timing(self) -> None:
        """The first meeting and the rule of what is changed: the whole series, or the part
        from this meeting on (its day, and a COUNT of the meetings left)."""
        series = self.series
        if series is None:
            return
        following = self.scope_combo.currentData() == "following" and self.from_start
        first = self.from_start if following and self.from_start else series.starts_at
        self.day_edit.setText(day_field_text(first.date(), self.context.locale))
        self.time_edit.setTime(QTime(first.hour, first.minute))
        self.rule_edit.setText(series.rule_from(first) if following else series.rule_text)

    def _offer_patterns(self) -> None:
        """The common rules for the day typed, worded for it ("Every week on Tuesday")."""
        try:
            day = typed_day(self.day_edit.text(), self.context.locale) or EXAMPLE_DAY
        except ValueError:
            day = EXAMPLE_DAY
        weekday = _weekday_name(day, self.context.locale)
        nth = (
            self.tr("first"),
            self.tr("second"),
            self.tr("third"),
            self.tr("fourth"),
        )[min((day.day - 1) // 7, 3)]
        self.pattern_combo.clear()
        self.pattern_combo.addItem(self.tr("Choose a pattern, or type a rule below"), None)
        for wording, rule in rule_choices(day):
            self.pattern_combo.addItem(self.tr(wording).format(weekday=weekday, nth=nth), rule)
        self._match_pattern()

    def _match_pattern(self) -> None:
        """Name the pattern the typed rule is, if it is one ("The first Thursday of the month")."""
        found = self.pattern_combo.findData(self.rule_edit.text().strip().upper())
        self.pattern_combo.setCurrentIndex(max(found, 0))

    def _use_pattern(self, index: int) -> None:
        rule = self.pattern_combo.itemData(index)
        if rule:
            self.rule_edit.setText(rule)

    # Checking as typed, and the preview

    def _start(self) -> datetime | None:
        try:
            day = typed_day(self.day_edit.text(), self.context.locale)
        except ValueError:
            return None
        if day is None:
            return None
        chosen = self.time_edit.time()
        return datetime.combine(day, time(chosen.hour(), chosen.minute()))

    def _problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        start = self._start()
        if start is None:
            if self.day_edit.text().strip():
                errors["starts_at"] = day_problem(self.context.locale)
            return errors
        if self.rule_edit.text().strip():
            try:
                parse_rule(self.rule_edit.text(), starts_at=start)
            except ValidationError as problem:
                errors.update(reworded(problem, self.context.locale).errors)
        return errors

    def _check(self) -> None:
        """Show what is wrong beside its field, the next meetings the rule makes, and why Save
        waits."""
        problems = self._problems()
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        self._preview(problems)
        reason = next(iter(problems.values()), None)
        if reason is None and self._start() is None:
            reason = self.tr("Give the day of the first meeting")
        if reason is None and not self.rule_edit.text().strip():
            reason = self.tr("Choose how it repeats")
        if reason is None and not self.title_edit.text().strip():
            reason = self.tr("Give the series a title")
        explain_disabled(self.save_button, reason)

    def _preview(self, problems: Mapping[str, str]) -> None:
        self.preview_list.clear()
        start = self._start()
        if start is None or problems or not self.rule_edit.text().strip():
            self.preview_list.addItem(self.tr("(the meetings show here as the rule is typed)"))
            return
        repeat = parse_rule(self.rule_edit.text(), starts_at=start)
        today = datetime.combine(self.context.workspace.today(), time.min)
        coming = list(as_rrule(repeat, start).xafter(max(today, start), count=PREVIEW, inc=True))
        locale = self.context.locale
        for when in coming:
            self.preview_list.addItem(
                f"{_weekday_name(when.date(), locale)} {day_text(when.date(), locale)}, "
                f"{when:%H:%M}"
            )
        if not coming:
            self.preview_list.addItem(self.tr("(no meetings left: the rule has ended)"))

    # Saving

    def _fields(self) -> dict[str, object]:
        return {
            "kind": self.kind_combo.currentText(),
            "title": self.title_edit.text(),
            "repeat": self.rule_edit.text(),
            "starts_at": self._start(),
            "duration_minutes": self.length_spin.value(),
            "zone": self.zone_combo.currentText(),
            "place": self.place_edit.text(),
            "link": self.link_edit.text(),
        }

    def save(self) -> Op[SeriesData] | None:
        problems = self._problems()
        if problems or self._start() is None:
            self.errors.show(ValidationError(problems))
            return None
        fields, series_id, from_start = self._fields(), self.series_id, self.from_start
        scope = self.scope_combo.currentData()

        def write(job: OpJob) -> SeriesData:
            if series_id is None:
                return add_series(job.uow(), **fields)  # type: ignore[arg-type]
            if scope == "following" and from_start is not None:
                return split_series_service(
                    job.uow(), series_id=series_id, from_start=from_start, changes=fields
                )
            return edit_series(job.uow(), series_id=series_id, changes=fields)

        return (
            Op(self, write)
            .with_progress(self.tr("Saving…"))
            .on_success(self._saved)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )

    def _saved(self, series: SeriesData) -> None:
        self.errors.clear()
        self.series_id, self.from_start, self.series = series.id, None, series
        self.scope_combo.blockSignals(True)
        self.scope_combo.setCurrentIndex(0)
        self.scope_combo.blockSignals(False)
        self.result_label.setText(self.tr("Saved."))
        self.saved.emit(series.id)


def _weekday_name(day: date, locale: str) -> str:
    from babel.dates import format_date

    return format_date(day, "EEEE", locale=locale)
