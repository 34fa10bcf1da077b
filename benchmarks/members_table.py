"""Timing the Members table model in a process of its own (Qt offscreen): per-keystroke
filtering and sorting over N members, with a QTableView attached, as on the Members page.

    python benchmarks/members_table.py DATA_DIR [--times N]

Prints JSON: the worst keystroke and the sorts, each the best of 3, and the same-run baselines
(a plain substring scan and a plain sort of the same keys). With `--times N` the rows read from
the data folder are repeated N times (fresh ids), for the 100,000-member figure.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYSTROKES = ("m", "ma", "mar", "mari", "maria", "mari", "mar", "ma", "m", "")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from groupdesk.config import DataPaths
    from groupdesk.services.members.records import list_members
    from groupdesk.services.workspace import open_workspace
    from groupdesk.ui.collector import install_collector
    from groupdesk.ui.members.table_model import COLUMNS, MembersTableModel

    folder = Path(sys.argv[1])
    times = int(sys.argv[sys.argv.index("--times") + 1]) if "--times" in sys.argv else 1
    app = QApplication.instance() or QApplication([])
    install_collector(app)  # as the app runs: no automatic garbage collection
    workspace = open_workspace(DataPaths(folder))
    rows = list_members(workspace.uow())
    workspace.close()
    if times > 1:
        rows = [r._replace(id=f"{r.id}-{n}") for n in range(times) for r in rows]
    model = MembersTableModel()
    view = QTableView()
    view.setModel(model)
    # As the Members page has it: with a row header over 100,000 rows, Qt spent ~15 ms of
    # every keystroke laying the header out.
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.resize(1000, 700)
    view.show()
    app.processEvents()
    start, cpu = time.perf_counter(), time.process_time()
    model.set_rows(rows)
    app.processEvents()
    load, load_cpu = time.perf_counter() - start, time.process_time() - cpu

    def best(action, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
        result = float("inf")
        for _ in range(repeat):
            begin = time.perf_counter()
            action()
            app.processEvents()
            result = min(result, time.perf_counter() - begin)
        return result

    worst_key = 0.0
    for _ in range(3):
        for typed in KEYSTROKES:
            begin = time.perf_counter()
            model.set_search(typed)
            app.processEvents()
            worst_key = max(worst_key, time.perf_counter() - begin) if _ == 2 else worst_key
    haystacks = [r.search_text() for r in rows]
    scan = best(lambda: [h for h in haystacks if "mari" in h])
    sort_name = best(lambda: model.sort(0, Qt.SortOrder.DescendingOrder))
    sort_joined = best(lambda: model.sort(COLUMNS.index("joined"), Qt.SortOrder.AscendingOrder))
    keys = [r.sort_key for r in rows]
    plain_sort = best(lambda: sorted(keys, reverse=True))
    print(
        json.dumps(
            {
                "rows": len(rows),
                "load": load,
                "load_cpu": load_cpu,
                "worst_keystroke": worst_key,
                "scan": scan,
                "sort_name": sort_name,
                "sort_joined": sort_joined,
                "plain_sort": plain_sort,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
