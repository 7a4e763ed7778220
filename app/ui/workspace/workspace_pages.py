"""The workspace's tab pages, a part of WorkspacePanel (app.ui.workspace.workspace_panel): every
page but the grid is built on first use, so start-up pays only for what is on screen; and
moving between the pages (tabs, F6's focus target).

Moved out of workspace_panel to keep each module readable.
"""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

GRID_TAB, EDITOR_TAB, QUESTIONS_TAB, THIRD_OPINION_TAB, DECIDE_TAB, APPOINTMENTS_TAB, RECORDS_TAB = range(7)
DOCUMENTS_TAB = 7  # attached documents (app.ui.visits.documents_page)


class LazyPages:
    """WorkspacePanel's tab pages (a mixin: it uses the panel's tabs, history and signals)."""

    def _tab_opened(self, tab: int) -> None:
        if tab == EDITOR_TAB:
            self.editor  # noqa: B018 (builds it)
        elif tab == QUESTIONS_TAB:
            self.questions  # noqa: B018 (builds it)
        elif tab == DECIDE_TAB:
            self.worksheet  # noqa: B018 (builds it)
        elif tab in (APPOINTMENTS_TAB, RECORDS_TAB, DOCUMENTS_TAB):
            self.visit_page(tab)
        elif tab == THIRD_OPINION_TAB:
            self.third_opinion  # noqa: B018 (builds it)

    @property
    def worksheet(self):
        """The self.tr("Decide") page (app.ui.worksheet.worksheet_page), built on first use."""
        if self._worksheet is None:
            from app.ui.worksheet.worksheet_page import WorksheetPage
            self._worksheet = WorksheetPage(self.history, self._signals, self.worksheet_page)
            self._worksheet.go_to.connect(self._worksheet_link)
            self.worksheet_page.layout().addWidget(self._worksheet)
            self._worksheet.show()
            self._worksheet.set_case(self.case_id)
        return self._worksheet

    def _worksheet_link(self, place: str) -> None:
        """A link from the worksheet's SURE check to where help is."""
        if place == "grid":
            self.show_tab(GRID_TAB)
            self.grid.setFocus()
        elif place == "questions":
            self.show_tab(QUESTIONS_TAB)
            self.questions.entry.setFocus()
        elif place == "decide_by":
            self.edit_case("decide_by")

    def visit_page(self, tab: int):
        """The Appointments or Records page (app.ui.visits.appointments_page, app.ui.visits.checklist_page),
        built on first use so it costs nothing at start-up."""
        if tab not in self._visit_pages:
            if tab == APPOINTMENTS_TAB:
                from app.ui.visits.appointments_page import AppointmentsPage as Page
            elif tab == DOCUMENTS_TAB:
                from app.ui.visits.documents_page import DocumentsPage as Page
            else:
                from app.ui.visits.checklist_page import ChecklistPage as Page
            holder = self.tabs.widget(tab)
            page = Page(self.history, self._signals, lambda: self.now(), holder)
            holder.layout().addWidget(page)
            page.show()
            page.set_case(self.case_id)
            self._visit_pages[tab] = page
        return self._visit_pages[tab]

    @property
    def third_opinion(self):
        """The "Third opinion" page (app.ui.questions.third_opinion_page), built on first use."""
        if self._third is None:
            from app.ui.questions.third_opinion_page import ThirdOpinionPage
            self._third = ThirdOpinionPage(self.history, self._signals, self.third_page)
            self.third_page.layout().addWidget(self._third)
            self._third.set_case(self.case_id)
            self._third.show()
        return self._third

    @property
    def questions(self):
        """The self.tr("My questions") panel (app.ui.questions.questions_panel), built on first use."""
        if self._questions is None:
            from app.ui.questions.questions_panel import QuestionsPanel
            self._questions = QuestionsPanel(self.question_model, self.questions_page)
            self.questions_page.layout().addWidget(self._questions)
            self._questions.show()  # at once, not after the next event pass: it may get focus now
        return self._questions

    @property
    def editor(self):
        """The roomy editor (app.ui.workspace.opinion_editor), built on first use so it costs nothing at start-up."""
        if self._editor is None:
            from app.ui.workspace.opinion_editor import OpinionEditor
            self._editor = OpinionEditor(self.history, self._signals, self.editor_page)
            self.editor_page.layout().addWidget(self._editor)
            self._editor.show()  # at once, not after the next event pass: it may get focus now
            self._editor.set_case(self.case_id)
        return self._editor

    def step_tab(self, step: int) -> None:
        if self.case_id is not None:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def focus_target(self) -> QWidget:
        """Where the keyboard focus goes when someone moves into the workspace (F6)."""
        if self.case_id is None:
            return self.welcome.findChild(QPushButton)
        page = self.tabs.currentIndex()
        if page == GRID_TAB:
            return self.grid
        if page == EDITOR_TAB:
            return self.editor.picker
        if page == DECIDE_TAB:
            return self.worksheet.focus_target()
        if page == APPOINTMENTS_TAB:
            return self.visit_page(page).date
        if page in (RECORDS_TAB, DOCUMENTS_TAB):
            return self.visit_page(page).list
        if page == THIRD_OPINION_TAB:
            return self.third_opinion
        return self.questions.entry

    def tabs_fit(self) -> bool:
        """Whether every tab fits across the panel (short names at least), also while the
        welcome page is shown and the tabs have not been laid out yet."""
        margins = self.layout().contentsMargins()
        return self.tabs.all_fit(self.contentsRect().width() - margins.left() - margins.right())

    def show_tab(self, tab: int) -> None:
        if self.case_id is not None:
            self.tabs.setCurrentIndex(tab)

    def _open_in_editor(self, column: int, row_key: str) -> None:
        op_id = self.model.opinion_id(column)
        self.show_tab(EDITOR_TAB)
        self.editor.show_opinion(op_id, focus_key=row_key)
