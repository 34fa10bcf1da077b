"""Attachments are kept by content: the stored name is the sha256, never a name from a file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from groupdesk.errors import NotFoundError, ValidationError
from groupdesk.services.attachments import (
    DamagedAttachmentError,
    add_attachment,
    attachment_path,
    store_file,
    stored_path,
)
from groupdesk.services.workspace import Workspace


def test_a_file_is_stored_under_its_sha256_and_reads_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    receipt = tmp_path / "Receipt März 2026.pdf"
    receipt.write_bytes(b"%PDF-1.7 receipt for the paint")
    with workspace.uow() as uow:
        added = add_attachment(uow, source=receipt)
        uow.commit()
    assert added.sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    assert (added.filename, added.media_type, added.size) == (
        "Receipt März 2026.pdf",
        "application/pdf",
        len(receipt.read_bytes()),
    )
    stored = attachment_path(workspace.uow(), added.id)
    assert stored == workspace.paths.attachments / added.sha256
    assert stored.read_bytes() == receipt.read_bytes()


def test_storing_leaves_no_temporary_files(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (3 << 20))  # several read chunks
    sha, size = store_file(tmp_path / "store", source)
    assert size == 3 << 20
    assert [p.name for p in (tmp_path / "store").iterdir()] == [sha]


@pytest.mark.parametrize("name", ["../../etc/passwd", "/tmp/x", "ABCDEF", "a" * 63, ""])
def test_a_stored_path_is_only_ever_made_from_a_hex_digest(tmp_path: Path, name: str) -> None:
    with pytest.raises(DamagedAttachmentError, match="not by a sha256 digest"):
        stored_path(tmp_path, name)


def test_adding_something_that_is_not_a_file_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.uow() as uow, pytest.raises(ValidationError) as refused:
        add_attachment(uow, source=tmp_path)
    assert list(refused.value.errors) == ["file"]


def test_an_unknown_attachment_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError, match="No attachment nope"):
        attachment_path(workspace.uow(), "nope")
