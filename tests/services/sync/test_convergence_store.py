"""The convergence property of `test_convergence` over an object store (issue 18): the three
laptops, clocks days apart, share one place on the SeaweedFS server, making the same random
creates, edits, deletes, undeletes, children and skills, and syncing in any order — sometimes
reading without sending, sometimes a day later (a full listing instead of only what is new).

Two examples of 10 steps by default, to stay quick; `GROUPDESK_CONVERGENCE_EXAMPLES=50`
searches deeper.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import rule
from support.seaweed import Seaweed
from test_convergence import LAPTOPS, NO_GUARD, Laptops, check

from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import group_join_code, init_store, join_store
from groupdesk.services.sync.store_location import parse_store


class SharedStore(Laptops):
    """The laptops sync through one prefix of `server`'s bucket, a new one per example."""

    server: Seaweed

    def share(self) -> None:
        location = parse_store(
            f"s3://{self.server.bucket}/{self.server.new_prefix()}",
            endpoint=self.server.endpoint,
            key_id=self.server.key_id,
        )
        first = self.laptops[0]
        init_store(first, location=location, secret=self.server.secret, name="laptop 0")
        code = group_join_code(first)
        for number in range(1, LAPTOPS):
            join_store(
                self.laptops[number],
                location=location,
                secret=self.server.secret,
                code=code,
                name=f"laptop {number}",
            )

    @rule(laptop=st.integers(0, LAPTOPS - 1))
    def read_only(self, laptop: int) -> None:
        run_sync(self.laptops[laptop], backup=False, write=False, max_skew=NO_GUARD)

    @rule(laptop=st.integers(0, LAPTOPS - 1))
    def sync_a_day_later(self, laptop: int) -> None:
        workspace = self.laptops[laptop]
        later = lambda: workspace.now() + timedelta(days=1, hours=1)  # noqa: E731
        run_sync(workspace, backup=False, max_skew=NO_GUARD, now=later)


@pytest.mark.slow
def test_laptops_sharing_a_store_that_have_read_the_same_files_hold_the_same_data(
    seaweed: Seaweed,
) -> None:
    class OnTheServer(SharedStore):
        server = seaweed

    check(OnTheServer, examples=2, steps=10)
