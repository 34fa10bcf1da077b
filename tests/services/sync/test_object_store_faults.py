"""An object store that goes away in the middle of a sync (issue 18 item 4): a SeaweedFS server
of the test's own, stopped and started again on the same ports and data."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from support.seaweed import running_seaweed
from sync_helpers import StoreTarget, add_member, live_members, setup_group, state, sync

from groupdesk.errors import GroupDeskError
from groupdesk.services.sync import config
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.store_location import parse_store


@pytest.mark.slow
def test_a_server_stopped_in_the_middle_of_a_sync_leaves_whole_files_and_the_next_completes(
    laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Two tries with short waits: the four of 20 s a laptop gets took this test 42 s.
    monkeypatch.setattr(config, "ObjectStore", partial(config.ObjectStore, attempts=2, timeout=2.0))
    with running_seaweed(tmp_path / "own-server") as server:
        location = parse_store(
            f"s3://{server.bucket}/riverside", endpoint=server.endpoint, key_id=server.key_id
        )
        ana, sam = laptops("ana"), laptops("sam")
        setup_group(ana, [sam], StoreTarget(location, server.secret))
        names = [f"Member {number}" for number in range(4)]
        for name in names:
            add_member(ana, name)
            sync(ana)  # a change file each
        files_started: list[str] = []

        def stop_at_the_third_file(done: int, total: int, text: str) -> None:
            if text.startswith("Reading changes/"):
                files_started.append(text)
                if len(files_started) == 3:
                    server.stop()

        with pytest.raises(GroupDeskError, match="cannot be reached") as stopped:
            run_sync(sam, backup=False, progress=stop_at_the_third_file)
        assert "Traceback" not in str(stopped.value)
        assert live_members(sam) == names[:2]  # two files read whole, nothing of the third

        server.start()
        sync(sam)
        assert live_members(sam) == names
        assert state(sam) == state(ana)
