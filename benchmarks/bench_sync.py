"""Sync figures: exporting and importing 100,000 field changes (edits of 25,000 members both
laptops hold), a new laptop joining from a snapshot of the 10,000-member demo group, and memory
while a 200 MB attachment goes through.

Baselines, measured in the same run: stdlib sqlite3 logging the same 100,000 changes,
upserting their field clocks and writing their values to the members' rows, in one transaction
on a copy of the importing laptop's database (the raw merge-and-apply of DESIGN.md), the same
rows of the 10,000 members inserted raw, and the peak memory of the same process sending
a 1 MB attachment. The group key lives in a key store in memory, never the real keyring.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from bench import Bench
from raw_rows import raw_rows

from groupdesk.services.sync.keys import MemoryKeyStore as MemoryStore

CHANGES = 100_000
ATTACHMENT_MB = 200


def _open(folder: Path):  # type: ignore[no-untyped-def]
    from groupdesk.config import DataPaths
    from groupdesk.services.workspace import open_workspace

    return open_workspace(DataPaths(folder))


def _member_rows(count: int) -> list[dict[str, object]]:
    return [
        {"full_name": f"Member {i}", "email": f"m{i}@example.org", "phone": f"+44 {i:07d}"}
        for i in range(count)
    ]


def export_import(bench: Bench) -> None:
    from groupdesk.models import Member
    from groupdesk.services.settings import create_group
    from groupdesk.services.sync.capture import bulk_insert, bulk_update
    from groupdesk.services.sync.engine import run_sync
    from groupdesk.services.sync.setup import init_folder, join_folder

    store = MemoryStore()
    ana, sam = _open(bench.tmp / "sync-ana"), _open(bench.tmp / "sync-sam")
    create_group(ana.uow(), name="Bench", currency="EUR")
    folder = bench.tmp / "sync-folder"
    code = init_folder(ana, folder=folder, store=store, name="Ana").join_code
    join_folder(sam, folder=folder, code=code, store=store, name="Sam")
    # Each edit sets email, phone and notes, and logs updated_at with them: four field changes.
    members = CHANGES // 4
    with ana.uow() as uow:
        ids = bulk_insert(uow.session, Member, _member_rows(members))
        uow.commit()
    run_sync(ana, store=store, backup=False)
    run_sync(sam, store=store, backup=False, write=False)
    with closing(sqlite3.connect(ana.paths.database)) as before:
        (logged,) = before.execute("SELECT max(seq) FROM changes").fetchone()
    with ana.uow() as uow:
        bulk_update(
            uow.session,
            Member,
            [
                {
                    "id": i,
                    "email": f"new{n}@example.org",
                    "phone": f"+44 9{n:06d}",
                    "notes": "moved",
                }
                for n, i in enumerate(ids)
            ],
        )
        uow.commit()
    total = members * 4
    # The baseline's database: Sam's as the import finds it; its changes: the ones Ana made.
    with (
        closing(sqlite3.connect(sam.paths.database)) as source,
        closing(sqlite3.connect(bench.tmp / "raw.sqlite")) as raw,
    ):
        source.backup(raw)
    with closing(sqlite3.connect(ana.paths.database)) as made:
        incoming = made.execute(
            "SELECT hlc, device_id, table_name, row_id, field, value, base_hlc FROM changes"
            " WHERE seq > ?",
            (logged,),
        ).fetchall()

    start = time.perf_counter()
    report = run_sync(ana, store=store, backup=False)
    export_seconds = time.perf_counter() - start
    assert report.exported_changes >= total, report
    start = time.perf_counter()
    report = run_sync(sam, store=store, backup=False, write=False)
    import_seconds = time.perf_counter() - start
    assert report.new_changes >= total, report
    ana.close()
    sam.close()

    assert len(incoming) >= total, len(incoming)
    baseline = raw_merge_and_apply(bench.tmp / "raw.sqlite", incoming)
    name = "raw sqlite3 merge-and-apply of the same changes in the same schema"
    bench.figure(
        f"sync: export {total:,} field changes",
        export_seconds,
        goal=3.0,
        baseline=baseline,
        baseline_name=name,
        ratio_goal=2.0,  # issue 16: within 2× of raw
    )
    bench.figure(
        f"sync: import {total:,} field changes",
        import_seconds,
        goal=3.0,
        baseline=baseline,
        baseline_name=name,
        ratio_goal=2.0,
    )


def raw_merge_and_apply(path: Path, changes: list[tuple[Any, ...]]) -> float:
    """What an import must do at the least, with nothing in the way: the incoming `changes`
    (hlc, device, table, row, field, JSON value, base) logged, their field clocks upserted and
    their values written to their rows, in one transaction, into the database at `path` (a copy
    of the importing laptop's: the same schema, indexes and rows). Until session Q this logged
    the changes and upserted the clocks into bare tables only, leaving out the rows' update
    and the real indexes, most of an import's own database work."""
    connection = sqlite3.connect(path)
    connection.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    by_row: dict[tuple[str, str], dict[str, object]] = {}
    for _hlc, _device, table, row, field, value, _base in changes:
        by_row.setdefault((table, row), {})[field] = json.loads(value)
    updates: dict[tuple[str, tuple[str, ...]], list[tuple[object, ...]]] = {}
    for (table, row), values in by_row.items():
        updates.setdefault((table, tuple(values)), []).append((*values.values(), row))
    start = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT OR IGNORE INTO changes"
            " (hlc, device_id, table_name, row_id, field, value, base_hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            changes,
        )
        connection.executemany(
            "INSERT INTO field_clock VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET hlc = excluded.hlc",
            [(table, row, field, hlc) for hlc, _, table, row, field, _, _ in changes],
        )
        for (table, fields), rows in updates.items():
            assignments = ", ".join(f"{field} = ?" for field in fields)
            connection.executemany(
                f"UPDATE {table} SET {assignments} WHERE id = ?",  # noqa: S608 (the bench's own)
                rows,
            )
    seconds = time.perf_counter() - start
    connection.close()
    return seconds


