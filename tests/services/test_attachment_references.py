"""An attachment record whose content reference is not a sha256 digest (issue 15 item 10), as
a damaged or hostile backup or an old sync file could leave it: the roster and the Settings
page crashed on it. Where it is read, it is a file that cannot be shown, never a path."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from groupdesk.reports.roster import write_roster
from groupdesk.services.attachments import DamagedAttachmentError, attachment_path
from groupdesk.services.settings import set_logo
from groupdesk.services.thumbnails import make_thumbnail
from groupdesk.services.workspace import Workspace

DAMAGED = "../../../outside"


def _damage_logo(workspace: Workspace, logo_png: Path) -> str:
    attachment_id = set_logo(workspace.uow(), image=logo_png).logo_attachment_id
    assert attachment_id is not None
    with workspace.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE attachments SET sha256 = ? WHERE id = ?", (DAMAGED, attachment_id)
        )
        uow.commit()
    return attachment_id


def test_a_damaged_reference_is_said_in_a_sentence_not_a_path(
    group_workspace: Workspace, logo_png: Path
) -> None:
    attachment_id = _damage_logo(group_workspace, logo_png)
    with pytest.raises(DamagedAttachmentError) as raised:
        attachment_path(group_workspace.uow(), attachment_id)
    assert str(raised.value).startswith("An attached file's record is damaged (its content")


def test_the_roster_prints_without_a_logo_whose_record_is_damaged(
    group_workspace: Workspace, logo_png: Path, tmp_path: Path
) -> None:
    _damage_logo(group_workspace, logo_png)
    out = tmp_path / "roster.pdf"
    write_roster(group_workspace.uow(), out)
    assert not PdfReader(out).pages[0].images


def test_a_thumbnail_of_a_damaged_reference_writes_nothing_anywhere(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    paths = group_workspace.paths
    with pytest.raises(DamagedAttachmentError):
        make_thumbnail(paths, sha256=DAMAGED, size=64, label="logo.png", media_type="image/png")
    assert not list(paths.root.parent.glob("outside*"))
