"""Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds, a counter and the device id.

Stamps are fixed-width strings, so comparing two stamps as strings compares them in time, with
the device id breaking ties. The clock never goes backwards and moves past any stamp it reads.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

MS_WIDTH = 15
COUNTER_WIDTH = 6
MAX_COUNTER = 10**COUNTER_WIDTH - 1
_STAMP = re.compile(rf"([0-9]{{{MS_WIDTH}}})-([0-9]{{{COUNTER_WIDTH}}})-(.+)", re.DOTALL)


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.millis:0{MS_WIDTH}d}-{self.counter:0{COUNTER_WIDTH}d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp written by `str()`; raises ValueError on anything else."""
        match = _STAMP.fullmatch(text)
        if match is None:
            raise ValueError(f"not a clock stamp: {text!r}")
        millis, counter, device_id = match.groups()
        return cls(int(millis), int(counter), device_id)


def wall_millis() -> int:
    """This computer's clock: the one place the real time is read (everything else is given
    a `now_millis` to call, so tests set the time)."""
    return time.time_ns() // 1_000_000


def local_day(millis: int) -> date:
    """A clock reading as a day on this laptop's calendar (its local time)."""
    return datetime.fromtimestamp(millis / 1000, UTC).astimezone().date()


def utc_datetime(millis: int) -> datetime:
    """A clock reading as naive UTC: SQLite keeps no zone, so stored datetimes are UTC."""
    return datetime.fromtimestamp(millis / 1000, UTC).replace(tzinfo=None)


class HybridClock:
    """Thread-safe HLC for one device; `now` is injected so tests never sleep or patch time."""

    def __init__(
        self, device_id: str, *, last: Stamp | None = None, now: Callable[[], int] = wall_millis
    ) -> None:
        self.device_id = device_id
        self._now = now
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def tick(self) -> Stamp:
        """A new stamp, later than every stamp this clock has made or observed."""
        with self._lock:
            wall = self._now()
            if wall > self._millis:
                self._millis, self._counter = wall, 0
            else:
                self._advance_counter()
            return Stamp(self._millis, self._counter, self.device_id)

    def observe(self, stamp: Stamp | str) -> None:
        """Move past a stamp read from elsewhere, so later local edits win over it."""
        seen = Stamp.parse(stamp) if isinstance(stamp, str) else stamp
        with self._lock:
            if (seen.millis, seen.counter) > (self._millis, self._counter):
                self._millis, self._counter = seen.millis, seen.counter

    def latest(self) -> Stamp:
        with self._lock:
            return Stamp(self._millis, self._counter, self.device_id)

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
