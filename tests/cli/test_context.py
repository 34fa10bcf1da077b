"""What every command shares: JSON with stable types, plain tables, and errors as exit codes."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from groupdesk.cli.context import EXIT_ERROR, display_width, print_json, print_table, run
from groupdesk.errors import GroupDeskError, ValidationError


def test_json_has_money_as_decimal_strings_and_dates_in_iso_8601(
    capsys: pytest.CaptureFixture[str],
) -> None:
    print_json(
        [{"amount": Decimal("12.50"), "on": date(2026, 5, 3), "at": datetime(2026, 5, 3, 9, 30)}]
    )
    assert json.loads(capsys.readouterr().out) == [
        {"amount": "12.50", "on": "2026-05-03", "at": "2026-05-03T09:30:00"}
    ]


def test_json_keeps_unicode_readable(capsys: pytest.CaptureFixture[str]) -> None:
    print_json({"name": "Zoë 李雷"})
    assert "Zoë 李雷" in capsys.readouterr().out


def test_a_table_lines_up_its_columns(capsys: pytest.CaptureFixture[str]) -> None:
    print_table([("Ana", None), ("Łukasz Nowak", 3)], headers=["name", "n"])
    assert capsys.readouterr().out.splitlines() == [
        "name          n",
        "Ana",
        "Łukasz Nowak  3",
    ]


def handler_raising(error: BaseException):  # type: ignore[no-untyped-def]
    def handler(_args: argparse.Namespace, _context: object) -> int:
        raise error

    return handler


def test_a_validation_error_prints_one_line_per_field_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(
        data_dir=str(tmp_path),
        handler=handler_raising(ValidationError({"currency": "'XYZ' is bad", "name": "empty"})),
    )
    assert run(args) == EXIT_ERROR
    assert capsys.readouterr().err.splitlines() == [
        "groupdesk: error: currency: 'XYZ' is bad",
        "groupdesk: error: name: empty",
    ]


def test_a_field_is_named_by_the_commands_option_else_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    problem = ValidationError(
        {"joined_on": "not a day", "follow_up_done_on": "in the future", "email": "not an email"}
    )
    args = argparse.Namespace(
        data_dir=str(tmp_path),
        handler=handler_raising(problem),
        field_options={"joined_on": "--joined"},
    )
    assert run(args) == EXIT_ERROR
    assert capsys.readouterr().err.splitlines() == [
        "groupdesk: error: --joined: not a day",
        "groupdesk: error: Follow-up done: in the future",
        "groupdesk: error: email: not an email",
    ]


def test_a_user_facing_error_prints_its_sentence_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(
        data_dir=str(tmp_path), handler=handler_raising(GroupDeskError("Plug in the stick."))
    )
    assert run(args) == EXIT_ERROR
    assert capsys.readouterr().err == "groupdesk: error: Plug in the stick.\n"


def test_a_bug_is_not_hidden_as_a_user_error(tmp_path: Path) -> None:
    args = argparse.Namespace(data_dir=str(tmp_path), handler=handler_raising(KeyError("bug")))
    with pytest.raises(KeyError):
        run(args)


def test_tables_line_up_with_wide_chinese_characters(capsys) -> None:  # type: ignore[no-untyped-def]
    print_table([("李雷", "x"), ("Zoë Ñúñez", "y")], headers=["name", "n"])
    lines = capsys.readouterr().out.splitlines()
    # "李雷" takes four terminal columns, so its "x" stands under the header's "n".
    assert [line.rstrip()[-1] for line in lines] == ["n", "x", "y"]
    assert len({display_width(line) for line in lines}) == 1


def test_a_reader_that_stops_early_is_not_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    demo = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupdesk",
            "--data-dir",
            str(tmp_path),
            "demo",
            "--members",
            "300",
        ],
        capture_output=True,
        check=True,
    )
    assert demo.returncode == 0
    listing = subprocess.Popen(
        [sys.executable, "-m", "groupdesk", "--data-dir", str(tmp_path), "members", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert listing.stdout is not None
    listing.stdout.readline()
    listing.stdout.close()  # like `| head -1`
    assert listing.wait(timeout=60) == 0
    assert b"Traceback" not in (listing.stderr.read() if listing.stderr else b"")


def test_a_services_remedy_is_said_as_a_command_and_its_sentence_names_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.services.members.merge import merge_members
    from groupdesk.services.members.records import add_member, restore_member
    from groupdesk.services.settings import create_group
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(tmp_path / "data"))
    try:
        create_group(workspace.uow(), name="River Friends", currency="GBP")
        keep = add_member(workspace.uow(), values={"full_name": "Zoë Ñúñez"})
        other = add_member(workspace.uow(), values={"full_name": "Zoe Nunez"})
        merge_members(workspace.uow(), keep_id=keep.id, other_id=other.id)
        with pytest.raises(GroupDeskError) as refused:
            restore_member(workspace.uow(), member_id=other.id)
    finally:
        workspace.close()
    assert "groupdesk" not in str(refused.value) and "--" not in str(refused.value)

    def handler(_args: argparse.Namespace, _context: object) -> int:
        raise refused.value

    args = argparse.Namespace(data_dir=str(tmp_path / "data"), handler=handler)
    assert run(args) == EXIT_ERROR
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"groupdesk: error: try: groupdesk members unmerge {other.id}"
    )
