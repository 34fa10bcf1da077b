"""Receipt photos for the grants tests: real JPEGs drawn with Pillow, since a receipt that is a
picture must open as one before it is attached (`thumbnails.check_image`)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image


def jpeg_bytes(colour: str = "white", size: tuple[int, int] = (60, 90)) -> bytes:
    """A small real JPEG; a different `colour` or `size` gives different bytes."""
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def receipt_photo(path: Path, colour: str = "white", size: tuple[int, int] = (60, 90)) -> Path:
    """`path` written as a small real JPEG (or PNG, by its suffix)."""
    Image.new("RGB", size, colour).save(path)
    return path
