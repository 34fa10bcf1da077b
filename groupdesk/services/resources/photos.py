"""Photos of an item: pictures kept through the attachments service (by content), in an order
the group chooses; the first is the one lists and the detail pane show.

A photo is a synced row pointing at an attachment, so it travels by sync and backup with the
attachment's file, and removing it tombstones the row (the file stays: another record, or an
undo, may still want it). Thumbnails come from `services.thumbnails`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from groupdesk.errors import ValidationError
from groupdesk.models.attachments import Attachment
from groupdesk.models.resources import ResourceItem, ResourcePhoto
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import live_row, remove
from groupdesk.services.thumbnails import add_image
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class PhotoData:
    id: str
    item_id: str
    attachment_id: str
    #: The name the picture had when it was added, for display only.
    filename: str
    position: int


def add_photo(uow: UnitOfWork, *, item_id: str, source: Path) -> PhotoData:
    """Add a picture of an item after its others; a file that is not a picture we can show (or
    too large) is refused beside the photo field, and nothing is kept."""
    with uow:
        session = uow.session
        live_row(session, ResourceItem, item_id, what="item")
        attachment = add_image(uow, source=source, field="photo")
        last = session.scalar(
            select(func.max(ResourcePhoto.position)).where(
                ResourcePhoto.item_id == item_id, ResourcePhoto.deleted_at.is_(None)
            )
        )
        photo = ResourcePhoto(
            item_id=item_id,
            attachment_id=attachment.id,
            position=0 if last is None else last + 1,
        )
        session.add(photo)
        session.flush()
        data = PhotoData(photo.id, item_id, attachment.id, attachment.filename, photo.position)
        uow.commit()
    return data


def photos_of(uow: UnitOfWork, *, item_id: str) -> list[PhotoData]:
    """An item's photos in their order (one query, the file names joined in)."""
    with uow:
        rows = uow.session.execute(
            select(
                ResourcePhoto.id,
                ResourcePhoto.attachment_id,
                Attachment.filename,
                ResourcePhoto.position,
            )
            .join(Attachment, Attachment.id == ResourcePhoto.attachment_id)
            .where(ResourcePhoto.item_id == item_id, ResourcePhoto.deleted_at.is_(None))
            .order_by(ResourcePhoto.position, ResourcePhoto.id)
        ).all()
    return [
        PhotoData(row.id, item_id, row.attachment_id, row.filename, row.position) for row in rows
    ]


def remove_photo(uow: UnitOfWork, *, photo_id: str) -> None:
    remove(uow, ResourcePhoto, photo_id, what="photo")


def reorder_photos(uow: UnitOfWork, *, item_id: str, photo_ids: Sequence[str]) -> list[PhotoData]:
    """Put an item's photos in the order given (every photo of the item, each once). Only the
    rows whose place changes are written, so sync carries no more than what moved."""
    with uow:
        session = uow.session
        live_row(session, ResourceItem, item_id, what="item")
        photos = {
            photo.id: photo
            for photo in session.scalars(
                select(ResourcePhoto).where(
                    ResourcePhoto.item_id == item_id, ResourcePhoto.deleted_at.is_(None)
                )
            )
        }
        if sorted(photo_ids) != sorted(photos):
            raise ValidationError.single(
                "photos",
                QT_TRANSLATE_NOOP(
                    "Pictures",
                    "The photos of this item changed (on another laptop, or in another window); "
                    "look at them again and put them in order.",
                ),
            )
        for position, photo_id in enumerate(photo_ids):
            if photos[photo_id].position != position:
                photos[photo_id].position = position
        uow.commit()
    return photos_of(uow, item_id=item_id)
