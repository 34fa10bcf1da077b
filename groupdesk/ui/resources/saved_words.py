"""What the Resources page says once one of its dialogs has saved: a sentence for each kind of
result (an item, a loan out or back, a reservation, upkeep logged, a late fee waived, a kit's
checklist), each name isolated once so an Arabic or Hebrew name keeps the sentence in order."""

from __future__ import annotations

from PySide6.QtCore import QObject

from groupdesk.services.resources.fees import LateFee
from groupdesk.services.resources.kits import KitChecklist
from groupdesk.services.resources.loans import LoanData
from groupdesk.services.resources.records import ItemData
from groupdesk.services.resources.reservations import ReservationData
from groupdesk.services.resources.upkeep import UpkeepData
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.formats import Formats
from groupdesk.ui.words import listed


class SavedWords(QObject):
    """The sentences, days written the group's way."""

    def __init__(self, formats: Formats, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats

    def sentence(self, result: object, *, item_name: str) -> str:
        """What was saved (`item_name`: the item shown, for upkeep logged on it); "" for a
        result that needs no word."""
        if isinstance(result, ItemData):
            return isolated_once(self.tr("Saved {item}.").format(item=isolate(result.name)))
        if isinstance(result, UpkeepData):
            return isolated_once(
                self.tr("Logged upkeep of {item}: {what}.").format(
                    item=isolate(item_name), what=isolate(result.what)
                )
            )
        if isinstance(result, LateFee):
            return isolated_once(
                self.tr("The late fee on {item} is waived by {who}.").format(
                    item=isolate(result.item_name), who=isolate(result.waived_by_name or "")
                )
            )
        if isinstance(result, ReservationData):
            return isolated_once(
                self.tr("Reserved {item} for {who}, {first} to {last}.").format(
                    item=isolate(result.item_name),
                    who=isolate(result.who),
                    first=self.formats.day(result.starts_on),
                    last=self.formats.day(result.ends_on),
                )
            )
        if isinstance(result, LoanData) and result.returned_on is not None:
            return isolated_once(
                self.tr("{item} is back from {who}.").format(
                    item=isolate(result.item_name), who=isolate(result.borrower_name)
                )
            )
        if isinstance(result, KitChecklist):
            text = isolated_once(
                self.tr("Saved {kit} and its checklist.").format(kit=isolate(result.kit_name))
            )
            still = listed(isolate(line.name) for line in result.still_out)
            if still:
                text += " " + isolated_once(self.tr("Parts out: {parts}.").format(parts=still))
            return text
        if isinstance(result, LoanData):
            return isolated_once(
                self.tr("{item} is out with {who}, due back {due}.").format(
                    item=isolate(result.item_name),
                    who=isolate(result.borrower_name),
                    due=self.formats.day(result.due_on),
                )
            )
        return ""
