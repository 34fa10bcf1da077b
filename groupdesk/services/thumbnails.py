"""Attached pictures: the checks a picture passes before it is kept, and its thumbnails.

Shared by the resources area (photos of items) and grants (photographed receipts). A thumbnail is
made once per content and size and kept in the data folder's `thumbnails/` as
`<sha256>-<size>.<jpg|png>`: the content hash names the picture, so a second request is a file
read, one photo attached to two records shares one thumbnail, and nothing can go stale. Phone
photos are turned upright by their EXIF orientation (`ImageOps.exif_transpose`) before scaling,
since phones store the sensor's pixels and only a tag saying which way is up.

Pillow is imported inside the functions: `groupdesk --version` and `--help` must not pay for it.
"""

from __future__ import annotations

import math
import os
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, NotFoundError, ValidationError
from groupdesk.messages import sentence
from groupdesk.models.attachments import Attachment
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.attachments import (
    IMAGE_TYPES,
    AttachmentData,
    add_attachment,
    stored_path,
)
from groupdesk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from PIL import Image

#: A 48-megapixel phone photo is 10–20 MB; a bigger file is a scan or a RAW export nobody needs
#: to see at full size beside a loan or a receipt.
MAX_IMAGE_BYTES = 25_000_000
#: Larger pictures are refused before decoding: a small file can claim a vast size (a
#: "decompression bomb") and take the laptop's memory with it.
MAX_IMAGE_PIXELS = 64_000_000
#: The detail pane's picture; lists ask for smaller ones.
THUMBNAIL_SIZE = 256
_FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG"}  # MPO: some phones' JPEG flavour


class UnreadableImageError(GroupDeskError):
    """A stored attachment that cannot be shown as a picture (damaged, or not a picture)."""


class MissingImageError(GroupDeskError):
    """An attachment whose file has not arrived on this laptop yet (sync brings it later)."""


@dataclass(frozen=True)
class Thumbnail:
    """A ready thumbnail file: `path` is a JPEG or PNG at most `size` pixels on its long side."""

    attachment_id: str
    path: Path
    size: int


def check_image(source: Path, *, field: str = "photo") -> None:
    """Refuse, beside `field`, a file that cannot become an attached picture: not a file, not a
    JPEG or PNG, too large, or not readable. Decoding it here means a damaged photo is named when
    it is attached, not later when someone opens the record."""
    name = source.name
    if not source.is_file():
        raise ValidationError.single(
            field, QT_TRANSLATE_NOOP("Pictures", "{source} is not a file.").format(source=source)
        )
    if source.suffix.lower() not in IMAGE_TYPES:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP("Pictures", "“{name}” is not a JPEG or PNG picture.").format(
                name=name
            ),
        )
    size = source.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "Pictures",
                "“{name}” is {size} MB; a picture can be at most {most} MB. Save a smaller copy "
                "(phones can share a photo at a smaller size) and attach that.",
            ).format(
                name=name,
                size=Decimal(math.ceil(size / 100_000)) / 10,
                most=MAX_IMAGE_BYTES // 1_000_000,
            ),
        )
    try:
        with _opened(source, name) as image:
            image.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            image.load()
    except UnreadableImageError as unreadable:
        raise ValidationError.single(field, sentence(unreadable)) from unreadable


def add_image(uow: UnitOfWork, *, source: Path, field: str = "photo") -> AttachmentData:
    """Check `source` is a picture we can show, then keep it as an attachment; call inside an open
    unit of work (the caller links it to its record in the same transaction)."""
    check_image(source, field=field)
    return add_attachment(uow, source=source)


def thumbnail(uow: UnitOfWork, *, attachment_id: str, size: int = THUMBNAIL_SIZE) -> Thumbnail:
    """The thumbnail of an attached picture, made on first request and read from the cache after.

    Raises `UnreadableImageError` for a file that is not a picture we can read (a PDF receipt
    included: the caller shows its own icon) and `MissingImageError` for one not synced yet.
    """
    if not 16 <= size <= 2048:
        raise ValueError(f"thumbnail size out of range: {size}")
    with uow:
        found = uow.session.execute(
            select(Attachment.sha256, Attachment.filename, Attachment.media_type).where(
                Attachment.id == attachment_id, Attachment.deleted_at.is_(None)
            )
        ).one_or_none()
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Pictures", "That picture is no longer attached."))
    sha, filename, media_type = found
    path = make_thumbnail(
        uow.workspace.paths, sha256=sha, size=size, label=filename, media_type=media_type
    )
    return Thumbnail(attachment_id, path, size)


