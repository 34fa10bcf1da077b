"""Members figures on the benchmark group (10,000 members unless `run.py --members`): loading,
filtering and sorting the Members table, `members list --json`, importing the group's members
from a CSV, and finding likely duplicates (also among 100,000 varied made-up names).

Baselines, measured in the same run: a plain substring scan and a plain sort of the same keys
(the table), stdlib sqlite3 reading the members and writing them as JSON (the list), stdlib csv
reading the file and sqlite3 inserting its rows in one transaction without a change log (the
import), and folding the names alone (the duplicate finder's unavoidable part).
"""

from __future__ import annotations

import csv
import io
import sys
import time
from pathlib import Path
from typing import Any

from bench import Bench
from raw_rows import raw_inserts, table_copy

HERE = Path(__file__).resolve().parent


def table(bench: Bench, folder: Path) -> None:
    timing = bench.gui_timings(HERE / "members_table.py", folder)
    bench.figure(
        f"Members table: load {bench.group} rows into the model and view",
        timing["load"],
        goal=0.5,
        baseline=timing["plain_sort"],
        baseline_name="sorted() of the sort keys",
    )
    bench.figure(
        f"Members table: worst keystroke of a search ({bench.group})",
        timing["worst_keystroke"],
        goal=0.03,
        baseline=timing["scan"],
        baseline_name="plain substring scan of the folded rows",
    )
    bench.figure(
        f"Members table: sort by name / by joining date ({bench.group})",
        max(timing["sort_name"], timing["sort_joined"]),
        goal=0.05,
        baseline=timing["plain_sort"],
        baseline_name="sorted() of the sort keys",
    )


def list_json(bench: Bench, folder: Path) -> None:
    database = folder / "groupdesk.sqlite"
    raw = (
        f"import json, sqlite3; c = sqlite3.connect({str(database)!r}); "  # noqa: S608
        "c.row_factory = sqlite3.Row; "
        "print(json.dumps([dict(r) for r in c.execute('select * from members')], indent=2))"
    )
    repeat = bench.repeats(3)
    baseline = min(bench.process([sys.executable, "-c", raw]).seconds for _ in range(repeat))
    bench.figure(
        f"`members list --json` ({bench.group})",
        min(bench.run_cli("members", "list", "--json", data_dir=folder) for _ in range(repeat)),
        goal=0.8 if bench.members <= 10_000 else None,
        baseline=baseline,
        baseline_name="python -c sqlite3 select * → json",
        ratio_goal=1.5,
    )


def import_csv(bench: Bench, folder: Path) -> None:
    exported = bench.tmp / "members.csv"
    bench.run_cli("members", "export", exported, data_dir=folder)
    # The member columns only: skills would add 14,000 more rows to write.
    text = exported.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    keep = [
        i
        for i, h in enumerate(rows[0])
        if h not in ("Skills", "Interests", "ID", "Current roles", "Last seen")
    ]
    members_csv = bench.tmp / "members-plain.csv"
    with members_csv.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([[r[i] for i in keep] for r in rows])
    times = []
    for attempt in range(bench.repeats(2)):
        target = bench.tmp / f"import-{attempt}"
        bench.run_cli("init", "--name", "Import test", data_dir=target)
        times.append(bench.run_cli("members", "import", members_csv, data_dir=target))
    # The same rows the import wrote (members, their change log and field clocks), inserted
    # raw into the same tables and indexes, plus reading the CSV with the csv module.
    schema, rows = table_copy(bench.tmp / "import-0" / "groupdesk.sqlite")
    reading = bench.best_of(
        lambda: list(csv.reader(io.StringIO(members_csv.read_text(encoding="utf-8"))))
    )
    raw = min(
        raw_inserts(bench.tmp / "raw-import.sqlite", schema, rows) for _ in range(bench.repeats(2))
    )
    changes = len(rows["changes"][1])
    bench.figure(
        f"`members import` of a {bench.group}-row CSV",
        min(times),
        goal=3.0 if bench.members <= 10_000 else None,
        baseline=reading + raw,
        baseline_name=f"csv + sqlite3 executemany of the same rows and {changes:,} changes",
        ratio_goal=2.0,
    )


def duplicates(bench: Bench, folder: Path) -> None:
    from sqlalchemy import text

    from groupdesk.config import DataPaths
    from groupdesk.services.members.duplicates import (
        find_duplicates,
        name_words,
        pairs_among,
    )
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(folder))
    try:
        found: list[object] = []
        seconds = bench.best_of(lambda: found.append(find_duplicates(workspace.uow())), repeat=2)
        with workspace.uow() as uow:
            names = [row[0] for row in uow.session.execute(text("select full_name from members"))]
        folding = bench.best_of(lambda: [name_words(n) for n in names], repeat=2)
        bench.figure(
            f"Duplicate finder ({bench.group}; {len(found[-1])} pairs)",  # type: ignore[arg-type]
            seconds,
            goal=3.0 if bench.members <= 10_000 else 5.0,
            baseline=folding,
            baseline_name="folding the names alone",
        )
        sides = _synthetic_sides(bench.scaled(100_000) if bench.quick else 100_000)
        start = time.perf_counter()
        pairs = pairs_among(sides, region="GB")
        bench.figure(
            f"Duplicate finder ({len(sides):,} varied names; {len(pairs)} pairs)",
            time.perf_counter() - start,
            goal=5.0,
            baseline=bench.best_of(lambda: [name_words(s.full_name) for s in sides], repeat=1),
            baseline_name="folding the names alone",
        )
    finally:
        workspace.close()


def _synthetic_sides(count: int) -> list[Any]:
    """`count` members with names as varied as a big real group's (the demo's name pools are
    too small for 100,000), 1% of them entered twice with a typo, a short form or the words
    swapped."""
    import random

    from groupdesk.services.members.duplicates import DuplicateSide

    rng = random.Random(4)
    syllables = [
        "ka",
        "lo",
        "mi",
        "sa",
        "ren",
        "to",
        "an",
        "el",
        "dra",
        "vi",
        "nu",
        "pe",
        "ja",
        "or",
        "li",
        "ma",
        "bek",
        "su",
        "ti",
        "ga",
        "ha",
        "zo",
        "ri",
        "che",
    ]

    def word(low: int, high: int) -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(low, high))).title()

    sides = []
    for n in range(count):
        name = f"{word(2, 3)} {word(2, 4)}"
        sides.append(DuplicateSide(f"m{n:06d}", name, f"p{n}@example.org", None, None, "active"))
        if n % 100 == 0:
            given, family = name.split()
            twin = rng.choice(
                [f"{given[:-1]} {family}", f"{given[:3]} {family}", f"{family} {given}"]
            )
            sides.append(DuplicateSide(f"t{n:06d}", twin, None, None, None, "active"))
    return sides


def run(bench: Bench) -> None:
    folder = bench.demo_folder(bench.members)
    table(bench, folder)
    list_json(bench, folder)
    import_csv(bench, folder)
    duplicates(bench, folder)
