"""The Grants page, driven as a person would: a new grant taken from prospect to closed through
real dialogs and the Move button, a move the pipeline does not allow and a negative amount
refused beside their fields with nothing saved, the pipeline grouped by state and searched,
and budget against actual drawn with a bar per line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.services.grants.figures import list_grant_figures
from groupdesk.services.grants.pipeline import state_changes
from groupdesk.services.grants.records import list_grants
from groupdesk.services.grants.reimbursements import reimbursements
from groupdesk.services.members.records import list_members
from groupdesk.ui.grants.bar_delegate import SHARE_ROLE
from groupdesk.ui.grants.grant_dialog import GrantDialog
from groupdesk.ui.style import NORMAL_TEXT, set_text_size

pytestmark = pytest.mark.gui

TITLE = "Zebra crossing lights"


@pytest.fixture
def page(qtbot, main_window):  # type: ignore[no-untyped-def]
    grants_page = main_window.show_page("grants")
    settle()
    return grants_page


def grant_id(app_context, title: str) -> str:  # type: ignore[no-untyped-def]
    [found] = [g.id for g in list_grants(app_context.workspace.uow()) if g.title == title]
    return found


def choose(qtbot, page, title: str) -> None:  # type: ignore[no-untyped-def]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, title)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle()


def test_the_pipeline_is_grouped_by_state_in_pipeline_order(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    model = page.grants
    headings = [
        model.data(model.index(row, 0)) for row in range(model.rowCount()) if model.is_heading(row)
    ]
    assert headings[:3] == ["Prospect · 1", "Drafting · 1", "Submitted · 1"]
    assert "Active · 3" in headings and headings[-1] == "Closed · 1"
    # A heading cannot be chosen, and spans the whole row.
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert page.view.columnSpan(0, 0) == model.columnCount()
    assert "EUR: 1 grant ·" in page.totals_label.text()  # never added to the pounds


def test_search_narrows_the_list_and_enter_opens_the_first_found(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "TREE plant")
    assert [g.row.title for g in page.grants.records()] == ["Riverside tree planting"]
    assert page.view.hasFocus()
    assert page.detail.overview.title_label.text() == "Riverside tree planting"


def test_a_new_grant_goes_from_prospect_to_closed(qtbot, app_context, page) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_new_dialog()
    settle()
    qtbot.keyClicks(dialog.title_edit, TITLE)
    qtbot.keyClicks(dialog.requested_edit, "1,250.50")
    dialog.funder_combo.setCurrentIndex(1)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None  # saved and closed
    key = grant_id(app_context, TITLE)
    assert page.detail.overview.grant is not None and page.detail.overview.grant.id == key
    box = page.detail.overview.move_box
    for expected in ("drafting", "submitted", "awarded", "active", "reporting", "closed"):
        assert box.state_combo.currentData() == expected  # the next step is offered
        if expected == "awarded":
            assert not box.move_button.isEnabled()
            assert box.errors.message("awarded") == "say how much was awarded"
            qtbot.keyClicks(box.awarded_edit, "1,000")
        qtbot.keyClick(box.move_button, Qt.Key.Key_Space)
        settle()
        assert page.detail.overview.values["state"].text() == expected
    steps = [
        (s.from_state, s.to_state) for s in state_changes(app_context.workspace.uow(), grant_id=key)
    ]
    assert steps == [
        (None, "prospect"),
        ("prospect", "drafting"),
        ("drafting", "submitted"),
        ("submitted", "awarded"),
        ("awarded", "active"),
        ("active", "reporting"),
        ("reporting", "closed"),
    ]
    [summary] = [g for g in list_grant_figures(app_context.workspace.uow()) if g.row.id == key]
    assert str(summary.row.requested) == "1250.50 GBP" and str(summary.awarded) == "1000.00 GBP"
    assert "can move no further" in box.errors.message("state")
    assert not box.move_button.isEnabled()


def test_a_move_the_pipeline_does_not_allow_is_refused_beside_the_field(
    qtbot, app_context, page
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "Community garden tools")
    key = grant_id(app_context, "Community garden tools")
    before = state_changes(app_context.workspace.uow(), grant_id=key)
    box = page.detail.overview.move_box
    box.state_combo.setCurrentIndex(box.state_combo.findData("closed"))
    message = box.errors.message("state")
    assert "prospect can move only to drafting or withdrawn" in message
    assert not box.move_button.isEnabled()
    assert message in box.move_button.toolTip()
    box.make_move()  # the service refuses it too, beside the same field
    settle()
    assert "can move only to drafting or withdrawn, not closed" in box.errors.message("state")
    assert state_changes(app_context.workspace.uow(), grant_id=key) == before
    [grant] = [g for g in list_grants(app_context.workspace.uow()) if g.id == key]
    assert grant.state == "prospect"


def test_a_move_the_service_refuses_is_said_in_spanish_with_the_states_in_spanish(
    qtbot, spanish, page
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "Community garden tools")
    box = page.detail.overview.move_box
    box.state_combo.setCurrentIndex(box.state_combo.findData("closed"))
    box.make_move()
    settle()
    assert box.errors.message("state") == (
        "Una subvención posible solo puede pasar a en redacción o retirada, no a cerrada"
    )


def test_a_negative_amount_is_refused_beside_the_field_and_nothing_saved(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    dialog = GrantDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    qtbot.keyClicks(dialog.title_edit, TITLE)
    qtbot.keyClicks(dialog.requested_edit, "-50")
    assert dialog.errors.message("requested") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "an amount cannot be below zero"
    assert dialog.save() is None
    settle()
    assert TITLE not in {g.title for g in list_grants(app_context.workspace.uow())}
    dialog.requested_edit.clear()
    qtbot.keyClicks(dialog.requested_edit, "50")
    assert dialog.errors.message("requested") == "" and dialog.save_button.isEnabled()


def test_budget_against_actual_draws_a_bar_per_line_and_names_the_overspent_line(
    qtbot, page
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "fridge and freezer")
    budget = page.detail.budget
    page.detail.show_tab(budget)
    settle()
    model = budget.model
    shares = {
        model.record(row).category: model.data(model.index(row, 4), SHARE_ROLE)
        for row in range(model.rowCount())
    }
    assert shares["Equipment"] == pytest.approx(2238 / 2200)
    assert shares["Training"] == pytest.approx(280 / 500)
    assert model.data(model.index(0, 2)) == "£2,238.00"
    assert "\u2068Equipment\u2069 is over-spent by £38.00." in budget.flags_label.text()
    assert "On no budget line: " in budget.flags_label.text()
    assert "Remaining £309.51" in budget.totals_label.text()


def test_a_budget_line_is_added_from_the_budget_tab_and_a_negative_one_refused(
    qtbot, app_context, page
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "Reading corner books")
    budget = page.detail.budget
    page.detail.show_tab(budget)
    settle()
    qtbot.keyClick(budget.add_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    qtbot.keyClicks(dialog.category_edit, "Zebra bookshelves")
    qtbot.keyClicks(dialog.amount_edit, "-80")
    assert dialog.errors.message("amount") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "80")
    dialog.save_button.click()
    settle()
    assert "Zebra bookshelves" in [line.category for line in budget.model.records()]


def test_a_dashboard_line_opens_its_grant(qtbot, app_context, main_window) -> None:  # type: ignore[no-untyped-def]
    key = grant_id(app_context, "Riverside tree planting")
    main_window.open_record("grants", key)
    settle()
    page = main_window.show_page("grants")
    assert page.detail.overview.title_label.text() == "Riverside tree planting"
    [row] = [r.row() for r in page.view.selectionModel().selectedRows()]
    assert page.grants.record(row).row.id == key


def test_the_amount_and_day_columns_are_as_wide_as_when_every_row_is_measured(
    qtbot, page, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The columns are measured on the widest amounts and days of each kind only (describing
    a thousand grants cost the page 0.1-0.2 s at 100,000 members): the same widths."""
    from groupdesk.ui.grants.pipeline_model import PipelineModel

    header = page.view.horizontalHeader()
    for direction in ("incoming", "outgoing"):
        page.direction_combo.setCurrentIndex(page.direction_combo.findData(direction))
        settle()
        narrowed = [header.sectionSize(column) for column in range(2, 6)]
        assert page.grants.widest_rows(2, range(page.grants.rowCount())) is not None
        with monkeypatch.context() as patch:
            patch.setattr(PipelineModel, "widest_rows", lambda _self, _column, _rows: None)
            page.refresh()
            settle()
            assert [header.sectionSize(column) for column in range(2, 6)] == narrowed


