"""The meetings box on the Settings page: the group's time zone (new meetings start in it),
quorum, decision rule and proxies, saved on their own; a bad quorum named beside its field."""

from __future__ import annotations

import pytest
from support.gui import settle

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.records import usual_zone
from groupdesk.services.settings import get_settings, update_settings
from groupdesk.ui.meetings.editor import MeetingDialog
from groupdesk.ui.meetings.settings_box import MeetingRulesBox

pytestmark = pytest.mark.gui


@pytest.fixture
def box(main_window) -> MeetingRulesBox:  # type: ignore[no-untyped-def]
    page = main_window.show_page("settings")
    settle()
    [found] = [box for box in page.area_boxes if isinstance(box, MeetingRulesBox)]
    return found


def test_the_meeting_rules_are_saved_from_the_settings_page(qtbot, box, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    assert box.isVisibleTo(box.window())
    box.zone_combo.setCurrentText("America/Chicago")
    box.quorum_edit.setText("6/10")
    box.rule_combo.setCurrentText("two thirds")
    box.proxies_check.setChecked(True)
    box.save_button.click()
    settle()

    group = get_settings(demo_workspace.uow())
    assert (group.zone, group.quorum, group.decision_rule, group.proxies_allowed) == (
        "America/Chicago",
        "3/5",  # kept in its one spelling
        "two thirds",
        True,
    )
    assert box.saved_label.text() == "Saved."
    assert box.quorum_edit.text() == "3/5"
    assert usual_zone(demo_workspace.uow()) == "America/Chicago"


def test_a_bad_quorum_is_named_beside_its_field_and_nothing_is_saved(
    qtbot, box, demo_workspace
) -> None:  # type: ignore[no-untyped-def]
    before = get_settings(demo_workspace.uow())
    box.quorum_edit.setText("lots")
    box.zone_combo.setCurrentText("Mars/Olympus_Mons")
    box.save_button.click()
    settle()
    assert "lots" in box.errors.message("quorum")
    assert "time zone" in box.errors.message("zone")
    assert get_settings(demo_workspace.uow()) == before


def test_a_new_meeting_starts_in_the_groups_zone(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    update_settings(app_context.workspace.uow(), zone="Pacific/Auckland")
    dialog = MeetingDialog(app_context)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.zone_combo.currentText() == "Pacific/Auckland"


def test_the_zone_is_checked_by_the_service(app_context) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        update_settings(app_context.workspace.uow(), zone="Europe/Atlantis")
    assert "Europe/Atlantis" in refused.value.errors["zone"]
    assert update_settings(app_context.workspace.uow(), zone=" Europe/Dublin ").zone == (
        "Europe/Dublin"
    )
