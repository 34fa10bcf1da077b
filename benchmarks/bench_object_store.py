"""Object-store figures (issue 18), against a SeaweedFS server on loopback (the test suite's
`tests/support/seaweed.py`): a network of 200 laptops that each wrote 50 change files, a new
laptop joining while the snapshot one of them wrote has all its files there (it reads them
instead) and after they were pruned (it starts from the snapshot), a sync that finds nothing
new, and one that
finds 5 new files of one laptop — each with the requests it made and the bytes it read.

The laptops are simulated: their change files (one member's phone edit each), device files
and snapshot are sealed by the format layer and put by 16 threads of a bare boto3 client, as
many laptops would. Baselines, in the same run: a bare boto3 client listing and reading the
same objects one after another, with nothing of GroupDesk in the way. `--quick`: 20 laptops
of 5 files each, and a tenth of the group.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import Bench

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.seaweed import Seaweed, running_seaweed

from groupdesk.services.sync.keys import MemoryKeyStore

LAPTOPS = 200
FILES_EACH = 50


class Requests:
    """Every request the object-store transport makes while counting, and the bytes of the
    objects it read."""

    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()
        self.bytes_read = 0

    @contextmanager
    def counting(self) -> Iterator[Requests]:
        from groupdesk.services.sync.transport_s3 import ObjectStore

        call = ObjectStore._call

        def counted(store: ObjectStore, doing: str, operation: str, **arguments: Any) -> Any:
            answer = call(store, doing, operation, **arguments)
            self.kinds[operation] += 1
            if operation == "get_object":
                self.bytes_read += int(answer.get("ContentLength") or 0)
            return answer

        ObjectStore._call = counted  # type: ignore[method-assign]
        try:
            yield self
        finally:
            ObjectStore._call = call  # type: ignore[method-assign]

    def total(self) -> int:
        return sum(self.kinds.values())

    def said(self) -> str:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.kinds.items()))
        return f"{self.total()} requests ({kinds}), {self.bytes_read / 1e6:.2f} MB read"


def _open(folder: Path):  # type: ignore[no-untyped-def]
    from groupdesk.config import DataPaths
    from groupdesk.services.workspace import open_workspace

    return open_workspace(DataPaths(folder))


def run(bench: Bench) -> None:
    laptops, files_each = (20, 5) if bench.quick else (LAPTOPS, FILES_EACH)
    with running_seaweed(bench.tmp / "seaweed") as server:
        _network(bench, server, laptops, files_each)


def _network(bench: Bench, server: Seaweed, laptops: int, files_each: int) -> None:
    from groupdesk.services.sync.config import sync_config
    from groupdesk.services.sync.keys import load_key
    from groupdesk.services.sync.setup import group_join_code, init_store
    from groupdesk.services.sync.store_location import parse_store

    keyring = MemoryKeyStore()
    location = parse_store(
        f"s3://{server.bucket}/bench", endpoint=server.endpoint, key_id=server.key_id
    )
    ana = _open(bench.copy_of(bench.demo_folder(bench.members), "store-ana"))
    init_store(ana, location=location, secret=server.secret, store=keyring, name="Ana")
    config = sync_config(ana)
    assert config is not None
    network = Network(load_key(keyring, config.group_id), config.group_id, _member_ids(ana))
    for laptop in range(laptops):
        network.laptop(f"Laptop {laptop}", files_each)
    # Laptop 0 has read every file and written a snapshot of them all (as it would have).
    network.snapshot(ana, by=network.devices[0])
    client = server.client(max_pool_connections=16)
    prefix = location.key_prefix()
    start = time.perf_counter()
    network.put(client, server.bucket, prefix)
    print(
        f"   ({len(network.change_files):,} change files of {laptops} laptops, their device "
        f"files and a snapshot, sealed and put in {time.perf_counter() - start:.1f} s)"
    )
    code = group_join_code(ana, store=keyring)
    ana.close()

    seconds, checked, first = _join(
        location, server, keyring, code, bench.tmp / "joiner-1", from_snapshot=False
    )
    first.close()
    bench.figure(
        f"store: join the {bench.group}-member group while the snapshot's "
        f"{len(network.change_files):,} change files are there (read instead of it)",
        seconds,
        baseline=_bare_reads(client, server.bucket, prefix),
        baseline_name="bare boto3: list + GET every object",
    )
    print(f"   {checked.said()}")

    # Pruned, as after the grace period: the snapshot is all a new laptop reads.
    names = network.change_files
    for first_name in range(0, len(names), 1000):
        batch = [{"Key": prefix + name} for name in names[first_name : first_name + 1000]]
        client.delete_objects(Bucket=server.bucket, Delete={"Objects": batch, "Quiet": True})
    seconds, joined, newcomer = _join(
        location, server, keyring, code, bench.tmp / "joiner-2", from_snapshot=True
    )
    bench.figure(
        f"store: join from the {bench.group}-member snapshot (change files pruned)",
        seconds,
        goal=15.0,
        baseline=_bare_reads(client, server.bucket, prefix + "snapshots/"),
        baseline_name="bare boto3: list + GET the snapshots",
    )
    print(f"   {joined.said()}")

    seconds, steady = _sync(newcomer, keyring, files=0)
    bench.figure(
        f"store: a sync finding nothing new ({laptops + 2} laptops)",
        seconds,
        goal=1.0,
        baseline=_bare_list(client, server.bucket, prefix),
        baseline_name="bare boto3: list the group's objects",
    )
    bench.figure(
        "store: list requests of that sync", steady.kinds["list_objects_v2"], goal=2, unit="req"
    )
    print(f"   {steady.said()}")

    # One laptop writes 5 more change files: only its files are listed and read.
    network.sealed.clear()
    network.laptop("Laptop 0", 5, device=network.devices[0], first_seq=files_each + 1)
    network.put(client, server.bucket, prefix)
    seconds, one = _sync(newcomer, keyring, files=5)
    bench.figure(
        "store: a sync finding 5 new change files of one laptop",
        seconds,
        goal=1.0,
        baseline=_bare_reads(client, server.bucket, f"{prefix}changes/{network.devices[0]}/"),
        baseline_name="bare boto3: list + GET that laptop's files",
    )
    print(f"   {one.said()}")
    newcomer.close()


def _sync(workspace: Any, keyring: MemoryKeyStore, *, files: int) -> tuple[float, Requests]:
    """One sync that reads `files` change files: (seconds, its requests)."""
    from groupdesk.services.sync.engine import run_sync

    counted = Requests()
    start = time.perf_counter()
    with counted.counting():
        report = run_sync(workspace, store=keyring, backup=False)
    seconds = time.perf_counter() - start
    assert len(report.files_read) == files and report.written is None, report
    return seconds, counted


class Network:
    """Simulated laptops' files, sealed as those laptops would have written them: change
    files of one phone edit each (of a member of their own), device files, a snapshot.
    (A plain class: run.py loads this module by path, where a dataclass cannot resolve its
    annotations.)"""

    def __init__(self, key: bytes, group_id: str, member_ids: list[str]) -> None:
        self.key = key
        self.group_id = group_id
        self.member_ids = member_ids
        self.devices: list[str] = []
        self.sealed: list[tuple[str, bytes]] = []
        self.change_files: list[str] = []
        self.changes: list[tuple[str, str, str, str, str | None, str]] = []

    def laptop(
        self, name: str, files: int, *, device: str | None = None, first_seq: int = 1
    ) -> None:
        from groupdesk import __version__
        from groupdesk.ids import new_id
        from groupdesk.services.sync import format as fmt

        if device is None:
            device = new_id()
            self.devices.append(device)
        now = datetime.now()
        millis = int(now.timestamp() * 1000)
        for seq in range(first_seq, first_seq + files):
            member = self.member_ids[len(self.changes) % len(self.member_ids)]
            hlc = f"{millis + seq:015d}-{0:06d}-{device}"
            change = ("members", member, "phone", hlc, None, f'"+44 7700 {len(self.changes)}"')
            self.changes.append(change)
            self._seal(fmt.Header("changes", self.group_id, device, seq), changes=[change])
            self.change_files.append(fmt.file_name("changes", device, seq))
        info = {
            "name": name,
            "app": __version__,
            "schema": fmt.SCHEMA_VERSION,
            "last_sync": now.isoformat(timespec="seconds"),
            "read": {device: first_seq + files - 1},
            "clocks_ahead": {},
        }
        self._seal(fmt.Header("device", self.group_id, device, 0), device=info)

    def snapshot(self, ana: Any, *, by: str) -> None:
        """`by`'s snapshot of everything: Ana's records and every laptop's edits."""
        from groupdesk.services.sync import format as fmt
        from groupdesk.services.sync.snapshots import snapshot_rows

        covers = {device: 0 for device in self.devices}
        for name in self.change_files:
            _, device, seq = fmt.parse_name(name) or ("", "", 0)
            covers[device] = max(covers[device], seq)
        covers[ana.device_id] = 1
        with ana.uow() as uow:
            held = list(snapshot_rows(uow.session.connection().connection))
        changes = sorted([*held, *self.changes], key=lambda c: (c[0], c[1]))
        header = fmt.Header("snapshot", self.group_id, by, covers[by])
        self._seal(header, changes=changes, covers=covers)

    def _seal(self, header: Any, **body: Any) -> None:
        from dataclasses import replace

        from groupdesk.services.sync import format as fmt

        written = replace(header, written_at=datetime.now().isoformat(timespec="seconds") + "Z")
        name = fmt.file_name(header.kind, header.device_id, header.seq)
        self.sealed.append((name, fmt.encode(written, self.key, **body)))

    def put(self, client: Any, bucket: str, prefix: str) -> None:
        """Put every file sealed, 16 at a time (as many laptops would)."""
        with ThreadPoolExecutor(16) as pool:
            list(
                pool.map(
                    lambda item: client.put_object(
                        Bucket=bucket, Key=prefix + item[0], Body=item[1]
                    ),
                    self.sealed,
                )
            )


