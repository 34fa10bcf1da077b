"""Photos of an item from its detail: "Add photo…" (the file chooser answered by the test),
picture files dropped on the photo strip as a file manager drops them, a file that is no
picture refused with the picture check's sentence under the photos and nothing kept, and
"Remove photo"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from support.gui import settle

from groupdesk.services.resources.photos import photos_of
from groupdesk.services.resources.records import ItemData, add_item
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources.page import ResourcesPage

pytestmark = pytest.mark.gui


@pytest.fixture
def urn(demo_workspace: Workspace) -> ItemData:
    return add_item(demo_workspace.uow(), values={"name": "Zebra tea urn"})


@pytest.fixture
def page(qtbot, app_context, urn):  # type: ignore[no-untyped-def]
    resources = ResourcesPage(app_context)
    qtbot.addWidget(resources)
    resources.resize(1200, 760)
    resources.show()
    qtbot.waitExposed(resources)
    settle()
    resources.show_item(urn.id)
    settle()
    return resources


def picture(folder: Path, name: str, colour: str) -> Path:
    path = folder / name
    Image.new("RGB", (60, 40), colour).save(path)
    return path


def drop(widget, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drop `files` on `widget`, as a file manager would."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file)) for file in files])
    where = QPoint(widget.width() // 2, 10)
    how = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (
        QDragEnterEvent(where, *how),  # Qt delivers a drop only after the drag was taken
        QDragMoveEvent(where, *how),
        QDropEvent(QPointF(where), *how),
    ):
        QApplication.sendEvent(widget, event)


def test_add_drop_refuse_and_remove_photos(qtbot, page, urn, demo_workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    strip = page.detail_pane.photo_strip
    first = picture(tmp_path, "urn-front.png", "red")
    strip.ask_files = lambda _parent, _title: [first]
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert [p.filename for p in photos_of(demo_workspace.uow(), item_id=urn.id)] == [
        "urn-front.png"
    ]
    assert page.status_label.text() == "Added 1 photo of \u2068Zebra tea urn\u2069."
    assert [photo.filename for photo, _button in strip.photos] == ["urn-front.png"]

    side, back = picture(tmp_path, "urn-side.jpg", "blue"), picture(tmp_path, "b.png", "green")
    drop(strip, [side, back])
    settle()
    names = [p.filename for p in photos_of(demo_workspace.uow(), item_id=urn.id)]
    assert names == ["urn-front.png", "urn-side.jpg", "b.png"]
    assert len(strip.photos) == 3

    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture", encoding="utf-8")
    drop(strip, [picture(tmp_path, "fine.png", "white"), notes])
    settle()
    assert strip.problem_label.isVisible()
    assert strip.problem_label.text() == "“\u2068notes.txt\u2069” is not a JPEG or PNG picture."
    assert len(photos_of(demo_workspace.uow(), item_id=urn.id)) == 3  # neither kept

    strip.photos[1][1].click()  # the side view
    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    settle()
    names = [p.filename for p in photos_of(demo_workspace.uow(), item_id=urn.id)]
    assert names == ["urn-front.png", "b.png"]
    assert page.status_label.text() == "Photo removed."
    assert not strip.problem_label.isVisible()
