"""Saving as PDF and printing. The file and printer choices are seams tests replace.

PDFs are written with QPdfWriter, never QPrinter: QPrinter loads the print-service (CUPS)
support, which opens TCP connections to port 631 (to another computer when one is set up)
even when it only writes a file. Only an explicit Print… may load QtPrintSupport, so its
import stays inside the functions that print (tests/test_no_network.py proves both).
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLocale, QMarginsF, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from app.model.words import os_reason
from app.ui import messages

# Where US Letter paper is the usual size (CLDR's paper-size data); A4 everywhere else.
_LETTER = {getattr(QLocale.Country, name) for name in (
    "UnitedStates", "Canada", "Mexico", "Belize", "Chile", "Colombia", "CostaRica", "ElSalvador",
    "Guatemala", "Nicaragua", "Panama", "Philippines", "PuertoRico", "Venezuela")}
# QTextDocument.print_ adds a 2 cm margin inside the page; with these 5 mm about 2.5 cm in all.
_PAGE_MARGIN_MM = 5.0
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PdfNotWritten(OSError):
    """Why a PDF was not written, in words that can be shown to the person."""


def paper_size() -> QPageSize:
    """The paper the person's country uses: Letter in the Americas' Letter countries, else A4."""
    letter = QLocale().territory() in _LETTER
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def documents_folder() -> str:
    """The person's Documents folder (home when the system names none); never the data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or QDir.homePath()


def file_name(title: str) -> str:
    """A file name made from a title, without characters some systems refuse ("?", "/", ":")."""
    name = " ".join(_NOT_IN_FILE_NAMES.sub(" ", title).split()).strip(" .")
    return (name or _tr("Printout")) + ".pdf"


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    start = str(Path(documents_folder()) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save as PDF"), start, _tr("PDF files (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def page_layout(landscape: bool = False, margin_mm: float = _PAGE_MARGIN_MM) -> QPageLayout:
    """The person's paper, upright or turned, with these margins."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(*(4 * [margin_mm]))
    return QPageLayout(paper_size(), orientation, margins, QPageLayout.Unit.Millimeter)


def save_pdf(document: QTextDocument, path: str, landscape: bool = False, title: str = "") -> None:
    """Write the document as a PDF with real, selectable text; raises OSError with a plain reason."""
    def draw(writer: QPdfWriter) -> bool:
        document.print_(writer)
        return True
    write_pdf(path, draw, page_layout(landscape), title)


def write_pdf(path: str, draw: Callable[[QPdfWriter], bool], layout: QPageLayout, title: str = "") -> bool:
    """Make a PDF at `path` with `draw(writer)`; False (and no file) when draw says it was
    cancelled; raises OSError with a plain reason.

    Written to a temporary file beside the chosen one and moved into place only when complete,
    so a failure (a full disk, say) never leaves half a PDF over one the person had before.
    """
    target = Path(path)
    try:
        handle, part = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise PdfNotWritten(_tr("the folder “{0}” cannot be written to ({1})").format(
            target.parent, os_reason(exc))) from exc
    try:
        writer = QPdfWriter(part)
        writer.setCreator("Second Opinion Companion")
        writer.setTitle(title)
        writer.setPageLayout(layout)
        finished = draw(writer)
        del writer  # closes the file
        if not finished:
            return False
        with open(part, "rb") as written:
            written.seek(max(0, os.path.getsize(part) - 64))
            complete = b"%%EOF" in written.read()
        if not complete:
            raise PdfNotWritten(_tr("the PDF could not be written completely in “{0}”; the disk may be full")
                                .format(target.parent))
        os.replace(part, target)
        return True
    except PdfNotWritten:
        raise
    except OSError as exc:
        raise PdfNotWritten(_tr("“{0}” cannot be written ({1})").format(target, os_reason(exc))) from exc
    finally:
        if os.path.exists(part):
            _remove_quietly(part)


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def save_as_pdf(parent: QWidget, document: QTextDocument, title: str, landscape: bool = False) -> str:
    """Ask where, write the PDF, and tell the person where it went (or why it could not be
    written). Returns the path written, or "" when cancelled or failed."""
    path = ask_pdf_path(parent, file_name(title))
    if not path:
        return ""
    try:
        save_pdf(document, path, landscape=landscape, title=title)
    except OSError as exc:
        messages.show_error(parent, _tr("Could not save the PDF"), _tr(
            "The PDF was not saved: {0}.\n\nNothing you typed in the app has changed. "
            "You can try again and choose another folder, such as Documents.").format(exc))
        return ""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(_tr("Saved the PDF as {0}").format(QDir.toNativeSeparators(path)),
                                       15000)
    return path


def ask_printer(parent: QWidget, printer) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog  # the print service only after Print…
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def print_document(parent: QWidget, document: QTextDocument,
                   draw: Callable[[object], bool] | None = None, landscape: bool = False) -> bool:
    """Print on a printer the person chooses: the one place the print service is used.
    `draw(printer)` draws the pages itself (a paged printout); by default the document prints."""
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    if not ask_printer(parent, printer):
        return False
    if draw is not None:
        return draw(printer)
    document.print_(printer)
    return True


def tell_saved(parent: QWidget, path: str) -> None:
    """Say where the PDF went (status bar and a message) and offer to open its folder."""
    shown = QDir.toNativeSeparators(path)
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(_tr("Saved the PDF as {0}").format(shown), 15000)
    if messages.confirm(parent, _tr("PDF saved"), _tr(
            "The PDF is saved as:\n{0}\n\nYou can print it, send it, or take it along on a phone "
            "or memory stick.").format(shown), _tr("Open the folder")):
        open_folder(str(Path(path).parent))


def open_folder(folder: str) -> bool:
    """Seam: show the folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