def _join(
    location: Any,
    server: Seaweed,
    keyring: MemoryKeyStore,
    code: str,
    folder: Path,
    *,
    from_snapshot: bool,
) -> tuple[float, Requests, Any]:
    """A new laptop joins the group, starting from the snapshot or not: (seconds, its
    requests, its workspace)."""
    from groupdesk.services.sync.setup import join_store

    newcomer = _open(folder)
    counted = Requests()
    start = time.perf_counter()
    with counted.counting():
        result = join_store(
            newcomer, location=location, secret=server.secret, code=code, store=keyring
        )
    seconds = time.perf_counter() - start
    read = any(f.name.startswith("snapshots/") for f in result.report.files_read)
    assert read == from_snapshot, result.report.files_read
    return seconds, counted, newcomer


def _member_ids(workspace: Any) -> list[str]:
    from sqlalchemy import select

    from groupdesk.models import Member

    with workspace.uow() as uow:
        return list(uow.session.scalars(select(Member.id).order_by(Member.id)))


def _bare_reads(client: Any, bucket: str, prefix: str) -> float:
    """Seconds for a bare boto3 client to list `prefix` and GET every object under it."""
    start = time.perf_counter()
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
    return time.perf_counter() - start


def _bare_list(client: Any, bucket: str, prefix: str) -> float:
    """Seconds for a bare boto3 client to list every object under `prefix`."""
    start = time.perf_counter()
    for _ in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        pass
    return time.perf_counter() - start
