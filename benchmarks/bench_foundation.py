"""Foundation figures: CLI start, the 10,000-member demo, GUI start to the first painted window.

Each figure sits beside a baseline measured in the same run: what the same work costs with
nothing of GroupDesk in the way (a bare interpreter, stdlib sqlite3, a bare Qt window).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Bench

HERE = Path(__file__).resolve().parent
#: The installed console script beside this interpreter (`groupdesk`), as a user runs it.
CONSOLE_SCRIPT = Path(sys.executable).parent / ("groupdesk.exe" if os.name == "nt" else "groupdesk")
DEMO_MEMBERS = 10_000
#: Tables the demo fills, in the order the app writes them.
#: Tables whose rows are not the demo's work (schema bookkeeping, this laptop's identity).
NOT_DEMO_TABLES = ("alembic_version", "local_state")
START_REPEAT = 7
GUI_REPEAT = 3


def _time_process(
    command: Sequence[str | os.PathLike[str]], env: dict[str, str] | None = None
) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [str(c) for c in command],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed: {done.stderr}")
    return seconds


def _best_process(command: Sequence[str | os.PathLike[str]], repeat: int = START_REPEAT) -> float:
    return min(_time_process(command) for _ in range(repeat))


def cli_start(bench: Bench) -> None:
    python_pass = _best_process([sys.executable, "-c", "pass"])
    groupdesk = [CONSOLE_SCRIPT] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "groupdesk"]
    bench.figure(
        "CLI start: `groupdesk --version`",
        _best_process([*groupdesk, "--version"]),
        goal=0.1,
        baseline=python_pass,
        baseline_name="python -c pass",
    )
    folder = bench.demo_folder(60)
    database = folder / "groupdesk.sqlite"
    select_one = (
        f"import sqlite3; sqlite3.connect({str(database)!r}).execute('select 1').fetchone()"
    )
    bench.figure(
        "CLI start opening the database: `groupdesk check` (60 members)",
        _best_process([*groupdesk, "--data-dir", folder, "check"]),
        baseline=_best_process([sys.executable, "-c", select_one]),
        baseline_name="python -c sqlite3 select 1",
    )


def _table_copy(source: Path) -> tuple[list[str], dict[str, tuple[str, list[tuple[object, ...]]]]]:
    """The schema (tables and indexes) and rows of every table the demo filled, as written.

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
                "ORDER BY type = 'index', name",
                tables,
            )
        ]
        rows: dict[str, tuple[str, list[tuple[object, ...]]]] = {}
        for table in tables:
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
    """Times `groupdesk demo --members 10000` (best of 2) beside raw inserts of its rows."""
    groupdesk = [CONSOLE_SCRIPT] if CONSOLE_SCRIPT.exists() else [sys.executable, "-m", "groupdesk"]
    best = float("inf")
    folder = bench.tmp / "foundation-demo"
    for attempt in range(2):
        folder = bench.tmp / f"foundation-demo-{attempt}"
        best = min(
            best,
            _time_process([*groupdesk, "--data-dir", folder, "demo", "--members", DEMO_MEMBERS]),
        )
    schema, rows = _table_copy(folder / "groupdesk.sqlite")
    counts = {table: len(values) for table, (_insert, values) in rows.items()}
    if counts["members"] != DEMO_MEMBERS:
        raise RuntimeError(f"the demo wrote {counts['members']} members, not {DEMO_MEMBERS}")
    target = bench.tmp / "foundation-raw.sqlite"
    raw = min(_raw_inserts(target, schema, rows) for _ in range(3))
    print(
        "  rows the demo wrote (and the baseline inserts): "
        + ", ".join(f"{table} {count:,}" for table, count in counts.items()),
        flush=True,
    )
    bench.figure(
        f"`groupdesk demo --members {DEMO_MEMBERS:,}`",
        best,
        goal=15.0,
        baseline=raw,
        baseline_name="stdlib sqlite3 executemany of the same rows",
    )
    return folder


def _first_paint(argument: str | os.PathLike[str]) -> float:
    """Seconds from launching benchmarks/first_paint.py to its window's first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["FIRST_PAINT_T0"] = repr(time.time())
    done = subprocess.run(
        [sys.executable, str(HERE / "first_paint.py"), str(argument)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"first_paint.py {argument} failed: {done.stderr}")
    return float(done.stdout.strip().splitlines()[-1])


def gui_start(bench: Bench, demo_folder: Path) -> None:
    # A copy: opening the window may write to the folder (device state, WAL), never the shared one.
    folder = bench.copy_of(demo_folder, "foundation-gui")
    _first_paint(folder)  # the first open may still settle the WAL; not timed
    bare = min(_first_paint("--bare") for _ in range(GUI_REPEAT))
    app = min(_first_paint(folder) for _ in range(GUI_REPEAT))
    bench.figure(
        f"GUI start to first painted window ({DEMO_MEMBERS:,} members)",
        app,
        goal=1.0,
        baseline=bare,
        baseline_name="bare QMainWindow",
    )


def run(bench: Bench) -> None:
    cli_start(bench)
    folder = demo(bench)
    gui_start(bench, folder)
