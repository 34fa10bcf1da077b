"""The cycle collector paused for bulk work comes back on, however the work ends. (The suite
runs with automatic collection off, as the GUI does: these tests turn it on first.)"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from groupdesk.services.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.disable()


def test_the_collector_is_off_inside_and_on_again_after_even_when_the_work_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("the import failed")
    assert gc.isenabled()


def test_it_stays_off_until_the_last_of_two_overlapping_bulk_operations_ends() -> None:
    first_inside, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_inside.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the other one ended meanwhile

    worker = threading.Thread(target=first)
    worker.start()
    first_inside.wait(5)
    with collector_paused():
        pass
    second_done.set()
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    """The GUI's: it collects between events instead (`groupdesk.ui.collector`)."""
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
