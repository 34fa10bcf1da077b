"""Receipt pictures for the demo group, drawn with Pillow: a till slip with the payee, the day,
the items and the total, slightly off white and tilted as a phone photo is, so the expense
tabs show thumbnails and a preview without shipping any image files.

Each picture is stored by content like any attachment (`services/attachments.store_file`), and
its `attachments` row is returned for the caller's bulk insert.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from groupdesk.services.attachments import store_file

#: A phone photo of a till slip, small: the demo's data folder stays light.
WIDTH, HEIGHT = 300, 420


@lru_cache(maxsize=128)
def draw_receipt(
    *,
    payee: str,
    spent_on: date,
    items: tuple[tuple[str, str], ...],
    total: str,
    currency: str,
    tilt: float,
) -> bytes:
    """A JPEG of a till slip: `items` are (what, price) texts, prices as plain numbers (the
    default font has no currency signs), the currency code beside the total. Kept once drawn:
    every test's demo group draws the same ones."""
    from PIL import Image, ImageDraw, ImageFont

    slip = Image.new("RGB", (WIDTH - 40, HEIGHT - 60), (252, 251, 246))
    draw = ImageDraw.Draw(slip)
    big, small = ImageFont.load_default(20), ImageFont.load_default(14)
    draw.text((14, 14), payee[:24], fill=(20, 20, 20), font=big)
    draw.text((14, 44), spent_on.strftime("%d/%m/%Y"), fill=(70, 70, 70), font=small)
    draw.line((14, 68, WIDTH - 54, 68), fill=(150, 150, 150), width=1)
    top = 80
    for what, price in items[:8]:
        draw.text((14, top), what[:22], fill=(30, 30, 30), font=small)
        draw.text((WIDTH - 54, top), price, fill=(30, 30, 30), font=small, anchor="ra")
        top += 22
    draw.line((14, top + 4, WIDTH - 54, top + 4), fill=(150, 150, 150), width=1)
    draw.text((14, top + 12), f"TOTAL {currency}", fill=(10, 10, 10), font=big)
    draw.text((WIDTH - 54, top + 12), total, fill=(10, 10, 10), font=big, anchor="ra")
    draw.text((14, HEIGHT - 96), "Thank you for your custom", fill=(90, 90, 90), font=small)
    table = Image.new("RGB", (WIDTH, HEIGHT), (120, 112, 100))
    table.paste(slip.rotate(tilt, expand=False, fillcolor=(120, 112, 100)), (20, 30))
    out = io.BytesIO()
    table.save(out, format="JPEG", quality=70)
    return out.getvalue()


def store_receipts(
    attachments: Path, pictures: Sequence[tuple[str, bytes]]
) -> list[dict[str, Any]]:
    """Keep each (file name, JPEG bytes) by content; returns their `attachments` rows."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, picture in pictures:
            source = Path(folder) / name
            source.write_bytes(picture)
            sha, size = store_file(attachments, source)
            rows.append({"sha256": sha, "filename": name, "media_type": "image/jpeg", "size": size})
    return rows
