"""The right half: pick a case, compare its opinions side by side, edit one, keep questions.

Signal: case_shown(int | None) when the case on screen changes.
The tab pages, built on first use (and their tab numbers), are in app.ui.workspace.workspace_pages;
the commands on the grid's rows in app.ui.workspace.row_commands.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.model.appointments import APPOINTMENT, next_visit_text
from app.model.aspects import OPINION_LABELS
from app.model.domain import CASE_FIELDS, Case, Opinion
from app.model.events import CASE, CasesChanged, Updated
from app.model.marks import MARKS
from app.model.records import replace
from app.store.data_check import DataReadError
from app.ui import messages
from app.ui.core_strings import core_text, countdown_text
from app.ui.history import EditHistory
from app.ui.questions.question_model import QuestionListModel
from app.ui.signals import WorkspaceSignals
from app.ui.widgets.action_row import ActionRow, ControlsAbove
from app.ui.widgets.eliding_combo import ElidingComboBox
from app.ui.widgets.labels import plain_label
from app.ui.workspace.comparison_model import ComparisonModel
from app.ui.workspace.comparison_view import ComparisonView
from app.ui.workspace.row_actions import HINTED, MarksSummary, RowActions
from app.ui.workspace.row_commands import RowCommands
from app.ui.workspace.workspace_pages import (
    APPOINTMENTS_TAB,
    DECIDE_TAB,
    DOCUMENTS_TAB,
    EDITOR_TAB,
    GRID_TAB,
    QUESTIONS_TAB,
    RECORDS_TAB,
    THIRD_OPINION_TAB,
    LazyPages,
)
from app.ui.workspace.workspace_tabs import WorkspaceTabs
from app.workspace.edits import (
    CasePresence,
    Macro,
    Move,
    OpinionPresence,
    remove_opinion,
    set_value,
)
from app.workspace.marking import delete_case_with_marks

CASES_KEPT = 3  # cases kept in memory: the one shown and the last ones shown before it


def _now():
    from datetime import datetime
    return datetime.now()


def edit_case_details(parent, case: Case, heading: str) -> dict | None:
    """Seam: show the case form; the new values, or None when cancelled."""
    from app.ui.workspace.case_dialog import CaseDialog  # the form's date pickers are costly to load at start-up
    dialog = CaseDialog(case, parent, heading)
    return dialog.values() if dialog.exec() else None


class GridPage(QWidget):
    """The Side by side tab: its controls above (ControlsAbove) and the grid below."""

    controls: ControlsAbove

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.controls.fit_to(self.height())


class WorkspacePanel(LazyPages, RowCommands, QWidget):
    case_shown = Signal(object)

    def __init__(self, history: EditHistory, signals: WorkspaceSignals, parent=None):
        super().__init__(parent)
        self.history = history
        self.ws = history.workspace
        self.case_id: int | None = None
        self._recent: list[int] = []  # case ids, the one shown first

        self.case_picker = ElidingComboBox(self)  # a long title ends in "…", whole in its tooltip
        self.case_picker.setAccessibleName(self.tr("Case"))
        self.case_picker.activated.connect(lambda i: self.show_case(self.case_picker.itemData(i)))
        self.countdown = QLabel(self)
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)  # long sentences must wrap at large text sizes
        bar = QHBoxLayout()
        bar.addWidget(plain_label(self.tr("Case:"), self))
        bar.addWidget(self.case_picker, 1)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
                ("new_case", self.tr("&New case…"), QKeySequence.StandardKey.New, self.new_case),
                ("case_details", self.tr("Case &details…"), "Ctrl+I", self.edit_case),
                ("delete_case", self.tr("De&lete case…"), None, self.delete_case),
                ("example_case", self.tr("Add the &example case"), None, self.add_example),
                ("add_opinion", self.tr("&Add an opinion"), "Ctrl+Shift+N", self.add_opinion),
                ("remove_opinion", self.tr("&Remove this opinion…"), None, self.remove_opinion),
                ("move_left", self.tr("Move opinion &left"), "Ctrl+Shift+Left", lambda: self.move_opinion(-1)),
                ("move_right", self.tr("Move opinion ri&ght"), "Ctrl+Shift+Right", lambda: self.move_opinion(1)),
                ("add_row", self.tr("Add a row of &my own…"), None, self.add_row),
                ("remove_row", self.tr("Remove my &own row…"), None, self.remove_row),
                ("ask_row", self.tr("As&k about this row"), "Ctrl+Shift+Q", self.ask_about_row),
                ("plan_row", self.tr("&Plan a third opinion for this row"), None, self.plan_third_opinion),
                ("read_row", self.tr("R&ead this row aloud"), "Ctrl+Shift+R", self.read_row),
                ("only_differing", self.tr("Show only rows that &differ"), None, self.show_only_differing),
                ("compare", self.tr("&Compare side by side"), "Ctrl+1", lambda: self.show_tab(GRID_TAB)),
                ("one_opinion", self.tr("&One opinion"), "Ctrl+2", lambda: self.show_tab(EDITOR_TAB)),
                ("questions", self.tr("My &questions"), "Ctrl+3", lambda: self.show_tab(QUESTIONS_TAB)),
                ("third_opinion", self.tr("T&hird opinion plan"), "Ctrl+4", lambda: self.show_tab(THIRD_OPINION_TAB)),
                ("decide", self.tr("&Decide (my worksheet)"), "Ctrl+5", lambda: self.show_tab(DECIDE_TAB)),
                ("appointments", self.tr("Appointment&s"), "Ctrl+6", lambda: self.show_tab(APPOINTMENTS_TAB)),
                ("records", self.tr("Records chec&klist"), "Ctrl+7", lambda: self.show_tab(RECORDS_TAB)),
                ("documents", self.tr("Doc&uments"), "Ctrl+8", lambda: self.show_tab(DOCUMENTS_TAB))):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.actions[key] = action
        case_tools = ActionRow([self.actions[k] for k in ("new_case", "case_details", "delete_case")],
                               self.tr("Case actions"), self)
        bar.addWidget(case_tools)  # one line when it fits (its size hint); the case list takes the rest

        self.model = ComparisonModel(history, signals, self)
        self.grid = ComparisonView(self)
        self.grid.setModel(self.model)
        self.grid.list_row_opened.connect(self._open_in_editor)
        history.flush_requested.connect(self.grid.itemDelegate().commit_open_editors)
        self.grid.itemDelegate().pending_changed.connect(history.set_pending)
        # marks and the other row actions (right-click, Shift+F10, the "Row actions…" button)
        self.row_actions = RowActions(self)
        self.actions.update(self.row_actions.actions)
        self.marks_summary = MarksSummary(self.model, self.grid, self)
        self._last_filter = HINTED  # what "Show only rows that differ" turns on
        self.marks_summary.choice_changed.connect(self._filter_chosen)
        for sig in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged,
                    self.model.headerDataChanged):
            sig.connect(lambda *a: self.apply_filter())
        self.actions["only_differing"].setCheckable(True)
        toolbar = ActionRow([self.actions[key] for key in (
            "row_actions", "add_opinion", "remove_opinion", "move_left", "move_right", "ask_row",
            "only_differing", "add_row", "remove_row")], self.tr("Comparison actions"), self)
        grid_page = GridPage(self)
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        # the controls take at most 35 % of the page, a quarter when the page holds few lines: at
        # 200 % on a 1366 × 768 screen they scroll in their own area, and the grid keeps room for
        # its wrapped headings and a whole row below them
        grid_page.controls = ControlsAbove([toolbar, plain_label(self.tr(
            "Type straight into a cell. “≠?” is the app's hint that entries are not the same; you "
            "decide (right-click a row, or Shift+F10, to mark it)."), self), self.marks_summary], 0.35, grid_page,
            tight_share=0.25)
        grid_layout.addWidget(grid_page.controls)
        grid_layout.addWidget(self.grid, 1)

        self._signals = signals
        # the other two tabs are built when first opened (or first needed), so start-up pays
        # only for what is on screen
        self._editor = None
        self.editor_page = QWidget(self)
        QVBoxLayout(self.editor_page).setContentsMargins(0, 0, 0, 0)
        self.question_model = QuestionListModel(history, signals, self)
        self._questions = None
        self.questions_page = QWidget(self)
        QVBoxLayout(self.questions_page).setContentsMargins(0, 0, 0, 0)
        # full names, and the short ones shown when the full ones do not all fit (app.ui.workspace.workspace_tabs);
        # "short tab name" tells translators what the second one is
        self.tabs = WorkspaceTabs(self)
        self.tabs.add_page(grid_page, self.tr("Side by side"), self.tr("Compare", "short tab name"))
        self.tabs.add_page(self.editor_page, self.tr("One opinion"), self.tr("Opinion", "short tab name"))
        self.tabs.add_page(self.questions_page, self.tr("My questions"), self.tr("Questions", "short tab name"))
        self._third = None  # the "Third opinion" tab (app.ui.questions.third_opinion_page), built when first opened
        self.third_page = QWidget(self)
        QVBoxLayout(self.third_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.add_page(self.third_page, self.tr("Third opinion"), self.tr("3rd opinion", "short tab name"))
        self._worksheet = None  # the decision worksheet (app.ui.worksheet.worksheet_page), built on first use
        self.worksheet_page = QWidget(self)
        QVBoxLayout(self.worksheet_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.add_page(self.worksheet_page, self.tr("Decide"), self.tr("Decide", "short tab name"))
        self.now = _now  # the clock for appointments and the records checklist (tests set their own)
        self._visit_pages: dict[int, QWidget] = {}
        for title, short in ((self.tr("Appointments"), self.tr("Visits", "short tab name")),
                             (self.tr("Records"), self.tr("Records", "short tab name")),
                             (self.tr("Documents"), self.tr("Files", "short tab name"))):  # ... DOCUMENTS_TAB
            page = QWidget(self)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.tabs.add_page(page, title, short)
        self.tabs.currentChanged.connect(self._tab_opened)

        self.welcome = QWidget(self)
        column = QWidget(self.welcome)  # a readable column, not buttons stretched across the screen
        column.setMaximumWidth(column.fontMetrics().averageCharWidth() * 60)
        cl = QVBoxLayout(column)
        cl.addStretch(1)
        cl.addWidget(plain_label(self.tr("Welcome. Here you can write down what each doctor said and see "
                                 "their opinions side by side. Everything stays on this computer."), column))
        for key, label in (("example_case", self.tr("Start with an example case")),
                           ("new_case", self.tr("Create my own case"))):
            button = QPushButton(label, column)
            button.setObjectName(f"welcome_{key}")
            button.clicked.connect(self.actions[key].trigger)
            cl.addWidget(button)
        cl.addStretch(2)
        wl = QHBoxLayout(self.welcome)
        wl.addStretch(1)
        wl.addWidget(column, 3)
        wl.addStretch(1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.next_visit = QLabel(self)  # beside the decide-by countdown: the next appointment
        self.next_visit.setTextFormat(Qt.TextFormat.PlainText)
        self.next_visit.setObjectName("next_visit")
        self.next_visit.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.countdown, 1)
        header.addWidget(self.next_visit, 1)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)
        signals.changed.connect(self._on_changed)
        history.case_touched.connect(self._case_touched)
        self._reload_cases()

    # ---- cases -----------------------------------------------------------------------------
    def _reload_cases(self) -> None:
        summaries = self.ws.case_summaries()
        self.case_picker.blockSignals(True)
        self.case_picker.clear()
        for s in summaries:
            self.case_picker.addItem(s.title or self.tr("(untitled case)"), s.id)
        self.case_picker.blockSignals(False)
        ids = [s.id for s in summaries]
        if self.case_id not in ids:
            self.show_case(ids[0] if ids else None)
        else:
            self.case_picker.setCurrentIndex(self.case_picker.findData(self.case_id))

    def show_case(self, case_id: int | None) -> None:
        if case_id == self.case_id and case_id is not None:
            return
        if case_id is not None:
            try:  # read it all before showing any of it: damage is told, never shown as empty
                self.ws.case(case_id)
                self.ws.questions(case_id)
            except DataReadError as exc:
                messages.show_error(self, self.tr("This case cannot be shown"), str(exc))
                case_id = None
        self.case_id = case_id
        self.case_picker.setCurrentIndex(self.case_picker.findData(case_id) if case_id else -1)
        self.model.set_case(case_id)
        if self._editor is not None:
            self._editor.set_case(case_id)
        self.question_model.set_case(case_id)
        if self._worksheet is not None:
            self._worksheet.set_case(case_id)
        for page in self._visit_pages.values():
            page.set_case(case_id)
        if self._third is not None:
            self._third.set_case(case_id)
        self.pages.setCurrentWidget(self.tabs if case_id is not None else self.welcome)
        for key in ("case_details", "delete_case", "add_opinion", "remove_opinion", "move_left",
                    "move_right", "add_row", "remove_row", "ask_row", "plan_row", "read_row", "only_differing",
                    "row_actions", "clear_mark", "open_row", *(f"mark_{m}" for m in MARKS)):
            self.actions[key].setEnabled(case_id is not None)
        self._update_countdown()
        self._forget_cases_left_behind(case_id)
        self.case_shown.emit(case_id)

    def _forget_cases_left_behind(self, case_id: int | None) -> None:
        """Keep memory flat over many case switches: only the last few cases shown stay loaded
        (the others are read again when next needed), and never one with typing still waiting
        to be saved (it may not be readable again until the disk is back)."""
        self._recent = ([case_id] if case_id is not None else []) + [
            c for c in self._recent if c != case_id][:CASES_KEPT - 1]
        self.ws.forget_except(set(self._recent) | {target[1] for target in self.history.unsaved})

    def _case_touched(self, case_id: int) -> None:
        """Before an undo or redo, bring its case on screen (no query when it is already there)."""
        if case_id != self.case_id and case_id in [s.id for s in self.ws.case_summaries()]:
            self.show_case(case_id)

    def _update_countdown(self) -> None:
        text = countdown_text(self.ws.case(self.case_id).decide_by) if self.case_id else ""
        self.countdown.setText(text)
        self.countdown.setVisible(bool(text))
        self._update_next_visit()

    def _update_next_visit(self) -> None:
        text = ""
        if self.case_id is not None:
            text = next_visit_text(self.ws.records(APPOINTMENT, self.case_id), self.now())
        self.next_visit.setText(text)
        self.next_visit.setVisible(bool(text))

    def new_case(self) -> None:
        values = edit_case_details(self, Case(0), self.tr("New case"))
        if values is None:
            return
        edit = CasePresence(adds=True, case=Case(0, **values))
        if self.history.apply(edit):
            self._reload_cases()
            self.show_case(edit.case.id)

    def add_example(self) -> None:
        from app.workspace.example_case import example_case  # loaded when first asked for
        edit = CasePresence(adds=True, case=example_case())
        if self.history.apply(edit):
            self._reload_cases()
            self.show_case(edit.case.id)

    def edit_case(self, focus: str = "") -> None:
        if self.case_id is None:
            return
        case = self.ws.case(self.case_id)
        shown = {name: self.history.shown(("case", self.case_id, name)) for name in CASE_FIELDS}
        values = edit_case_details(self, replace(case, **shown), self.tr("Case details"))
        if values is None:
            return
        changes = [set_value(self.ws, ("case", self.case_id, k), v, self.tr("Edit case details"))
                   for k, v in values.items() if shown.get(k) != v]
        if changes:
            self.history.apply(Macro(changes, self.tr("Edit case details")))

    def delete_case(self) -> None:
        if self.case_id is None:
            return
        title = self.ws.case(self.case_id).title
        if messages.confirm(self, self.tr("Delete case"),
                            self.tr("Delete the case “{0}” and everything in it? "
                            "You can undo this with Edit ▸ Undo.").format(title), self.tr("Delete case")):
            self.history.apply(delete_case_with_marks(self.ws, self.case_id))

    # ---- opinions ------------------------------------------------------------------------------
    def current_column(self) -> int:
        index = self.grid.currentIndex()
        if self.tabs.currentIndex() == EDITOR_TAB and self._editor and self._editor.opinion_id is not None:
            return self.ws.case(self.case_id).opinion_index(self.editor.opinion_id)
        return index.column() if index.isValid() else -1

    def add_opinion(self) -> None:
        if self.case_id is None:
            return
        count = len(self.ws.case(self.case_id).opinions)
        label = (core_text(OPINION_LABELS[count]) if count < len(OPINION_LABELS)
                 else self.tr("Opinion {0}").format(count + 1))
        edit = OpinionPresence(adds=True, case_id=self.case_id, opinion=Opinion(0, label), index=count)
        if self.history.apply(edit):
            self.show_tab(EDITOR_TAB)
            self.editor.show_opinion(edit.opinion.id)
            self.editor.findChild(QWidget, "opinion_doctor").setFocus()

    def remove_opinion(self) -> None:
        column = self.current_column()
        if self.case_id is None or column < 0:
            messages.show_error(self, self.tr("Remove opinion"),
                                self.tr("First click on the opinion you want to remove."))
            return
        op = self.ws.case(self.case_id).opinions[column]
        if messages.confirm(self, self.tr("Remove opinion"), self.tr("Remove “{0}” and everything "
                            "written in it? You can undo this with Edit ▸ Undo.").format(op.heading()),
                            self.tr("Remove opinion")):
            self.history.apply(remove_opinion(self.ws, self.case_id, op.id))

    def move_opinion(self, step: int) -> None:
        column = self.current_column()
        count = len(self.ws.case(self.case_id).opinions) if self.case_id else 0
        if column < 0 or not 0 <= column + step < count:
            return
        if self.history.apply(Move("opinion", self.case_id, column, column + step)):
            row = max(0, self.grid.currentIndex().row())
            self.grid.setCurrentIndex(self.model.index(row, column + step))

    # ---- events ----------------------------------------------------------------------------------
    def _on_changed(self, event) -> None:
        if isinstance(event, CasesChanged):
            self._reload_cases()
        elif isinstance(event, Updated) and event.kind == CASE and event.case_id == self.case_id:
            self._update_countdown()
        elif getattr(event, "kind", None) == APPOINTMENT and event.case_id == self.case_id:
            self._update_next_visit()
