"""Sync fixtures: laptops, a folder, and a group's place in a real object store (a prefix per
test on the session's SeaweedFS server, tests/conftest.py); the in-memory keyring comes from
tests/conftest.py."""

from __future__ import annotations

import sys
from collections.abc import Callable
from itertools import count
from pathlib import Path

import pytest

from groupdesk.services.workspace import Workspace

# The tests import `sync_helpers` from beside this file (pytest runs in importlib mode).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from support.seaweed import Seaweed
from sync_helpers import StoreTarget

from groupdesk.services.sync.store_location import parse_store


class FakeClock:
    """Wall-clock milliseconds that a test moves by hand (no sleeping, no patching)."""

    def __init__(self, start: int = 1_780_000_000_000) -> None:
        self.millis = start

    def __call__(self) -> int:
        self.millis += 1
        return self.millis


@pytest.fixture
def laptops(make_workspace: Callable[..., Workspace]) -> Callable[..., Workspace]:
    """`laptops("ana")`: a fresh data folder with its own hand-moved clock (`.test_clock`)."""
    numbers = count()

    def make(name: str | None = None, *, offset_days: float = 0) -> Workspace:
        clock = FakeClock(1_780_000_000_000 + int(offset_days * 86_400_000))
        workspace = make_workspace(name or f"laptop{next(numbers)}", now_millis=clock)
        workspace.test_clock = clock  # type: ignore[attr-defined]
        return workspace

    return make


@pytest.fixture
def sync_folder(tmp_path: Path) -> Path:
    return tmp_path / "sync-folder"


@pytest.fixture
def sync_store(seaweed: Seaweed) -> StoreTarget:
    """A group's place on the SeaweedFS server, under a prefix of its own."""
    location = parse_store(
        f"s3://{seaweed.bucket}/{seaweed.new_prefix()}",
        endpoint=seaweed.endpoint,
        key_id=seaweed.key_id,
    )
    return StoreTarget(location, seaweed.secret)
