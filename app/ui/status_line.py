"""The status bar's messages wrap onto a second line instead of being cut off.

QStatusBar paints a message on one line: at 200 % text on a 1366 × 768 laptop, "The guide is
folded away … Press F9 to show it." or a PDF's full path ran under the "Saved" label and was cut.
This status bar shows its messages in a word-wrapping label instead (the bar grows a line when
it must), with the same calls as QStatusBar: showMessage(text, timeout), clearMessage(),
currentMessage() and messageChanged. Every message of the app is shown from Python, so these
reach it; Qt's own status tips are not used here (no action has one).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar


class WrappingStatusBar(QStatusBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._line = QLabel(self)
        self._line.setObjectName("status_message")
        self._line.setTextFormat(Qt.TextFormat.PlainText)  # file names and imported words stay plain
        self._line.setWordWrap(True)
        self._line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self._line, 1)
        self._clear = QTimer(self, singleShot=True)
        self._clear.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int = 0) -> None:
        self._clear.stop()
        changed = text != self._line.text()
        self._line.setText(text)
        if timeout > 0 and text:
            self._clear.start(timeout)
        if changed:
            self.messageChanged.emit(text)

    def clearMessage(self) -> None:
        self.showMessage("")

    def currentMessage(self) -> str:
        return self._line.text()
