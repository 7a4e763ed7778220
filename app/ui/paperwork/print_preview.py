"""Seeing the pages before printing or saving them: the papers to take along.

The preview draws the very pages the PDF will have (app.ui.paperwork.pdf_job lays them out on the
person's paper), page by page as they scroll into view, without the print service: nothing
here loads QtPrintSupport until the person presses Print….
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui import messages
from app.ui.appearance import frame_outline
from app.ui.paperwork import pdf_job, printing
from app.ui.widgets.labels import plain_label

PAPER_MARGIN_MM = 15.0
GAP = 16  # screen pixels around each page


class Paper:
    """One printout: its title (also the file's name), its paper, and its HTML in parts."""

    def __init__(self, title: str, parts: Callable[[], list[str]], landscape: bool = False,
                 point_size: float = 11):
        self.title, self.parts, self.landscape, self.point_size = title, parts, landscape, point_size

    def layout(self):
        return printing.page_layout(self.landscape, PAPER_MARGIN_MM)


def lay_out(parent: QWidget | None, paper: Paper):
    """The paper's document laid out on pages, or None when the person cancelled."""
    doc = pdf_job.paged_document(paper.layout(), paper.point_size)
    label = QCoreApplication.translate("", "Laying out the pages…")
    if not pdf_job.run_job(parent, label, pdf_job.fill(doc, paper.parts())):
        doc.deleteLater()
        return None
    return doc


def save_pages(parent: QWidget, doc, paper: Paper) -> str:
    """Ask where (starting in Documents) and write the laid-out pages there, a page at a time;
    the path written, or "" when cancelled or failed (the person is told why)."""
    path = printing.ask_pdf_path(parent, printing.file_name(paper.title))
    if not path:
        return ""
    label = QCoreApplication.translate("", "Writing the PDF…")
    try:
        written = printing.write_pdf(
            path, lambda writer: pdf_job.run_job(parent, label, pdf_job.draw_pages(doc, writer)),
            paper.layout(), paper.title)
    except OSError as exc:
        messages.show_error(parent, QCoreApplication.translate("", "Could not save the PDF"),
                            QCoreApplication.translate("", "The PDF was not saved: {0}.\n\nNothing you typed in the "
                                                       "app has changed. You can try again and choose another folder, "
                                                       "such as Documents.").format(exc))
        return ""
    return path if written else ""


class PagesView(QWidget):
    """The pages, one under another, white paper whatever the theme; drawn only where seen."""

    def __init__(self, doc, margin_mm: float, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.margin = margin_mm / 25.4 * pdf_job.LAYOUT_DPI
        self.zoom = 1.0
        self.setAccessibleName(QCoreApplication.translate("", "Pages"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_document(self, doc) -> None:
        self.doc = doc
        self.fit(self.parentWidget().width() if self.parentWidget() else self.width())

    def count(self) -> int:
        return self.doc.pageCount()

    def paper_size(self):
        size = self.doc.pageSize()
        return (size.width() + 2 * self.margin, size.height() + pdf_job.FOOTER_PX + 2 * self.margin)

    def fit(self, width: int) -> None:
        paper_w, paper_h = self.paper_size()
        self.zoom = max(0.25, min(1.5, (width - 2 * GAP) / paper_w))
        self.setFixedSize(int(paper_w * self.zoom + 2 * GAP),
                          int(self.count() * (paper_h * self.zoom + GAP) + GAP))
        self.update()

    def page_rect(self, index: int) -> QRectF:
        paper_w, paper_h = self.paper_size()
        return QRectF(GAP, GAP + index * (paper_h * self.zoom + GAP), paper_w * self.zoom, paper_h * self.zoom)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        step = self.page_rect(1).top() - self.page_rect(0).top()
        count = self.count()
        paper = pdf_job.paper_palette()
        first = max(0, int((event.rect().top() - GAP) // step))
        last = min(count - 1, int(event.rect().bottom() // step))
        for index in range(first, last + 1):
            rect = self.page_rect(index)
            painter.fillRect(rect, paper.color(QPalette.ColorRole.Base))
            painter.setPen(frame_outline(paper))
            painter.drawRect(rect)
            painter.save()
            painter.translate(rect.left() + self.margin * self.zoom, rect.top() + self.margin * self.zoom)
            pdf_job.draw_page(painter, self.doc, index, self.zoom, count)
            painter.restore()
        painter.end()


class PrintPreview(QDialog):
    """The pages of one paper, with Save as PDF… and Print…. `choices` (label, key) and
    `choose(key) -> Paper` let the person pick what goes on it (which doctor's visit)."""

    def __init__(self, parent: QWidget, paper: Paper, doc, choices: list[tuple[str, object]] | None = None,
                 choose: Callable[[object], Paper] | None = None):
        super().__init__(parent)
        self.setObjectName("print_preview")
        self.paper, self.doc, self._choose = paper, doc, choose
        self.saved_path = ""
        self.setWindowTitle(self.tr("Preview: {0}").format(paper.title))
        self.pages = PagesView(doc, PAPER_MARGIN_MM, self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.pages)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(self.tr("Pages of the preview"))
        self.count_label = plain_label("", self)
        self.choice = None
        top = QHBoxLayout()
        if choices:
            self.choice = QComboBox(self)
            self.choice.setAccessibleName(self.tr("For whom"))
            for label, key in choices:
                self.choice.addItem(label, key)
            self.choice.activated.connect(self._rechoose)
            top.addWidget(plain_label(self.tr("For:"), self))
            top.addWidget(self.choice, 1)
        top.addWidget(self.count_label, 1)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        close = QPushButton(self.tr("&Close"), self)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        screen = parent.screen().availableGeometry() if parent is not None else None
        self.resize(min(900, int(screen.width() * 0.9)) if screen else 900,
                    min(900, int(screen.height() * 0.9)) if screen else 700)
        self._show_count()

    def _show_count(self) -> None:
        count = self.doc.pageCount()
        self.count_label.setText(self.tr("1 page") if count == 1 else self.tr("{0} pages").format(count))
        self.pages.fit(self.scroll.viewport().width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.pages.fit(self.scroll.viewport().width())

    def _rechoose(self, index: int) -> None:
        paper = self._choose(self.choice.itemData(index))
        doc = lay_out(self, paper)
        if doc is None:
            return
        self.doc.deleteLater()
        self.paper, self.doc = paper, doc
        self.pages.set_document(doc)
        self._show_count()

    def save(self) -> str:
        """Ask where (starting in Documents), write the pages, say where they went."""
        path = save_pages(self, self.doc, self.paper)
        if path:
            self.saved_path = path
            printing.tell_saved(self.parentWidget() or self, path)
        return path

    def print_(self) -> bool:
        label = self.tr("Sending the pages to the printer…")
        try:
            return printing.print_document(
                self, self.doc, landscape=self.paper.landscape,
                draw=lambda printer: pdf_job.run_job(self, label, pdf_job.draw_pages(self.doc, printer)))
        finally:
            pdf_job.set_paper(self.doc, self.paper.layout())  # the preview's paper again
            self._show_count()
