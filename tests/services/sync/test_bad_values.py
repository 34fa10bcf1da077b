"""A sealed change with a value that cannot be applied (issue 15 item 9): from any laptop that
holds the key, `joined_on` = "not-a-date", a null `full_name` or text that is not JSON made every
`sync run` and `sync join` crash on every laptop, for good. Now such a change is skipped and
named with its file and laptop; the rest applies, and every laptop skips the same change."""

from __future__ import annotations

import pytest
from hostile import sync_folders as hostile
from sync_helpers import add_member, change_log, live_members, member, setup_group, state, sync

from groupdesk.services.sync.setup import group_join_code, join_folder
from groupdesk.services.sync.values import encode_row

BAD = {
    "joined_on": '"not-a-date"',
    "full_name": "null",
    "phone": "not JSON at all",
    "email": "42",
}


@pytest.fixture
def folder_with_bad_changes(laptops, sync_folder):  # type: ignore[no-untyped-def]
    """Ana and Sam share a folder holding one member each; a laptop with the key then writes
    a file with one good new member and one bad change for each field in BAD."""
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    kwame = add_member(ana, "Kwame Mensah")
    sync(ana, sam)
    key, group_id = hostile.group_key(ana)
    new_row = encode_row(
        [("full_name", "Arrives Anyway"), ("sort_key", "arrives anyway"), ("deleted_at", None)]
    )
    changes = [
        ("members", "0190e2a4-0000-7000-8000-00000000a001", "*",
         hostile.stamp(1_790_000_000_000), None, new_row),
        ("members", "0190e2a4-0000-7000-8000-00000000a002", "*",
         hostile.stamp(1_790_000_000_000, counter=1), None,
         encode_row([("full_name", None)])),
    ] + [
        ("members", kwame, field, hostile.stamp(1_790_000_000_001, counter=n), None, value)
        for n, (field, value) in enumerate(BAD.items())
    ]  # fmt: skip
    name = hostile.sealed_change_file(sync_folder, key, group_id, changes)
    return ana, sam, kwame, name


def test_bad_values_are_skipped_and_named_and_the_rest_applies(folder_with_bad_changes) -> None:  # type: ignore[no-untyped-def]
    ana, sam, kwame, name = folder_with_bad_changes
    reports = sync(ana, sam)
    for report in reports:
        skipped = [w for w in report.warnings if w.startswith(f"Skipped a change in {name}")]
        assert len(skipped) == 5
        assert all("made by another laptop (…00beef)" in w for w in skipped)
        assert any("joined_on is 'not-a-date': not a date" in w for w in skipped)
        assert any("full_name is None: empty, but it must have a value" in w for w in skipped)
        assert any("phone holds 'not JSON at all', which is not JSON" in w for w in skipped)
        assert any("email is 42: not text" in w for w in skipped)
        assert any(f"members {kwame}" in w for w in skipped)
    assert "Arrives Anyway" in live_members(ana) and "Arrives Anyway" in live_members(sam)
    assert member(ana, kwame).full_name == "Kwame Mensah"
    assert state(ana) == state(sam)
    assert not any("not-a-date" in value for (_, _, _, _, value, _) in change_log(ana))
    again = sync(ana, sam)  # read once: no crash and nothing said again
    assert not any(w.startswith("Skipped") for r in again for w in r.warnings)


def test_a_laptop_joining_a_folder_with_bad_values_joins(
    folder_with_bad_changes, laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, _, _ = folder_with_bad_changes
    sync(ana, sam)
    newcomer = laptops("newcomer")
    joined = join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    assert any(w.startswith("Skipped a change in ") for w in joined.report.warnings)
    sync(ana, sam)
    assert state(newcomer) == state(ana) == state(sam)


def test_an_attachment_whose_content_reference_is_not_a_sha256_is_skipped(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    """Item 10 where sync writes: a row naming '../../x' as its content would name a file
    outside the attachments folder (and crashed the roster and Settings)."""
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    key, group_id = hostile.group_key(ana)
    row = encode_row(
        [("sha256", "../../etc/passwd"), ("filename", "logo.png"), ("media_type", "image/png"),
         ("size", 3)]
    )  # fmt: skip
    hostile.sealed_change_file(
        sync_folder, key, group_id,
        [("attachments", "0190e2a4-0000-7000-8000-00000000a003", "*",
          hostile.stamp(1_790_000_000_000), None, row)],
    )  # fmt: skip
    [report] = sync(sam)
    assert any("sha256 is '../../etc/passwd': not a sha256 digest" in w for w in report.warnings)
    with sam.uow() as uow:
        count = uow.session.connection().exec_driver_sql("SELECT count(*) FROM attachments")
        assert count.scalar() == 0
