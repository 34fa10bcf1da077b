"""The command line as a shell runs it: exit codes, messages, and what each command imports."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]
HEAVY = ("PySide6", "shiboken6", "reportlab")


RowsOf = Callable[[Path], dict[str, list[tuple[Any, ...]]]]
FilesOf = Callable[[Path], dict[str, bytes]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_folder(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder made by `groupdesk demo` (shared by the tests that only read it)."""
    folder = tmp_path_factory.mktemp("cli") / "D"
    ok(cli("demo", data_dir=folder))
    return folder


def _imported_running(*arguments: str | Path) -> tuple[str, set[str]]:
    """What `groupdesk ARGUMENTS` printed, and the top-level modules it imported."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "groupdesk", *map(str, arguments)],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return result.stdout, imported


def test_version_answers_without_importing_qt_or_sqlalchemy(cli: Cli) -> None:
    from groupdesk import __version__

    said, imported = _imported_running("--version")
    assert said == f"groupdesk {__version__}\n"
    assert "groupdesk" in imported
    assert not imported & {"sqlalchemy", "alembic", "PySide6", "reportlab", "babel"}


def test_check_imports_only_what_it_uses(demo_folder: Path) -> None:
    """`check` is the quick look a script or a worried volunteer runs: no ORM, and none of the
    dataclass machinery (`dataclasses` and the `inspect` it brings were a sixth of its start)."""
    said, imported = _imported_running("--data-dir", demo_folder, "check")
    assert "Integrity: ok" in said
    assert not imported & {"sqlalchemy", "alembic", "PySide6", "babel", "dataclasses", "inspect"}


def test_building_the_command_line_imports_no_heavy_module(tmp_path: Path) -> None:
    """Every command (and `--data-dir D --version`) builds the whole parser first: the command
    modules of every area must import their heavy modules inside their handlers."""
    probe = (
        "import json, sys\n"
        "from groupdesk.cli import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    imported = set(json.loads(result.stdout))
    assert not imported & {"sqlalchemy", "alembic", "PySide6", "shiboken6", "reportlab"}


def test_demo_backup_restore_gives_an_equal_database(
    cli: Cli, demo_folder: Path, tmp_path: Path, database_rows: RowsOf
) -> None:
    backup_file = tmp_path / "B.zip"
    ok(cli("backup", "--to", backup_file, data_dir=demo_folder))
    assert backup_file.is_file()
    restored = tmp_path / "E"
    result = ok(cli("restore", backup_file, data_dir=restored))
    assert "Restored 'Riverside Neighbours'" in result.stdout
    assert database_rows(restored / "groupdesk.sqlite") == database_rows(
        demo_folder / "groupdesk.sqlite"
    )


def test_restoring_a_truncated_file_exits_1_and_leaves_the_folder_as_it_was(
    cli: Cli, demo_folder: Path, tmp_path: Path, folder_bytes: FilesOf
) -> None:
    ok(cli("backup", "--to", tmp_path / "B.zip", data_dir=demo_folder))
    whole = (tmp_path / "B.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    existing = tmp_path / "E"
    ok(cli("init", "--name", "Our group", data_dir=existing))
    before = folder_bytes(existing)

    result = cli("restore", cut, data_dir=existing)

    assert result.returncode == 1
    assert result.stderr.startswith("groupdesk: error: cut.zip is not a GroupDesk backup")
    assert "Traceback" not in result.stderr
    assert folder_bytes(existing) == before


def test_init_with_a_bad_currency_names_the_field_and_value_and_creates_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    result = cli("init", "--name", "Our group", "--currency", "XYZ", data_dir=folder)
    assert result.returncode == 1
    assert result.stderr == (
        "groupdesk: error: --currency: 'XYZ' is not an ISO 4217 currency code"
        " (like EUR, GBP, USD)\n"
    )
    assert not (folder / "groupdesk.sqlite").exists()


def test_init_names_every_bad_field_on_its_own_line(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "init",
        "--name",
        " ",
        "--locale",
        "nowhere",
        "--financial-year-start",
        "02-30",
        data_dir=tmp_path / "new",
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert {line.split(":")[2].strip() for line in lines} == {  # named by their options
        "--name",
        "--locale",
        "--financial-year-start",
    }
    assert "'nowhere'" in result.stderr and "02-30" in result.stderr


def test_init_then_check_reports_a_sound_database(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    result = ok(cli("init", "--name", "Zoë's Garden", "--currency", "pln", data_dir=folder))
    assert 'Created "Zoë\'s Garden"' in result.stdout
    report = json.loads(ok(cli("check", "--json", data_dir=folder)).stdout)
    assert report["ok"] is True
    assert report["at_head"] is True
    assert report["integrity_problems"] == []


def test_check_of_an_empty_folder_exits_1(cli: Cli, tmp_path: Path) -> None:
    result = cli("check", "--json", data_dir=tmp_path / "nothing")
    assert result.returncode == 1
    assert json.loads(result.stdout)["exists"] is False


@pytest.mark.parametrize(
    "arguments",
    [
        ["init"],  # --name is required
        ["no-such-command"],
        ["demo", "--members", "many"],
        ["init", "--name", "X", "--paper-size", "A5"],
        ["restore"],
    ],
    ids=["missing-option", "unknown-command", "not-a-number", "bad-choice", "missing-file"],
)
def test_usage_errors_exit_2(cli: Cli, tmp_path: Path, arguments: list[str]) -> None:
    result = cli(*arguments, data_dir=tmp_path / "d")
    assert result.returncode == 2
    assert "usage: groupdesk" in result.stderr
    assert not (tmp_path / "d").exists()


def test_demo_twice_is_refused_the_second_time(
    cli: Cli, tmp_path: Path, database_rows: RowsOf
) -> None:
    folder = tmp_path / "D"
    ok(cli("demo", "--members", "5", data_dir=folder))
    before = database_rows(folder / "groupdesk.sqlite")
    result = cli("demo", data_dir=folder)
    assert result.returncode == 1
    assert "already holds the group 'Riverside Neighbours'" in result.stderr
    assert database_rows(folder / "groupdesk.sqlite") == before


def test_commands_on_a_folder_without_a_group_say_what_to_run(cli: Cli, tmp_path: Path) -> None:
    result = cli("backup", data_dir=tmp_path / "empty")
    assert result.returncode == 1
    assert "groupdesk init --name" in result.stderr


def test_screenshot_writes_a_png_of_the_page(cli: Cli, demo_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots" / "dashboard.png"
    out.parent.mkdir()
    result = ok(
        cli(
            "screenshot",
            "--page",
            "dashboard",
            "--out",
            out,
            "--width",
            "900",
            "--height",
            "600",
            data_dir=demo_folder,
            env={"QT_QPA_PLATFORM": "offscreen"},
        )
    )
    assert f"Saved {out}" in result.stdout
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert (width, height) == (900, 600)


def test_screenshot_of_an_unknown_page_names_the_pages(
    cli: Cli, demo_folder: Path, tmp_path: Path
) -> None:
    result = cli(
        "screenshot",
        "--page",
        "calendar",
        "--out",
        tmp_path / "x.png",
        data_dir=demo_folder,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "There is no page 'calendar'" in result.stderr and "dashboard" in result.stderr


IMPORT_PROBE = """
import json, sys
from groupdesk.cli import main
heavy = {heavy!r}
steps = {steps!r}
seen = {{}}
for name, arguments in steps:
    code = main(arguments)
    seen[name] = [code, sorted(m for m in sys.modules if m.split(".")[0] in heavy)]
