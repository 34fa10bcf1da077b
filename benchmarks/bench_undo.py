"""Undo (issue 19 item 2): taking back a members import of the benchmark group's size (a row
tombstoned for each member it added) against the import itself, and what making a member's
deletion undoable adds to it (reading where the change log stands before and after)."""

from __future__ import annotations

import time
from pathlib import Path

from bench import Bench


def _workspace(folder: Path):  # type: ignore[no-untyped-def]
    from groupdesk.config import DataPaths
    from groupdesk.services.settings import create_group
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(folder))
    create_group(workspace.uow(), name="Undo test", currency="EUR")
    return workspace


def _import_then_undo(folder: Path, data: bytes) -> tuple[float, float]:
    """Seconds the import (made undoable) takes, then its undo."""
    from groupdesk.services.members.importing import import_members
    from groupdesk.services.undo import undo_changes, undoable

    workspace = _workspace(folder)
    start = time.perf_counter()
    done = undoable(
        workspace.uow(), "Imported.", lambda: import_members(workspace.uow(), data=data)
    )
    imported = time.perf_counter() - start
    assert done.undo is not None
    undo = done.undo
    start = time.perf_counter()
    undo_changes(workspace.uow(), undo=undo)
    undone = time.perf_counter() - start
    workspace.close()
    return imported, undone


def import_undone(bench: Bench) -> None:
    rows = [f"Member {n:05d},member{n}@example.org" for n in range(bench.members)]
    data = ("Full name,Email\n" + "\n".join(rows) + "\n").encode()
    times = [
        _import_then_undo(bench.tmp / f"undo-import-{attempt}", data)
        for attempt in range(bench.repeats(2))
    ]
    bench.figure(
        f"undo of a {bench.group}-row members import",
        min(undone for _imported, undone in times),
        goal=3.0 if bench.members <= 10_000 else None,
        baseline=min(imported for imported, _undone in times),
        baseline_name="the import itself (made undoable)",
        ratio_goal=1.5,
    )


def filled_in_undone(bench: Bench) -> None:
    """An import that fills in records already here: its undo puts each field back."""
    from groupdesk.services.members.importing import import_members
    from groupdesk.services.undo import undo_changes, undoable

    count = bench.scaled(2_000)
    names = [f"Person Number{n:05d}" for n in range(count)]
    workspace = _workspace(bench.tmp / "undo-fill")
    import_members(workspace.uow(), data=("Full name\n" + "\n".join(names) + "\n").encode())
    emails = "\n".join(f"{name},p{n}@example.org" for n, name in enumerate(names))
    data = ("Full name,Email\n" + emails + "\n").encode()
    start = time.perf_counter()
    done = undoable(
        workspace.uow(),
        "Filled in.",
        lambda: import_members(workspace.uow(), data=data, existing="merge"),
    )
    filled = time.perf_counter() - start
    assert done.undo is not None
    undo = done.undo
    start = time.perf_counter()
    undo_changes(workspace.uow(), undo=undo)
    undone = time.perf_counter() - start
    workspace.close()
    bench.figure(
        f"undo of an import filling in {count:,} members' emails",
        undone,
        goal=3.0,
        baseline=filled,
        baseline_name="the import itself (made undoable)",
        ratio_goal=1.5,
    )


def delete_made_undoable(bench: Bench) -> None:
    from groupdesk.services.members.records import add_member, delete_member
    from groupdesk.services.undo import undoable

    workspace = _workspace(bench.tmp / "undo-delete")
    ids = [add_member(workspace.uow(), values={"full_name": f"Member {n}"}).id for n in range(40)]
    plain, wrapped = ids[:20], ids[20:]

    def delete_plain() -> None:
        delete_member(workspace.uow(), member_id=plain.pop())

    def delete_undoable() -> None:
        member_id = wrapped.pop()
        undoable(
            workspace.uow(), "Deleted.", lambda: delete_member(workspace.uow(), member_id=member_id)
        )

    baseline = bench.best_of(delete_plain, repeat=10)
    seconds = bench.best_of(delete_undoable, repeat=10)
    workspace.close()
    bench.figure(
        "a member's deletion made undoable",
        seconds,
        goal=0.05,  # two small reads more: never felt
        baseline=baseline,
        baseline_name="the deletion alone",
    )


def run(bench: Bench) -> None:
    import_undone(bench)
    filled_in_undone(bench)
    delete_made_undoable(bench)
