"""Seeing an attached document: pictures and text inside the app, a PDF in the system's viewer.

A PDF goes to the system's viewer as a private copy (app.store.private_copies: a folder of ours,
0700, removed when the app closes, and at the next start after a crash). Nothing is opened by
itself: only when the person asks for that document.
"""
from __future__ import annotations

import atexit

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model import documents as dm
from app.model.documents import Document
from app.store import documents as store
from app.store.private_copies import PrivateCopies
from app.ui import messages

_copies: PrivateCopies | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def private_copies() -> PrivateCopies:
    """This process's folder of opened copies; removed when the app quits (and by the main
    window's close, app.ui.main_window)."""
    global _copies
    if _copies is None:
        _copies = PrivateCopies()
        atexit.register(clear_private_copies)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(clear_private_copies)
    return _copies


def clear_private_copies() -> None:
    if _copies is not None:
        _copies.clear()


def open_with_system(url: QUrl) -> bool:
    """Seam: hand a file to the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(url)


class PictureView(QDialog):
    """A picture, scaled to fit the window (it follows the window's size)."""

    def __init__(self, title: str, image: QImage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = image
        self.label = QLabel(self)
        self.label.setObjectName("document_picture")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(title)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() if screen else 900), min(700, screen.height() if screen else 700))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        room = self.scroll.viewport().size()
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(pixmap)


class TextView(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("document_text")
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(700, 600)


def _cannot(parent, doc: Document, why: str) -> None:
    messages.show_error(parent, _tr("This document cannot be shown"), why.format(doc.name))


def show_document(parent: QWidget, conn, doc: Document) -> QDialog | None:
    """Open one document: a picture or text in a window of the app (returned, shown), a PDF in the
    system's viewer from a private copy (None)."""
    try:
        if doc.media == dm.PDF:
            copies = private_copies()
            name = doc.name if doc.name.lower().endswith(".pdf") else f"{doc.name}.pdf"
            path = store.write_copy(conn, doc.sha256, copies.path_for(name))
            if not open_with_system(QUrl.fromLocalFile(str(path))):
                _cannot(parent, doc, _tr("“{0}” could not be handed to this computer's PDF viewer. Is one "
                                         "installed? The document itself is safe in the app."))
            return None
        data = store.read_content(conn, doc.sha256)
    except (LookupError, OSError, store.ContentChanged):
        _cannot(parent, doc, _tr("“{0}” could not be read back from your saved information. The rest of "
                                 "your information is not affected."))
        return None
    if doc.media == dm.IMAGE:
        image = QImage()
        if not image.loadFromData(data) or image.isNull():
            _cannot(parent, doc, _tr("“{0}” seems to be a damaged picture, so it cannot be shown. It is "
                                     "kept as it was; you could attach a fresh copy of it."))
            return None
        dialog: QDialog = PictureView(doc.name, image, parent)
    else:
        dialog = TextView(doc.name, data.decode("utf-8", errors="replace"), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
