"""Upkeep: the log, plans due by months or by loans, and no lending while out of service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from support.resource_rows import gbp, stored_item, stored_loan

from groupdesk.errors import ValidationError
from groupdesk.models.resources import ResourceItem
from groupdesk.services.resources.upkeep import (
    add_plan,
    check_lendable,
    lending_refusal,
    log_upkeep,
    plan_statuses,
    remove_plan,
    upkeep_log,
)
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


def item(workspace: Workspace, item_id: str) -> ResourceItem:
    with workspace.uow() as uow:
        found = uow.session.get(ResourceItem, item_id)
        assert found is not None
        uow.session.expunge(found)
        return found


def test_the_log_keeps_what_was_done_its_cost_and_who_newest_first(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    mower = stored_item(members_ws, "Mower")
    omar = add_person("Omar Haddad")
    log_upkeep(members_ws.uow(), item_id=mower, done_on=date(2026, 3, 1), what="  new   blade ")
    log_upkeep(
        members_ws.uow(),
        item_id=mower,
        done_on=date(2026, 4, 2),
        what="oil change",
        cost=gbp("12.50"),
        by_id=omar,
    )
    assert [
        (e.done_on, e.what, e.cost, e.by_name) for e in upkeep_log(members_ws.uow(), item_id=mower)
    ] == [
        (date(2026, 4, 2), "oil change", gbp("12.50"), "Omar Haddad"),
        (date(2026, 3, 1), "new blade", None, None),
    ]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"what": "   "}, "what"),
        ({"done_on": TODAY + timedelta(1)}, "done_on"),
        ({"cost": gbp("-1.00")}, "cost"),
        ({"condition": "broken"}, "condition"),
    ],
)
def test_bad_upkeep_is_refused_beside_its_field_and_nothing_is_logged(
    members_ws: Workspace, values: dict[str, object], field: str
) -> None:
    mower = stored_item(members_ws, "Mower")
    with pytest.raises(ValidationError) as refused:
        log_upkeep(
            members_ws.uow(),
            item_id=mower,
            **{"done_on": TODAY, "what": "oil", **values},  # type: ignore[arg-type]
        )
    assert list(refused.value.errors) == [field]
    assert upkeep_log(members_ws.uow(), item_id=mower) == []


def test_a_plan_every_six_months_is_due_when_the_months_run_out_and_cleared_by_the_work(
    members_ws: Workspace,
) -> None:
    mower = stored_item(members_ws, "Mower")
    plan = add_plan(
        members_ws.uow(), item_id=mower, what="service", every_months=6, starts_on=date(2025, 11, 3)
    )
    (status,) = plan_statuses(members_ws.uow(), item_id=mower)
    assert (status.due_on, status.due) == (date(2026, 5, 3), True)  # due today
    log_upkeep(
        members_ws.uow(), item_id=mower, plan_id=plan, done_on=date(2026, 5, 1), what="service"
    )
    (status,) = plan_statuses(members_ws.uow(), item_id=mower)
    assert (status.since, status.due_on, status.due) == (date(2026, 5, 1), date(2026, 11, 1), False)
    assert plan_statuses(members_ws.uow(), due_only=True) == []


def test_a_plan_after_three_loans_counts_the_loans_since_the_last_upkeep(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    pa = stored_item(members_ws, "PA system")
    ana = add_person("Ana Silva")
    plan = add_plan(
        members_ws.uow(),
        item_id=pa,
        what="test the cables",
        every_loans=3,
        starts_on=date(2026, 1, 1),
    )
    stored_loan(members_ws, pa, ana, date(2025, 12, 30), date(2026, 1, 2))  # before the start
    for day in (date(2026, 2, 1), date(2026, 3, 1)):
        stored_loan(members_ws, pa, ana, day, day + timedelta(2), returned_on=day + timedelta(2))
    (status,) = plan_statuses(members_ws.uow(), item_id=pa)
    assert (status.loans_since, status.due, status.due_on) == (2, False, None)

    stored_loan(members_ws, pa, ana, date(2026, 4, 1), date(2026, 4, 3))
    assert [s.plan_id for s in plan_statuses(members_ws.uow(), due_only=True)] == [plan]

    log_upkeep(members_ws.uow(), item_id=pa, plan_id=plan, done_on=date(2026, 4, 10), what="tested")
    stored_loan(members_ws, pa, ana, date(2026, 4, 10), date(2026, 4, 12))  # out after the work
    (status,) = plan_statuses(members_ws.uow(), item_id=pa)
    assert (status.loans_since, status.due) == (1, False)


def test_a_plan_by_months_or_loans_is_due_at_whichever_comes_first(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    drill = stored_item(members_ws, "Drill")
    ana = add_person("Ana Silva")
    add_plan(
        members_ws.uow(),
        item_id=drill,
        what="sharpen",
        every_months=12,
        every_loans=2,
        starts_on=date(2026, 3, 1),
    )
    for day in (date(2026, 3, 5), date(2026, 4, 5)):
        stored_loan(members_ws, drill, ana, day, day + timedelta(3))
    (status,) = plan_statuses(members_ws.uow(), item_id=drill)
    assert (status.due_on, status.loans_since, status.due) == (date(2027, 3, 1), 2, True)


def test_due_plans_come_first_and_a_removed_plan_is_gone(members_ws: Workspace) -> None:
    mower, tent = stored_item(members_ws, "Mower"), stored_item(members_ws, "Tent")
    later = add_plan(members_ws.uow(), item_id=mower, what="service", every_months=1)
    overdue = add_plan(
        members_ws.uow(), item_id=tent, what="air it", every_months=1, starts_on=date(2026, 1, 1)
    )
    assert [s.plan_id for s in plan_statuses(members_ws.uow())] == [overdue, later]
    remove_plan(members_ws.uow(), plan_id=overdue)
    assert [s.plan_id for s in plan_statuses(members_ws.uow())] == [later]


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        ({}, {"every_months": "say every how many months, or after how many loans"}),
        ({"every_months": 0}, {"every_months": "a whole number from 1 to 1000"}),
        ({"every_loans": -2}, {"every_loans": "a whole number from 1 to 1000"}),
    ],
)
def test_a_plan_needs_a_number_of_months_or_loans(
    members_ws: Workspace, values: dict[str, int], errors: dict[str, str]
) -> None:
    mower = stored_item(members_ws, "Mower")
    with pytest.raises(ValidationError) as refused:
        add_plan(members_ws.uow(), item_id=mower, what="service", **values)
    assert refused.value.errors == errors


def test_an_item_out_of_service_is_not_lent_and_mending_it_lets_it_go_again(
    members_ws: Workspace,
) -> None:
    gazebo = stored_item(
        members_ws, "Gazebo", condition="out of service", condition_note="torn roof"
    )
    with pytest.raises(ValidationError) as refused:
        check_lendable(item(members_ws, gazebo))
    assert refused.value.errors == {
        "item": "Gazebo is out of service (torn roof); it cannot be lent until it is back in order."
    }
    log_upkeep(members_ws.uow(), item_id=gazebo, done_on=TODAY, what="new roof", condition="good")
    mended = item(members_ws, gazebo)
    assert (mended.condition, mended.condition_note, lending_refusal(mended)) == (
        "good",
        None,
        None,
    )


def test_an_item_may_be_lent_out_of_service_when_the_group_says_so(members_ws: Workspace) -> None:
    chairs = stored_item(
        members_ws, "Chairs", condition="out of service", block_when_out_of_service=False
    )
    assert lending_refusal(item(members_ws, chairs)) is None