def test_the_people_to_choose_from_are_read_only_when_a_picker_is_shown(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """80,000 names a read at 100,000 members: the page's opening does not wait for them."""
    claims, move = page.detail.reimbursements, page.detail.overview.move_box
    assert not move.decider_picker.isVisible()  # the first grant is the group's own
    assert (claims.decider_picker.count(), move.decider_picker.count()) == (0, 0)
    page.detail.show_tab(claims)
    settle()
    assert claims.decider_picker.count() > 10
    assert move.decider_picker.count() == claims.decider_picker.count()  # the one read


def test_a_claimant_cannot_approve_their_own_claim_someone_else_can_then_it_is_paid(
    qtbot, app_context, page
) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page, "fridge and freezer")
    tab = page.detail.reimbursements
    page.detail.show_tab(tab)
    settle()
    [row] = [n for n, claim in enumerate(tab.claims) if claim.state == "claimed"]
    claim = tab.claims[row]
    tab.table.selectRow(row)
    tab.decider_picker.setCurrentText(claim.claimant_name)
    assert tab.approve_button.isEnabled()
    tab.approve_button.click()
    settle()
    assert "cannot" in tab.errors.message("approved_by_id")
    uow = app_context.workspace.uow
    [still] = [c for c in reimbursements(uow(), grant_id=claim.grant_id) if c.id == claim.id]
    assert still.state == "claimed"
    other = next(p for p in list_members(uow(), status="active") if p.id != claim.claimant_id)
    tab.decider_picker.setCurrentText(other.display_name)
    tab.approve_button.click()
    settle()
    assert tab.errors.message("approved_by_id") == ""
    assert tab.chosen() is not None and tab.chosen().state == "approved"
    assert tab.pay_button.isEnabled()
    tab.pay_button.click()
    settle()
    [paid] = [c for c in reimbursements(uow(), grant_id=claim.grant_id) if c.id == claim.id]
    assert (paid.state, paid.approved_by_id) == ("paid", other.id)


