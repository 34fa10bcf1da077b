"""Photos for the demo's items, drawn here with Pillow so the demo needs no image files: a few
flat pictures (a gazebo, a speaker, a projector, a drill, chairs, seed packets, a room, a
binder), saved as JPEGs the way a phone saves them. The drill's is stored sideways with an EXIF
orientation tag, as a phone held on its side writes it, so the demo itself shows that photos
come out upright.

The same picture gives the same bytes, so the demo stays the same for a seed and each photo is
stored once (attachments are kept by content).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw

SIZE = (800, 600)
SKY, GRASS, WALL, FLOOR = "#cfe8f3", "#7cb46b", "#efe6d8", "#b08a5a"
#: EXIF tag 0x0112: 6 means "turn 90° clockwise to show".
ORIENTATION, TURN_CLOCKWISE = 0x0112, 6

Draw = Callable[[ImageDraw.ImageDraw], None]


def _gazebo(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 420, 800, 600), fill=GRASS)
    pen.polygon([(160, 220), (400, 90), (640, 220)], fill="#d9483b", outline="#8c2a22", width=4)
    for x in (180, 610):
        pen.rectangle((x, 220, x + 12, 470), fill="#6d6d6d")
    pen.rectangle((160, 220, 640, 250), fill="#f2f2f2")


def _speaker(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 470, 800, 600), fill=FLOOR)
    for left in (150, 450):
        pen.rounded_rectangle((left, 120, left + 200, 490), radius=14, fill="#2b2b2b")
        pen.ellipse((left + 40, 170, left + 160, 290), fill="#555555", outline="#111111", width=6)
        pen.ellipse((left + 25, 320, left + 175, 470), fill="#555555", outline="#111111", width=6)


def _projector(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 430, 800, 600), fill=FLOOR)
    pen.rounded_rectangle((220, 300, 580, 430), radius=18, fill="#e6e6e6", outline="#8a8a8a")
    pen.ellipse((250, 320, 340, 410), fill="#3a5f8f", outline="#1d2f47", width=6)
    pen.polygon([(295, 365), (40, 80), (40, 260)], fill="#fff6bf")


def _drill(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 480, 800, 600), fill="#9c9c9c")
    pen.rounded_rectangle((220, 180, 560, 280), radius=30, fill="#e8a21a", outline="#7a5200")
    pen.rounded_rectangle((330, 270, 430, 480), radius=20, fill="#333333")
    pen.rectangle((560, 215, 690, 245), fill="#b5b5b5")


def _chairs(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 450, 800, 600), fill=FLOOR)
    for left in range(90, 700, 160):
        pen.rectangle((left, 200, left + 110, 230), fill="#3a6ea5")
        pen.rectangle((left, 230, left + 12, 460), fill="#555555")
        pen.rectangle((left, 320, left + 110, 340), fill="#3a6ea5")
        pen.rectangle((left + 98, 330, left + 110, 460), fill="#555555")


def _seeds(pen: ImageDraw.ImageDraw) -> None:
    colours = ("#e4572e", "#f3a712", "#4c9f38", "#8e44ad", "#2e86ab", "#d35d6e")
    for number, colour in enumerate(colours):
        left, top = 90 + (number % 3) * 220, 90 + (number // 3) * 230
        pen.rectangle((left, top, left + 170, top + 200), fill="#fdf6e3", outline="#9b8b6a")
        pen.ellipse((left + 40, top + 40, left + 130, top + 130), fill=colour)


def _room(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 380, 800, 600), fill=FLOOR)
    pen.rectangle((80, 90, 300, 300), fill=SKY, outline="#ffffff", width=10)
    pen.rectangle((420, 330, 740, 360), fill="#7a4e2d")
    for left in (430, 700):
        pen.rectangle((left, 360, left + 14, 480), fill="#7a4e2d")


def _binder(pen: ImageDraw.ImageDraw) -> None:
    pen.rectangle((0, 460, 800, 600), fill=FLOOR)
    pen.rectangle((270, 90, 530, 470), fill="#1f6f5c", outline="#0f3b31", width=6)
    pen.rectangle((310, 150, 490, 220), fill="#fdf6e3")
    for top in (130, 280, 420):
        pen.ellipse((280, top, 300, top + 20), fill="#c0c0c0")


PICTURES: dict[str, tuple[Draw, str]] = {
    "gazebo": (_gazebo, SKY),
    "speaker": (_speaker, WALL),
    "projector": (_projector, WALL),
    "drill": (_drill, WALL),
    "chairs": (_chairs, WALL),
    "seeds": (_seeds, "#f0ead6"),
    "room": (_room, WALL),
    "binder": (_binder, WALL),
}
#: Stored sideways with an orientation tag, as a phone held on its side saves it.
SIDEWAYS = frozenset({"drill"})


def photo_jpeg(picture: str) -> bytes:
    """The JPEG of one of `PICTURES`."""
    draw, background = PICTURES[picture]
    image = Image.new("RGB", SIZE, background)
    draw(ImageDraw.Draw(image))
    exif = Image.Exif()
    if picture in SIDEWAYS:
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[ORIENTATION] = TURN_CLOCKWISE
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, exif=exif.tobytes())
    return out.getvalue()
