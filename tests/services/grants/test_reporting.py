"""Reports due to the funder (due → sent → accepted) and outcome indicators whose dated
entries add up to what was achieved."""

from __future__ import annotations

from datetime import date

import pytest

from groupdesk.errors import ValidationError
from groupdesk.services.grants.records import add_grant
from groupdesk.services.grants.reporting import (
    add_outcome,
    add_report,
    advance_report,
    outcomes_of,
    record_progress,
    reports_of,
)
from groupdesk.services.workspace import Workspace


def test_a_report_is_sent_then_accepted_and_no_step_is_skipped(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden"})
    final = add_report(members_ws.uow(), grant_id=grant.id, kind="final", due_on=date(2026, 6, 30))
    interim = add_report(
        members_ws.uow(), grant_id=grant.id, kind="interim", due_on=date(2026, 3, 31)
    )

    with pytest.raises(ValidationError) as skipping:
        advance_report(members_ws.uow(), report_id=final.id, to_state="accepted")
    advance_report(members_ws.uow(), report_id=interim.id, to_state="sent", on=date(2026, 3, 28))
    advance_report(
        members_ws.uow(), report_id=interim.id, to_state="accepted", on=date(2026, 4, 10)
    )

    assert skipping.value.errors == {"state": "a report that is due can only be sent"}
    assert [
        (r.kind, r.state, r.sent_on, r.accepted_on)
        for r in reports_of(members_ws.uow(), grant_id=grant.id)
    ] == [
        ("interim", "accepted", date(2026, 3, 28), date(2026, 4, 10)),
        ("final", "due", None, None),
    ]


def test_an_outcomes_dated_entries_add_up_to_what_was_achieved(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden"})
    trees = add_outcome(
        members_ws.uow(), grant_id=grant.id, name="Trees planted", target=200, unit="trees"
    )
    add_outcome(members_ws.uow(), grant_id=grant.id, name="Workshops held", target=6)
    record_progress(members_ws.uow(), outcome_id=trees.id, achieved=120, on=date(2026, 3, 1))
    record_progress(
        members_ws.uow(), outcome_id=trees.id, achieved=53, on=date(2026, 4, 1), note="Orchard"
    )

    with pytest.raises(ValidationError) as nothing:
        record_progress(members_ws.uow(), outcome_id=trees.id, achieved=0)

    assert nothing.value.errors == {"achieved": "enter how many, above zero"}
    planted, workshops = outcomes_of(members_ws.uow(), grant_id=grant.id)
    assert (planted.name, planted.target, planted.achieved) == ("Trees planted", 200, 173)
    assert [(e.entry_on, e.achieved, e.note) for e in planted.entries] == [
        (date(2026, 3, 1), 120, None),
        (date(2026, 4, 1), 53, "Orchard"),
    ]
    assert (workshops.achieved, workshops.entries) == (0, ())


def test_a_report_put_right_with_the_days_it_was_sent_and_accepted(members_ws: Workspace) -> None:
    from groupdesk.services.grants.reporting import edit_report

    grant = add_grant(members_ws.uow(), values={"title": "Garden"})
    report = add_report(
        members_ws.uow(), grant_id=grant.id, kind="interim", due_on=date(2026, 5, 1)
    )
    advance_report(members_ws.uow(), report_id=report.id, to_state="sent", on=date(2026, 4, 20))
    advance_report(members_ws.uow(), report_id=report.id, to_state="accepted", on=date(2026, 4, 28))
    edited = edit_report(
        members_ws.uow(),
        report_id=report.id,
        kind="final",
        due_on=date(2026, 5, 2),
        note="Sent by post",
        sent_on=date(2026, 4, 18),
    )
    assert (edited.kind, edited.due_on, edited.sent_on, edited.accepted_on, edited.note) == (
        "final",
        date(2026, 5, 2),
        date(2026, 4, 18),
        date(2026, 4, 28),
        "Sent by post",
    )
    with pytest.raises(ValidationError) as early:
        edit_report(
            members_ws.uow(),
            report_id=report.id,
            kind="final",
            due_on=date(2026, 5, 2),
            accepted_on=date(2026, 4, 1),
        )
    assert early.value.errors == {"accepted_on": "it cannot be accepted before it was sent"}
    assert reports_of(members_ws.uow(), grant_id=grant.id) == [edited]


def test_a_removed_report_frees_its_tranche_and_a_removed_outcome_takes_its_entries(
    members_ws: Workspace,
) -> None:
    from decimal import Decimal

    from groupdesk.money import Money
    from groupdesk.services.grants.payments import add_tranche, tranches_of
    from groupdesk.services.grants.reporting import edit_outcome, remove_outcome, remove_report

    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "JPY"})
    interim = add_report(
        members_ws.uow(), grant_id=grant.id, kind="interim", due_on=date(2026, 5, 1)
    )
    add_tranche(
        members_ws.uow(),
        grant_id=grant.id,
        amount=Money(Decimal("50000"), "JPY"),
        needs_report_id=interim.id,
    )
    remove_report(members_ws.uow(), report_id=interim.id)
    assert reports_of(members_ws.uow(), grant_id=grant.id) == []
    [tranche] = tranches_of(members_ws.uow(), grant_id=grant.id)
    assert (tranche.status, tranche.needs_report_id) == ("expected", None)

    trees = add_outcome(members_ws.uow(), grant_id=grant.id, name="Trees", target=200)
    record_progress(members_ws.uow(), outcome_id=trees.id, achieved=30, on=date(2026, 3, 1))
    edited = edit_outcome(
        members_ws.uow(), outcome_id=trees.id, name="Trees planted", target=250, unit="trees"
    )
    assert (edited.name, edited.target, edited.unit, edited.achieved) == (
        "Trees planted",
        250,
        "trees",
        30,
    )
    with pytest.raises(ValidationError) as unnamed:
        edit_outcome(members_ws.uow(), outcome_id=trees.id, name="  ")
    assert unnamed.value.errors == {"name": "name the outcome"}
    remove_outcome(members_ws.uow(), outcome_id=trees.id)
    assert outcomes_of(members_ws.uow(), grant_id=grant.id) == []
