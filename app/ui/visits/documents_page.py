"""The "Documents" page: files attached to the case, an opinion, a test reading or a records item.

Attach with the button (a file dialog) or by dropping files on the list; each is checked before
it is copied, copied in a helper thread (app.ui.visits.document_attach) and then listed with its name, what
it is attached to, the date added and its size. Open shows a picture or text inside the app and a
PDF in the system's viewer (app.ui.visits.document_viewer). Attach, rename and remove are undoable steps.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model import documents as dm
from app.model import records_checklist as rc
from app.model.aspects import READINGS
from app.model.dates import long_date
from app.model.documents import DOCUMENT, Document
from app.model.events import CasesChanged
from app.ui import messages
from app.ui.history import EditHistory
from app.ui.widgets.labels import plain_label
from app.workspace.edits import RecordPresence, set_value


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def choose_files(parent) -> list[str]:
    """Seam: ask which files to attach; [] when cancelled."""
    from PySide6.QtWidgets import QFileDialog
    paths, _ = QFileDialog.getOpenFileNames(parent, _tr("Attach documents"), "",
                                            _tr("Documents (*.pdf *.png *.jpg *.jpeg *.txt *.text *.md)"))
    return paths


def ask_name(parent, name: str) -> str | None:
    """Seam: a new name for a document; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog
    value, ok = QInputDialog.getText(parent, _tr("Rename the document"), _tr("New name:"), text=name)
    return value if ok else None


def _item_words(key: str) -> str:
    # the records page's own words for the usual items (app.ui.visits.checklist_page), in its context
    english = {"pathology_report": "Pathology report", "slides_blocks": "Glass slides / tissue blocks",
               "imaging_reports": "Imaging reports", "images": "Images (disc or electronic transfer)",
               "operative_report": "Operative report", "lab_molecular": "Lab and molecular / genomic reports",
               "discharge_summaries": "Discharge summaries", "treatment_plan": "The proposed treatment plan",
               "medicines_list": "Medicines list"}
    return QCoreApplication.translate("ChecklistPage", english[key]) if key in english else key


