"""The last over-used day the database keeps per item (`resource_clash_until`, migration 0013):
every write that adds, ends, moves or takes back a holding, or changes the item's quantity or
buffer, moves it; an upgrade fills it from the rows a group already holds; and after any run
of writes it is what walking each item's days finds (a loan counted to its due day)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from support.resource_rows import stored_booking, stored_item, stored_loan

from groupdesk import db
from groupdesk.migrations.runner import alembic_config
from groupdesk.models.resources import ResourceClashUntil
from groupdesk.services.resources.clashes import list_clashes
from groupdesk.services.resources.loans import return_loan
from groupdesk.services.resources.records import update_item
from groupdesk.services.resources.reservations import cancel_reservation, reserve
from groupdesk.services.undo import undo_changes, undoable
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)
STAMPS = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"


def _kept(workspace: Workspace) -> dict[str, date]:
    with workspace.uow() as uow:
        rows = uow.session.execute(select(ResourceClashUntil.item_id, ResourceClashUntil.until))
        return {item: until for item, until in rows}


def test_every_write_that_changes_a_holding_or_the_item_moves_its_day(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    gazebo = stored_item(members_ws, "Gazebo")
    loan = stored_loan(members_ws, gazebo, ana, TODAY, TODAY + timedelta(3))
    booking = reserve(
        members_ws.uow(),
        item_id=gazebo,
        member_id=sam,
        starts_on=TODAY + timedelta(5),
        ends_on=TODAY + timedelta(6),
    ).id
    assert _kept(members_ws) == {}
    # A second loan made offline on another laptop: stored as sync leaves it, no check.
    stored_loan(members_ws, gazebo, sam, TODAY + timedelta(2), TODAY + timedelta(5))
    assert _kept(members_ws) == {gazebo: TODAY + timedelta(5)}
    assert {c.item_id for c in list_clashes(members_ws.uow())} == {gazebo}
    update_item(members_ws.uow(), item_id=gazebo, changes={"quantity": 2})
    assert _kept(members_ws) == {}
    update_item(members_ws.uow(), item_id=gazebo, changes={"quantity": 1, "buffer_days": 1})
    # The second loan's day kept free after it (the 6th) meets the booking.
    assert _kept(members_ws) == {gazebo: TODAY + timedelta(6)}
    returning = undoable(
        members_ws.uow(),
        "Returned the gazebo.",
        lambda: return_loan(members_ws.uow(), loan_id=loan),
    ).undo
    assert _kept(members_ws) == {gazebo: TODAY + timedelta(6)}  # the second loan still clashes
    cancel_reservation(members_ws.uow(), reservation_id=booking)
    assert _kept(members_ws) == {}
    assert list_clashes(members_ws.uow()) == []
    assert returning is not None
    undo_changes(members_ws.uow(), undo=returning)
    assert _kept(members_ws) == {gazebo: TODAY + timedelta(4)}  # the first loan's buffer day


def test_an_overdue_loan_is_a_clash_the_kept_day_cannot_know_of(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    """Past its due day a loan holds its item with no end: the day kept (to the due day) shows
    no clash, and the clash list still finds it, from the items with an overdue loan."""
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    gazebo = stored_item(members_ws, "Gazebo")
    stored_loan(members_ws, gazebo, ana, TODAY - timedelta(9), TODAY - timedelta(2))
    stored_booking(members_ws, gazebo, sam, TODAY + timedelta(4), TODAY + timedelta(5))
    assert _kept(members_ws) == {}
    [clash] = list_clashes(members_ws.uow())
    assert clash.item_id == gazebo and clash.overdue


def _upgraded(database: Path, revision: str) -> None:
    engine = db.make_engine(database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()


def _insert(raw: sqlite3.Connection, table: str, **values: object) -> None:
    columns = ", ".join([*values, "created_at", "updated_at"])
    marks = ", ".join("?" * len(values))
    raw.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks}, {STAMPS})", [*values.values()])


def _item(raw: sqlite3.Connection, item: str, quantity: int, buffer: int) -> None:
    _insert(
        raw,
        "resource_items",
        id=item,
        name=item,
        kind="equipment",
        condition="good",
        quantity=quantity,
        loan_days=7,
        buffer_days=buffer,
        block_when_out_of_service=1,
    )


def _loan(raw: sqlite3.Connection, loan: str, item: str, first: date, last: date, n: int) -> None:
    _insert(
        raw,
        "resource_loans",
        id=loan,
        item_id=item,
        borrower_id="ana",
        quantity=n,
        out_on=first.isoformat(),
        due_on=last.isoformat(),
        condition_out="good",
    )


def _booking(raw: sqlite3.Connection, key: str, item: str, first: date, last: date, n: int) -> None:
    _insert(
        raw,
        "resource_reservations",
        id=key,
        item_id=item,
        quantity=n,
        starts_on=first.isoformat(),
        ends_on=last.isoformat(),
        status="booked",
    )


def test_the_upgrade_fills_the_day_from_the_rows_already_held(tmp_path: Path) -> None:
    database = tmp_path / "groupdesk.sqlite"
    _upgraded(database, "0012_member_seen")
    raw = sqlite3.connect(database)
    with raw:
        _item(raw, "gazebo", 1, 0)
        _item(raw, "chairs", 60, 1)
        _loan(raw, "l1", "gazebo", date(2026, 6, 1), date(2026, 6, 4), 1)
        _booking(raw, "r1", "gazebo", date(2026, 6, 3), date(2026, 6, 8), 1)
        _loan(raw, "l2", "chairs", date(2026, 6, 1), date(2026, 6, 4), 40)
        _booking(raw, "r2", "chairs", date(2026, 6, 5), date(2026, 6, 6), 40)  # the buffer day
    raw.close()
    _upgraded(database, "head")
    raw = sqlite3.connect(database)
    assert dict(raw.execute("SELECT item_id, until FROM resource_clash_until")) == {
        "gazebo": "2026-06-04",
        "chairs": "2026-06-05",
    }
    raw.close()


@pytest.fixture(scope="module")
def head_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("clash-until") / "groupdesk.sqlite"
    _upgraded(database, "head")
    return database


@pytest.fixture(scope="module")
def raw(head_database: Path) -> Iterator[sqlite3.Connection]:
    """The head database in one transaction, rolled back at the end; each example writes in a
    savepoint of its own, rolled back after it."""
    connection = sqlite3.connect(head_database, isolation_level=None)
    connection.execute("BEGIN")
    yield connection
    connection.execute("ROLLBACK")
    connection.close()


ITEMS = ("a", "b", "c")
#: One write: (what, which row 0-5, item, first day offset, length, quantity, buffer).
write = st.tuples(
    st.sampled_from(
        ["loan", "booking", "return", "cancel", "undo", "move", "delete", "stock", "buffer"]
    ),
    st.integers(0, 5),
    st.sampled_from(ITEMS),
    st.integers(0, 20),
    st.integers(0, 5),
    st.integers(1, 3),
    st.integers(0, 2),
)


def _walked(raw: sqlite3.Connection) -> dict[str, str]:
    """Each item's last day with more of it held than there is, found by walking its days."""
    items = raw.execute("SELECT id, quantity, buffer_days FROM resource_items")
    stock = {item: (quantity, buffer) for item, quantity, buffer in items}
    held = [
        *raw.execute(
            "SELECT item_id, out_on, due_on, quantity FROM resource_loans"
            " WHERE returned_on IS NULL AND deleted_at IS NULL"
        ),
        *raw.execute(
            "SELECT item_id, starts_on, ends_on, quantity FROM resource_reservations"
            " WHERE status = 'booked' AND deleted_at IS NULL"
        ),
    ]
    found: dict[str, str] = {}
    for offset in range(40):
        day = TODAY + timedelta(offset)
        for item, (quantity, buffer) in stock.items():
            used = sum(
                n
                for held_item, first, last, n in held
                if held_item == item
                and date.fromisoformat(first) <= day
                and (day - date.fromisoformat(last)).days <= buffer
            )
            if used > quantity:
                found[item] = day.isoformat()
    return found


