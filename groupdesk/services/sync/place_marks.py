"""What this laptop remembers, between runs, of the place it syncs through, so that the next
listing leaves out what it has seen (`transport.Seen`) and device files that did not change
are not read again: per device, the tag of its device file and what that file said about
clocks, the highest change file listed, when everything was last listed, and a digest of the
attachments found there (`attachments_sync.send_attachments`).

Why: over an object store every listing and every read is a request. Listing the whole place
and reading every device file made a sync that found nothing new cost a request per device
and per thousand files; now it costs two listings, plus one per device that wrote something.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync.transport import Listing, Seen
from groupdesk.services.workspace import Workspace

MARKS_KEY = "sync_place_marks"
#: Everything is listed again at least this often, whatever the device files say: a laptop
#: that wrote a change file and stopped before its device file is read all the same, and
#: files gone from the place are sent again.
LIST_ALL_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class DeviceMark:
    """A device file as last read: its tag, when its writer wrote it, what it said of clocks."""

    tag: str
    written_at: str = ""
    clocks_ahead: Any = None


@dataclass
class PlaceMarks:
    place: str
    listed_all_at: datetime | None = None
    devices: dict[str, DeviceMark] = field(default_factory=dict)
    tops: dict[str, int] = field(default_factory=dict)
    blobs: str | None = None

    def seen(self, device_id: str, read_up_to: dict[str, int], now: datetime) -> Seen | None:
        """What a listing may leave out; None when everything is to be listed (nothing
        remembered yet, the last full listing is older than `LIST_ALL_EVERY`, or the clock
        went back)."""
        if self.listed_all_at is None or not (
            timedelta(0) <= now - self.listed_all_at < LIST_ALL_EVERY
        ):
            return None
        return Seen(
            device_id=device_id,
            read_up_to=read_up_to,
            tags={device: mark.tag for device, mark in self.devices.items()},
            tops=dict(self.tops),
        )

    def note_listing(self, listing: Listing, *, listed_all: bool, now: datetime) -> None:
        """Remember the highest change file listed per device (and when all was listed)."""
        for entry in listing.entries.values():
            if entry.kind == "changes":
                self.tops[entry.device_id] = max(self.tops.get(entry.device_id, 0), entry.seq)
        if listed_all:
            self.listed_all_at = now

    def note_own_device_file(self, device_id: str, tag: str | None) -> None:
        """The tag of the device file this laptop just wrote: seen unchanged at the next run,
        it shows that nothing else wrote under this laptop's id meanwhile."""
        if tag is None:
            self.devices.pop(device_id, None)
        else:
            self.devices[device_id] = DeviceMark(tag)


def load_marks(workspace: Workspace, place: str) -> PlaceMarks:
    """The marks of `place`; none if this laptop last synced elsewhere (or they are damaged)."""
    with workspace.uow() as uow:
        stored = uow.session.get(LocalState, MARKS_KEY)
        text = stored.value if stored else None
    if text is None:
        return PlaceMarks(place)
    try:
        raw = json.loads(text)
        if raw["place"] != place:
            return PlaceMarks(place)
        listed = raw.get("listed_all_at")
        return PlaceMarks(
            place,
            datetime.fromisoformat(listed) if listed else None,
            {str(d): DeviceMark(**mark) for d, mark in raw["devices"].items()},
            {str(d): int(top) for d, top in raw["tops"].items()},
            raw.get("blobs"),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return PlaceMarks(place)


def save_marks(workspace: Workspace, marks: PlaceMarks) -> None:
    raw = {
        "place": marks.place,
        "listed_all_at": marks.listed_all_at.isoformat() if marks.listed_all_at else None,
        "devices": {
            device: {"tag": m.tag, "written_at": m.written_at, "clocks_ahead": m.clocks_ahead}
            for device, m in marks.devices.items()
        },
        "tops": marks.tops,
        "blobs": marks.blobs,
    }
    with workspace.uow() as uow:
        uow.session.merge(LocalState(key=MARKS_KEY, value=json.dumps(raw, sort_keys=True)))
        uow.commit()
