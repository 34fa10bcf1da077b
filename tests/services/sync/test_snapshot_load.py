"""Loading a snapshot into tables that hold nothing yet (a new laptop) takes a fast path: rows,
clocks and values go in column by column. It must leave exactly what the field-by-field merge
leaves."""

from __future__ import annotations

from datetime import date, datetime

from sync_helpers import (
    add_member,
    change_log,
    edit_member,
    setup_group,
    snapshot_changes,
    state,
    sync,
)

from groupdesk.models import Member
from groupdesk.services.demo import make_demo
from groupdesk.services.members.erasure import enforce_erasures, forget_member
from groupdesk.services.sync import merge
from groupdesk.services.sync.conflicts import list_conflicts
from groupdesk.services.sync.empty_tables import Loading
from groupdesk.services.sync.format import IncomingChange
from groupdesk.services.sync.merge import merge_changes
from groupdesk.services.workspace import Workspace


def _load(workspace: Workspace, changes: list[IncomingChange], *, fast_path: bool) -> int:
    """Merge `changes` as a sync file's are merged (with what arriving erasures do)."""
    with workspace.uow(immediate=True, capture_changes=False) as uow:
        result = merge_changes(uow.session, changes, fast_path=fast_path)
        enforce_erasures(uow.session)
        uow.commit()
    return result.applied


def _snapshot(workspace: Workspace) -> list[IncomingChange]:
    return [
        IncomingChange(table, row_id, field, hlc, base, value)
        for table, row_id, field, hlc, base, value in snapshot_changes(workspace)
    ]


def _local_facts(workspace: Workspace) -> dict[str, object]:
    """Everything a merge writes: rows, clocks, the change log and the open conflicts."""
    with workspace.uow() as uow:
        connection = uow.session.connection()
        conflicts = sorted(
            tuple(r)
            for r in connection.exec_driver_sql(
                "SELECT table_name, row_id, field, winner_hlc, loser_hlc, closed"
                " FROM sync_conflicts"
            )
        )
        unknown = sorted(
            tuple(r) for r in connection.exec_driver_sql("SELECT * FROM sync_unknown_changes")
        )
    return {
        "state": state(workspace),
        "log": change_log(workspace),
        "conflicts": conflicts,
        "unknown": unknown,
    }


