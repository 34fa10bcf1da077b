"""Foundation figures: CLI start, the demo group (10,000 members unless `run.py --members`), GUI
start to the first painted window.

Each figure sits beside a baseline measured in the same run: what the same work costs with
nothing of GroupDesk in the way (a bare interpreter, stdlib sqlite3, a bare Qt window).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Bench

HERE = Path(__file__).resolve().parent
#: The installed console script beside this interpreter (`groupdesk`), as a user runs it.
CONSOLE_SCRIPT = Path(sys.executable).parent / ("groupdesk.exe" if os.name == "nt" else "groupdesk")
#: Tables whose rows are not the demo's work (schema bookkeeping, this laptop's identity).
NOT_DEMO_TABLES = ("alembic_version", "local_state")
#: Tables the database's own triggers fill as the rows they derive from go in (each member's
#: last-seen day): the baseline makes them with the schema and inserts none of their rows.
TRIGGER_FILLED = ("member_seen",)
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


def _table_copy(source: Path) -> tuple[list[str], dict[str, tuple[str, list[tuple[object, ...]]]]]:
    """The schema (tables, indexes, triggers) and rows of every table the demo filled, as written
    (but those its triggers fill).

    `changes.seq` is left out of the rows: SQLite numbers the log, as it does for the app.
    """
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in NOT_DEMO_TABLES
            and connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()  # noqa: S608
        ]
        marks = ", ".join("?" * len(tables))
        schema = [
            sql
            for (sql,) in connection.execute(
                f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "  # noqa: S608
                "ORDER BY type != 'table', name",
                tables,
            )
        ]
        rows: dict[str, tuple[str, list[tuple[object, ...]]]] = {}
        for table in tables:
            if table in TRIGGER_FILLED:
                continue
            columns = [
                name
                for (_cid, name, *_rest) in connection.execute(f"PRAGMA table_info({table})")
                if not (table == "changes" and name == "seq")
            ]
            column_list = ", ".join(columns)
            # Table names are this module's constants, not input: S608 does not apply.
            marks = ", ".join("?" * len(columns))
            insert = f"INSERT INTO {table} ({column_list}) VALUES ({marks})"  # noqa: S608
            order = " ORDER BY seq" if table == "changes" else ""
            rows[table] = (
                insert,
                connection.execute(f"SELECT {column_list} FROM {table}{order}").fetchall(),  # noqa: S608
            )
        return schema, rows
    finally:
        connection.close()


def _raw_inserts(
    target: Path, schema: list[str], rows: dict[str, tuple[str, list[tuple[object, ...]]]]
) -> float:
    """Seconds stdlib sqlite3 takes to insert `rows` into a fresh database: one transaction,
    WAL, synchronous=NORMAL, executemany per table (the schema is made before the clock)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        for statement in schema:
            connection.execute(statement)
        start = time.perf_counter()
        connection.execute("BEGIN")
        for insert, values in rows.values():
            connection.executemany(insert, values)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


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
    schema, rows = _table_copy(folder / "groupdesk.sqlite")
    counts = {table: len(values) for table, (_insert, values) in rows.items()}
    if counts["members"] != bench.members:
        raise RuntimeError(f"the demo wrote {counts['members']} members, not {bench.members}")
    target = bench.tmp / "foundation-raw.sqlite"
    raw = min(_raw_inserts(target, schema, rows) for _ in range(bench.repeats(3)))
    del rows
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
