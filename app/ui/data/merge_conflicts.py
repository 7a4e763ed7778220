"""File ▸ Changes kept from a merge…: the fields both laptops changed, the newer kept and the other
kept beside it (app.workspace.merge_conflicts), for the person to settle one by one.

The list names each by case, record and field in the person's words; below it, the kept version
and the other one. "Use the other text" is an undoable edit (Edit ▸ Undo brings the kept one and
the entry back); "Keep as is" takes the entry off the list. Settled entries stay gone after a
restart. After an import that kept some, `offer_review` says how many and offers this screen.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.ui import messages
from app.ui.widgets.labels import plain_label
from app.workspace import merge_conflicts as core
from app.workspace.core import SaveError


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def offer_review(window, count: int) -> None:
    """After an import: say how many fields were kept side by side, and offer to review them."""
    text = _tr("{count} fields were changed on both laptops since they last exchanged files. For each, the "
               "newer version is kept and the other is kept beside it, so nothing was lost. You can look at "
               "them now, or later from File ▸ Changes kept from a merge….").format(count=count)
    if messages.confirm(window, _tr("Changed on both laptops"), text, _tr("&Review them")):
        start_review(window)


def start_review(window) -> None:
    window.dialog = KeptBesideDialog(window)
    window.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.dialog.open()


class KeptBesideDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.history = window.history
        self.entries: list[core.KeptBeside] = []
        self.setWindowTitle(self.tr("Changes kept from a merge"))
        self.resize(self.fontMetrics().averageCharWidth() * 96, self.fontMetrics().height() * 30)
        layout = QVBoxLayout(self)
        self.about = plain_label(self.tr(
            "These fields were changed on both laptops. The newer version was kept; the other is kept "
            "beside it. Choose which to keep."), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Fields changed on both laptops"))
        self.kept_label = plain_label(self.tr("&Kept (the newer):"), self)
        self.kept = QPlainTextEdit(self)
        self.other_label = plain_label(self.tr("The &other:"), self)
        # where the other version came from, apart: a laptop's name is the person's text, and
        # an "&" in it must not turn into a keyboard letter
        self.other_from = plain_label("", self)
        self.other_from.setObjectName("other_from")
        self.other = QPlainTextEdit(self)
        self.kept.setAccessibleName(self.tr("The kept version"))
        self.other.setAccessibleName(self.tr("The other version"))
        for box, label in ((self.kept, self.kept_label), (self.other, self.other_label)):
            box.setReadOnly(True)
            box.setTabChangesFocus(True)
            label.setBuddy(box)
        layout.addWidget(self.about)
        layout.addWidget(self.list, 1)
        panes = QHBoxLayout()
        for label, box in ((self.kept_label, self.kept), (self.other_label, self.other)):
            column = QVBoxLayout()
            column.addWidget(label)
            if box is self.other:
                column.addWidget(self.other_from)
            column.addWidget(box)
            panes.addLayout(column)
        layout.addLayout(panes, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use_button = QPushButton(self.tr("&Use the other text"), self)
        self.keep_button = QPushButton(self.tr("Keep &as is"), self)
        for button in (self.use_button, self.keep_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.use_button.clicked.connect(self.use_other)
        self.keep_button.clicked.connect(self.keep_as_is)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.history.stack.indexChanged.connect(self.reload)  # an undo brings an entry back
        self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()

    def reload(self, *_) -> None:
        row = max(0, self.list.currentRow())
        self.entries = core.kept_beside(self.history.workspace)
        self.list.clear()
        for entry in self.entries:
            QListWidgetItem(self.tr("{case}: {where}").format(case=entry.case_title, where=entry.where), self.list)
        if not self.entries:
            self.about.setText(self.tr("Nothing to review: every field a merge kept side by side has been "
                                       "settled."))
        self.list.setCurrentRow(min(row, len(self.entries) - 1))
        self._show(self.list.currentRow())

    def current(self) -> core.KeptBeside | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show(self, _row: int) -> None:
        entry = self.current()
        self.kept.setPlainText(entry.kept if entry else "")
        self.other.setPlainText(entry.other if entry else "")
        self.other_from.setText(self.tr("From {laptop}, on {date}").format(
            laptop=entry.other_from, date=entry.other_on) if entry else "")
        for button in (self.use_button, self.keep_button):
            button.setEnabled(entry is not None)

    def use_other(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.history.apply(core.use_other(self.history.workspace, entry))
        self.reload()
        self.list.setFocus()

    def keep_as_is(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            core.keep_as_is(self.history.workspace, entry)
        except SaveError as exc:
            messages.show_error(self, self.tr("Not changed"), str(exc))
            return
        self.reload()
        self.list.setFocus()

    def done(self, result: int) -> None:
        self.history.stack.indexChanged.disconnect(self.reload)
        super().done(result)
