"""Foundation figures: CLI start, the demo group (10,000 members unless `run.py --members`), GUI
start to the first painted window.

Each figure sits beside a baseline measured in the same run: what the same work costs with
nothing of GroupDesk in the way (a bare interpreter, stdlib sqlite3, a bare Qt window).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Bench
from raw_rows import raw_rows

HERE = Path(__file__).resolve().parent
#: The installed console script beside this interpreter (`groupdesk`), as a user runs it.
CONSOLE_SCRIPT = Path(sys.executable).parent / ("groupdesk.exe" if os.name == "nt" else "groupdesk")
START_REPEAT = 7
GUI_REPEAT = 3


def _best_process(
    bench: Bench, command: Sequence[str | os.PathLike[str]], repeat: int = START_REPEAT
) -> float:
    return min(bench.process(list(command)).seconds for _ in range(bench.repeats(repeat)))


def cli_start(bench: Bench) -> None:
    python_pass = _best_process(bench, [sys.executable, "-c", "pass"])
    groupdesk = [CONSOLE_SCRIPT] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "groupdesk"]
    bench.figure(
        "CLI start: `groupdesk --version`",
        _best_process(bench, [*groupdesk, "--version"]),
        goal=0.1,
        baseline=python_pass,
        baseline_name="python -c pass",
    )
    folder = bench.demo_folder(60)
    database = folder / "groupdesk.sqlite"
    select_one = (
        f"import sqlite3; sqlite3.connect({str(database)!r}).execute('select 1').fetchone()"
    )
    baseline = _best_process(bench, [sys.executable, "-c", select_one])
    bench.figure(
        "CLI start opening the database: `groupdesk check` (60 members)",
        _best_process(bench, [*groupdesk, "--data-dir", folder, "check"]),
        baseline=baseline,
        baseline_name="python -c sqlite3 select 1",
        ratio_goal=3.0,
    )


def demo(bench: Bench) -> Path:
    """Times `groupdesk demo --members N` (best of 2, once at 100,000) beside raw inserts of its
    rows; the group it made is kept as the run's demo group if none was cached yet."""
    groupdesk = [CONSOLE_SCRIPT] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "groupdesk"]
    best = float("inf")
    folder = bench.tmp / "foundation-demo"
    for attempt in range(bench.repeats(2)):
        folder = bench.tmp / f"foundation-demo-{attempt}"
        command = [*groupdesk, "--data-dir", folder, "demo", "--members", str(bench.members)]
        best = min(best, bench.process(command).seconds)
    bench.keep_demo(bench.members, folder)
    raw, counts = raw_rows(bench, folder / "groupdesk.sqlite", repeat=3)
    if counts["members"] != bench.members:
        raise RuntimeError(f"the demo wrote {counts['members']} members, not {bench.members}")
    print(
        "  rows the demo wrote (and the baseline inserts): "
        + ", ".join(f"{table} {count:,}" for table, count in counts.items()),
        flush=True,
    )
    bench.figure(
        f"`groupdesk demo --members {bench.group}`",
        best,
        goal=15.0 if bench.members <= 10_000 else None,
        baseline=raw,
        baseline_name="stdlib sqlite3 executemany of the same rows",
        ratio_goal=2.0,
    )
    return folder


def _first_paint(bench: Bench, *arguments: str | os.PathLike[str]) -> float:
    """Seconds from launching benchmarks/first_paint.py to its window's first paint."""
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["FIRST_PAINT_T0"] = repr(time.time())
    done = bench.process([sys.executable, HERE / "first_paint.py", *arguments], env=env)
    return float(done.stdout.strip().splitlines()[-1])


def gui_start(bench: Bench, demo_folder: Path) -> None:
    # A copy: opening the window may write to the folder (device state, WAL), never the shared one.
    folder = bench.copy_of(demo_folder, "foundation-gui")
    _first_paint(bench, folder)  # the first open may still settle the WAL; not timed
    bare = min(_first_paint(bench, "--bare") for _ in range(bench.repeats(GUI_REPEAT)))
    app = min(_first_paint(bench, folder) for _ in range(bench.repeats(GUI_REPEAT)))
    bench.figure(
        f"GUI start to first painted window ({bench.group} members)",
        app,
        goal=1.0,
        baseline=bare,
        baseline_name="bare QMainWindow",
        ratio_goal=4.0,
        peak_goal_mb=400.0,
    )
    figures = min(
        _first_paint(bench, "--figures", folder) for _ in range(bench.repeats(GUI_REPEAT))
    )
    bench.figure(
        f"GUI start to the Dashboard's figures painted ({bench.group} members)",
        figures,
        goal=1.0,
        baseline=bare,
        baseline_name="bare QMainWindow",
        ratio_goal=4.0,
        peak_goal_mb=400.0,
    )


def run(bench: Bench) -> None:
    cli_start(bench)
    folder = demo(bench)
    gui_start(bench, folder)
