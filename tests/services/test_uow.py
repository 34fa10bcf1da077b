"""The unit of work: nothing is kept without an explicit commit."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from groupdesk.models import Member
from groupdesk.services.workspace import Workspace


def members(workspace: Workspace) -> int:
    with workspace.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Member)) or 0)


def test_a_committed_unit_of_work_keeps_its_writes(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.session.add(Member(full_name="Ana"))
        uow.commit()
    assert members(workspace) == 1


def test_leaving_without_commit_rolls_back(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        uow.session.add(Member(full_name="Ana"))
        uow.session.flush()
    assert members(workspace) == 0


def test_an_exception_rolls_back_and_propagates(workspace: Workspace) -> None:
    with pytest.raises(KeyError), workspace.uow() as uow:
        uow.session.add(Member(full_name="Ana"))
        uow.session.flush()
        raise KeyError("boom")
    assert members(workspace) == 0


def test_the_session_exists_only_inside_the_block(workspace: Workspace) -> None:
    uow = workspace.uow()
    with pytest.raises(RuntimeError, match="inside `with uow:`"):
        _ = uow.session
    with uow, pytest.raises(RuntimeError, match="not re-entrant"), uow:
        pass


def test_an_immediate_unit_of_work_holds_the_write_lock_from_the_start(
    workspace: Workspace,
) -> None:
    other = sqlite3.connect(workspace.paths.database, timeout=0, isolation_level=None)
    try:
        with workspace.uow(immediate=True), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released when the block ends
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_deferred_unit_of_work_lets_others_write_until_it_writes(workspace: Workspace) -> None:
    other = sqlite3.connect(workspace.paths.database, timeout=0, isolation_level=None)
    try:
        with workspace.uow() as uow:
            uow.session.scalar(select(func.count()).select_from(Member))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()
