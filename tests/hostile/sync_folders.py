"""Hostile sync folders: what anyone who can write to a shared cloud folder (or a laptop that
holds the key and misbehaves) can put there. Each builder changes a real folder made by
`init_folder`, so the tests see the app's own reading code at work."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from groupdesk.services.sync import format as fmt
from groupdesk.services.workspace import Workspace

#: A device id that no laptop of the test has.
STRANGER = "0190e2a4-0000-7000-8000-00000000beef"


def rewrite_manifest(folder: Path, **fields: Any) -> None:
    """Change fields of the folder's plaintext groupdesk-sync.json (it is not sealed)."""
    path = folder / fmt.FOLDER_FILE
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(fields)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def group_key(workspace: Workspace) -> tuple[bytes, str]:
    """The key and group id a laptop syncs with (from the test's keyring): what a laptop
    holding the key could seal anything with."""
    from groupdesk.services.sync import keys
    from groupdesk.services.sync.config import sync_config

    config = sync_config(workspace)
    assert config is not None
    return keys.load_key(keys.keyring_store(), config.group_id), config.group_id


def stamp(millis: int, device_id: str = STRANGER, counter: int = 0) -> str:
    return f"{millis:015d}-{counter:06d}-{device_id}"


def sealed_change_file(
    folder: Path,
    key: bytes,
    group_id: str,
    changes: Iterable[tuple[str, str, str, str, str | None, str]],
    *,
    device_id: str = STRANGER,
    seq: int = 1,
    name: str | None = None,
) -> str:
    """A change file sealed with the group's key holding whatever `changes` say
    ((table, row id, field, hlc, base hlc, value JSON text), grouped by row): what a laptop
    with the key that misbehaves can write. Returns its name in the folder."""
    header = fmt.Header("changes", group_id, device_id, seq, written_at="2026-12-01T10:00:00Z")
    name = name or fmt.file_name("changes", device_id, seq)
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fmt.encode(header, key, changes=sorted(changes, key=lambda c: c[:2])))
    return name


def sealed_snapshot(
    folder: Path,
    key: bytes,
    group_id: str,
    changes: Iterable[tuple[str, str, str, str, str | None, str]],
    covers: dict[str, int],
    *,
    device_id: str = STRANGER,
    seq: int = 1,
) -> str:
    """A snapshot sealed with the group's key claiming whatever `changes` and `covers` say."""
    header = fmt.Header("snapshot", group_id, device_id, seq, written_at="2026-12-01T10:00:00Z")
    name = fmt.file_name("snapshot", device_id, seq)
    folder.joinpath(*name.split("/")).write_bytes(
        fmt.encode(header, key, changes=sorted(changes, key=lambda c: c[:2]), covers=covers)
    )
    return name


def junk_file(folder: Path, name: str, data: bytes = b"GroupDeskSync\n junk") -> Path:
    """Bytes that start like a sync file and authenticate with no key."""
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def huge_sparse_file(folder: Path, name: str, size: int) -> Path:
    """A file of `size` bytes (sparse: it takes no disk) under a sync file's name."""
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.write(fmt.MAGIC)
        out.truncate(size)
    return path


def symlink(folder: Path, name: str, target: Path | str) -> Path:
    """`name` in the folder made a symbolic link to `target` (a device, a folder elsewhere)."""
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir() and not path.is_symlink():
        path.rmdir()
    os.symlink(target, path)
    return path


def fifo(folder: Path, name: str) -> Path:
    """A named pipe under a sync file's name: reading it waits for a writer forever."""
    path = folder.joinpath(*name.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path
