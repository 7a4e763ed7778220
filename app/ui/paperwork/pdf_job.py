"""Long printouts without a frozen window: pages laid out and drawn a step at a time.

A printout is a QTextDocument laid out on pages of the paper it will be written on
(`paged_document`), built from HTML in parts (`fill`), and drawn page by page
(`draw_pages`) onto a QPdfWriter or a printer. The preview draws the very same pages, so
what the person sees is what is written. `run_job` runs such steps from the event loop, a
few milliseconds at a time, with a progress dialog that can be cancelled, so the window
keeps painting and answering while a 10,000-question list is written.

Why not a worker thread: PySide6 keeps Python's lock during each Qt call, so a thread running
QTextDocument.setHtml holds the window still just as long (measured: 0.65 s gaps); steps of
one page each keep every gap short.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from time import perf_counter

from PySide6.QtCore import QCoreApplication, QEventLoop, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

LAYOUT_DPI = 96        # the document is laid out in pixels of this size, whatever the screen
FOOTER_PX = 22         # room under each page's text for "Page 2 of 9"
STEP_SECONDS = 0.03    # how long one step of a job may run before the window gets its turn
SHOW_AFTER_MS = 300    # the progress dialog appears only for jobs longer than this


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _layout_device() -> QImage:
    """A paint device of exactly LAYOUT_DPI, so pages break the same on every screen."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def page_size(page_layout: QPageLayout) -> QSizeF:
    """One page's text area in layout pixels: the paper inside its margins, less the footer."""
    rect = page_layout.paintRect(QPageLayout.Unit.Point)
    return QSizeF(rect.width() * LAYOUT_DPI / 72, rect.height() * LAYOUT_DPI / 72 - FOOTER_PX)


def paged_document(page_layout: QPageLayout, point_size: float = 11, parent=None) -> QTextDocument:
    """An empty document laid out on this paper; text added later flows onto its pages."""
    doc = QTextDocument(parent)
    device = _layout_device()
    doc.documentLayout().setPaintDevice(device)
    doc.setProperty("layout_device", device)  # kept alive with the document
    font = QFont(doc.defaultFont())
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(page_size(page_layout))
    return doc


def set_paper(doc: QTextDocument, page_layout: QPageLayout) -> None:
    """Lay the document out again for other paper (a printer's)."""
    size = page_size(page_layout)
    if size != doc.pageSize():
        doc.setPageSize(size)


def fill(doc: QTextDocument, parts: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Steps that add the HTML parts one by one at the end; each yields (done, total)."""
    parts = list(parts)
    cursor = QTextCursor(doc)
    for done, part in enumerate(parts, 1):
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if done > 1:
            cursor.insertBlock()  # else the part's first paragraph would join the last one
        cursor.insertHtml(part)
        yield done, len(parts)


def paper_palette() -> QPalette:
    """Ink and paper: black on white whatever the app's theme (the light palette's own)."""
    from app.ui.appearance import light_palette
    return light_palette()


def draw_page(painter: QPainter, doc: QTextDocument, index: int, scale: float, count: int) -> None:
    """Page `index` (from 0) at the painter's origin, `scale` device pixels per layout pixel:
    dark text as on paper whatever the app's colours, and "Page i of n" under it."""
    size = doc.pageSize()
    painter.save()
    painter.scale(scale, scale)
    painter.save()
    painter.translate(0, -index * size.height())
    clip = QRectF(0, index * size.height(), size.width(), size.height())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = paper_palette()
    doc.documentLayout().draw(painter, context)
    painter.restore()
    if count > 1:
        font = QFont(doc.defaultFont())
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(paper_palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(0, size.height(), size.width(), FOOTER_PX),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                         _tr("Page {0} of {1}").format(index + 1, count))
    painter.restore()


def draw_pages(doc: QTextDocument, device: QPagedPaintDevice) -> Iterator[tuple[int, int]]:
    """Steps that draw every page onto a PDF writer or printer; each yields (done, total)."""
    set_paper(doc, device.pageLayout())
    count = doc.pageCount()
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(_tr("the file or printer could not be opened for writing"))
    try:
        scale = device.logicalDpiX() / LAYOUT_DPI
        for index in range(count):
            if index:
                device.newPage()
            draw_page(painter, doc, index, scale, count)
            yield index + 1, count
    finally:
        painter.end()


def run_job(parent: QWidget | None, label: str, steps: Iterator[tuple[int, int]]) -> bool:
    """Run the steps from the event loop until they are done; True when done, False when the
    person pressed Cancel. The caller waits (so it can use the result next), but the window
    keeps painting and its timers keep ticking; a progress dialog appears when it takes a while.
    An exception raised by a step is raised here."""
    dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("pdf_progress")
    dialog.setWindowTitle(_tr("Preparing the pages"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    loop = QEventLoop()
    outcome: dict = {}
    dialog.rejected.connect(lambda: outcome.setdefault("cancelled", True))  # Esc, or the window closed

    def step() -> None:
        if dialog.wasCanceled() or "cancelled" in outcome:
            outcome["cancelled"] = True
            loop.quit()
            return
        until = perf_counter() + STEP_SECONDS
        try:
            while perf_counter() < until:
                done, total = next(steps)
        except StopIteration:
            loop.quit()
            return
        except Exception as exc:  # noqa: BLE001 (raised again in the caller, below)
            outcome["error"] = exc
            loop.quit()
            return
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total - 1))  # full only when really done
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    loop.exec()
    close = getattr(steps, "close", None)
    if close is not None:
        close()  # a cancelled job lets go of its painter and files now
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return "cancelled" not in outcome


def whole(callable_: Callable[[], object]) -> Iterator[tuple[int, int]]:
    """One step doing one thing (a short job run the same way as the long ones)."""
    callable_()
    yield 1, 1
