"""Thumbnail figures: the detail pane's picture of a 12-megapixel phone photo, first made and then
read from the cache by content hash (goal: under 50 ms cached, issue 12).

Baselines, measured in the same run: Pillow decoding the whole original and scaling it, the way
a thumbnail is made without JPEG draft decoding (the first figure), and simply decoding the
original, the least that showing it without a cache would cost (the cached figure).
"""

from __future__ import annotations

from pathlib import Path

from bench import Bench

WIDTH, HEIGHT = 4000, 3000  # 12 megapixels, a common phone camera


def phone_photo(path: Path) -> Path:
    """A photo-like 12-MP JPEG (gradients under sensor-like noise, so it compresses as a real
    photo does, not as a flat colour) with the EXIF orientation a phone held upright writes."""
    from PIL import Image

    size = (WIDTH, HEIGHT)
    sky = Image.linear_gradient("L").resize(size)
    noise = Image.effect_noise(size, 30)
    photo = Image.merge("RGB", (sky, Image.blend(sky.rotate(180), noise, 0.4), noise))
    exif = Image.Exif()
    exif[0x0112] = 6
    photo.save(path, format="JPEG", quality=90, exif=exif)
    return path


def thumbnails(bench: Bench) -> None:
    from PIL import Image, ImageOps

    from groupdesk.config import DataPaths
    from groupdesk.services.thumbnails import THUMBNAIL_SIZE, add_image, thumbnail
    from groupdesk.services.workspace import open_workspace

    original = phone_photo(bench.tmp / "IMG_4000x3000.jpg")
    megabytes = original.stat().st_size / 1_000_000
    workspace = open_workspace(DataPaths(bench.tmp / "thumbnails"))
    try:
        with workspace.uow() as uow:
            photo = add_image(uow, source=original).id
            uow.commit()

        def first() -> None:
            for cached in workspace.paths.thumbnails.glob("*"):
                cached.unlink()
            thumbnail(workspace.uow(), attachment_id=photo)

        def naive() -> None:
            with Image.open(original) as image:
                upright = ImageOps.exif_transpose(image)
                upright.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))

        def decode() -> None:
            with Image.open(original) as image:
                image.load()

        bench.figure(
            f"First thumbnail ({THUMBNAIL_SIZE} px) of a 12-MP JPEG ({megabytes:.1f} MB), upright",
            bench.best_of(first, repeat=5),
            baseline=bench.best_of(naive, repeat=3),
            baseline_name="Pillow: whole decode, exif_transpose, thumbnail",
        )
        first()
        bench.figure(
            f"Cached thumbnail of the same photo, looked up and read ({THUMBNAIL_SIZE} px)",
            bench.best_of(
                lambda: thumbnail(workspace.uow(), attachment_id=photo).path.read_bytes(),
                repeat=20,
            ),
            goal=0.05,
            baseline=bench.best_of(decode, repeat=3),
            baseline_name="Pillow decoding the 12-MP original",
        )
    finally:
        workspace.close()


def run(bench: Bench) -> None:
    thumbnails(bench)
