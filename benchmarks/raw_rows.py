"""Stdlib sqlite3 writing every row of a GroupDesk database into a fresh database of the same
schema: the floor for what builds a whole group (`groupdesk demo`, a new laptop's `sync join`),
in a process of its own, as its rows take gigabytes of Python at 100,000 members and the
harness must stay small (`bench.run_process`).

    python benchmarks/raw_rows.py SOURCE.sqlite TARGET.sqlite REPEATS

Prints JSON: `seconds`, the best of REPEATS inserts (one transaction, WAL,
synchronous=NORMAL, `executemany` per table; the schema made before the clock), and `counts`,
the rows of each table.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench import Bench

#: Tables whose rows are not the group's (schema bookkeeping, this laptop's identity).
NOT_GROUP_TABLES = ("alembic_version", "local_state")
#: Tables the database's own triggers fill as the rows they derive from go in (each member's
#: last-seen day, each item's last over-used day, each meeting's and member's attendance
#: tallies): the baseline makes them with the schema, empty or not, so the triggers run as
#: they do for the app, and inserts none of their rows.
TRIGGER_FILLED = ("member_seen", "resource_clash_until", "meeting_tallies", "member_tallies")


def raw_rows(bench: Bench, database: Path, *, repeat: int) -> tuple[float, dict[str, int]]:
    """(best seconds, rows per table) of writing `database`'s rows again, in a child process."""
    from bench import run_process

    target = bench.tmp / f"raw-{database.parent.name}.sqlite"
    done = run_process(
        [sys.executable, Path(__file__), database, target, str(bench.repeats(repeat))]
    )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    printed = json.loads(done.stdout.strip().splitlines()[-1])
    return float(printed["seconds"]), {str(k): int(v) for k, v in printed["counts"].items()}


def table_copy(source: Path) -> tuple[list[str], dict[str, tuple[str, list[tuple[object, ...]]]]]:
    """The schema (tables, indexes, triggers) and rows of every table the group filled, as written
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
            if name not in NOT_GROUP_TABLES
            and (
                name in TRIGGER_FILLED
                or connection.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()  # noqa: S608
            )
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


def raw_inserts(
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


def main() -> int:
    source, target, repeat = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    schema, rows = table_copy(source)
    seconds = min(raw_inserts(target, schema, rows) for _ in range(repeat))
    counts = {table: len(values) for table, (_insert, values) in rows.items()}
    print(json.dumps({"seconds": seconds, "counts": counts}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
