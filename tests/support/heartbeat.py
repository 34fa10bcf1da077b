"""A heartbeat for tests that the window is never frozen (issue 19 item 8): a 50 ms timer
counting its ticks and the longest gap between them while work runs in the background, asking
the window to repaint on every tick and counting the paints.

"Alive" is judged against how long the work ran, not against fixed times: on a loaded machine
(two test workers on two cores) the GUI thread may wait its turn for a while, but work done on
the GUI thread itself stops the timer for nearly the whole run. And the timer must fire at
least half as often as asked: with CPython's default 5 ms switch interval, pure-Python work on
the worker thread held the GUI thread off for 0.2–1 s at a time, and the timer fired a third
as often as asked (`ui.context.SWITCH_INTERVAL_S`).
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: The longest the timer may go unhandled, as a share of the whole run: work on the GUI thread
#: makes one gap of nearly all of it (2.3–3.6 s of 2.5–4 s when forced there), a busy machine
#: a few hundred milliseconds.
LONGEST_GAP_SHARE = 0.6


class Heartbeat(QObject):
    """A 50 ms timer that counts its ticks and the longest gap between them, and asks the
    window to repaint on each tick, counting the paints that follow."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.ticks = 0
        self.paints = 0
        self.longest_gap_ms = 0
        self.ran_ms = 0
        self._clock = QElapsedTimer()
        self._since_start = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)
        window.installEventFilter(self)

    def start(self) -> None:
        self._clock.start()
        self._since_start.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # the gap up to the end counts too
        self.ran_ms = int(self._since_start.elapsed())
        self.window.removeEventFilter(self)

    def _tick(self) -> None:
        self.longest_gap_ms = max(self.longest_gap_ms, int(self._clock.restart()))
        self.ticks += 1
        self.window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def assert_alive(beat: Heartbeat) -> None:
    """The timer went on firing through the work, and the window went on repainting."""
    total = beat.ran_ms
    print(
        f"ran {total} ms: {beat.ticks} ticks, longest gap {beat.longest_gap_ms} ms, "
        f"{beat.paints} paints"
    )
    assert beat.longest_gap_ms < max(300, LONGEST_GAP_SHARE * total), (beat.longest_gap_ms, total)
    assert beat.ticks >= max(3, total // 50 // 2), (beat.ticks, total)
    assert beat.paints >= max(2, beat.ticks // 4), (beat.paints, beat.ticks)
