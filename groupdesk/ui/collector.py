"""Python's cyclic garbage collector, run only where Qt is safe (after Anki's GarbageCollector).

Left to itself, the collector runs wherever an allocation crosses its threshold: inside Qt
code that calls back into Python (a signal being disconnected, an event being dispatched), or
on a worker thread. There it may destroy a cycle that holds a widget or another QObject, whose
destructor then waits on a lock Qt already holds (the window hung) or runs off the GUI thread
(a segmentation fault). Both were seen in the test suite. So a GUI process turns automatic
collection off and collects from a timer on the event loop, between events, where destroying
a QObject is what Qt expects; the test suite collects between tests the same way.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the event loop looks whether a collection is due.
INTERVAL_MS = 1000


def collect_if_due() -> int:
    """Collect the oldest generation past its threshold, as the collector would have on its own;
    returns how many objects it found unreachable (0 when none was due)."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    due = [generation for generation in (2, 1, 0) if counts[generation] > thresholds[generation]]
    return gc.collect(due[0]) if due else 0


class GarbageCollector(QObject):
    """Owned by the application: automatic collection off, a timer collecting when due."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("garbage_collector")
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start(INTERVAL_MS)


def install_collector(app: QCoreApplication) -> GarbageCollector:
    """The application's collector, made the first time it is asked for; automatic collection
    is off after every call (a test, or a library, that turned it back on since does not leave
    it on: the suite found it on when a second window was made in the same process)."""
    existing = app.findChild(GarbageCollector, "garbage_collector")
    if isinstance(existing, GarbageCollector):
        gc.disable()
        return existing
    return GarbageCollector(app)
