"""Attachments, compaction, pruning, unknown tables, erasure, joining, keys."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sync_helpers import add_member, change_log, edit_member, files, setup_group, state, sync

from groupdesk.errors import ValidationError
from groupdesk.services.attachments import add_attachment, stored_path
from groupdesk.services.sync import crypto, keys
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import group_join_code, init_folder, join_folder
from groupdesk.services.sync.snapshots import write_snapshot


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def _attach(workspace, tmp_path, content: bytes):  # type: ignore[no-untyped-def]
    source = tmp_path / "receipt.jpg"
    source.write_bytes(content)
    with workspace.uow() as uow:
        data = add_attachment(uow, source=source)
        uow.commit()
    return data


def test_an_attachment_arrives_with_its_row_verified_by_hash(pair, tmp_path, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    data = _attach(ana, tmp_path, b"\xff\xd8\xff receipt bytes" * 1000)
    [report] = sync(ana)
    assert report.attachments_sent == 1
    blob = files(sync_folder, "attachments")[0]
    assert data.sha256 not in blob.name and b"receipt bytes" not in blob.read_bytes()
    [report] = sync(sam)
    assert report.attachments_fetched == 1
    assert stored_path(sam.paths.attachments, data.sha256).read_bytes() == (
        b"\xff\xd8\xff receipt bytes" * 1000
    )


def test_an_attachment_whose_blob_has_not_arrived_is_pending(pair, tmp_path, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    _attach(ana, tmp_path, b"photo")
    sync(ana)
    [blob] = files(sync_folder, "attachments")
    saved = blob.read_bytes()
    blob.write_bytes(saved[:20])  # still copying
    [report] = sync(sam)
    assert report.attachments_pending == 1 and report.problems
    blob.write_bytes(saved)
    [report] = sync(sam)
    assert (report.attachments_pending, report.attachments_fetched) == (0, 1)


def test_a_snapshot_plus_later_changes_equals_replaying_everything(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    ids = [add_member(ana, f"Member {i}") for i in range(6)]
    sync(ana, sam)
    edit_member(ana, ids[0], phone="1")
    edit_member(sam, ids[0], phone="2")
    edit_member(sam, ids[1], deleted_at=datetime(2026, 3, 1))
    sync(ana, sam, ana)
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    from groupdesk.services.sync.folder import SyncFolder

    snapshot = write_snapshot(ana, SyncFolder(sync_folder), key, config.group_id, datetime.now)
    assert snapshot is not None
    edit_member(sam, ids[2], email="late@example.org")
    sync(sam)
    from_snapshot = laptops("from-snapshot")
    join_folder(from_snapshot, folder=sync_folder, code=group_join_code(ana))
    for path in files(sync_folder, "snapshots"):
        path.unlink()
    replayed = laptops("replayed")
    report = join_folder(replayed, folder=sync_folder, code=group_join_code(ana)).report
    assert not any(f.name.startswith("snapshots/") for f in report.files_read)
    sync(ana)
    assert state(from_snapshot) == state(replayed) == state(ana) == state(sam)


def test_own_old_files_covered_by_a_snapshot_are_pruned_after_the_grace_period(
    pair, sync_folder, laptops
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    add_member(ana, "Old news")
    sync(ana)
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    from groupdesk.services.sync.folder import SyncFolder

    write_snapshot(ana, SyncFolder(sync_folder), key, config.group_id, datetime.now)
    assert files(sync_folder, f"changes/{ana.device_id}")
    later = lambda: datetime.now() + timedelta(days=31)  # noqa: E731
    run_sync(ana, now=later, backup=False)
    assert files(sync_folder, f"changes/{ana.device_id}") == []
    newcomer = laptops("newcomer")
    join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    sync(sam)
    assert state(newcomer) == state(ana) == state(sam)


def test_a_snapshot_covering_this_laptops_own_files_keeps_its_id(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    """Regression: loading another laptop's snapshot marked this laptop's own change files as
    merely 'covered' (not written here), so the next sync took them for files of a copied data
    folder and changed this laptop's device id (and its next file name was taken)."""
    ana, sam = pair
    add_member(sam, "Made on Sam's laptop")
    sync(sam, ana)  # Ana reads Sam's file: her snapshot will cover it
    add_member(ana, "Old news")
    sync(ana)
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    from groupdesk.services.sync.folder import SyncFolder

    write_snapshot(ana, SyncFolder(sync_folder), key, config.group_id, datetime.now)
    later = lambda: datetime.now() + timedelta(days=31)  # noqa: E731
    run_sync(ana, now=later, backup=False)  # Ana's files are pruned before Sam read them
    sam_id = sam.device_id
    [report] = sync(sam)
    assert any(f.name.startswith("snapshots/") for f in report.files_read)
    add_member(sam, "Made after the snapshot")
    reports = sync(sam, ana, sam)
    assert sam.device_id == sam_id
    assert not any("new id" in w for r in reports for w in r.warnings)
    assert state(ana) == state(sam)