def make_thumbnail(
    paths: DataPaths, *, sha256: str, size: int, label: str, media_type: str
) -> Path:
    """The cached thumbnail file of the stored content `sha256`, made if it is not there yet.

    PNG pictures stay PNG (a logo's transparency survives); everything else becomes JPEG.
    """
    if media_type not in IMAGE_TYPES.values():
        raise UnreadableImageError(
            QT_TRANSLATE_NOOP(
                "Pictures", "“{name}” is not a picture, so it has no thumbnail."
            ).format(name=label)
        )
    source = stored_path(paths.attachments, sha256)  # first: the name becomes a path below
    extension = "png" if media_type == "image/png" else "jpg"
    cached = paths.thumbnails / f"{sha256}-{size}.{extension}"
    if cached.is_file():
        return cached
    if not source.is_file():
        raise MissingImageError(
            QT_TRANSLATE_NOOP(
                "Pictures",
                "The picture “{name}” has not arrived on this laptop yet; it shows after the next "
                "sync that brings it.",
            ).format(name=label)
        )
    with _opened(source, label) as image:
        small = _upright_and_small(image, size, label)
    _save_atomically(small, cached, "PNG" if extension == "png" else "JPEG")
    return cached


@contextmanager
def _opened(source: Path, label: str) -> Iterator[Image.Image]:
    """`source` opened lazily (header only), refused with a sentence unless it is a JPEG or PNG
    of a sensible number of pixels; a failure while decoding it inside the block (a truncated
    or damaged file) is refused with the same sentence."""
    from PIL import Image, UnidentifiedImageError

    unreadable = UnreadableImageError(
        QT_TRANSLATE_NOOP(
            "Pictures",
            "“{name}” could not be read as a picture: it may be damaged, or not really a JPEG or "
            "PNG. Attach it again, saved as a JPEG or PNG.",
        ).format(name=label)
    )
    too_many_pixels = QT_TRANSLATE_NOOP(
        "Pictures",
        "a picture can have at most {most} megapixels. Save a smaller copy and attach that.",
    ).format(most=MAX_IMAGE_PIXELS // 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # refused below
            image = Image.open(source)
    except Image.DecompressionBombError as error:
        raise UnreadableImageError(
            QT_TRANSLATE_NOOP("Pictures", "“{name}” is far too large; {why}").format(
                name=label, why=too_many_pixels
            )
        ) from error
    except (UnidentifiedImageError, OSError) as error:
        raise unreadable from error
    with image:
        if image.format not in _FORMATS:
            raise unreadable
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise UnreadableImageError(
                QT_TRANSLATE_NOOP(
                    "Pictures", "“{name}” is {width} × {height} pixels; {why}"
                ).format(name=label, width=width, height=height, why=too_many_pixels)
            )
        try:
            yield image
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            raise unreadable from error


def _upright_and_small(image: Image.Image, size: int, label: str) -> Image.Image:
    """Decode only as much as the thumbnail needs (a JPEG at 1/2–1/8 scale), turn it upright,
    then scale it to fit `size`."""
    from PIL import Image, ImageOps

    image.draft("RGB", (size, size))
    upright = ImageOps.exif_transpose(image)
    upright.thumbnail((size, size), Image.Resampling.LANCZOS)
    if upright.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    return upright


def _save_atomically(image: Image.Image, target: Path, image_format: str) -> None:
    """Write through a temporary file, so a reader never sees half a thumbnail."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".making-")
    try:
        with os.fdopen(handle, "wb") as out:
            image.save(
                out, format=image_format, **({"quality": 85} if image_format == "JPEG" else {})
            )
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
