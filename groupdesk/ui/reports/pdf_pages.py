"""Reading a made report back, page by page, and keeping a copy of it (no Qt: it runs on the
database thread).

Pages are rendered to pixels by PDFium (`pypdfium2`: a 4 MB wheel, against 175 MB for the
PySide6-Addons wheel that QtPdf needs; docs/reports.md has the figures). PDFium is not
thread-safe, so it is only ever used from the one database thread, like SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupdesk.config import DataPaths
from groupdesk.services.output_files import check_output_path, write_output


@dataclass(frozen=True)
class RenderedPage:
    """One page as RGBA pixels, `stride` bytes a row, and how many pages the file has."""

    index: int
    pages: int
    width: int
    height: int
    stride: int
    pixels: bytes


def render_page(path: Path, index: int, *, width: int) -> RenderedPage:
    """Page `index` (from 0) of the PDF at `path`, `width` pixels wide, on white."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    document = pypdfium2.PdfDocument(path)
    try:
        pages = len(document)
        page = document[max(0, min(index, pages - 1))]
        bitmap = page.render(
            scale=max(width, 1) / page.get_width(),
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRA,
            rev_byteorder=True,  # RGBA in memory: Qt's Format_RGBA8888
        )
        rendered = RenderedPage(
            index=max(0, min(index, pages - 1)),
            pages=pages,
            width=bitmap.width,
            height=bitmap.height,
            stride=bitmap.stride,
            pixels=bytes(bitmap.buffer),
        )
        bitmap.close()
        page.close()
        return rendered
    finally:
        document.close()


def copy_into_place(source: Path, target: Path, *, data_paths: DataPaths) -> Path:
    """Copy a made report to where the user asked (they agreed to replace a file there in the
    save dialog): never over the group's own files, and written whole or not at all
    (`output_files`)."""
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    check_output_path(target, data_paths=data_paths, force=True, field="file")
    write_output(target, source.read_bytes(), field="file")
    return target