def test_a_snapshot_of_a_busy_group_loads_the_same_fast_or_field_by_field(
    laptops, sync_folder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    make_demo(ana.uow(), members=60, seed=3, today=date(2026, 6, 1))
    setup_group(ana, [sam], sync_folder)
    with ana.uow() as uow:
        ids = sorted(uow.session.scalars(Member.__table__.select().with_only_columns(Member.id)))
    edit_member(ana, ids[0], phone="111")
    sam.test_clock.millis = ana.test_clock.millis + 5_000
    edit_member(sam, ids[0], phone="222")  # a conflict
    edit_member(sam, ids[1], deleted_at=datetime(2026, 5, 1))  # a tombstone
    edit_member(ana, ids[2], notes='Ünïcødé ✓ "quoted" \\ back\nslash')
    forget_member(ana.uow(), member_id=ids[3])  # an erasure
    sync(ana, sam, ana)
    snapshot = _snapshot(ana)
    # A row whose creation has not arrived: only one of its fields, so placeholders fill in.
    lone = IncomingChange(
        "members", "0190e2a4-0000-7000-8000-000000000001", "phone", snapshot[0].hlc, None, '"9"'
    )
    unknown_field = IncomingChange("members", ids[4], "shoe_size", snapshot[0].hlc, None, "44")
    changes = [*snapshot, lone, unknown_field]

    fast, slow = laptops("fast"), laptops("slow")
    loaded: list[str] = []
    load_empty_table = merge.load_empty_table

    def spy(connection, table, *args):  # type: ignore[no-untyped-def]
        loaded.append(table)
        return load_empty_table(connection, table, *args)

    monkeypatch.setattr(merge, "load_empty_table", spy)
    assert _load(fast, changes, fast_path=True) == _load(slow, changes, fast_path=False)
    assert {"members", "checkins", "member_skills", "group_settings"} <= set(loaded)
    assert _local_facts(fast) == _local_facts(slow)
    assert sorted(state(fast)["field_clock"]) == sorted(
        [*state(ana)["field_clock"], ("members", lone.row_id, "phone", lone.hlc)]
    )


def test_a_snapshot_read_part_by_part_loads_fast_in_every_part_and_the_same(
    laptops, sync_folder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A snapshot in parts (issue 16) is merged one part at a time in one transaction: each
    part of a table that held nothing still loads fast, and a part whose rows are not new for
    sure (here a row that sorts before those already loaded) is merged field by field."""
    ana = laptops("ana")
    make_demo(ana.uow(), members=60, seed=5, today=date(2026, 6, 1))
    setup_group(ana, [], sync_folder)
    snapshot = _snapshot(ana)
    out_of_order = IncomingChange(
        "members", "0190e2a4-0000-7000-8000-000000000001", "phone", snapshot[0].hlc, None, '"9"'
    )
    parts = [snapshot[i : i + 40] for i in range(0, len(snapshot), 40)] + [[out_of_order]]
    loaded: list[str] = []
    load_empty_table = merge.load_empty_table

    def spy(connection, table, *args):  # type: ignore[no-untyped-def]
        loaded.append(table)
        return load_empty_table(connection, table, *args)

    monkeypatch.setattr(merge, "load_empty_table", spy)
    in_parts, whole = laptops("in-parts"), laptops("whole")
    with in_parts.uow(immediate=True, capture_changes=False) as uow:
        loading = Loading(uow.session.connection())
        for part in parts:
            merge_changes(uow.session, part, loading=loading)
        enforce_erasures(uow.session)
        uow.commit()
    _load(whole, [*snapshot, out_of_order], fast_path=False)
    assert _local_facts(in_parts) == _local_facts(whole)
    member_parts = sum(1 for part in parts[:-1] if any(c.table == "members" for c in part))
    assert loaded.count("members") == member_parts > 1


def test_a_field_that_comes_twice_merges_field_by_field_with_its_conflict(laptops) -> None:  # type: ignore[no-untyped-def]
    """Not a snapshot (two values of one field, made concurrently): the table is merged the
    usual way even though it is empty, and the conflict is listed."""
    row = "0190e2a4-0000-7000-8000-000000000002"
    a, b = "a" * 8 + "-0000-7000-8000-000000000000", "b" * 8 + "-0000-7000-8000-000000000000"
    created = f"{1:015d}-000000-{a}"
    changes = [
        IncomingChange("members", row, "full_name", created, None, '"Ana"'),
        IncomingChange("members", row, "deleted_at", created, None, "null"),
        IncomingChange("members", row, "phone", f"{5:015d}-000000-{a}", created, '"1"'),
        IncomingChange("members", row, "phone", f"{6:015d}-000000-{b}", created, '"2"'),
    ]
    fast, slow = laptops("fast"), laptops("slow")
    _load(fast, changes, fast_path=True)
    _load(slow, changes, fast_path=False)
    assert _local_facts(fast) == _local_facts(slow)
    [conflict] = list_conflicts(fast.uow())
    assert (conflict.mine, conflict.theirs) == ("2", "1")


def test_a_table_this_laptop_already_uses_is_merged_beside_empty_ones(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    for number in range(3):
        add_member(ana, f"Member {number}")
    sync(ana)
    snapshot = _snapshot(ana)
    fast, slow = laptops("fast"), laptops("slow")
    local = {id(laptop): add_member(laptop, "Already here") for laptop in (fast, slow)}
    _load(fast, snapshot, fast_path=True)  # members is not empty: merged field by field there
    _load(slow, snapshot, fast_path=False)

    def from_snapshot(laptop: Workspace) -> dict[str, list[tuple[object, ...]]]:
        return {
            table: [r for r in rows if local[id(laptop)] not in r]
            for table, rows in state(laptop).items()
        }

    assert from_snapshot(fast) == from_snapshot(slow)
    assert len(from_snapshot(fast)["members"]) == 3
