"""Thumbnails of attached pictures: upright phone photos, a cache by content, and clear refusals."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from groupdesk.errors import ValidationError
from groupdesk.services.attachments import add_attachment
from groupdesk.services.thumbnails import (
    MAX_IMAGE_BYTES,
    MissingImageError,
    UnreadableImageError,
    add_image,
    check_image,
    thumbnail,
)
from groupdesk.services.workspace import Workspace

RED, BLUE = (220, 20, 20), (20, 20, 220)
ORIENTATION = 0x0112  # the EXIF tag phones set instead of turning the pixels


def phone_photo(path: Path) -> Path:
    """A JPEG as a phone held upright writes it: the sensor's landscape pixels (red on the left,
    blue on the right) and orientation 6, "turn me 90° clockwise to show"."""
    image = Image.new("RGB", (800, 400), BLUE)
    image.paste(RED, (0, 0, 400, 400))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    image.save(path, format="JPEG", exif=exif, quality=95)
    return path


def attach(workspace: Workspace, source: Path) -> str:
    with workspace.uow() as uow:
        added = add_image(uow, source=source)
        uow.commit()
    return added.id


def close_to(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel, colour, strict=False))


def test_a_phone_photo_with_an_exif_rotation_comes_out_upright(
    workspace: Workspace, tmp_path: Path
) -> None:
    photo = attach(workspace, phone_photo(tmp_path / "IMG_2041.jpg"))
    made = thumbnail(workspace.uow(), attachment_id=photo, size=256)
    with Image.open(made.path) as shown:
        assert shown.format == "JPEG"
        assert shown.size == (128, 256)  # portrait, as the phone was held
        rgb = shown.convert("RGB")
        assert close_to(rgb.getpixel((64, 10)), RED)  # the sensor's left is now the top
        assert close_to(rgb.getpixel((64, 245)), BLUE)
        assert ORIENTATION not in shown.getexif()  # nothing left to turn it a second time


def test_a_second_request_is_read_from_the_cache_without_the_original(
    workspace: Workspace, tmp_path: Path
) -> None:
    photo = attach(workspace, phone_photo(tmp_path / "gazebo.jpg"))
    first = thumbnail(workspace.uow(), attachment_id=photo)
    made_at = first.path.stat().st_mtime_ns
    for stored in workspace.paths.attachments.iterdir():
        stored.unlink()  # the big original is gone: only the cache can answer now
    second = thumbnail(workspace.uow(), attachment_id=photo)
    assert second.path == first.path
    assert second.path.stat().st_mtime_ns == made_at
    assert first.path.parent == workspace.paths.thumbnails
    assert [p.name for p in workspace.paths.thumbnails.iterdir()] == [first.path.name]


def test_each_size_is_cached_apart_and_the_same_picture_twice_shares_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    source = phone_photo(tmp_path / "drill.jpg")
    once, again = attach(workspace, source), attach(workspace, source)
    big = thumbnail(workspace.uow(), attachment_id=once, size=256)
    small = thumbnail(workspace.uow(), attachment_id=once, size=64)
    assert thumbnail(workspace.uow(), attachment_id=again, size=256).path == big.path
    with Image.open(small.path) as shown:
        assert max(shown.size) == 64
    assert len(list(workspace.paths.thumbnails.iterdir())) == 2


def test_a_png_keeps_its_transparency(workspace: Workspace, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (600, 300), (0, 128, 0, 0)).save(logo)
    made = thumbnail(workspace.uow(), attachment_id=attach(workspace, logo))
    with Image.open(made.path) as shown:
        assert (shown.format, shown.mode, shown.size) == ("PNG", "RGBA", (256, 128))
        assert shown.getpixel((5, 5))[3] == 0


def test_a_picture_over_the_size_limit_is_refused_with_what_to_do(tmp_path: Path) -> None:
    huge = phone_photo(tmp_path / "scan.jpg")
    with huge.open("r+b") as stream:
        stream.truncate(MAX_IMAGE_BYTES + 1_500_000)
    with pytest.raises(ValidationError) as refused:
        check_image(huge, field="photo")
    assert refused.value.errors == {
        "photo": "“scan.jpg” is 26.5 MB; a picture can be at most 25 MB. Save a smaller copy "
        "(phones can share a photo at a smaller size) and attach that."
    }


def test_a_file_that_is_not_a_picture_is_refused_and_nothing_is_stored(
    workspace: Workspace, tmp_path: Path
) -> None:
    fake = tmp_path / "receipt.jpg"
    fake.write_text("this is a shopping list, not a photo")
    with workspace.uow() as uow, pytest.raises(ValidationError) as refused:
        add_image(uow, source=fake, field="receipt")
    assert refused.value.errors["receipt"].startswith(
        "“receipt.jpg” could not be read as a picture: it may be damaged"
    )
    assert not workspace.paths.attachments.exists() or not any(
        workspace.paths.attachments.iterdir()
    )


def test_a_truncated_photo_is_named_when_attached(tmp_path: Path) -> None:
    whole = phone_photo(tmp_path / "whole.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(
        ValidationError, match=re.escape("“cut.jpg” could not be read as a picture")
    ):
        check_image(cut)


@pytest.mark.parametrize("name", ["notes.txt", "photo.heic", "plan.pdf"])
def test_only_jpeg_and_png_are_accepted(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.write_bytes(b"anything")
    with pytest.raises(ValidationError, match=f"“{name}” is not a JPEG or PNG picture"):
        check_image(source)


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that claims `width` × `height` pixels and holds almost none: what a decompression
    bomb looks like before anyone decodes it."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )  # fmt: skip
    return path


def test_a_picture_over_the_pixel_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        check_image(png_header_only(tmp_path / "poster.png", 10_000, 7_000))
    assert refused.value.errors == {
        "photo": "“poster.png” is 10000 × 7000 pixels; a picture can have at most 64 megapixels. "
        "Save a smaller copy and attach that."
    }


def test_a_decompression_bomb_is_refused_with_the_same_advice(tmp_path: Path) -> None:
    with pytest.raises(
        ValidationError, match=re.escape("“bomb.png” is far too large; a picture can have")
    ):
        check_image(png_header_only(tmp_path / "bomb.png", 40_000, 40_000))


def test_a_pdf_receipt_has_no_thumbnail_and_says_so(workspace: Workspace, tmp_path: Path) -> None:
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.7 paint")
    with workspace.uow() as uow:
        added = add_attachment(uow, source=receipt)
        uow.commit()
    with pytest.raises(UnreadableImageError, match=re.escape("“receipt.pdf” is not a picture")):
        thumbnail(workspace.uow(), attachment_id=added.id)


def test_a_photo_not_yet_synced_says_it_will_come(workspace: Workspace, tmp_path: Path) -> None:
    photo = attach(workspace, phone_photo(tmp_path / "tent.jpg"))
    for stored in workspace.paths.attachments.iterdir():
        stored.unlink()  # as on a laptop where the row has arrived and the file not yet
    with pytest.raises(
        MissingImageError, match=re.escape("“tent.jpg” has not arrived on this laptop yet")
    ):
        thumbnail(workspace.uow(), attachment_id=photo)
