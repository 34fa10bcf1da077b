"""The hybrid logical clock: stamps order as strings, and the clock never goes backwards."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.services.sync.clock import MAX_COUNTER, HybridClock, Stamp

DEVICE = "01a20e77-952a-78d7-b37e-e38a0cf81363"
OTHER_DEVICE = "01a20e77-aaaa-78d7-b37e-e38a0cf81363"


class WallClock:
    """A computer clock the test sets by hand (no sleeping, no patching of time)."""

    def __init__(self, millis: int) -> None:
        self.millis = millis

    def __call__(self) -> int:
        return self.millis


millis = st.integers(min_value=0, max_value=10**13)
counters = st.integers(min_value=0, max_value=MAX_COUNTER)
device_ids = st.text(min_size=1, max_size=40).filter(lambda text: "\x00" not in text)
stamps = st.builds(Stamp, millis, counters, device_ids)


@given(stamps, stamps)
def test_stamps_compare_the_same_as_strings_and_as_values(first: Stamp, second: Stamp) -> None:
    assert (str(first) < str(second)) == (first < second)
    assert (str(first) == str(second)) == (first == second)


@given(stamps)
def test_a_stamp_reads_back_from_its_text(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x",
        "000000000000001-000001-",  # no device
        "00000000000001-000001-device",  # millis too short
        "000000000000001-00001-device",  # counter too short
        "+00000000000001-000001-device",  # a sign would break string order
        " 00000000000001-000001-device",
        "000000000000001-00000a-device",
        "٠٠٠٠٠٠٠٠٠٠٠٠٠٠١-000001-device",  # Arabic-Indic digits: int() reads them, strings do not
    ],
)
def test_text_that_is_not_a_stamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a clock stamp"):
        Stamp.parse(text)


def test_the_device_id_breaks_ties_between_equal_times() -> None:
    assert str(Stamp(5, 0, DEVICE)) < str(Stamp(5, 0, OTHER_DEVICE))


def test_ticks_follow_the_wall_clock_when_it_moves_forward() -> None:
    wall = WallClock(1_000)
    clock = HybridClock(DEVICE, now=wall)
    assert clock.tick() == Stamp(1_000, 0, DEVICE)
    wall.millis = 2_500
    assert clock.tick() == Stamp(2_500, 0, DEVICE)


def test_ticks_within_one_millisecond_count_up() -> None:
    clock = HybridClock(DEVICE, now=WallClock(1_000))
    assert [clock.tick().counter for _ in range(3)] == [0, 1, 2]


def test_a_wall_clock_set_back_does_not_move_stamps_back() -> None:
    wall = WallClock(10_000)
    clock = HybridClock(DEVICE, now=wall)
    before = clock.tick()
    wall.millis = 4_000  # someone set the computer's clock back
    after = clock.tick()
    assert after > before
    assert after == Stamp(10_000, 1, DEVICE)


def test_the_counter_overflows_into_the_next_millisecond() -> None:
    clock = HybridClock(DEVICE, last=Stamp(7, MAX_COUNTER - 1, DEVICE), now=WallClock(0))
    assert clock.tick() == Stamp(7, MAX_COUNTER, DEVICE)
    overflowed = clock.tick()
    assert overflowed == Stamp(8, 0, DEVICE)
    assert str(overflowed) > str(Stamp(7, MAX_COUNTER, DEVICE))


def test_a_clock_started_from_a_last_stamp_ticks_past_it() -> None:
    last = Stamp(50_000, 3, DEVICE)
    clock = HybridClock(DEVICE, last=last, now=WallClock(10))
    assert clock.tick() > last


def test_observing_a_stamp_from_the_future_moves_the_clock_past_it() -> None:
    clock = HybridClock(DEVICE, now=WallClock(1_000))
    remote = Stamp(90_000, 4, OTHER_DEVICE)
    clock.observe(str(remote))
    stamp = clock.tick()
    assert stamp > remote
    assert (stamp.millis, stamp.counter) == (90_000, 5)


def test_observing_an_older_stamp_changes_nothing() -> None:
    clock = HybridClock(DEVICE, now=WallClock(1_000))
    clock.tick()
    clock.observe(Stamp(5, 0, OTHER_DEVICE))
    assert clock.latest() == Stamp(1_000, 0, DEVICE)


wall_jumps = st.integers(min_value=-(10**9), max_value=10**9)
events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), wall_jumps),
        st.tuples(st.just("observe"), st.tuples(millis, counters)),
    ),
    min_size=1,
    max_size=60,
)


@given(start=st.integers(min_value=0, max_value=10**13), events=events)
def test_ticks_always_strictly_increase_whatever_the_wall_clock_and_remote_stamps_do(
    start: int, events: list[tuple[str, object]]
) -> None:
    wall = WallClock(start)
    clock = HybridClock(DEVICE, now=wall)
    previous = clock.tick()
    newest_seen = previous
    for kind, argument in events:
        if kind == "tick":
            wall.millis = max(0, wall.millis + argument)  # type: ignore[operator]
            stamp = clock.tick()
            assert stamp > previous
            assert str(stamp) > str(previous)
            assert stamp > newest_seen
            previous = newest_seen = stamp
        else:
            seen_millis, seen_counter = argument  # type: ignore[misc]
            remote = Stamp(seen_millis, seen_counter, OTHER_DEVICE)
            clock.observe(str(remote))
            newest_seen = max(newest_seen, remote)
    assert clock.tick() > newest_seen