_INIT_SCRIPT = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_sync import MemoryStore, _open, folder_bytes, high_water_mb
from groupdesk.services.sync.setup import init_folder
source, root = Path(sys.argv[1]), Path(sys.argv[2])
ana = _open(source)
start = time.perf_counter()
code = init_folder(ana, folder=root / "folder", store=MemoryStore(), name="Ana").join_code
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": high_water_mb(), "code": code,
                  "bytes": folder_bytes(root / "folder")}))
"""

_SNAPSHOT_SCRIPT = r"""
import json, sys, time
from datetime import datetime
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_sync import _open, folder_bytes, high_water_mb
from groupdesk.services.sync import crypto
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.snapshots import write_snapshot
source, root, code = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[4]
ana = _open(source)
folder = root / "folder"
start = time.perf_counter()
name = write_snapshot(ana, SyncFolder(folder), crypto.key_from_join_code(code),
                      sync_config(ana).group_id, datetime.now)
seconds = time.perf_counter() - start
for path in (folder / "changes").rglob("*.gdc"):
    path.unlink()  # pruned, as after the grace period: the snapshot is all a newcomer reads
print(json.dumps({"seconds": seconds, "peak_mb": high_water_mb(), "name": name,
                  "bytes": (folder / name).stat().st_size}))
