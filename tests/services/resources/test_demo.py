"""The demo's library of things: forty items of every kind with photos drawn by the demo, the PA
kit, stock lent a few at a time, a year of loans with two overdue and a damaged return, bookings
for today and for a meeting, an upkeep plan that is due, and no clash anywhere."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from PIL import Image, ImageOps
from sqlalchemy import func, select
from support.resource_demo import TODAY, demo_on_today

from groupdesk.models.resources import (
    Loan,
    Reservation,
    ResourceItem,
    ResourcePart,
    ResourcePhoto,
)
from groupdesk.money import Money
from groupdesk.services.attachments import attachment_path
from groupdesk.services.resources.clashes import list_clashes
from groupdesk.services.resources.upkeep import plan_statuses
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]


@pytest.fixture
def workspace(make_workspace: MakeWorkspace) -> Workspace:
    return demo_on_today(make_workspace)


def test_forty_items_of_every_kind_with_a_kit_and_stock_lent_a_few_at_a_time(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        items = uow.session.scalars(select(ResourceItem)).all()
        kinds = {item.kind for item in items}
        parts = uow.session.scalars(select(ResourcePart)).all()
        by_id = {item.id: item for item in items}
        chairs = next(item for item in items if item.name == "Folding chairs")
        chair_loans = [
            loan.quantity
            for loan in uow.session.scalars(select(Loan).where(Loan.item_id == chairs.id))
        ]
        pairs = sorted((by_id[part.part_id].name, part.count) for part in parts)
        kits = {by_id[part.kit_id].name for part in parts}
        chairs_held = chairs.quantity
    assert len(items) == 40
    assert kinds == {"equipment", "space", "material", "knowledge"}
    assert kits == {"PA kit"}
    assert pairs == [
        ("Microphones and cables", 1),
        ("Mixer", 1),
        ("Speaker", 2),
    ]
    assert chairs_held == 60
    assert chair_loans and all(1 <= quantity < 60 for quantity in chair_loans)


def test_the_photos_are_real_jpegs_and_the_sideways_one_turns_upright(
    workspace: Workspace,
) -> None:
    uow = workspace.uow()
    with uow:
        photos = uow.session.execute(
            select(ResourceItem.name, ResourcePhoto.attachment_id).join(
                ResourceItem, ResourceItem.id == ResourcePhoto.item_id
            )
        ).all()
    assert len(photos) >= 6
    shapes = {}
    for name, attachment_id in photos:
        with Image.open(io.BytesIO(attachment_path(uow, attachment_id).read_bytes())) as image:
            assert image.format == "JPEG"
            shapes[name] = (image.size, ImageOps.exif_transpose(image).size)
    stored, shown = shapes["Cordless drill"]
    assert stored == (600, 800) and shown == (800, 600)
    assert shapes["Gazebo (3 × 3 m)"] == ((800, 600), (800, 600))


def test_two_loans_are_overdue_and_the_gazebo_came_back_damaged_with_part_of_its_deposit_kept(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        overdue = uow.session.execute(
            select(ResourceItem.name, Loan.due_on)
            .join(ResourceItem, ResourceItem.id == Loan.item_id)
            .where(Loan.returned_on.is_(None), Loan.due_on < TODAY)
        ).all()
        damaged = uow.session.scalars(
            select(Loan).where(Loan.deposit_kept_minor.is_not(None))
        ).one()
        gazebo = uow.session.get(ResourceItem, damaged.item_id)
        assert gazebo is not None
        returned_later = uow.session.scalar(select(func.count()).where(Loan.returned_on > TODAY))
        assert gazebo.name == "Gazebo (3 × 3 m)"
        assert damaged.condition_in == "needs attention" and damaged.kept_reason
        assert damaged.deposit_taken == Money.from_minor(3000, "GBP")
        assert damaged.deposit_kept == Money.from_minor(1200, "GBP")
        assert damaged.deposit_returned == Money.from_minor(1800, "GBP")
    assert sorted(overdue) == [
        ("Cordless drill", date(2026, 11, 29)),
        ("Ladder (3 m)", date(2026, 12, 2)),
    ]
    assert returned_later == 0


def test_bookings_for_today_and_for_a_meeting_and_collected_ones_that_became_loans(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        today = uow.session.scalars(
            select(Reservation.id).where(
                Reservation.status == "booked", Reservation.starts_on == TODAY
            )
        ).all()
        for_meeting = uow.session.scalars(
            select(Reservation.starts_on).where(Reservation.meeting_id.is_not(None))
        ).all()
        collected = uow.session.execute(
            select(Reservation.loan_id, Loan.reservation_id, Reservation.id)
            .join(Loan, Loan.id == Reservation.loan_id)
            .where(Reservation.status == "collected")
        ).all()
    assert len(today) == 1
    assert len(for_meeting) == 1 and for_meeting[0] > TODAY
    assert collected and all(loan_side == booking for _, loan_side, booking in collected)


def test_each_loan_of_the_pa_kit_lent_its_parts_with_it(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        kit = uow.session.scalars(
            select(ResourceItem.id).where(ResourceItem.name == "PA kit")
        ).one()
        kit_loans = {
            loan.id: (loan.out_on, loan.returned_on)
            for loan in uow.session.scalars(select(Loan).where(Loan.item_id == kit))
        }
        parts = uow.session.execute(
            select(
                Loan.kit_loan_id, ResourceItem.name, Loan.quantity, Loan.out_on, Loan.returned_on
            )
            .join(ResourceItem, ResourceItem.id == Loan.item_id)
            .where(Loan.kit_loan_id.is_not(None))
        ).all()
    assert kit_loans
    assert {row.kit_loan_id for row in parts} == set(kit_loans)
    assert len(parts) == 3 * len(kit_loans)
    assert all(kit_loans[row.kit_loan_id] == (row.out_on, row.returned_on) for row in parts)
    assert {(row.name, row.quantity) for row in parts} == {
        ("Speaker", 2),
        ("Mixer", 1),
        ("Microphones and cables", 1),
    }


def test_the_demo_has_no_clashes(workspace: Workspace) -> None:
    """Clashes come only from two laptops lending offline, never from the demo itself."""
    assert list_clashes(workspace.uow()) == []


def test_an_upkeep_plan_is_due(workspace: Workspace) -> None:
    due = plan_statuses(workspace.uow(), due_only=True)
    assert [(plan.item_name, plan.what) for plan in due] == [
        ("Gas barbecue", "Gas safety check of hose and regulator")
    ]


def test_the_same_seed_gives_the_same_library(make_workspace: MakeWorkspace) -> None:
    def library(name: str) -> list[tuple[str, int, int]]:
        with demo_on_today(make_workspace, name).uow() as uow:
            return sorted(
                uow.session.execute(
                    select(ResourceItem.name, ResourceItem.quantity, func.count(Loan.id))
                    .outerjoin(Loan, Loan.item_id == ResourceItem.id)
                    .group_by(ResourceItem.id)
                ).all()
            )

    assert library("a") == library("b")
