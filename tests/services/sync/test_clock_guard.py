"""One laptop with a wrong clock: the others keep sending, and the right laptop is told.

Each laptop's clock is injected (`laptops(..., offset_days=...)`, `.test_clock`), so a clock
400 days fast or slow, and fixed afterwards, is set by hand: no sleeping, no faketime.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import add_member, live_members, setup_group, state, sync

from groupdesk.services.sync.clock_check import DAY_MILLIS, ClockReading, judge, seen_ahead

NAMES = ["Ana's laptop", "Sam's laptop", "Lee's laptop"]


@pytest.fixture
def three(laptops, sync_folder):  # type: ignore[no-untyped-def]
    def make(sam_offset_days: float):  # type: ignore[no-untyped-def]
        ana, sam = laptops("ana"), laptops("sam", offset_days=sam_offset_days)
        lee = laptops("lee")
        setup_group(ana, [sam, lee], sync_folder, names=NAMES)
        return ana, sam, lee

    return make


def _fix_clock(laptop, right) -> None:  # type: ignore[no-untyped-def]
    laptop.test_clock.millis = right.test_clock.millis


def test_a_clock_400_days_fast_stops_only_its_own_laptop_until_fixed(three) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = three(400)
    add_member(sam, "From the future")
    sync(sam)
    add_member(ana, "Ana's own")
    [ana_report, lee_report] = sync(ana, lee)
    assert ana_report.written and not ana_report.clock_refused  # far-future stamps block no one
    assert "From the future" in live_members(ana)
    assert any(
        "Sam's laptop's clock is 400.0 days ahead of the clocks of Ana's laptop and this computer"
        in w
        for w in lee_report.warnings
    )
    add_member(sam, "Made while fast")
    [sam_report] = sync(sam)
    assert sam_report.clock_refused and sam_report.written is None
    [told] = [w for w in sam_report.warnings if "did not send" in w]
    assert (
        "this computer's clock is 400.0 days ahead of the clocks of Ana's laptop and Lee's" in told
    )
    add_member(lee, "Lee's own")
    [lee_report] = sync(lee)
    assert lee_report.written  # still sending
    _fix_clock(sam, ana)
    [sam_report] = sync(sam)
    assert sam_report.written and not sam_report.clock_refused
    assert not any(
        "Sam's laptop's clock" in w or "this computer's clock" in w for w in sam_report.warnings
    )
    sync(ana, lee, sam, ana, lee)
    assert state(ana) == state(sam) == state(lee)
    assert set(live_members(ana)) == {
        "From the future",
        "Ana's own",
        "Made while fast",
        "Lee's own",
    }


def test_the_user_may_confirm_the_clock_is_right_and_send(three) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = three(400)
    sync(sam, ana, lee)
    add_member(sam, "Sent anyway")
    [refused] = sync(sam)
    assert refused.clock_refused
    [sent] = sync(sam, clock_is_right=True)
    assert sent.written and not sent.clock_refused
    sync(ana)
    assert "Sent anyway" in live_members(ana)


def test_a_clock_400_days_slow_is_told_by_name_and_blames_no_one_else(three) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = three(-400)
    add_member(ana, "Ana's own")
    sync(ana, lee)
    add_member(sam, "Made while slow")
    [sam_report] = sync(sam)
    assert sam_report.clock_refused and sam_report.written is None
    [told] = [w for w in sam_report.warnings if "did not send" in w]
    assert "this computer's clock is 400.0 days behind the clocks of Ana's laptop and Lee's" in told
    assert not any(
        "Ana's laptop's clock" in w or "Lee's laptop's clock" in w for w in sam_report.warnings
    )
    [ana_report] = sync(ana)
    assert ana_report.written is None or not ana_report.clock_refused
    assert any("Sam's laptop's clock is 400.0 days behind" in w for w in ana_report.warnings)
    _fix_clock(sam, ana)
    [sam_report] = sync(sam)
    assert sam_report.written and sam_report.warnings == ()
    sync(ana, lee, sam)
    assert state(ana) == state(sam) == state(lee)
    assert set(live_members(lee)) == {"Ana's own", "Made while slow"}


@pytest.mark.parametrize("offset_days", [400, -400])
def test_two_laptops_whose_clocks_disagree_both_keep_sending_and_check_both(
    laptops, sync_folder, offset_days
) -> None:  # type: ignore[no-untyped-def]
    """With no third laptop, nothing tells which clock is wrong: neither is blamed alone."""
    ana, sam = laptops("ana"), laptops("sam", offset_days=offset_days)
    setup_group(ana, [sam], sync_folder, names=NAMES[:2])
    for round_ in range(2):
        add_member(ana, f"Ana {round_}")
        add_member(sam, f"Sam {round_}")
        reports = sync(ana, sam)
        for report, other in zip(reports, ("Sam's laptop", "Ana's laptop"), strict=True):
            assert report.written and not report.clock_refused
            if round_:
                [warning] = report.warnings
                assert f"The clocks of this computer and {other} are 400.0 days apart" in warning
                assert "check the date and time on both" in warning
    sync(ana)
    assert state(ana) == state(sam)
    _fix_clock(sam, ana)
    assert all(r.warnings == () for r in sync(sam, ana, sam))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=3, max_value=6),
    st.data(),
    st.integers(min_value=2, max_value=5000).map(lambda d: d * (1 if d % 2 else -1)),
)
def test_every_laptop_names_the_one_wrong_clock(count: int, data, offset_days: int) -> None:  # type: ignore[no-untyped-def]
    """Clocks within an hour of each other but one, days off: once every laptop has read the
    others' device files, every laptop's verdict names that one, and only it."""
    wrong = data.draw(st.integers(min_value=0, max_value=count - 1))
    base = 1_780_000_000_000
    clocks = [
        base
        + data.draw(st.integers(min_value=0, max_value=3_600_000))
        + (offset_days * DAY_MILLIS if i == wrong else 0)
        for i in range(count)
    ]
    ids = [f"laptop-{i}" for i in range(count)]
    tolerance = DAY_MILLIS
    # Round one: every laptop writes its device file (published observations empty).
    files = [ClockReading(ids[i], clocks[i]) for i in range(count)]
    # Round two: each laptop reads the others' files and publishes what it saw ahead.
    files = [
        ClockReading(
            ids[i],
            clocks[i] + 60_000,
            seen_ahead([f for f in files if f.device_id != ids[i]], clocks[i] + 60_000, tolerance),
        )
        for i in range(count)
    ]
    for i in range(count):
        others = [f for f in files if f.device_id != ids[i]]
        verdict = judge(ids[i], clocks[i] + 120_000, others, tolerance)
        assert verdict.wrong == {ids[wrong]}