def test_a_micro_grant_is_decided_by_someone_other_than_its_applicant(
    qtbot, app_context, page
) -> None:  # type: ignore[no-untyped-def]
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("outgoing"))
    settle()
    choose(qtbot, page, "Knitting circle wool")
    overview = page.detail.overview
    box = overview.move_box
    assert overview.grant is not None and overview.grant.applicant_name
    box.state_combo.setCurrentIndex(box.state_combo.findData("approved"))
    assert box.errors.message("by_id") == "say who decided"
    settle()  # the picker, now shown, reads who can decide
    box.decider_picker.setCurrentText(overview.grant.applicant_name)
    box.make_move()
    settle()
    assert "cannot decide it" in box.errors.message("by_id")
    assert overview.values["state"].text() == "applied"
    other = next(
        p
        for p in list_members(app_context.workspace.uow(), status="active")
        if p.id != overview.grant.applicant_id
    )
    box.decider_picker.setCurrentText(other.display_name)
    box.make_move()
    settle()
    assert overview.values["state"].text() == "approved"
    assert overview.grant.approved_by_id == other.id


def test_the_move_box_says_a_micro_grant_s_refusal_as_one_before_any_save(
    qtbot, spanish, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.grants.move_box import MoveBox

    box = MoveBox(app_context)
    qtbot.addWidget(box)
    box.show_grant("g1", direction="outgoing", state="applied", currency="EUR", has_award=False)
    box.state_combo.setCurrentIndex(box.state_combo.findData("paid"))
    # The states agree with "microayuda" (they said "aprobado, rechazado o retirada" before).
    expected = (
        "Una microayuda solicitada solo puede pasar a aprobada, rechazada o retirada, no a pagada"
    )
    assert box.errors.message("state") == expected  # it said "Una subvención" before
    assert expected in box.move_button.toolTip()


def test_a_claim_s_state_agrees_with_the_claim_in_spanish(qtbot, spanish, page) -> None:  # type: ignore[no-untyped-def]
    """A reimbursement shares its states' English words with a micro-grant, not their gender."""
    choose(qtbot, page, "fridge and freezer")
    tab = page.detail.reimbursements
    page.detail.show_tab(tab)
    settle()
    [row] = [n for n, claim in enumerate(tab.claims) if claim.state == "claimed"]
    claim = tab.claims[row]
    tab.table.selectRow(row)
    other = next(
        p
        for p in list_members(page.context.workspace.uow(), status="active")
        if p.id != claim.claimant_id
    )
    tab.decider_picker.setCurrentText(other.display_name)
    tab.approve_button.click()
    settle()
    assert tab.result_label.text().endswith(" ahora está aprobado.")


def test_a_micro_grant_s_states_agree_with_it_in_arabic(qtbot, arabic, app_context) -> None:  # type: ignore[no-untyped-def]
    """منحة صغيرة is feminine: its states said "مقبول، مرفوض" (a reimbursement's) before."""
    from groupdesk.ui.grants.move_box import MoveBox

    box = MoveBox(app_context)
    qtbot.addWidget(box)
    box.show_grant("g1", direction="outgoing", state="applied", currency="EUR", has_award=False)
    box.state_combo.setCurrentIndex(box.state_combo.findData("paid"))
    said = box.errors.message("state").replace("\u2068", "").replace("\u2069", "")
    assert said == (
        "المنحة الصغيرة التي حالتها مُقدَّمة لا تنتقل إلا إلى مقبولة، مرفوضة أو مسحوبة، لا إلى مدفوعة"
    )
    choices = {box.state_combo.itemData(i): box.state_combo.itemText(i) for i in range(6)}
    assert choices["reported"] == "قُدِّم تقريرها"  # its report, not his ("تقريره")


def test_every_column_of_the_list_is_in_sight_beside_the_detail_at_1280_px(
    qtbot, qapp, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    """The detail took half the page, so at the usual text size the list scrolled sideways
    and its Due column was cut ('14 Ja'): the detail keeps the width it needs, the list the rest."""
    before = qapp.styleSheet()
    set_text_size(app_context.settings, NORMAL_TEXT)  # the style GroupDesk starts with
    try:
        main_window.resize(1280, 800)
        page = main_window.show_page("grants")
        settle()
        qtbot.waitUntil(lambda: page.grants.rowCount() > 0)
        view = page.view
        due = page.grants.columnCount() - 1
        assert view.horizontalScrollBar().maximum() == 0
        assert view.columnViewportPosition(due) + view.columnWidth(due) <= view.viewport().width()
    finally:
        qapp.setStyleSheet(before)


def test_every_grant_s_row_is_as_tall_as_its_wrapped_words_in_spanish(
    qtbot, qapp, spanish, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    """Once the stretching columns settled, the first grant kept one line: 'Community
    garden …' cut where the rows below wrapped."""
    before = qapp.styleSheet()
    set_text_size(app_context.settings, NORMAL_TEXT)
    try:
        main_window.resize(1280, 800)
        page = main_window.show_page("grants")
        settle()
        qtbot.waitUntil(lambda: page.grants.rowCount() > 0)
        view = page.view

        def short_in_sight() -> list[str]:
            in_sight = [
                row
                for row in range(page.grants.rowCount())
                if view.visualRect(page.grants.index(row, 0)).intersects(view.viewport().rect())
            ]
            assert in_sight
            return [
                page.grants.index(row, 0).data()
                for row in in_sight
                if view.rowHeight(row) < view.sizeHintForRow(row)
            ]

        qtbot.waitUntil(lambda: short_in_sight() == [])
        view.scrollToBottom()  # the rows further down are measured as they come into sight
        qtbot.waitUntil(lambda: short_in_sight() == [])
    finally:
        qapp.setStyleSheet(before)
