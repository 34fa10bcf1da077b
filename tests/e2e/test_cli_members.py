"""`groupdesk members …` and `groupdesk checkins …` as a shell runs them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]
RowsOf = Callable[[Path], dict[str, list[tuple[Any, ...]]]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result).stdout)


@pytest.fixture
def group(river_friends: Path) -> Path:
    return river_friends


def add(cli: Cli, folder: Path, *args: str) -> str:
    result = ok(cli("members", "add", *args, data_dir=folder))
    return result.stdout.splitlines()[0].rsplit("(", 1)[1].rstrip(")")


@pytest.mark.slow
def test_add_list_show_edit_delete_and_restore_a_member(cli: Cli, group: Path) -> None:
    zoe = add(
        cli,
        group,
        "--full-name",
        "Zoë Ñúñez",
        "--email",
        "zoe@example.org",
        "--phone",
        "07700 900123",
        "--joined",
        "2024-01-15",
        "--set",
        "consent_photo=yes",
    )
    listed = as_json(cli("members", "list", "--json", "--search", "zoe", data_dir=group))
    assert [(m["id"], m["full_name"], m["phone"], m["joined_on"]) for m in listed] == [
        (zoe, "Zoë Ñúñez", "+44 7700 900123", "2024-01-15")
    ]
    assert set(listed[0]) >= {
        "id",
        "full_name",
        "email",
        "status",
        "roles",
        "skills",
        "last_seen",
        "consent_photo",
    }
    ok(
        cli(
            "members",
            "edit",
            zoe[:13],
            "--set",
            "pronouns=she/her",
            "--set",
            "status=inactive",
            data_dir=group,
        )
    )
    shown = as_json(cli("members", "show", zoe, "--json", data_dir=group))
    assert (shown["pronouns"], shown["status"]) == ("she/her", "inactive")
    assert [e["action"] for e in shown["history"]] == ["changed", "added"]
    ok(cli("members", "delete", zoe, data_dir=group))
    assert as_json(cli("members", "list", "--json", data_dir=group)) == []
    deleted = as_json(cli("members", "list", "--json", "--include-deleted", data_dir=group))
    assert deleted[0]["deleted"] is True
    ok(cli("members", "restore", zoe, data_dir=group))
    assert len(as_json(cli("members", "list", "--json", data_dir=group))) == 1


def test_bad_input_names_each_field_and_value_exits_1_and_changes_nothing(
    cli: Cli, group: Path, database_rows: RowsOf
) -> None:
    before = database_rows(group / "groupdesk.sqlite")
    result = cli(
        "members",
        "add",
        "--full-name",
        "Ana",
        "--email",
        "ana@",
        "--joined",
        "2024-13-01",
        data_dir=group,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "groupdesk: error: --email: 'ana@' is not an email address",
        "groupdesk: error: --joined: '2024-13-01' is not a day of the calendar",
    ]
    assert database_rows(group / "groupdesk.sqlite") == before
    usage = cli("members", "add", "--email", "a@b.org", data_dir=group)
    assert usage.returncode == 2 and "--full-name" in usage.stderr
    unknown = cli("members", "show", "0000000", data_dir=group)
    assert unknown.returncode == 1 and "no member with the id '0000000'" in unknown.stderr


def test_importing_a_broken_csv_names_each_bad_line_and_imports_nothing(
    cli: Cli, group: Path, tmp_path: Path, database_rows: RowsOf
) -> None:
    broken = tmp_path / "last-year.csv"
    broken.write_bytes(
        "\ufeffName,Email,Joined\r\n"
        "Amara Okafor,amara@example.org,2024-01-15\r\n"
        "Tomás García,ana@,2024-02-01\r\n"
        "Wei Chen,wei@example.org,2024-02-30\r\n"
        "Fatima Haddad,fatima@example.org,2024-03-01,extra\r\n".encode()
    )
    before = database_rows(group / "groupdesk.sqlite")
    for extra in ((), ("--dry-run",)):
        result = cli("members", "import", broken, *extra, data_dir=group)
        assert result.returncode == 1
        assert result.stderr.splitlines() == [
            "groupdesk: error: line 3 (Tomás García), Email: 'ana@' is not an email address",
            "groupdesk: error: line 4 (Wei Chen), Joined: '2024-02-30' is not a day of the "
            "calendar",
            "groupdesk: error: line 5 (Fatima Haddad): this row has 4 values but the header has "
            "3 columns (a value with a comma in it needs quotes around it)",
        ]
        assert database_rows(group / "groupdesk.sqlite") == before
    skipped = ok(cli("members", "import", broken, "--skip-bad-rows", data_dir=group))
    assert "Imported 1 member; skipped lines 3, 4, 5." in skipped.stdout
    assert "skipped line 3 (Tomás García), Email: 'ana@' is not an email address" in (
        skipped.stdout
    )
    assert "error" not in skipped.stderr
    assert [m["full_name"] for m in as_json(cli("members", "list", "--json", data_dir=group))] == [
        "Amara Okafor"
    ]


def test_a_google_contacts_file_imported_twice_asks_about_the_people_already_here(
    cli: Cli, group: Path, tmp_path: Path
) -> None:
    google = tmp_path / "contacts.csv"
    google.write_bytes(
        b"Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,"
        b"Phone 1 - Value\r\n"
        b"Amara Okafor,Amara,Okafor,* Home,amara@example.org ::: amara@work.example,Mobile,"
        b"07700 900001\r\n"
        b"Wei Chen,Wei,Chen,,wei@example.org,,\r\n"
    )
    first = ok(cli("members", "import", google, data_dir=group))
    assert "Imported 2 members." in first.stdout
    [amara, _wei] = as_json(cli("members", "list", "--json", data_dir=group))
    assert (amara["email"], amara["phone"]) == ("amara@example.org", "+44 7700 900001")

    again = cli("members", "import", google, data_dir=group)
    assert again.returncode == 1
    assert "line 2 (Amara Okafor) is Amara Okafor" in again.stdout and "same email" in again.stdout
    assert "--existing skip" in again.stdout and "Nothing was imported." in again.stdout
    skipped = ok(cli("members", "import", google, "--existing", "skip", data_dir=group))
    assert "Nothing was imported: every row is already here." in skipped.stdout
    assert len(as_json(cli("members", "list", "--json", data_dir=group))) == 2


def test_a_file_without_a_name_column_is_refused_pointing_at_map(
    cli: Cli, group: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Vorname,Nachname\nJonas,Weber\n", encoding="utf-8")
    refused = cli("members", "import", odd, data_dir=group)
    assert refused.returncode == 1 and "--map HEADER=FIELD" in refused.stderr
    joined = ok(
        cli(
            "members", "import", odd, "--map", "Vorname=full_name", "--map", "Nachname=full_name",
            data_dir=group,
        )
    )  # fmt: skip
    assert "Imported 1 member." in joined.stdout
    [jonas] = as_json(cli("members", "list", "--json", data_dir=group))
    assert jonas["full_name"] == "Jonas Weber"


def test_a_guessed_encoding_is_named_with_a_sample_of_names_in_the_dry_run(
    cli: Cli, group: Path, tmp_path: Path
) -> None:
    mac = tmp_path / "mac.csv"
    mac.write_bytes("Name,Notes\rZoë Ñúñez,Café\rJosé Müller,\r".encode("mac_roman"))
    dry = ok(cli("members", "import", mac, "--dry-run", data_dir=group))
    assert "The encoding is a guess: Mac Roman. Names read: Zoë Ñúñez; José Müller." in dry.stdout
    assert "--encoding with 'Windows-1252'" in dry.stdout
    chosen = ok(cli("members", "import", mac, "--encoding", "Windows-1252", data_dir=group))
    assert "(Windows-1252)" in chosen.stdout


def test_export_writes_a_file_excel_reads_and_that_imports_back(
    cli: Cli, group: Path, tmp_path: Path
) -> None:
    add(cli, group, "--full-name", "=cmd|' /C calc'!A0", "--email", "x@example.org")
    out = tmp_path / "members.csv"
    ok(cli("members", "export", "--out", out, data_dir=group))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfFull name,")
    assert b"'=cmd|" in data
    other = tmp_path / "H"
    ok(cli("init", "--name", "Copy", data_dir=other))
    ok(cli("members", "import", out, data_dir=other))
    [copied] = as_json(cli("members", "list", "--json", data_dir=other))
    assert copied["full_name"] == "=cmd|' /C calc'!A0"


@pytest.mark.slow
def test_duplicates_merge_and_unmerge(cli: Cli, group: Path) -> None:
    keep = add(cli, group, "--full-name", "Zoë Ñúñez", "--email", "zoe@example.org")
    other = add(cli, group, "--full-name", "Zoe Nunez", "--phone", "07700 900123")
    ok(cli("checkins", "add", other, "--how", "call", "--on", "2026-01-05", data_dir=group))
    [pair] = as_json(cli("members", "duplicates", "--json", data_dir=group))
    assert {pair["first_id"], pair["second_id"]} == {keep, other}
    assert "same name" in pair["reasons"]
    merged = ok(cli("members", "merge", keep, other, data_dir=group))
    assert "Merged Zoe Nunez into Zoë Ñúñez; moved 1 checkins; filled phone" in merged.stdout
    [survivor] = as_json(cli("members", "list", "--json", data_dir=group))
    assert (survivor["id"], survivor["phone"], survivor["last_seen"]) == (
        keep,
        "+44 7700 900123",
        "2026-01-05",
    )
    # The service says why in its own words; the command line adds what to type.
    refused = cli("members", "restore", other, data_dir=group)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"groupdesk: error: Zoe Nunez was merged into {keep}; to separate them again, undo "
        "the merge.",
        f"groupdesk: error: try: groupdesk members unmerge {other}",
    ]
    ok(cli("members", "unmerge", other, data_dir=group))
    both = as_json(cli("members", "list", "--json", data_dir=group))
    assert {(m["id"], m["phone"]) for m in both} == {(keep, None), (other, "+44 7700 900123")}


def test_forget_with_yes_blanks_the_member_without_asking_a_script(cli: Cli, group: Path) -> None:
    ana = add(cli, group, "--full-name", "Ana Silva", "--email", "ana@example.org")
    result = ok(cli("members", "forget", ana, "--yes", data_dir=group))
    assert result.stdout.startswith("Forgot Ana Silva: personal details blanked")
    shown = as_json(cli("members", "show", ana, "--json", data_dir=group))
    assert (shown["display_name"], shown["email"], shown["erased_at"] is not None) == (
        "Forgotten member",
        None,
        True,
    )
    assert b"ana@example.org" not in (group / "groupdesk.sqlite").read_bytes()


def test_forget_from_a_script_without_yes_erases_nothing(cli: Cli, group: Path) -> None:
    """`echo n | groupdesk members forget ID`: nobody can be asked, so nothing is erased."""
    priya = add(cli, group, "--full-name", "Priya Patel", "--email", "priya@example.org")

    result = cli("members", "forget", priya[:6], input_text="n\n", data_dir=group)

    assert result.returncode == 1
    assert result.stderr == (
        "groupdesk: error: Forgetting Priya Patel cannot be undone: it needs --yes when no one "
        "can be asked (the input is not a terminal); nothing was changed.\n"
    )
    shown = as_json(cli("members", "show", priya, "--json", data_dir=group))
    assert (shown["full_name"], shown["email"], shown["erased_at"]) == (
        "Priya Patel",
        "priya@example.org",
        None,
    )


@pytest.mark.slow
def test_roles_skills_mentoring_and_check_ins(cli: Cli, group: Path) -> None:
    wei = add(cli, group, "--full-name", "Wei Chen", "--joined", "2020-01-01")
    sam = add(cli, group, "--full-name", "Sam Okafor", "--joined", "2020-01-01")
    ok(cli("members", "role", wei, "mentoring lead", "--from", "2023-01-01", data_dir=group))
    ok(cli("members", "skill", sam, "First aid", "--can-teach", data_dir=group))
    ok(cli("members", "mentor", wei, sam, "--goals", "Lead a session", data_dir=group))
    ok(
        cli(
            "checkins",
            "add",
            sam,
            "--by",
            wei,
            "--how",
            "visit",
            "--on",
            "2026-01-10",
            "--note",
            "All good",
            "--follow-up",
            "2026-01-24",
            data_dir=group,
        )
    )
    roles = as_json(cli("members", "roles", "--role", "Mentoring Lead", "--json", data_dir=group))
    assert [(r["member_name"], r["started_on"]) for r in roles] == [("Wei Chen", "2023-01-01")]
    skills = as_json(cli("members", "skills", "--search", "first aid", "--json", data_dir=group))
    assert [(s["member_name"], s["can_teach"]) for s in skills] == [("Sam Okafor", True)]
    due = as_json(cli("checkins", "due", "--json", data_dir=group))
    assert {(d["member_name"], d["reason"]) for d in due} >= {("Sam Okafor", "follow-up")}
    shown = as_json(cli("members", "show", sam, "--json", data_dir=group))
    assert [m["mentor_name"] for m in shown["mentorships"]] == ["Wei Chen"]
    assert [c["note"] for c in shown["checkins"]] == ["All good"]
    bad = cli("checkins", "add", sam, "--how", "call", "--on", "soon", data_dir=group)
    assert bad.returncode == 1 and "on: 'soon' is not a date" in bad.stderr


def test_a_follow_up_is_marked_done_by_the_start_of_the_id_that_checkins_due_prints(
    cli: Cli, group: Path
) -> None:
    sam = add(cli, group, "--full-name", "Sam Okafor", "--joined", "2020-01-01")
    recorded = ok(
        cli(
            "checkins", "add", sam, "--how", "call", "--on", "2026-01-10", "--follow-up",
            "2026-01-24", data_dir=group,
        )
    )  # fmt: skip
    checkin_id = recorded.stdout.strip().rsplit("(", 1)[1].rstrip(")")

    due = ok(cli("checkins", "due", data_dir=group)).stdout.splitlines()
    assert due[0].split() == ["Member", "Why", "Due", "/", "since", "Last", "seen", "Member", "ID",
                              "Check-in", "ID"]  # fmt: skip
    (follow_up,) = [line for line in due if "follow-up" in line]
    assert follow_up.endswith(checkin_id)

    done = ok(cli("checkins", "done", checkin_id[:13], "--on", "2026-01-20", data_dir=group))
    assert done.stdout == "Follow-up with Sam Okafor done on 2026-01-20\n"
    unknown = cli("checkins", "done", "ffffffff", data_dir=group)
    assert (unknown.returncode, unknown.stderr) == (
        1,
        "groupdesk: error: There is no check-in with the id 'ffffffff'.\n",
    )


def test_a_records_history_is_found_by_the_start_of_its_id(cli: Cli, group: Path) -> None:
    ana = add(cli, group, "--full-name", "Ana Silva")
    history = as_json(cli("sync", "history", "members", ana[:13], "--json", data_dir=group))
    assert [event["created"] for event in history] == [True]
    ok(cli("members", "edit", ana, "--set", "joined_on=2024-03-01", data_dir=group))
    told = ok(cli("sync", "history", "members", ana[:13], data_dir=group)).stdout.splitlines()
    # Fields in words and the time the group's way, as the History tab says them.
    assert told[0].startswith("this laptop changed Joined on ") and "_" not in told[0]
    assert told[1] == "    Joined: — → 1 Mar 2024"
    unknown = cli("sync", "history", "members", "ffffffff", data_dir=group)
    assert (unknown.returncode, unknown.stderr) == (
        1,
        "groupdesk: error: There is no member with the id 'ffffffff'.\n",
    )


@pytest.mark.slow
def test_adding_a_second_ana_petrova_says_so_and_adds_her_anyway(cli: Cli, group: Path) -> None:
    first = add(cli, group, "--full-name", "Ana Petrova")
    again = ok(cli("members", "add", "--full-name", "ANA PETROVA", data_dir=group))
    lines = again.stdout.splitlines()
    assert lines[0].startswith("Added ANA PETROVA (")
    assert lines[1] == f"There is already a member called Ana Petrova (id {first}): added anyway."
    assert again.stderr == ""
    assert len(as_json(cli("members", "list", "--json", data_dir=group))) == 2


@pytest.mark.slow
def test_a_member_set_to_left_is_dated_today_and_set_active_again_is_not(
    cli: Cli, group: Path
) -> None:
    ana = add(cli, group, "--full-name", "Ana Petrova")
    ok(cli("members", "edit", ana, "--set", "status=left", data_dir=group))
    shown = as_json(cli("members", "show", ana, "--json", data_dir=group))
    assert (shown["status"], shown["left_on"]) == ("left", date.today().isoformat())
    text = ok(cli("members", "show", ana, data_dir=group)).stdout.splitlines()
    today = f"{date.today():%-d %b %Y}"  # the group's locale is en_GB: '4 Dec 2026'
    assert f"  Left:          {today}" in text
    assert any(line.endswith(": changed member Left, Status") for line in text)
    assert all(line.startswith(f"  {today} ") for line in text[text.index("History:") + 1 :])
    ok(cli("members", "edit", ana, "--set", "status=active", data_dir=group))
    shown = as_json(cli("members", "show", ana, "--json", data_dir=group))
    assert (shown["status"], shown["left_on"]) == ("active", None)
    ok(cli("checkins", "add", ana, "--how", "call", data_dir=group))
    listed = ok(cli("members", "list", data_dir=group)).stdout.splitlines()
    assert listed[1].endswith(f"  {today}")  # Last seen, in the group's date format


def test_json_to_a_pipe_is_one_compact_line_with_unicode_kept(cli: Cli, group: Path) -> None:
    add(cli, group, "--full-name", "Zoë Ñúñez")
    output = ok(cli("members", "list", "--json", data_dir=group)).stdout
    assert output.count("\n") == 1
    assert '"Zoë Ñúñez"' in output
    assert [m["full_name"] for m in json.loads(output)] == ["Zoë Ñúñez"]
