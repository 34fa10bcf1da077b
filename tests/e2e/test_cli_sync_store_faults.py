"""The object store's faults as the command line says them (issue 18), against a real SeaweedFS
server behind a relay that can turn slow or go offline (tests/support/store_proxy.py): a
timeout, a bucket that does not exist, wrong credentials (the key id named, the secret never
shown) and a store that cannot be reached. Small timeouts through GROUPDESK_STORE_TIMEOUT and
GROUPDESK_STORE_ATTEMPTS keep them quick. (The store stopped in the middle of a sync:
tests/services/sync/test_object_store_faults.py.)"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.seaweed import Seaweed
from support.store_proxy import StoreProxy, store_proxy

pytestmark = pytest.mark.slow


@dataclass
class Laptops:
    """Ana's laptop syncs through the store behind `proxy`; Sam's has a group, not synced."""

    run: Callable[..., subprocess.CompletedProcess[str]]
    ana: Path
    sam: Path
    proxy: StoreProxy
    folder: Path


@pytest.fixture(scope="module")
def laptops(
    cli: Callable[..., subprocess.CompletedProcess[str]],
    module_keyring_env: dict[str, str],
    seaweed: Seaweed,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Laptops]:
    folder = tmp_path_factory.mktemp("store-faults")
    env = {
        **module_keyring_env,
        "GROUPDESK_S3_KEY_ID": seaweed.key_id,
        "GROUPDESK_S3_SECRET": seaweed.secret,
        "GROUPDESK_STORE_TIMEOUT": "1",
        "GROUPDESK_STORE_ATTEMPTS": "2",
    }

    def run(data: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return cli(*args, data_dir=data, env=env)

    ana, sam = folder / "ana", folder / "sam"
    with store_proxy(int(seaweed.endpoint.rsplit(":", 1)[1])) as proxy:
        for data in (ana, sam):
            made = run(data, "init", "--name", "Riverside", "--currency", "EUR")
            assert made.returncode == 0, made.stderr
        url = f"s3://{seaweed.bucket}/{seaweed.new_prefix()}"
        made = run(ana, "sync", "init", url, "--endpoint", proxy.endpoint)
        assert made.returncode == 0, made.stderr
        yield Laptops(run, ana, sam, proxy, folder)


def said(result: subprocess.CompletedProcess[str]) -> str:
    """What the command said, after checking it failed as the CLI's docs say (status 1, a
    sentence on stderr, no traceback)."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_a_slow_store_times_out_with_a_message(laptops: Laptops) -> None:
    laptops.proxy.stall()
    try:
        started = time.monotonic()
        message = said(laptops.run(laptops.ana, "sync", "run"))
        took = time.monotonic() - started
    finally:
        laptops.proxy.recover()
    assert "did not answer within 1 second (timed out, tried 2 times)" in message
    assert "Nothing was lost" in message
    assert took < 30  # a second a try, not the 20 s a laptop waits by default


def test_a_store_that_cannot_be_reached_says_it_tries_again_and_the_next_sync_completes(
    laptops: Laptops,
) -> None:
    laptops.proxy.go_offline()
    try:
        message = said(laptops.run(laptops.ana, "sync", "run"))
    finally:
        laptops.proxy.recover()
    assert "cannot be reached" in message and "tries again at the next sync" in message
    again = laptops.run(laptops.ana, "sync", "run")
    assert again.returncode == 0, again.stderr


def test_a_bucket_that_does_not_exist_is_said_plainly(laptops: Laptops, seaweed: Seaweed) -> None:
    message = said(
        laptops.run(
            laptops.sam, "sync", "init", "s3://no-such-bucket-4711/riverside",
            "--endpoint", seaweed.endpoint,
        )
    )  # fmt: skip
    assert f"The bucket no-such-bucket-4711 does not exist at {seaweed.endpoint}" in message


@pytest.mark.parametrize(
    ("key_id", "secret", "words"),
    [
        (
            "no-such-key-id",
            "a-guessed-secret-0042",
            "does not know the access key id no-such-key-id",
        ),
        (None, "a-wrong-secret-0042", "refused the secret of the access key id groupdesk-test"),
    ],
    ids=["unknown key id", "wrong secret"],
)
def test_wrong_credentials_name_the_key_id_and_never_the_secret(
    laptops: Laptops, seaweed: Seaweed, key_id: str | None, secret: str, words: str
) -> None:
    credentials = laptops.folder / "wrong-credentials.txt"
    credentials.write_text(f"{key_id or seaweed.key_id}\n{secret}\n", encoding="utf-8")
    result = laptops.run(
        laptops.sam, "sync", "init", f"s3://{seaweed.bucket}/{seaweed.new_prefix()}",
        "--endpoint", seaweed.endpoint, "--credentials-file", credentials,
    )  # fmt: skip
    assert words in said(result)
    assert secret not in result.stdout + result.stderr
    assert seaweed.secret not in result.stdout + result.stderr
