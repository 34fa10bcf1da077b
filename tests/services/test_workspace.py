"""Opening a data folder: device identity, pragmas, the clock, and migrations with a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.migrations.runner import alembic_config
from groupdesk.models import Change, LocalState, Member
from groupdesk.services import backup_format
from groupdesk.services.backup_whereabouts import list_backups
from groupdesk.services.settings import create_group, get_settings
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.workspace import DEVICE_ID_KEY, Workspace, open_workspace

MakeWorkspace = Callable[..., Workspace]


def test_opening_a_new_folder_creates_it_with_a_database_at_head(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "new" / "folder")
    workspace = open_workspace(paths)
    workspace.close()
    assert paths.database.is_file()
    assert paths.attachments.is_dir() and paths.backups.is_dir()
    assert db.current_revision(paths.database) == SCHEMA_HEAD
    assert list(paths.backups.iterdir()) == []  # nothing to back up in a new folder


def test_the_device_id_is_made_once_and_kept(make_workspace: MakeWorkspace) -> None:
    first = make_workspace("a")
    device_id = first.device_id
    first.close()
    again = make_workspace("a")
    assert again.device_id == device_id
    assert make_workspace("b").device_id != device_id
    with again.uow() as uow:
        stored = uow.session.get(LocalState, DEVICE_ID_KEY)
        assert stored is not None and stored.value == device_id
        assert uow.session.scalar(select(func.count()).select_from(LocalState)) == 1


def test_the_device_id_is_a_uuid7(workspace: Workspace) -> None:
    import uuid

    assert uuid.UUID(workspace.device_id).version == 7


def test_connections_use_wal_a_busy_timeout_and_foreign_keys(workspace: Workspace) -> None:
    with workspace.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == db.BUSY_TIMEOUT_MS
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 1  # NORMAL


def test_the_clock_starts_past_the_newest_stamp_in_the_log(make_workspace: MakeWorkspace) -> None:
    workspace = make_workspace("a")
    # A stamp read from a laptop whose clock runs fast.
    ahead = Stamp(4_000_000_000_000, 17, "another-laptop")
    with workspace.uow(capture_changes=False) as uow:
        uow.session.add(
            Change(
                hlc=str(ahead),
                device_id=ahead.device_id,
                table_name="members",
                row_id="m1",
                field="phone",
                value='"1"',
            )
        )
        uow.commit()
    workspace.close()

    reopened = make_workspace("a", now_millis=lambda: 1_000)
    assert reopened.clock.tick() > ahead
    with reopened.uow() as uow:
        uow.session.add(Member(full_name="Ana"))
        uow.commit()
        newest = uow.session.scalar(
            select(Change.hlc).where(Change.device_id == reopened.device_id).limit(1)
        )
    assert newest is not None and newest > str(ahead)


def test_an_up_to_date_database_opens_without_a_backup(make_workspace: MakeWorkspace) -> None:
    calls: list[str | None] = []
    make_workspace("a").close()
    make_workspace("a", before_upgrade=lambda _paths, old: calls.append(old)).close()
    assert calls == []


def test_upgrade_calls_the_hook_before_the_schema_changes(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    engine = db.make_engine(database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        command.downgrade(alembic_config(connection), "base")
    seen: list[tuple[str | None, bool]] = []

    def before(old: str | None) -> None:
        tables = sqlite3.connect(database).execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'group_settings'"
        )
        seen.append((old, tables.fetchone()[0] == 1))

    db.upgrade(engine, before)
    engine.dispose()
    assert seen == [(None, False)]
    assert db.current_revision(database) == SCHEMA_HEAD


def older_revisions() -> list[str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in scripts.walk_revisions() if s.revision != SCHEMA_HEAD]


def test_opening_a_database_at_an_older_revision_backs_it_up_first(tmp_path: Path) -> None:
    if not older_revisions():
        pytest.skip("one migration so far: no older revision to open (db.upgrade's hook is tested)")
    for revision in older_revisions():
        paths = DataPaths(tmp_path / revision).ensure()
        engine = db.make_engine(paths.database)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        engine.dispose()
        before = paths.database.read_bytes()

        workspace = open_workspace(paths)
        workspace.close()

        (made,) = list_backups(paths)
        assert made.reason == f"before-upgrade-from-{revision}"
        assert made.schema_revision == revision
        archive, _ = backup_format.read_manifest(made.path)
        with archive:
            copy = tmp_path / f"{revision}-copy.sqlite"
            copy.write_bytes(archive.read(backup_format.DATABASE_ENTRY))
        assert db.current_revision(copy) == revision
        assert before  # the old file was a real database
        assert db.current_revision(paths.database) == SCHEMA_HEAD


def test_a_database_from_a_newer_groupdesk_is_refused_untouched(
    make_workspace: MakeWorkspace,
) -> None:
    workspace = make_workspace("a")
    create_group(workspace.uow(), name="Riverside")
    paths = workspace.paths
    workspace.close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(GroupDeskError, match=r"newer GroupDesk.*0999_from_the_future"):
        open_workspace(paths)
    assert paths.database.read_bytes() == before
    assert list(paths.backups.iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "broken").ensure()
    paths.database.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(GroupDeskError, match="not a GroupDesk database"):
        open_workspace(paths)
    assert paths.database.read_bytes().startswith(b"this is a shopping list")


def test_a_reopened_folder_still_holds_its_group(make_workspace: MakeWorkspace) -> None:
    workspace = make_workspace("a")
    create_group(workspace.uow(), name="Zoë's Garden", currency="EUR")
    workspace.close()
    assert get_settings(make_workspace("a").uow()).name == "Zoë's Garden"


def test_a_database_from_the_first_release_upgrades_keeping_its_records(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "first").ensure()
    engine = db.make_engine(paths.database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001_foundation")
    engine.dispose()
    stamp = "001700000000000-000000-old-laptop"
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO group_settings (id, name, currency, locale, paper_size, "
            "financial_year_start_month, financial_year_start_day, not_seen_weeks, "
            "created_at, updated_at) VALUES ('g1', 'Old Group', 'GBP', 'en_GB', 'A4', 4, 6, 8, "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO members (id, full_name, sort_key, status, consent_contact, "
            "consent_photo, consent_roster, created_at, updated_at) VALUES "
            "('m1', 'Zoë Ñúñez', 'zoe nunez', 'active', 1, 0, 1, "
            "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO changes (hlc, device_id, table_name, row_id, field, value) "
            f"VALUES ('{stamp}', 'old-laptop', 'members', 'm1', 'full_name', '\"Zoë Ñúñez\"')"
        )
    connection.close()

    workspace = open_workspace(paths)
    try:
        assert get_settings(workspace.uow()).name == "Old Group"
        with workspace.uow() as uow:
            member = uow.session.get(Member, "m1")
            assert member is not None and member.full_name == "Zoë Ñúñez"
            assert uow.session.scalar(select(Change.hlc).where(Change.row_id == "m1")) == stamp
        assert workspace.clock.tick() > Stamp.parse(stamp)
    finally:
        workspace.close()
    (made,) = list_backups(paths)
    assert made.reason == "before-upgrade-from-0001_foundation"
