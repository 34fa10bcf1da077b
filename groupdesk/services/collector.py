"""Python's cycle collector paused while a bulk operation holds many rows in memory.

The collector walks every container object the process holds each time it runs in full, and
runs more often the more containers are made: an import of 100,000 members makes and holds
several hundred thousand (its rows, their cells, the checked values), and the collector walked
them again and again, 1.5 s of an 8 s import; a sync file decoded and applied (a snapshot makes
millions of small objects) cost a new laptop's join from a 10,000-member snapshot about a fifth
of its time. The rows hold plain values, with no cycles among them; reference counting frees
them as ever. Cycles made meanwhile (anywhere in the process) wait for the collector's next
run, once the last bulk operation is over. (The GUI keeps automatic collection off anyway and
collects between events, `groupdesk.ui.collector`; this leaves it off.)
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
#: How many bulk operations are under way (a worker thread's import while another runs).
_paused = 0
#: Whether the collector ran before the first of them paused it.
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The body runs with the cycle collector off; it is on again, if it was, when the last
    paused body ends. Also a decorator (`@collector_paused()`)."""
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
