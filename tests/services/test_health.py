"""`groupdesk check`: is the database sound, its schema current and as GroupDesk makes it, and
is every attached file there and whole?"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hostile.backups import with_trigger

from groupdesk.config import DataPaths
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.services.health import check_data_folder
from groupdesk.services.settings import set_logo
from groupdesk.services.workspace import Workspace


def test_a_sound_current_database_is_ok(group_workspace: Workspace) -> None:
    report = check_data_folder(group_workspace.paths)
    assert report.ok and report.at_head
    assert report.integrity_problems == []
    assert report.schema_revision == SCHEMA_HEAD
    assert report.lines() == [
        f"Database: {group_workspace.paths.database}",
        "Integrity: ok",
        f"Schema: {SCHEMA_HEAD} (current)",
        "Attachments: 0 files ok",
    ]


def test_a_folder_without_a_database_is_not_ok_and_says_so(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "empty")
    report = check_data_folder(paths)
    assert not report.ok and not report.exists
    assert report.lines() == [f"No database at {paths.database}."]
    assert not paths.root.exists()  # checking creates nothing


def test_an_old_schema_is_reported_with_what_will_happen(group_workspace: Workspace) -> None:
    paths = group_workspace.paths
    group_workspace.close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000_older'")
    connection.close()
    report = check_data_folder(paths)
    assert not report.ok and not report.at_head
    assert report.schema_revision == "0000_older"
    assert "upgraded (after a backup) the next time" in report.lines()[2]


def test_a_file_that_is_not_a_database_is_reported_not_raised(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "broken").ensure()
    paths.database.write_bytes(b"\x00garbage" * 1000)
    report = check_data_folder(paths)
    assert not report.ok
    assert report.integrity_problems
    assert report.lines()[1].startswith("Integrity: PROBLEMS")
    assert report.lines()[2] == "Schema: unknown (the database cannot be read)"


def test_a_damaged_page_fails_the_integrity_check(group_workspace: Workspace) -> None:
    paths = group_workspace.paths
    group_workspace.close()
    data = bytearray(paths.database.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, len(data), page_size):  # scribble on every table page
        data[offset : offset + 64] = b"\xff" * 64
    paths.database.write_bytes(bytes(data))
    report = check_data_folder(paths)
    assert not report.ok
    assert report.integrity_problems


def test_the_report_as_json_has_stable_keys(group_workspace: Workspace) -> None:
    assert set(check_data_folder(group_workspace.paths).as_dict()) == {
        "database",
        "exists",
        "integrity_problems",
        "schema_revision",
        "schema_head",
        "schema_problems",
        "attachment_problems",
        "attachments_checked",
        "at_head",
        "ok",
    }


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        (
            "CREATE TRIGGER wipe AFTER INSERT ON members BEGIN DELETE FROM group_settings; END",
            "trigger wipe was not made by GroupDesk",
        ),
        (
            "CREATE VIEW everyone AS SELECT * FROM members",
            "view everyone was not made by GroupDesk",
        ),
        ("DROP TABLE checkins", "table checkins is missing"),
        (
            "CREATE INDEX ix_extra ON members (full_name)",
            "index ix_extra was not made by GroupDesk",
        ),
        ("ALTER TABLE members ADD COLUMN extra TEXT", "the columns of table members differ"),
    ],
)
def test_a_schema_that_is_not_the_one_groupdesk_makes_is_not_ok(
    group_workspace: Workspace, statement: str, problem: str
) -> None:
    """Issue 15 item 14: with a table dropped, `check` said "Integrity: ok, Schema current"
    while every command crashed."""
    paths = group_workspace.paths
    group_workspace.close()
    with_trigger(paths.database, statement)
    report = check_data_folder(paths)
    assert not report.ok
    assert any(line.startswith(problem) for line in report.schema_problems), report
    assert "Tables: PROBLEMS" in "\n".join(report.lines())


def test_a_missing_or_altered_attachment_is_not_ok(
    group_workspace: Workspace, logo_png: Path
) -> None:
    """Issue 15 item 22: after a kill mid-restore the logo was gone while `check` said ok."""
    set_logo(group_workspace.uow(), image=logo_png)
    paths = group_workspace.paths
    (stored,) = paths.attachments.iterdir()
    assert check_data_folder(paths).ok
    stored.write_bytes(b"not the logo")
    report = check_data_folder(paths)
    assert not report.ok
    assert report.attachment_problems == [
        f"{logo_png.name} does not match its hash (attachments/{stored.name})"
    ]
    stored.unlink()
    assert check_data_folder(paths).attachment_problems == [
        f"{logo_png.name} is missing (attachments/{stored.name})"
    ]


def test_the_shipped_schema_of_the_head_is_the_one_the_migrations_make() -> None:
    """`check` compares a current database with `resources/schema_head.json` rather than
    running every migration; a new migration makes this fail until the file is written again:
    .venv/bin/python -c 'from groupdesk.services.schema_check import write_head_schema as w; w()'
    """
    from groupdesk.services.schema_check import HEAD_SCHEMA, declared_schema, head_schema_text

    assert HEAD_SCHEMA.read_text(encoding="utf-8") == head_schema_text()
    assert declared_schema(SCHEMA_HEAD).tables["member_seen"]


def test_checking_a_current_folder_imports_only_what_the_check_needs(
    group_workspace: Workspace,
) -> None:
    """`groupdesk check` is quick: the CLI in a process of its own, its imports listed. Neither
    SQLAlchemy nor Alembic, no other command's module, no package metadata (the version)."""
    root = group_workspace.paths.root
    group_workspace.close()
    script = (
        "import sys, runpy; sys.argv = ['groupdesk', '--data-dir', sys.argv[1], 'check'];"
        "\ntry: runpy.run_module('groupdesk', run_name='__main__')"
        "\nexcept SystemExit as done: assert not done.code, done.code"
        "\nprint(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}"
        "\n  | {m for m in sys.modules if m.startswith(('groupdesk.cli.', 'importlib.metadata'))}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, check=True
    )
    assert "Schema: " + SCHEMA_HEAD + " (current)" in done.stdout
    imported = done.stdout.strip().splitlines()[-1]
    assert imported == str(
        [f"groupdesk.cli.{name}" for name in ("check", "context", "options", "terminal")]
    )
