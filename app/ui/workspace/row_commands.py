"""The Side by side grid's row commands, a part of WorkspacePanel (app.ui.workspace.workspace_panel):
add or remove a row of the person's own, ask about a row, plan a third opinion for it, read it
aloud, and show only the rows that differ.

Moved out of workspace_panel to keep each module readable; the words stay in the
"WorkspacePanel" translation context they always had, so they are named there explicitly.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.model.domain import CustomRow
from app.ui import messages
from app.ui.announce import announce
from app.ui.workspace.row_actions import ALL
from app.ui.workspace.workspace_pages import QUESTIONS_TAB, THIRD_OPINION_TAB
from app.workspace.edits import RowPresence
from app.workspace.marking import remove_row_with_marks


def ask_text(parent, title: str, label: str, text: str = "") -> str | None:
    """Seam: ask for one line of text; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


class RowCommands:
    """WorkspacePanel's commands on the grid's rows (a mixin: it uses the panel's grid, model,
    history and actions)."""

    def add_row(self) -> None:
        if self.case_id is None:
            return
        label = ask_text(self, QCoreApplication.translate("WorkspacePanel", "Add a row of my own"),
                         QCoreApplication.translate("WorkspacePanel", "What should this row be about? "
                                                    "(for example “Fertility preservation”)"))
        if label and label.strip():
            index = len(self.ws.case(self.case_id).custom_rows)
            self.history.apply(RowPresence(adds=True, case_id=self.case_id,
                                           row=CustomRow(0, label.strip()), index=index))

    def remove_row(self) -> None:
        index = self.grid.currentIndex()
        key = self.model.row_key(index.row()) if index.isValid() else ""
        if not key.startswith("custom:"):
            messages.show_error(self, QCoreApplication.translate("WorkspacePanel", "Remove my own row"),
                                QCoreApplication.translate("WorkspacePanel", "First click on a row you added yourself. "
                                                           "The standard rows stay."))
            return
        row = self.ws.case(self.case_id).custom_row(int(key.split(":")[1]))
        if messages.confirm(self, QCoreApplication.translate("WorkspacePanel", "Remove my own row"),
                            QCoreApplication.translate("WorkspacePanel", "Remove the row “{0}” and what is "
                                                       "written in it? You can undo this.").format(row.label),
                            QCoreApplication.translate("WorkspacePanel", "Remove row")):
            self.history.apply(remove_row_with_marks(self.ws, self.case_id, row.id))

    def ask_about_row(self) -> None:
        index = self.grid.currentIndex()
        if self.case_id is None or not index.isValid():
            messages.show_error(self, QCoreApplication.translate("WorkspacePanel", "Ask about this row"),
                                QCoreApplication.translate("WorkspacePanel", "First click on the row you want to ask "
                                                           "about."))
            return
        from app.ui.questions import ask_dialog  # loaded when first asked for
        key = self.model.row_key(index.row())

        def add(text: str, opinion_ids: list[int]) -> bool:
            added = self.question_model.add(text, origin=f"row:{key}", opinion_ids=opinion_ids)
            if added:
                self.show_tab(QUESTIONS_TAB)
            return added
        self.ask_dialog = ask_dialog.open_ask_dialog(self, self.ws.case(self.case_id), key, add)

    def plan_third_opinion(self) -> None:
        """Plan a third opinion for the current row: the "Third opinion" tab, at this row's plan."""
        row = self.row_actions.current_row()
        if self.case_id is None or row < 0:
            messages.show_error(self, QCoreApplication.translate("WorkspacePanel", "Plan a third opinion"),
                                QCoreApplication.translate("WorkspacePanel", "First click on the row you want a third "
                                                           "opinion about."))
            return
        key = self.model.row_key(row)
        self.show_tab(THIRD_OPINION_TAB)
        self.third_opinion.start(key)

    def row_reading(self) -> str:
        """Every doctor's entry for the current row, in one sentence a screen reader can say."""
        index = self.grid.currentIndex()
        if self.case_id is None or not index.isValid():
            return ""
        row = index.row()
        label = self.model.row_label(row)
        parts = []
        for column in range(self.model.columnCount()):
            who = " ".join(str(self.model.headerData(column, Qt.Orientation.Horizontal)).split("\n")[:2])
            said = (str(self.model.index(row, column).data() or "").strip()
                    or QCoreApplication.translate("WorkspacePanel", "nothing recorded"))
            parts.append(f"{who}: {said}")
        return f"{label}. " + ". ".join(parts)

    def read_row(self) -> None:
        """Read this row aloud: asked for by the person, so what they typed may be said."""
        text = self.row_reading()
        if text:
            announce(self.grid, text)

    def show_only_differing(self, only: bool | None = None) -> None:
        """The "Show only rows that differ" switch: on, it shows the rows last chosen above the
        grid (the app's hint at first, or the rows the person marked Differ or Unclear)."""
        only = self.actions["only_differing"].isChecked() if only is None else only
        self.marks_summary.set_choice(self._last_filter if only else ALL)

    def _filter_chosen(self, *_):
        choice = self.marks_summary.choice()
        if choice != ALL:
            self._last_filter = choice
        self.actions["only_differing"].setChecked(choice != ALL)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Hide the rows the choice above the grid leaves out (by row, never a model reset)."""
        for row in range(self.model.rowCount()):
            self.grid.setRowHidden(row, not self.marks_summary.shows(row))
