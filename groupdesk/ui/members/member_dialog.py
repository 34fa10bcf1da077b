"""Add or edit a member: every field with its label, its message beside it when it is wrong.

Each field is checked as soon as the person leaves it (the same rules as the services, run on the
typed text), and again all together on Save; nothing is saved while a field is wrong. Save waits
for a full name, and its tooltip says so.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.members import CONSENT_KINDS, CONSENT_METHODS, MEMBER_STATUSES
from groupdesk.services.members import records
from groupdesk.services.members.duplicates import Namesake, namesakes
from groupdesk.services.members.fields import (
    BOOL_FIELDS,
    DATE_FIELDS,
    EDITABLE_FIELDS,
    clean_member_values,
    phone_region,
)
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.messages import reworded
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.date_picker import add_calendar
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled, set_text_lines
from groupdesk.ui.words import MEMBERS, word

Input = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox


class MemberDialog(QDialog):
    """`MemberDialog(context)` adds a member; `MemberDialog(context, member=data)` edits one.
    After `accept()`, `saved` holds the member as stored."""

    def __init__(
        self,
        context: AppContext,
        *,
        member: records.MemberData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.member = member
        self.saved: records.MemberData | None = None
        self._locale = context.locale
        self._region = phone_region(self._locale)
        #: The save on its way to the database (None when none is).
        self.saving: Op[records.MemberData] | None = None
        self._errors: dict[str, str] = {}
        self.setWindowTitle(
            isolated_once(self.tr("Edit {name}").format(name=isolate(member.display_name)))
            if member
            else self.tr("Add a member")
        )
        self.setAccessibleName(self.windowTitle())
        self.inputs: dict[str, Input] = {}

        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.left_errors, self.right_errors = FieldErrors(left), FieldErrors(right)
        self._build_left(left)
        self._build_right(right)
        for form in (left, right):
            holder = QWidget()
            holder.setLayout(form)
            # Top-aligned: the shorter column's rows stay together instead of spreading out.
            columns.addWidget(holder, 1, Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save member"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("error-form")
        set_tone(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        # The fields scroll inside the dialog, so Save and Cancel stay on an old laptop's
        # 1024×600 screen even with messages showing; on a larger screen nothing scrolls.
        body = QWidget()
        body.setLayout(columns)
        self.fields_area = QScrollArea()
        self.fields_area.setWidget(body)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        if member is not None:
            self._fill(member)
        self._name_changed()
        self.inputs["full_name"].setFocus()
        self._fit_screen(body)

    def _fit_screen(self, body: QWidget | None = None) -> None:
        """As large as the fields want, never past the screen; grows (never shrinks) when
        messages beside the fields push the rows down."""
        body = body or self.fields_area.widget()
        layout = self.layout()
        if body is None or layout is None:  # not built yet
            return
        screen = (self.parentWidget() or self).screen().availableGeometry()
        margins = layout.contentsMargins()
        columns = body.layout()
        if isinstance(columns, QBoxLayout) and body.sizeHint().width() > screen.width() - 80:
            columns.setDirection(QBoxLayout.Direction.TopToBottom)  # one column: never sideways
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if columns is not None:
            columns.activate()
        wanted_width = body.sizeHint().width() + margins.left() + margins.right() + 24
        # Wrapped messages are as tall as the width they get: ask for the height at that width.
        body_height = body.heightForWidth(body.sizeHint().width())
        wanted_height = (
            (body_height if body_height > 0 else body.sizeHint().height())
            + (self.problem_label.sizeHint().height() if self.problem_label.isVisible() else 0)
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 24
        )
        # Leave room for the window's title bar and the taskbar.
        self.resize(
            max(self.width(), min(wanted_width, screen.width() - 40)),
            max(self.height(), min(wanted_height, screen.height() - 80)),
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_screen()  # the layout is only measured for real once shown

    # --- building ----------------------------------------------------------------------------
    def _heading(self, form: QFormLayout, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("cardTitle")
        form.addRow(label)

    def _line(self, form: FieldErrors, field: str, label: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"input-{field}")
        edit.setMinimumWidth(240)
        if hint:
            edit.setPlaceholderText(hint)
        edit.editingFinished.connect(lambda field=field: self.check_field(field))
        form.add(field, edit, label)
        self.inputs[field] = edit
        return edit

    def _text(self, form: FieldErrors, field: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(f"input-{field}")
        edit.setTabChangesFocus(True)
        set_text_lines(edit, 3)
        form.add(field, edit, label)
        self.inputs[field] = edit
        return edit

    def _combo(self, form: FieldErrors, field: str, label: str, choices: dict[str, str]) -> None:
        combo = QComboBox()
        combo.setObjectName(f"input-{field}")
        for value, text in choices.items():
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i, field=field: self.check_field(field))
        form.add(field, combo, label)
        self.inputs[field] = combo

    def _build_left(self, form: QFormLayout) -> None:
        errors = self.left_errors
        date_hint = self.tr("YYYY-MM-DD")
        self._heading(form, self.tr("Person"))
        name = self._line(errors, "full_name", self.tr("&Full name"))
        name.textChanged.connect(self._name_changed)
        self.namesake_hint = QLabel()
        self.namesake_hint.setObjectName("hint-full_name")
        self.namesake_hint.setWordWrap(True)
        self.namesake_hint.setAccessibleName(self.tr("Full name hint"))
        self.namesake_hint.hide()
        form.addRow("", self.namesake_hint)
        if self.member is None:
            name.textChanged.connect(self._look_for_namesakes)
        self._line(
            errors, "preferred_name", self.tr("&Preferred name"), self.tr("what to call them")
        )
        self._line(errors, "pronouns", self.tr("Pro&nouns"), self.tr("e.g. she/her, they/them"))
        self._line(errors, "languages", self.tr("&Languages"), self.tr("e.g. English, Arabic"))
        self._line(errors, "accessibility_needs", self.tr("&Accessibility needs"))
        self._heading(form, self.tr("Contact"))
        self._line(errors, "email", self.tr("&Email"), "name@example.org")
        self._line(errors, "phone", self.tr("P&hone"))
        self._text(errors, "address", self.tr("A&ddress"))
        self._heading(form, self.tr("Membership"))
        self._combo(
            errors,
            "status",
            self.tr("&Status"),
            {s: word(MEMBERS, s) for s in MEMBER_STATUSES},
        )
        for field, label in (
            ("joined_on", self.tr("&Joined on")),
            ("left_on", self.tr("Lef&t on")),
        ):
            add_calendar(self._line(errors, field, label, date_hint), self._parse_date)

    def _build_right(self, form: QFormLayout) -> None:
        errors = self.right_errors
        labels = {
            "contact": self.tr("May be &contacted"),
            "photo": self.tr("&May appear in photos"),
            "roster": self.tr("Listed in the printed &roster"),
        }
        how = {"": self.tr("(not recorded)"), **{m: word(MEMBERS, m) for m in CONSENT_METHODS}}
        self._heading(form, self.tr("Consent"))
        for kind in CONSENT_KINDS:
            consent = labels[kind].replace("&", "")
            check = QCheckBox(labels[kind])
            check.setObjectName(f"input-consent_{kind}")
            check.setAccessibleName(consent)
            check.toggled.connect(lambda _on, kind=kind: self.check_field(f"consent_{kind}"))
            form.addRow(check)
            self.inputs[f"consent_{kind}"] = check
            add_calendar(
                self._line(
                    errors,
                    f"consent_{kind}_on",
                    self.tr("  given or withdrawn on"),
                    self.tr("YYYY-MM-DD (empty: today)"),
                ),
                self._parse_date,
            )
            self._combo(errors, f"consent_{kind}_how", self.tr("  how"), how)
            # Three "given or withdrawn on" fields: a screen reader says which consent each is.
            for field, what in (
                (f"consent_{kind}_on", self.tr("{consent}: given or withdrawn on")),
                (f"consent_{kind}_how", self.tr("{consent}: how it was given")),
            ):
                self.inputs[field].setAccessibleName(what.format(consent=consent))
        self._heading(form, self.tr("Notes"))
        self._text(errors, "notes", self.tr("N&otes"))

    # --- values ------------------------------------------------------------------------------
    def _fill(self, member: records.MemberData) -> None:
        for field, widget in self.inputs.items():
            self._set(widget, getattr(member, field))

    @staticmethod
    def _set(widget: Input, value: Any) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value or "")))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(value.isoformat() if isinstance(value, date) else (value or ""))

    @staticmethod
    def _get(widget: Input) -> object:
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def values(self) -> dict[str, object]:
        """What the form holds, as the services take it (text for text, a bool for consent)."""
        return {field: self._get(self.inputs[field]) for field in EDITABLE_FIELDS}

    def changes(self) -> dict[str, object]:
        """For an edit: only the fields whose shown value differs from the stored one."""
        if self.member is None:
            return self.values()
        changed = {}
        for field, value in self.values().items():
            stored = getattr(self.member, field)
            if field in BOOL_FIELDS:
                same = bool(stored) == value
            elif field in DATE_FIELDS:
                same = (stored.isoformat() if stored else "") == str(value).strip()
            else:
                same = (stored or "") == str(value).strip()
            if not same:
                changed[field] = value
        return changed

    # --- checking and saving -----------------------------------------------------------------
    def _name_changed(self) -> None:
        empty = not str(self._get(self.inputs["full_name"])).strip()
        explain_disabled(
            self.save_button, self.tr("Enter the member's full name first.") if empty else None
        )

    def _look_for_namesakes(self, text: str) -> None:
        """Say beside the name when someone of that name is here already: often one person
        entered twice, but two people may share a name, so it is a hint, never a refusal. The
        read runs off the GUI thread; a later keystroke's read supersedes an earlier one."""
        QueryOp(self, lambda job: namesakes(job.uow(), full_name=text), key="namesakes").on_success(
            self._show_namesakes
        ).run(self.context)

    def _show_namesakes(self, found: list[Namesake]) -> None:
        if not found:
            self.namesake_hint.hide()
            return
        if len(found) == 1:
            text = self.tr("There is already a member called {name}: you can still add this one.")
        else:
            text = self.tr(
                "There are already {count} members called {name}: you can still add this one."
            )
        self.namesake_hint.setText(
            isolated_once(text.format(name=isolate(found[0].full_name), count=len(found)))
        )
        self.namesake_hint.show()

    def check_field(self, field: str) -> None:
        """Check one field as the person leaves it, and show or clear its message."""
        current = {f: getattr(self.member, f) for f in EDITABLE_FIELDS} if self.member else {}
        shown = self.values()
        current.update({f: shown[f] for f in (*DATE_FIELDS, "status") if f != field})
        self._errors.pop(field, None)
        related = {"joined_on", "left_on", "status"}
        if field in related:
            for other in related:
                self._errors.pop(other, None)
        raw: dict[str, object] = {field: self._get(self.inputs[field])}
        try:
            clean_member_values(
                raw,
                region=self._region,
                today=self.context.workspace.today(),
                current=_typed_dates(current, self._locale),
                locale=self._locale,
            )
        except ValidationError as problem:
            said = reworded(problem, self._locale).errors
            self._errors.update({f: m for f, m in said.items() if f in self.inputs})
        self._show(ValidationError(self._errors) if self._errors else None)

    def _show(self, problem: ValidationError | None) -> None:
        if problem is None:
            self.left_errors.clear()
            self.right_errors.clear()
            self.problem_label.hide()
            return
        left_out = set(self.left_errors.show(problem))
        right_out = set(self.right_errors.show(problem))
        unplaced = sorted(left_out & right_out)
        self.problem_label.setText("\n".join(unplaced))
        self.problem_label.setVisible(bool(unplaced))
        self._fit_screen()

    def _bring_into_view(self, problem: ValidationError) -> None:
        """Scroll to the first field that was refused and put the cursor there: on a small
        screen its message may be out of sight, and Save must never seem to do nothing."""
        first = next((f for f in self.inputs if f in problem.errors), None)
        if first is None:
            return
        widget = self.inputs[first]
        self.fields_area.ensureWidgetVisible(widget, 0, 3 * widget.height())
        widget.setFocus()

    def _parse_date(self, text: str) -> date:
        from groupdesk.services.members.fields import parse_date

        return parse_date(text, locale=self._locale)

    def error_for(self, field: str) -> str:
        return self.left_errors.message(field) or self.right_errors.message(field)

    def save(self) -> bool:
        """Save through the service, off the GUI thread; a refused field gets its message and
        the dialog stays; any other refusal (the member was deleted on another laptop and
        synced here) is said under the fields. Returns whether the save was started."""
        if not self.save_button.isEnabled() or self.saving is not None:
            return False
        member, values = self.member, self.values()
        changes = self.changes() if member is not None else {}

        def write(job: OpJob) -> records.MemberData:
            if member is None:
                return records.add_member(job.uow(), values=values)
            if not changes:
                return member
            return records.edit_member(job.uow(), member_id=member.id, changes=changes)

        self.save_button.setEnabled(False)
        self.saving = Op(self, write).on_success(self._saved).on_failure(self._refused)
        self.saving.run(self.context)
        return True

    def _saved(self, member: records.MemberData) -> None:
        self.saving, self.saved = None, member
        self._name_changed()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saving = None
        self._name_changed()
        if isinstance(error, ValidationError):
            self._errors = dict(error.errors)
            self._show(error)
            self._bring_into_view(error)
        elif isinstance(error, GroupDeskError):
            self._show(None)
            self.problem_label.setText(str(error))
            self.problem_label.show()
            self._fit_screen()
        else:
            show_error(self, error)


def _typed_dates(values: dict[str, Any], locale: str) -> dict[str, Any]:
    """The typed dates of the form as dates (or None), for checking one field against another."""
    from groupdesk.services.members.fields import parse_date

    typed = dict(values)
    for field in DATE_FIELDS:
        value = typed.get(field)
        if isinstance(value, str):
            try:
                typed[field] = parse_date(value, locale=locale) if value.strip() else None
            except ValueError:
                typed[field] = None
    return typed