"""

_JOIN_SCRIPT = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_sync import MemoryStore, _open, high_water_mb
from groupdesk.services.sync.setup import join_folder
root, code, label = Path(sys.argv[2]), sys.argv[4], sys.argv[5]
newcomer = _open(root / label)
start = time.perf_counter()
report = join_folder(newcomer, folder=root / "folder", code=code, store=MemoryStore(),
                     name="New").report
seconds = time.perf_counter() - start
assert not report.problems and not report.stopped, report
print(json.dumps({"seconds": seconds, "peak_mb": high_water_mb(), "changes": report.new_changes,
                  "snapshot": any(f.name.startswith("snapshots/") for f in report.files_read)}))
"""


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def high_water_mb() -> float:
    """This process's peak resident memory since it started or since /proc/self/clear_refs
    was told "5" (Linux; elsewhere since it started)."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def join_from_snapshot(bench: Bench) -> None:
    """`sync init` on the demo group, a new laptop joining from the change file it wrote, then
    (the change files pruned) another joining from a snapshot: each step in a child process,
    so its peak memory is its own (the goal: under 400 MB for a join)."""
    root = bench.tmp / "snapshot-join"
    root.mkdir()
    source = bench.copy_of(bench.demo_folder(bench.members), "snapshot-ana")
    here = str(Path(__file__).parent)
    init = _child(bench, _INIT_SCRIPT, str(source), str(root), here)
    code = str(init["code"])
    bench.figure(
        f"sync: `sync init` of the {bench.group}-member group ({init['bytes'] / 1e6:,.0f} MB"
        " written, once)",
        init["seconds"],
    )
    from_files = _child(bench, _JOIN_SCRIPT, str(source), str(root), here, code, "from-files")
    # The floor: stdlib sqlite3 writing the rows the join writes (every table's, the change
    # log's, the field clocks') into the same schema: bare tables holding only the changes
    # and clocks would leave out the app's own tables, indexes and triggers (session M,
    # docs/performance.md).
    baseline, _counts = raw_rows(
        bench, bench.demo_folder(bench.members) / "groupdesk.sqlite", repeat=1
    )
    _join_figures(bench, "sync init's change file", from_files, baseline)
    snapshot = _child(bench, _SNAPSHOT_SCRIPT, str(source), str(root), here, code)
    bench.figure(
        f"sync: write a snapshot of the {bench.group}-member group"
        f" ({snapshot['bytes'] / 1e6:,.0f} MB)",
        snapshot["seconds"],
    )
    from_snapshot = _child(bench, _JOIN_SCRIPT, str(source), str(root), here, code, "from-snapshot")
    assert from_snapshot["snapshot"], "the newcomer did not start from the snapshot"
    _join_figures(bench, "a snapshot (change files pruned)", from_snapshot, baseline)


def _join_figures(bench: Bench, source: str, joined: dict[str, float], baseline: float) -> None:
    bench.figure(
        f"sync: new laptop joins the {bench.group}-member group from {source}",
        joined["seconds"],
        goal=10.0 if bench.members <= 10_000 else None,
        baseline=baseline,
        baseline_name="stdlib sqlite3 writing the same rows into the same schema",
        ratio_goal=3.0,
    )
    bench.figure(
        f"sync: peak memory of that join ({int(joined['changes']):,} changes)",
        joined["peak_mb"],
        goal=400.0,
        unit="MB",
        peak_goal_mb=400.0,
    )


_MEMORY_SCRIPT = r"""
import json, os, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_sync import MemoryStore, _open, high_water_mb
from groupdesk.services.attachments import add_attachment
from groupdesk.services.settings import create_group
from groupdesk.services.sync.setup import init_folder, join_folder
from groupdesk.services.sync.engine import run_sync
root, megabytes = Path(sys.argv[1]), int(sys.argv[2])
source = root / "big.bin"
with source.open("wb") as out:
    for _ in range(megabytes):
        out.write(os.urandom(1 << 20))
store = MemoryStore()
ana, sam = _open(root / "ana"), _open(root / "sam")
create_group(ana.uow(), name="Bench", currency="EUR")
code = init_folder(ana, folder=root / "folder", store=store).join_code
join_folder(sam, folder=root / "folder", code=code, store=store)
try:
    Path("/proc/self/clear_refs").write_text("5")  # restart the high-water mark here
except OSError:
    pass
before = high_water_mb()
with ana.uow() as uow:
    add_attachment(uow, source=source)
    uow.commit()
start = time.perf_counter()
sent = run_sync(ana, store=store, backup=False).attachments_sent
got = run_sync(sam, store=store, backup=False).attachments_fetched
seconds = time.perf_counter() - start
after = high_water_mb()
assert sent == got == 1
print(json.dumps({"peak_mb": after, "grew_mb": after - before, "seconds": seconds}))
"""


def _child(bench: Bench, script: str, *args: str) -> dict[str, Any]:
    """Run `script` in a fresh interpreter (its peak memory noted for the next figure); what
    its last line printed, as JSON."""
    done = bench.process([sys.executable, "-c", script, *args])
    printed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return printed


def _memory_run(bench: Bench, megabytes: int) -> dict[str, float]:
    root = bench.tmp / f"memory-{megabytes}"
    root.mkdir()
    return _child(bench, _MEMORY_SCRIPT, str(root), str(megabytes), str(Path(__file__).parent))


def attachment_memory(bench: Bench) -> None:
    small = _memory_run(bench, 1)
    big = _memory_run(bench, ATTACHMENT_MB)
    bench.figure(
        f"sync: peak memory sending + receiving a {ATTACHMENT_MB} MB attachment",
        big["peak_mb"],
        goal=small["peak_mb"] + 64,
        baseline=small["peak_mb"],
        baseline_name="same process, 1 MB attachment",
        unit="MB",
    )
    bench.figure(
        f"sync: time to send + receive a {ATTACHMENT_MB} MB attachment",
        big["seconds"],
        baseline=small["seconds"],
        baseline_name="1 MB attachment",
    )


def run(bench: Bench) -> None:
    export_import(bench)
    join_from_snapshot(bench)
    attachment_memory(bench)
