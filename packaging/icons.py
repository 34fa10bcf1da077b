"""GroupDesk's icon: drawn here, and made into every size each platform needs.

    python packaging/icons.py draw        # the source image, groupdesk/resources/icon.png
    python packaging/icons.py build OUT   # OUT/groupdesk.ico, groupdesk.icns, png/NxN.png

The drawing is two people at a desk, white and amber on teal: shapes at least two pixels
wide at 16×16, so it still reads in a taskbar or a Start menu. Everything else is made from the one
source image with Pillow (no platform tools), so the icons are the same on every build machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SOURCE = Path(__file__).resolve().parent.parent / "groupdesk" / "resources" / "icon.png"
SOURCE_SIZE = 1024
TEAL = (23, 105, 114, 255)
WHITE = (255, 255, 255, 255)
AMBER = (245, 180, 50, 255)
#: Windows: Explorer, taskbar, Start menu and high-DPI sizes in one .ico.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: Linux: the hicolor theme's sizes (the .desktop file names the icon "groupdesk").
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(size: int = SOURCE_SIZE) -> Image.Image:
    """The icon on a 16-unit grid (a unit is a pixel at 16×16, so every edge of the small
    icon falls on a pixel), drawn 4× larger and scaled down so the edges are smooth."""
    big = size * 4
    unit = big / 16
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def box(left: float, top: float, right: float, bottom: float) -> tuple[float, ...]:
        return (left * unit, top * unit, right * unit - 1, bottom * unit - 1)

    pen.rounded_rectangle(box(0, 0, 16, 16), radius=3.5 * unit, fill=TEAL)
    for left, colour in ((2, WHITE), (9, AMBER)):  # two people…
        pen.ellipse(box(left + 1, 2, left + 4, 5), fill=colour)
        pen.pieslice(box(left, 6, left + 5, 12), 180, 360, fill=colour)
    pen.rounded_rectangle(box(1, 10, 15, 13), radius=0.5 * unit, fill=WHITE)  # …at a desk
    return image.resize((size, size), Image.Resampling.LANCZOS)


def build(out: Path, source: Path = SOURCE) -> list[Path]:
    """Every platform's icon files in `out`, made from the source image."""
    image = Image.open(source).convert("RGBA")
    (out / "png").mkdir(parents=True, exist_ok=True)
    made = []
    for size in PNG_SIZES:
        path = out / "png" / f"{size}x{size}.png"
        image.resize((size, size), Image.Resampling.LANCZOS).save(path)
        made.append(path)
    ico = out / "groupdesk.ico"
    image.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    icns = out / "groupdesk.icns"
    image.save(icns)  # Pillow writes every size from 16 to 1024 (with @2x) from the source
    return [*made, ico, icns]


def main(arguments: list[str]) -> int:
    if arguments == ["draw"]:
        draw().save(SOURCE, optimize=True)
        print(f"Drew {SOURCE}")
        return 0
    if len(arguments) == 2 and arguments[0] == "build":
        for path in build(Path(arguments[1])):
            print(f"Made {path}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
