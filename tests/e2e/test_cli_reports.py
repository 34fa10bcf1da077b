"""`groupdesk reports roster` as a shell runs it: a PDF that holds who agreed, and clear errors."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.meeting_reports import MeetingData, make_meeting

from groupdesk.config import DataPaths
from groupdesk.services.settings import create_group
from groupdesk.services.workspace import open_workspace

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.slow
def test_the_roster_command_writes_a_pdf_of_who_agreed_to_be_listed(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "G"
    assert cli("init", "--name", "River Friends", data_dir=folder).returncode == 0
    for name, consent in (("Zoë Ñúñez", "yes"), ("Łukasz Nowak", "yes"), ("Ana Quiet", "no")):
        added = cli(
            "members", "add", "--full-name", name, "--set", f"consent_roster={consent}",
            data_dir=folder,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    out = tmp_path / "out" / "roster.pdf"
    out.parent.mkdir()
    result = cli(
        "reports", "roster", "--out", out, "--date", "2026-11-24", "--json", data_dir=folder
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "file": str(out),
        "listed": 2,
        "not_listed": 1,
        "pages": 1,
        "warnings": [],
    }
    text = PdfReader(out).pages[0].extract_text()
    assert text.index("Łukasz Nowak") < text.index("Zoë Ñúñez")
    assert "Ana Quiet" not in text and "River Friends" in text and "24 Nov 2026" in text

    plain = cli("reports", "roster", out, "--force", data_dir=folder)  # a plain argument, too
    assert plain.returncode == 0 and "2 members listed on 1 page" in plain.stdout

    wrong = cli("reports", "roster", "--out", tmp_path / "roster.txt", data_dir=folder)
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "groupdesk: error: file: roster.txt should end in .pdf"
    assert not (tmp_path / "roster.txt").exists()


@pytest.mark.slow
def test_the_roster_command_names_a_member_it_could_not_print_whole_after_wrote(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "G"
    assert cli("init", "--name", "River Friends", data_dir=folder).returncode == 0
    added = cli(
        "members", "add", "--full-name", "Sunny 🌻 Day", "--set", "consent_roster=yes",
        data_dir=folder,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    result = cli("reports", "roster", "--out", tmp_path / "roster.pdf", data_dir=folder)
    assert (result.returncode, result.stderr) == (0, "")
    wrote, warning = result.stdout.splitlines()
    assert wrote.startswith("Wrote ")
    assert warning == (
        "Warning: Sunny 🌻 Day: 🌻 (U+1F33B) cannot be printed (no font has it)"
        " and shows as \ufffd."
    )


def test_every_command_that_writes_a_file_is_told_where_by_out(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "G"
    assert cli("init", "--name", "River Friends", data_dir=folder).returncode == 0
    for command, example in (
        (["reports", "roster"], "roster.pdf"),
        (["members", "export"], "members.csv"),
    ):
        help_text = cli(*command, "--help").stdout
        assert "--out FILE." in help_text, command
        nowhere = cli(*command, data_dir=folder)
        assert (nowhere.returncode, nowhere.stderr) == (
            1,
            f"groupdesk: error: --out: say where to write it, e.g. --out {example}\n",
        )
    both = cli(
        "reports", "roster", tmp_path / "a.pdf", "--out", tmp_path / "b.pdf", data_dir=folder
    )
    assert both.returncode == 1 and "name one file to write, not both" in both.stderr
    assert "--out FILE" in cli("backup", "--help").stdout
    assert "--out FILE" in cli("sync", "recovery-sheet", "--help").stdout
    assert "--out FILE.png" in cli("screenshot", "--help").stdout


def test_the_recovery_sheet_is_written_as_a_pdf_to_print_or_as_text(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    folder = tmp_path / "G"
    assert cli("init", "--name", "Łąka Neighbours", data_dir=folder).returncode == 0
    sheet = tmp_path / "sheet.pdf"
    made = cli(
        "sync", "init", tmp_path / "stick", "--recovery-sheet", sheet,
        data_dir=folder, env=keyring_env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]
    text = PdfReader(sheet).pages[0].extract_text()
    assert code in text.replace("\n", "")  # in lines of a few groups
    assert "Łąka Neighbours" in text and "cannot be opened again" in " ".join(text.split())
    as_text = tmp_path / "sheet.txt"
    again = cli("sync", "recovery-sheet", "--out", as_text, data_dir=folder, env=keyring_env)
    assert again.returncode == 0, again.stderr
    assert code in as_text.read_text(encoding="utf-8")


@pytest.fixture
def meeting_folder(tmp_path: Path) -> tuple[Path, MeetingData]:
    """A data folder holding the meeting the meeting reports print."""
    folder = tmp_path / "G"
    workspace = open_workspace(DataPaths(folder))
    try:
        create_group(workspace.uow(), name="River Friends", currency="GBP")
        data = make_meeting(workspace)
    finally:
        workspace.close()
    return folder, data


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "heading"),
    [
        ("agenda", "Actions carried over"),
        ("chair-agenda", "Volunteer concerns (private)"),
        ("signin", "Contact (if you wish)"),
        ("minutes", "Minutes (draft)"),
    ],
)
def test_each_meeting_report_is_written_for_the_meeting_asked_for(
    cli: Cli, tmp_path: Path, meeting_folder: tuple[Path, MeetingData], kind: str, heading: str
) -> None:
    folder, data = meeting_folder
    out = tmp_path / f"{kind}.pdf"
    result = cli(
        "reports", kind, "--meeting", data.meeting, "--out", out, "--paper", "letter", "--json",
        data_dir=folder,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["file"] == str(out)
    page = PdfReader(out).pages[0]
    assert heading in page.extract_text() and "River Friends" in page.extract_text()
    assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]  # --paper letter


@pytest.mark.slow
def test_a_missing_or_wrong_meeting_says_where_to_find_one(
    cli: Cli, tmp_path: Path, meeting_folder: tuple[Path, MeetingData]
) -> None:
    folder, _ = meeting_folder
    out = tmp_path / "agenda.pdf"
    missing = cli("reports", "agenda", "--out", out, data_dir=folder)
    assert missing.returncode == 1
    assert "say which meeting, --meeting ID" in missing.stderr
    assert "`groupdesk meetings list`" in missing.stderr
    wrong = cli("reports", "minutes", "--meeting", "no-such-id", "--out", out, data_dir=folder)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "There is no meeting with the id no-such-id." in wrong.stderr
    assert "`groupdesk meetings list` shows the meetings and their ids." in wrong.stderr
    assert not out.exists()