print(json.dumps(seen), file=sys.stderr)
"""


def test_commands_other_than_gui_and_screenshot_import_neither_qt_nor_reportlab(
    tmp_path: Path,
) -> None:
    folder, other = str(tmp_path / "D"), str(tmp_path / "E")
    backup_file = str(tmp_path / "B.zip")
    steps = [
        ("init", ["--data-dir", other, "init", "--name", "Other"]),
        ("demo", ["--data-dir", folder, "demo", "--members", "5"]),
        ("backup", ["--data-dir", folder, "backup", "--to", backup_file]),
        ("restore", ["--data-dir", other, "restore", backup_file, "--yes"]),
        ("check", ["--data-dir", folder, "check", "--json"]),
    ]
    probe = IMPORT_PROBE.format(heavy=HEAVY, steps=steps)
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    seen = json.loads(result.stderr.strip().splitlines()[-1])
    assert seen == {name: [0, []] for name, _ in steps}


@pytest.fixture
def elm_street(cli: Cli, tmp_path: Path) -> Path:
    """A data folder holding another group, with one member, that a restore would replace."""
    folder = tmp_path / "Elm"
    ok(cli("init", "--name", "Elm Street Mutual Aid", data_dir=folder))
    ok(cli("members", "add", "--full-name", "Priya Patel", data_dir=folder))
    return folder


def test_restore_from_a_script_says_what_it_would_replace_and_needs_yes(
    cli: Cli, demo_folder: Path, elm_street: Path, tmp_path: Path, database_rows: RowsOf
) -> None:
    ok(cli("backup", "--to", tmp_path / "B.zip", data_dir=demo_folder))
    before = database_rows(elm_street / "groupdesk.sqlite")

    result = cli("restore", tmp_path / "B.zip", input_text="y\n", data_dir=elm_street)

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"Restoring {tmp_path / 'B.zip'} replaces the records on this laptop:"
    assert lines[1].startswith("  now here:    'Elm Street Mutual Aid', 1 member, last changed 2")
    assert lines[2].startswith("  the backup:  'Riverside Neighbours', 60 members, made 2")
    assert lines[3:] == [
        "The backup is of another group.",
        "The records here are backed up first, so this can be undone.",
    ]
    assert result.stderr == (
        "groupdesk: error: Restoring a backup over these records needs --yes when no one can be "
        "asked (the input is not a terminal); nothing was changed.\n"
    )
    assert database_rows(elm_street / "groupdesk.sqlite") == before
    assert list((elm_street / "backups").iterdir()) == []  # not even a safety copy was needed


def test_restore_with_yes_says_where_the_replaced_records_are_kept(
    cli: Cli, demo_folder: Path, elm_street: Path, tmp_path: Path
) -> None:
    ok(cli("backup", "--to", tmp_path / "B.zip", data_dir=demo_folder))

    result = ok(cli("restore", tmp_path / "B.zip", "--yes", data_dir=elm_street))

    last = result.stdout.splitlines()[-1]
    assert last.startswith("The records it replaced are backed up in ")
    safety_copy = Path(last.removeprefix("The records it replaced are backed up in "))
    assert safety_copy.parent == elm_street / "backups"
    restored_elm = tmp_path / "undo"
    undone = ok(cli("restore", safety_copy, data_dir=restored_elm))
    assert "Restored 'Elm Street Mutual Aid'" in undone.stdout


def test_an_encrypted_backup_restores_with_its_passphrase_file_and_a_wrong_one_is_said(
    cli: Cli, tmp_path: Path, make_workspace: Callable[..., Any], database_rows: RowsOf
) -> None:
    from groupdesk.services import backup
    from groupdesk.services.backup_safety import set_backup_passphrase
    from groupdesk.services.settings import create_group

    source = make_workspace("source")
    create_group(source.uow(), name="Elm Street Mutual Aid", currency="EUR")
    set_backup_passphrase(source.uow(), passphrase="correct horse battery staple")
    sealed = backup.write_backup(source.paths, tmp_path / "elm.zip").path
    (tmp_path / "right.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("incorrect horse battery\n", encoding="utf-8")
    restored = tmp_path / "E"

    unasked = cli("restore", sealed, "--yes", data_dir=restored)
    wrong = cli("restore", sealed, "--passphrase-file", tmp_path / "wrong.txt", data_dir=restored)
    right = cli("restore", sealed, "--passphrase-file", tmp_path / "right.txt", data_dir=restored)

    assert (unasked.returncode, unasked.stderr) == (
        1,
        "groupdesk: error: passphrase: elm.sealed is encrypted: give the passphrase it was made "
        "with\n",
    )
    assert (wrong.returncode, wrong.stderr) == (
        1,
        "groupdesk: error: passphrase: this is not the passphrase elm.sealed was encrypted with\n",
    )
    assert right.returncode == 0, right.stderr
    assert "Restored 'Elm Street Mutual Aid'" in right.stdout
    assert database_rows(restored / "groupdesk.sqlite") == database_rows(source.paths.database)


def test_a_backup_says_whether_it_is_encrypted(cli: Cli, elm_street: Path, tmp_path: Path) -> None:
    result = ok(cli("backup", "--out", tmp_path / "B.zip", data_dir=elm_street))
    assert result.stdout == (
        f"Backed up 'Elm Street Mutual Aid' (0 attachments) to {tmp_path / 'B.zip'} "
        "(not encrypted).\n"
    )


def test_backups_get_a_second_place_and_a_passphrase_from_the_command_line(
    cli: Cli, elm_street: Path, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (tmp_path / "words.txt").write_text("correct horse battery staple\n", encoding="utf-8")

    before = ok(cli("backup-safety", data_dir=elm_street, env=keyring_env))
    ok(
        cli(
            "backup-safety", "--second-place", stick, "--passphrase-file", tmp_path / "words.txt",
            data_dir=elm_street, env=keyring_env,
        )
    )  # fmt: skip
    made = ok(cli("backup", data_dir=elm_street, env=keyring_env))
    after = ok(cli("backup-safety", data_dir=elm_street, env=keyring_env))

    assert before.stdout.splitlines() == [
        "Second place: none (backups stay on this laptop)",
        "Backups are not encrypted: anyone who gets a backup file can read members' details.",
        "No backup yet.",
    ]
    (sealed,) = (elm_street / "backups").glob("*.sealed")
    assert made.stdout.splitlines() == [
        f"Backed up 'Elm Street Mutual Aid' (0 attachments) to {sealed} (encrypted).",
        f"A copy is in the second place: {stick / sealed.name}",
    ]
    assert after.stdout.splitlines()[:2] == [
        f"Second place: {stick}",
        "Backups are encrypted (the passphrase is needed to restore them).",
    ]
    assert after.stdout.splitlines()[2].endswith(f"is on this laptop and in {stick}.")
    missing = cli("backup-safety", "--second-place", tmp_path / "gone", data_dir=elm_street)
    assert (missing.returncode, missing.stderr) == (
        1,
        f"groupdesk: error: --second-place: {tmp_path / 'gone'} is not there: plug in the stick "
        "or make the folder\n",
    )


def test_a_command_on_an_older_database_says_it_is_updating_it_first(
    cli: Cli, tmp_path: Path
) -> None:
    """A big group's backup before an upgrade takes minutes: the command says why it waits
    (on stderr, so its output stays clean), once."""
    from support.older_database import older_database

    folder = older_database(tmp_path / "old").root
    first = ok(cli("init", "--name", "Riverside", data_dir=folder))
    assert "bringing the group's records up to this version" in first.stderr
    again = ok(cli("members", "list", "--json", data_dir=folder))
    assert json.loads(again.stdout) == []
    assert again.stderr == ""
