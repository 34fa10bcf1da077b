"""The unit of work: nothing is kept without an explicit commit."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import Connection, func, select

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


def test_a_unit_of_work_says_which_tables_its_committed_writes_touched(
    group_workspace: Workspace,
) -> None:
    from groupdesk.errors import GroupDeskError
    from groupdesk.services.members.checkins import record_checkin
    from groupdesk.services.members.importing import import_members
    from groupdesk.services.members.records import add_member, edit_member

    uow = group_workspace.uow()
    ana = add_member(uow, values={"full_name": "Ana"})
    assert uow.changed_tables() == {"members"}
    uow = group_workspace.uow()
    today = group_workspace.today()
    record_checkin(uow, member_id=ana.id, by_id=None, on=today, how="call")
    assert uow.changed_tables() == {"checkins"}
    uow = group_workspace.uow()
    with pytest.raises(GroupDeskError):
        edit_member(uow, member_id=ana.id, changes={"email": "ana@"})
    assert uow.changed_tables() == frozenset()  # refused: nothing changed
    uow = group_workspace.uow()
    with uow:
        uow.session.add(Member(full_name="Wei"))
        uow.session.flush()
    assert uow.changed_tables() == frozenset()  # flushed, never committed
    uow = group_workspace.uow()  # the bulk path (an import of many rows) counts too
    import_members(uow, data=b"Name\nKemi Bello\nWei Lin\n")
    assert "members" in uow.changed_tables()


def test_only_an_immediate_unit_of_work_keeps_statement_journals_in_memory(
    workspace: Workspace,
) -> None:
    """A sync file's merge (the one immediate unit of work) writes hundreds of thousands of
    rows: its statement journals stay in memory and its page cache is bigger; the next unit
    of work on the same connection has SQLite's own settings again."""

    def settings() -> tuple[object, ...]:
        with workspace.uow() as uow:
            return _storage(uow.session.connection())

    usual = settings()
    with workspace.uow(immediate=True) as uow:
        assert _storage(uow.session.connection()) == (2, -32768)
    assert settings() == usual != (2, -32768)


def _storage(connection: Connection) -> tuple[object, ...]:
    """(temp_store, cache_size) of the connection."""
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("temp_store", "cache_size")
    )
