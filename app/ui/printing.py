"""Printing and saving as PDF. The file and printer choices are seams tests replace."""
from __future__ import annotations

import os

from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, "Save as PDF", suggested, "PDF files (*.pdf)")
    return path


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def save_pdf(document: QTextDocument, path: str, landscape: bool = False) -> None:
    """Write the document as a PDF; raises OSError with a plain reason if it cannot."""
    try:
        with open(path, "wb"):
            pass  # prove the place is writable before Qt tries (it would only warn)
    except OSError as exc:
        raise OSError(f"“{path}” cannot be written ({exc.strerror or exc})") from exc
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    if landscape:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    document.print_(printer)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        raise OSError(f"the PDF could not be written to “{path}”")


def print_document(parent: QWidget, document: QTextDocument) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not ask_printer(parent, printer):
        return False
    document.print_(printer)
    return True
