"""Everything the item detail shows, read at once: the item, its photos (as thumbnails ready
to show), loans, reservations, upkeep and its history. (Its clashes come from the page's list
of every clash, read once for the banner: asking for one item's costs as much as for all.)

One call, so the detail pane gets one answer from the database thread instead of eight that
could arrive out of step with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupdesk.errors import GroupDeskError
from groupdesk.services.history import HistoryEvent, record_history
from groupdesk.services.resources.availability import item_loan_history
from groupdesk.services.resources.kits import KitPart, parts_of
from groupdesk.services.resources.loans import LoanData
from groupdesk.services.resources.photos import photos_of
from groupdesk.services.resources.records import ItemData, get_item
from groupdesk.services.resources.reservations import ReservationData, item_reservations
from groupdesk.services.resources.upkeep import PlanStatus, UpkeepData, plan_statuses, upkeep_log
from groupdesk.services.thumbnails import thumbnail
from groupdesk.services.uow import UnitOfWork

#: Pixels along the longer side of a photo in the detail pane.
PHOTO_SIZE = 160


@dataclass(frozen=True)
class PhotoShown:
    """A photo of the item: its thumbnail file, or why there is none (not synced yet, say)."""

    photo_id: str
    filename: str
    thumbnail: Path | None
    problem: str = ""


@dataclass(frozen=True)
class ItemDetail:
    item: ItemData
    photos: tuple[PhotoShown, ...]
    #: Every loan, newest first.
    loans: tuple[LoanData, ...]
    #: Bookings still to come (and the ones collected or cancelled, after them).
    reservations: tuple[ReservationData, ...]
    upkeep: tuple[UpkeepData, ...]
    plans: tuple[PlanStatus, ...]
    history: tuple[HistoryEvent, ...]
    #: A kit's parts by name (none for an item that is no kit).
    parts: tuple[KitPart, ...] = ()


def item_detail(uow: UnitOfWork, *, item_id: str, history_limit: int = 200) -> ItemDetail:
    item = get_item(uow, item_id=item_id)
    photos = []
    for photo in photos_of(uow, item_id=item_id):
        try:
            path = thumbnail(uow, attachment_id=photo.attachment_id, size=PHOTO_SIZE).path
        except GroupDeskError as problem:
            photos.append(PhotoShown(photo.id, photo.filename, None, str(problem)))
        else:
            photos.append(PhotoShown(photo.id, photo.filename, path))
    every = item_reservations(uow, item_id=item_id, include_past=True)
    booked = [r for r in every if r.status == "booked"]
    return ItemDetail(
        item=item,
        photos=tuple(photos),
        loans=tuple(item_loan_history(uow, item_id=item_id)),
        reservations=tuple(booked + [r for r in every if r.status != "booked"]),
        upkeep=tuple(upkeep_log(uow, item_id=item_id)),
        plans=tuple(plan_statuses(uow, item_id=item_id)),
        history=tuple(
            record_history(uow, table="resource_items", row_id=item_id, limit=history_limit)
        ),
        parts=tuple(parts_of(uow, kit_id=item_id)),
    )
