"""Global search (Ctrl+K) on the benchmark group: reading every area's records into the index
once, and matching a keystroke against it.

Baselines, measured in the same run: raw sqlite3 reading the same names from the same tables
(the index), and a plain scan of the index's folded texts for the same words (a keystroke), so
the ratios are what the index's hits and grouping add to reading and matching at all.
"""

from __future__ import annotations

import sqlite3
import time

from bench import Bench

#: What a person types, letter by letter: each prefix is a keystroke.
TYPED = ("ana pe", "garden", "riverside centre")
RAW_SQL = (
    "select id, full_name, preferred_name, email from members where deleted_at is null",
    "select id, title, place from meetings where deleted_at is null",
    "select id, text from action_items where deleted_at is null",
    "select id, name, description, location from resource_items where deleted_at is null",
    "select id, item_id from resource_loans where deleted_at is null and returned_on is null",
    "select id, title, purpose from grants where deleted_at is null",
    "select id, name, contact_person from funders where deleted_at is null",
    "select id, payee, description, spent_on from grant_expenses where deleted_at is null",
)


def run(bench: Bench) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.services.collation import search_words
    from groupdesk.services.search import SearchIndex, build_index
    from groupdesk.services.workspace import open_workspace

    folder = bench.demo_folder(bench.members)
    workspace = open_workspace(DataPaths(folder))
    try:
        built: list[SearchIndex] = []
        reading = bench.best_of(lambda: built.append(build_index(workspace.uow())), repeat=2)
        index = built[-1]

        def raw() -> None:
            with sqlite3.connect(folder / "groupdesk.sqlite") as connection:
                for query in RAW_SQL:
                    connection.execute(query).fetchall()

        bench.figure(
            f"Search index read ({bench.group}; {len(index):,} records)",
            reading,
            goal=1.0 if bench.members <= 10_000 else None,
            baseline=bench.best_of(raw),
            baseline_name="sqlite3 reading the same names",
        )
        keystrokes = [typed[:end] for typed in TYPED for end in range(1, len(typed) + 1)]
        texts = [text for kind in index.kinds for text in kind.texts]

        def slowest(find: object) -> float:
            worst = 0.0
            for typed in keystrokes:
                start = time.perf_counter()
                find(typed)  # type: ignore[operator]
                worst = max(worst, time.perf_counter() - start)
            return worst

        def scan(typed: str) -> list[str]:
            words = search_words(typed)
            return [text for text in texts if all(word in text for word in words)]

        bench.figure(
            f"Search keystroke, slowest of {len(keystrokes)} ({bench.group})",
            min(slowest(lambda typed: index.find(typed, limit=9)) for _ in range(3)),
            goal=0.05,
            baseline=min(slowest(scan) for _ in range(3)),
            baseline_name="scanning the folded texts alone",
        )
    finally:
        workspace.close()
