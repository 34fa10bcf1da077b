"""The preview of a made report inside the app: one page at a time, as wide as the pane, paged
with buttons or Page Up / Page Down; and printing it. Pages are rendered off the GUI thread
(`pdf_pages.render_page`), so a long report never freezes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.reports.pdf_pages import RenderedPage, render_page
from groupdesk.ui.widgets.flow import FlowLayout

#: The most dots an inch a page is rendered at for the printer.
PRINT_DPI = 300
#: Room the scroll area keeps for its frame and vertical scroll bar.
SCROLL_ROOM = 28


def page_image(page: RenderedPage) -> QImage:
    """The page's pixels as an image that owns them."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    return image.copy()


class PdfPreview(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.index = 0
        self.pages = 0
        self.previous_button = QPushButton(self.tr("◀ Pre&vious page"))
        self.next_button = QPushButton(self.tr("Next pa&ge ▶"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.previous_button.setToolTip(self.tr("Page Up"))
        self.next_button.setToolTip(self.tr("Page Down"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.show_page(self.index + step))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page shown"))
        bar = QWidget()  # wraps rather than widening the window (Very large, Spanish)
        flow = FlowLayout(bar)
        for widget in (self.previous_button, self.page_label, self.next_button):
            flow.addWidget(widget)

        self.image_label = QLabel()
        self.image_label.setObjectName("reportPage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setWordWrap(True)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("reportPreview")  # outlined in high contrast (style.py)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setAccessibleName(self.tr("Preview of the report"))
        # A new width re-renders the page to fit it, once the resizing has stopped.
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(150)
        self._resized.timeout.connect(self._render)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll_area, 1)
        self.clear(self.tr("No report made yet."))

    def clear(self, message: str) -> None:
        """No pages: say what to do instead."""
        self.path, self.pages, self.index = None, 0, 0
        self.image_label.setPixmap(QPixmap())
        self.image_label.setText(message)
        self.image_label.setAccessibleName(message)
        self._update_bar()

    def show_file(self, path: Path) -> None:
        """Preview a made report from its first page."""
        self.path, self.index = path, 0
        self._render()

    def show_page(self, index: int) -> None:
        if self.path is None or not 0 <= index < self.pages:
            return
        self.index = index
        self._render()

    def shown_pixmap(self) -> QPixmap:
        return self.image_label.pixmap()

    def _render(self) -> None:
        path, index = self.path, self.index
        if path is None:
            return
        width = max(200, self.scroll_area.width() - SCROLL_ROOM)
        width = round(width * self.devicePixelRatioF())

        def read(_job: OpJob) -> RenderedPage:
            return render_page(path, index, width=width)

        QueryOp(self, read, key="preview").on_success(self._rendered).run(self.context)

    def _rendered(self, page: RenderedPage) -> None:
        self.index, self.pages = page.index, page.pages
        pixmap = QPixmap.fromImage(page_image(page))
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.image_label.setText("")
        self.image_label.setPixmap(pixmap)
        self.image_label.setAccessibleName(
            self.tr("Page {number} of {total} of the report").format(
                number=page.index + 1, total=page.pages
            )
        )
        self._update_bar()

    def _update_bar(self) -> None:
        self.page_label.setText(
            self.tr("Page {number} of {total}").format(number=self.index + 1, total=self.pages)
            if self.pages
            else ""
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < self.pages)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.path is not None:
            self._resized.start()


def print_pages(printer: QPrinter, path: Path, job: OpJob) -> int:
    """Paint every page of the PDF onto `printer`, each page rendered at the printer's
    resolution and fitted to its paper (the PDF keeps its own margins); returns the pages
    printed. Runs off the GUI thread: Qt allows painting on a printer there."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise GroupDeskError(
            "The printer could not be started. Check that it is on, then choose it again."
        )
    try:
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        # Rendered at no more than 300 dpi and scaled up by the painter: at a printer's 1200
        # an A4 page is half a gigabyte of pixels, and no sharper on paper.
        width = round(area.width() * min(1.0, PRINT_DPI / printer.resolution()))
        index, pages = 0, 1
        while index < pages and not job.cancelled():
            if index:
                printer.newPage()
            page = render_page(path, index, width=width)
            pages = page.pages
            job.progress(index + 1, pages)
            image = page_image(page)
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), QSize(fitted)), image)
            index += 1
        return index
    finally:
        painter.end()
