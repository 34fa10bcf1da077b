"""The meetings box of the Settings page (`Area.settings_box`): the group's time zone, its
quorum, the rule votes are decided by, and whether proxies are allowed; saved on its own."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from groupdesk.services import settings
from groupdesk.services.meetings.outcomes import NAMED_RULES
from groupdesk.services.meetings.records import usual_zone
from groupdesk.ui.context import AppContext
from groupdesk.ui.meetings.tab import show_refusal
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import FieldErrors
from groupdesk.ui.words import MEETINGS, word


class MeetingRulesBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Meetings"))
        form = QFormLayout(self)
        self.errors = FieldErrors(form)
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(available_timezones()))
        self.zone_combo.setToolTip(self.tr("Where the group meets: new meetings start in it"))
        self.errors.add("zone", self.zone_combo, self.tr("Time &zone"))
        self.quorum_edit = QLineEdit()
        self.quorum_edit.setPlaceholderText(
            self.tr("12, or 1/3 of the active members; empty: none")
        )
        self.errors.add("quorum", self.quorum_edit, self.tr("&Quorum"))
        self.rule_combo = QComboBox()
        self.rule_combo.setEditable(True)
        for rule in NAMED_RULES:  # shown in the screens' words, stored in English
            self.rule_combo.addItem(word(MEETINGS, rule), rule)
        self.rule_combo.setToolTip(
            self.tr("Or the group's own share of the votes cast, like 3/5 counting abstentions")
        )
        self.errors.add("decision_rule", self.rule_combo, self.tr("&Decided by"))
        self.proxies_check = QCheckBox(self.tr("Members may &vote by proxy"))
        self.proxies_check.setToolTip(
            self.tr("A proxy vote counts only when the member holding it is present")
        )
        self.errors.add("proxies_allowed", self.proxies_check, "")
        self.save_button = QPushButton(self.tr("Save &meeting rules"))
        self.save_button.setAccessibleName(self.tr("Save meeting rules"))
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Meeting rules result"))
        self.saved_label.setWordWrap(True)
        form.addRow(self.save_button, self.saved_label)

    def refresh(self) -> None:
        def read(job: OpJob) -> tuple[settings.GroupSettingsData, str | None]:
            return settings.get_settings(job.uow()), usual_zone(job.uow())

        QueryOp(self, read, key="rules").on_success(lambda answer: self._show(*answer)).run(
            self.context
        )

    def _show(self, group: settings.GroupSettingsData, zone: str | None) -> None:
        self.zone_combo.setCurrentText(group.zone or zone or "")
        self.quorum_edit.setText(group.quorum)
        self.rule_combo.setCurrentText(word(MEETINGS, group.decision_rule))
        self.proxies_check.setChecked(group.proxies_allowed)
        self.errors.clear()

    def _rule(self) -> str:
        """The rule as stored: a named rule chosen (in the screens' words) is kept in English."""
        index = self.rule_combo.findText(self.rule_combo.currentText())
        return str(self.rule_combo.itemData(index)) if index >= 0 else self.rule_combo.currentText()

    def save(self) -> Op[settings.GroupSettingsData]:
        changes: dict[str, object] = {
            "zone": self.zone_combo.currentText(),
            "quorum": self.quorum_edit.text(),
            "decision_rule": self._rule(),
            "proxies_allowed": self.proxies_check.isChecked(),
        }
        self.saved_label.clear()

        def saved(group: settings.GroupSettingsData) -> None:
            self.errors.clear()
            self._show(group, group.zone)
            self.saved_label.setText(self.tr("Saved."))

        return (
            Op(self, lambda job: settings.update_settings(job.uow(), **changes))
            .on_success(saved)
            .on_failure(lambda error: show_refusal(self, self.errors, self.saved_label, error))
            .run(self.context)
        )