class DocumentList(QTreeWidget):
    """The list; files dropped on it are offered to the page (files_dropped(list of paths))."""
    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    def _files(self, event) -> list[str]:
        mime = event.mimeData()
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []

    def dragEnterEvent(self, event):
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class DocumentsPage(QWidget):
    def __init__(self, history: EditHistory, signals, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.history, self.ws, self.clock = history, history.workspace, clock
        self.case_id: int | None = None
        self.documents: list[Document] = []
        self.queue: list[tuple[Path, str]] = []
        self.job = None
        self.target = QComboBox(self)
        self.target.setObjectName("documents_target")
        self.target.setAccessibleName(self.tr("Attach to"))
        self.list = DocumentList(self)
        self.list.setObjectName("documents_list")
        self.list.setAccessibleName(self.tr("Attached documents"))
        self.list.setRootIsDecorated(False)
        self.list.header().setAccessibleName(self.tr("Columns of the list"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Attached to"), self.tr("Added"), self.tr("Size")])
        self.list.files_dropped.connect(self.attach_paths)
        self.list.itemActivated.connect(lambda *_: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.buttons = {}
        row = QHBoxLayout()
        for key, text, slot in (("attach", self.tr("&Attach a file…"), self.attach),
                                ("open", self.tr("O&pen"), self.open_current),
                                ("rename", self.tr("Re&name…"), self.rename),
                                ("remove", self.tr("&Remove"), self.remove)):
            button = QPushButton(text, self)
            button.setObjectName(f"documents_{key}")
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("A&ttach to:"), self.target)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Reports, letters and photos of them, kept privately inside the app. Attach a file with the "
            "button or drop files on the list. PDF, PNG, JPEG and text files, up to 200 MB each."), self))
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        signals.changed.connect(self._on_changed)

    # ---- showing ---------------------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def targets(self) -> list[tuple[str, str]]:
        """(words, key) of everything a document can be attached to, the whole case first."""
        if self.case_id is None:
            return []
        case = self.ws.case(self.case_id)
        found = [(self.tr("The whole case"), dm.CASE_TARGET)]
        checklist = self.ws.records(rc.CHECKLIST_ITEM, self.case_id)
        for op in case.opinions:
            who = op.heading()
            found.append((who, dm.opinion_target(op.id)))
            for pos, entry in enumerate(op.answer(READINGS).entries):
                what = " ".join(p for p in (entry.test, long_date(entry.date) if entry.date else "") if p)
                found.append((self.tr("{0} — test reading: {1}").format(who, what or pos + 1),
                              dm.reading_target(op.id, READINGS, pos)))
            for item in rc.items_for(checklist, op.id):
                words = item.label if not item.item else _item_words(item.item)
                found.append((self.tr("{0} — records: {1}").format(who, words),
                              dm.checklist_target(op.id, item.item, item.id)))
        return found

    def target_text(self, key: str, known: dict[str, str]) -> str:
        return known.get(key) or self.tr("(no longer there)")

    def refresh(self) -> None:
        targets = self.targets()
        chosen = self.target.currentData()
        self.target.clear()
        for words, key in targets:
            self.target.addItem(words, key)
        index = self.target.findData(chosen) if chosen else -1
        self.target.setCurrentIndex(max(index, 0) if targets else -1)
        known = dict((key, words) for words, key in targets)
        row = max(self.list.currentIndex().row(), 0)
        self.documents = list(self.ws.records(DOCUMENT, self.case_id)) if self.case_id is not None else []
        self.list.clear()
        for doc in self.documents:
            added = long_date(doc.added_on[:10]) + (f", {doc.added_on[11:16]}" if len(doc.added_on) >= 16 else "")
            item = QTreeWidgetItem([doc.name, self.target_text(doc.attached_to, known), added,
                                    dm.size_text(doc.byte_count)])
            self.list.addTopLevelItem(item)
        if self.documents:
            self.list.setCurrentItem(self.list.topLevelItem(min(row, len(self.documents) - 1)))
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self.setEnabled(self.case_id is not None)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current() is not None
        for key in ("open", "rename", "remove"):
            self.buttons[key].setEnabled(chosen)

    def current(self) -> Document | None:
        row = self.list.currentIndex().row()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged) or getattr(event, "case_id", None) == self.case_id:
            if self.case_id is not None and isinstance(event, CasesChanged):
                if self.case_id not in {s.id for s in self.ws.case_summaries()}:
                    return  # the workspace shows another case next (set_case follows)
            self.refresh()

    # ---- attaching -------------------------------------------------------------------------------
    def attach(self) -> None:
        paths = choose_files(self)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Attach these files, one after another, to what is chosen in "Attach to"."""
        if self.case_id is None:
            return
        target = self.target.currentData() or dm.CASE_TARGET
        self.queue += [(Path(p), target) for p in paths]
        if self.job is None:
            self._next()

    def _next(self) -> None:
        if not self.queue or self.case_id is None:
            self.queue.clear()
            return
        from app.ui.visits.document_attach import AttachJob
        path, target = self.queue.pop(0)
        known = {d.sha256: d for d in self.ws.records(DOCUMENT, self.case_id)}
        self.job = AttachJob(self, self.ws.db, path, known)
        self.job.finished.connect(lambda result, t=target, c=self.case_id: self._attached(result, t, c))
        self.job.start()

    def _attached(self, result, target: str, case_id: int) -> None:
        from app.ui.visits import document_attach as da
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        if result.outcome == da.STORED:
            now = self.clock().strftime("%Y-%m-%dT%H:%M")
            doc = Document(0, result.path.name, now, str(result.size), result.sha256,
                           dm.media_of(result.path), target)
            index = len(self.ws.records(DOCUMENT, case_id))
            if self.history.apply(RecordPresence(adds=True, kind=DOCUMENT, case_id=case_id, rec=doc, index=index)):
                self.list.setCurrentItem(self.list.topLevelItem(index))
        elif result.outcome == da.DUPLICATE:
            messages.show_info(self, self.tr("Already attached"), self.tr(
                "“{0}” is already attached as “{1}”, so it was kept once. Nothing was copied again.").format(
                    result.path.name, result.duplicate.name))
        elif result.outcome == da.FAILED:
            messages.show_error(self, self.tr("This document was not added"), result.message)
        self._next()

    # ---- the chosen document --------------------------------------------------------------------
    def open_current(self) -> None:
        doc = self.current()
        if doc is not None:
            from app.ui.visits.document_viewer import show_document
            self.viewer = show_document(self, self.ws.db.conn, doc)

    def rename(self) -> None:
        doc = self.current()
        if doc is None:
            return
        name = ask_name(self, doc.name)
        if name is None or not name.strip() or name.strip() == doc.name:
            return
        self.history.apply(set_value(self.ws, (DOCUMENT, self.case_id, doc.id, "name"), name.strip(),
                                     "Rename a document"))

    def remove(self) -> None:
        doc = self.current()
        if doc is None:
            return
        index = self.documents.index(doc)
        self.history.apply(RecordPresence(adds=False, kind=DOCUMENT, case_id=self.case_id, rec=doc, index=index))