def test_changes_for_an_unknown_table_are_kept_relayed_and_touch_nothing(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    stamp = str(ana.clock.tick())
    header = fmt.Header("changes", config.group_id, ana.device_id, 99, schema=99)
    data = fmt.encode(header, key, changes=[("harvests", "h1", "title", stamp, None, '"AGM"')])
    (sync_folder / "changes" / ana.device_id / "0000000099.gdc").write_bytes(data)
    before = state(sam)
    [report] = sync(sam)
    assert report.problems == () and state(sam) == before
    with sam.uow() as uow:
        kept = (
            uow.session.connection()
            .exec_driver_sql("SELECT table_name, field, value FROM sync_unknown_changes")
            .all()
        )
    assert [tuple(k) for k in kept] == [("harvests", "title", '"AGM"')]


def test_an_erasure_blanks_the_members_old_values_in_history(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    member_id = add_member(ana, "Private Person", phone="+44 123")
    edit_member(ana, member_id, phone="+44 456")
    sync(ana, sam)
    edit_member(ana, member_id, full_name="", phone=None, erased_at=date(2026, 6, 1))
    sync(ana, sam)
    values = {v for (_, t, r, f, v, _) in change_log(sam) if r == member_id}
    assert not any("+44" in v or "Private" in v for v in values)


@pytest.mark.usefixtures("cheap_passphrase_kdf")
def test_joining_with_the_passphrase_or_a_typo_in_the_code(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.settings import create_group

    ana, sam = laptops("ana"), laptops("sam")
    create_group(ana.uow(), name="Riverside", currency="EUR")
    code = init_folder(ana, folder=sync_folder, passphrase="river clean-up 2026").join_code
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(ValidationError, match="typing mistake"):
        join_folder(sam, folder=sync_folder, code=typo)
    with pytest.raises(ValidationError, match="not the group's passphrase"):
        join_folder(sam, folder=sync_folder, passphrase="wrong passphrase here")
    other_key = crypto.join_code(crypto.new_group_key())
    with pytest.raises(ValidationError, match="different key or group"):
        join_folder(sam, folder=sync_folder, code=other_key)
    joined = join_folder(sam, folder=sync_folder, passphrase="river clean-up 2026")
    assert joined.join_code == code
    assert state(ana) == state(sam)


def test_a_laptop_that_made_its_own_group_adopts_the_folders_settings(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.settings import create_group, get_settings

    ana, sam = laptops("ana"), laptops("sam")
    create_group(sam.uow(), name="Sam's try", currency="GBP")
    setup_group(ana, [sam], sync_folder, merge_own_records=True)
    sync(ana)
    assert get_settings(sam.uow()).name == get_settings(ana.uow()).name == "Riverside"
    assert state(ana) == state(sam)


def test_the_join_code_survives_lowercase_spaces_and_look_alike_digits() -> None:
    key = crypto.new_group_key()
    code = crypto.join_code(key)
    typed = code.lower().replace("-", " ").replace("o", "0")
    assert crypto.key_from_join_code(typed) == key


def test_no_keyring_gets_a_plain_message_and_no_plain_text_fallback(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(keys.NoKeyringError, match="will not keep it in a plain file"):
        keys.keyring_store().put("group", b"k" * 32)


def test_the_recovery_sheet_holds_the_code_and_says_what_losing_it_means(pair) -> None:  # type: ignore[no-untyped-def]
    ana, _ = pair
    from groupdesk.services.sync.setup import recovery_sheet

    sheet = recovery_sheet(ana).text()
    assert group_join_code(ana) in sheet and "cannot be opened again" in " ".join(sheet.split())