@settings(max_examples=80, deadline=None)
@given(writes=st.lists(write, max_size=14))
def test_after_any_writes_the_kept_day_is_what_walking_the_days_finds(
    raw: sqlite3.Connection, writes: list[tuple[str, int, str, int, int, int, int]]
) -> None:
    raw.execute("SAVEPOINT example")
    for item in ITEMS:
        _item(raw, item, 1, 0)
    for what, row, item, offset, length, quantity, buffer in writes:
        first = TODAY + timedelta(offset)
        last = first + timedelta(length)
        table = "resource_loans" if row % 2 else "resource_reservations"
        key = f"{table}-{row}"
        if what == "loan":
            raw.execute("DELETE FROM resource_loans WHERE id = ?", [key])
            _loan(raw, key, item, first, last, quantity)
        elif what == "booking":
            raw.execute("DELETE FROM resource_reservations WHERE id = ?", [key])
            _booking(raw, key, item, first, last, quantity)
        elif what == "return":
            raw.execute("UPDATE resource_loans SET returned_on = ? WHERE id = ?", [first, key])
        elif what == "cancel":
            raw.execute("UPDATE resource_reservations SET status = 'cancelled' WHERE id = ?", [key])
        elif what == "undo":  # a return or a cancellation taken back
            raw.execute("UPDATE resource_loans SET returned_on = NULL WHERE id = ?", [key])
            raw.execute("UPDATE resource_reservations SET status = 'booked' WHERE id = ?", [key])
        elif what == "move":
            raw.execute(
                "UPDATE resource_reservations SET item_id = ?, starts_on = ?, ends_on = ?"
                " WHERE id = ?",
                [item, first.isoformat(), last.isoformat(), key],
            )
            raw.execute(
                "UPDATE resource_loans SET item_id = ?, due_on = ? WHERE id = ?",
                [item, last.isoformat(), key],
            )
        elif what == "delete":
            gone = f"UPDATE {table} SET deleted_at = '2026-05-03 12:00:00' WHERE id = ?"
            raw.execute(gone, [key])
        elif what == "stock":
            raw.execute("UPDATE resource_items SET quantity = ? WHERE id = ?", [quantity, item])
        else:
            raw.execute("UPDATE resource_items SET buffer_days = ? WHERE id = ?", [buffer, item])
    kept = dict(raw.execute("SELECT item_id, until FROM resource_clash_until"))
    walked = _walked(raw)
    raw.execute("ROLLBACK TO example")
    raw.execute("RELEASE example")
    assert kept == walked
