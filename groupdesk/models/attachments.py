"""Files (receipt photos, logos) kept by content: the bytes live in the data folder under their
sha256, never under a name taken from the file, so no name can write outside the folder."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from groupdesk.models.base import Synced


class Attachment(Synced):
    __tablename__ = "attachments"
    __record_label__ = "attached file"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    #: The original file name, for display and export only.
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
