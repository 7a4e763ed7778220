"""The one calm window: the guide on the left, the workspace on the right.

What its menus open from other modules, each loaded on first use, is in app.ui.menu_commands."""
from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QMainWindow, QMenu, QSplitter, QToolTip, QWidget

from app import __version__
from app.guide.content import Guide
from app.ui import appearance, language, messages, window_geometry
from app.ui.announce import announce
from app.ui.core_strings import long_date
from app.ui.guide.guide_view import GuideView
from app.ui.history import EditHistory
from app.ui.menu_commands import MenuCommands
from app.ui.signals import WorkspaceSignals
from app.ui.status_line import WrappingStatusBar
from app.ui.ui_state import UiState
from app.ui.widgets.text_editing import redo_shortcuts
from app.ui.workspace.workspace_panel import GRID_TAB, QUESTIONS_TAB, RECORDS_TAB, WorkspacePanel
from app.workspace.core import Workspace

ZOOM_STEPS = (75, 90, 100, 115, 130, 150, 175, 200)
# the comparison needs about this many average characters across (row headings of 26 and two
# doctors' columns of 22); below it the guide folds away by itself (make_room)
ROOM_CHARS = 70


class MainWindow(MenuCommands, QMainWindow):
    def __init__(self, workspace: Workspace, guide: Guide, state: UiState, base_point_size: float):
        super().__init__()
        self.setWindowTitle(self.tr("Second Opinion Companion"))
        self.state = state
        self.base_point_size = base_point_size
        self.signals = WorkspaceSignals(workspace, self)
        self.history = EditHistory(workspace, self)
        self.guide_view = GuideView(guide, state, self)
        self.workspace_panel = WorkspacePanel(self.history, self.signals, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.guide_view)
        self.splitter.addWidget(self.workspace_panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.setStatusBar(WrappingStatusBar(self))  # long messages wrap at large text sizes
        self.save_label = QLabel(self.tr("Saved"), self)
        self.save_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_label.setObjectName("save_state")
        self.save_label.setToolTip(self.tr("Every change is saved on this computer as you go."))
        self.statusBar().addPermanentWidget(self.save_label)
        self._last_save_state = "saved"
        self.history.state_changed.connect(self._show_save_state)
        self.history.save_failed.connect(self._save_failed)
        self.guide_view.action_requested.connect(self.run_guide_action)
        self.guide_view.question_requested.connect(self.add_guide_question)
        self._shared_layout = QByteArray()  # the splitter while the guide was last on screen
        self._build_menus()
        self.zoom_percent = state.number("view/zoom", 100)
        if self.zoom_percent != 100:  # at 100% every widget has the base font already
            self.apply_zoom(self.zoom_percent, announce=False)
        self._restore_layout()
        if not self.state.number("view/guide_shown", 1):
            self.show_guide(False)
        self._room_kept_for = None  # the text size at which the person brought the guide back
        # one room check after a burst of resizes or a change of text size, once layouts settled
        self._room_check = QTimer(self, singleShot=True, interval=0)
        self._room_check.timeout.connect(self.make_room)

    # ---- menus ---------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        acts = self.workspace_panel.actions
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for key in ("new_case", "example_case", "case_details", "delete_case"):
            file_menu.addAction(acts[key])
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Print guide topic…"), self.print_topic, QKeySequence.StandardKey.Print)
        self._action(file_menu, self.tr("Sa&ve guide topic as PDF…"), self.save_topic_pdf)
        self._action(file_menu, self.tr("Summary for a new d&octor…"), self._summary)
        self._action(file_menu, self.tr("Save co&mparison as PDF…"), lambda: self._papers("open_comparison"))
        self._action(file_menu, self.tr("Print comp&arison…"), lambda: self._papers("open_comparison", True))
        self._action(file_menu, self.tr("Ques&tions for a visit…"), lambda: self._papers("open_questions"))
        self._action(file_menu, self.tr("Decision &worksheet…"), lambda: self._papers("open_worksheet"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Backups…"), lambda: self._open_dialog("BackupsDialog"))
        self._action(file_menu, self.tr("E&xport…"), lambda: self._exchange("start_export"))
        self._action(file_menu, self.tr("&Import…"), lambda: self._exchange("start_import"))
        self._action(file_menu, self.tr("Changes &kept from a merge…"), self._kept_beside)
        file_menu.addSeparator()
        # the passphrase lock (app.ui.data.passphrase_dialogs, loaded on first use)
        self.lock_actions = {name: self._action(file_menu, text, lambda _=False, n=name: self._passphrase(n))
                             for name, text in (("set_passphrase", self.tr("Set pa&ssphrase…")),
                                                ("change_passphrase", self.tr("Chan&ge passphrase…")),
                                                ("remove_passphrase", self.tr("&Remove passphrase…")))}
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.history.stack
        self.undo_action = self._action(edit_menu, self.tr("&Undo"), self.history.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(
            edit_menu, self.tr("&Redo"), self.history.redo,
            redo_shortcuts())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(lambda t: self.undo_action.setText(self.tr("&Undo {0}").format(t).strip()))
        stack.redoTextChanged.connect(lambda t: self.redo_action.setText(self.tr("&Redo {0}").format(t).strip()))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Zoom &in (larger text)"), lambda: self.step_zoom(1),
                     [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self._action(view, self.tr("Zoom ou&t (smaller text)"), lambda: self.step_zoom(-1),
                     QKeySequence.StandardKey.ZoomOut)
        self._action(view, self.tr("&Actual size"), lambda: self.apply_zoom(100), "Ctrl+0")
        view.addSeparator()
        for key in ("compare", "one_opinion", "questions", "third_opinion", "decide", "appointments", "records",
                    "documents"):
            view.addAction(acts[key])
        # Ctrl+PgDown / Ctrl+PgUp move between tabs, as everywhere in Qt and KDE (Ctrl+Tab too,
        # when the focus is inside the tabs)
        self._action(view, self.tr("&Next tab"), lambda: self.workspace_panel.step_tab(1), "Ctrl+PgDown")
        self._action(view, self.tr("Pre&vious tab"), lambda: self.workspace_panel.step_tab(-1), "Ctrl+PgUp")
        self._action(view, self.tr("&Move between guide and workspace"), self.switch_half,
                     [QKeySequence("F6"), QKeySequence("Shift+F6")])

        guide_menu = bar.addMenu(self.tr("&Guide"))
        self._action(guide_menu, self.tr("&Search the guide"), self._focus_search, QKeySequence.StandardKey.Find)
        # checkable: toggled(bool) always carries the new state (triggered's checked argument is
        # optional, and PySide calls a slot without it, which is how F9 once raised a TypeError)
        self.show_guide_action = QAction(self.tr("Show the &guide"), self)
        self.show_guide_action.setShortcut(QKeySequence("F9"))
        self.show_guide_action.setCheckable(True)
        self.show_guide_action.setChecked(True)
        self.show_guide_action.toggled.connect(self.show_guide)
        guide_menu.addAction(self.show_guide_action)
        guide_menu.addSeparator()
        for key in ("back", "forward", "previous", "next"):
            guide_menu.addAction(self.guide_view.buttons[key])
        view.addSeparator()
        self.appearance_actions = appearance.add_menu(view, self.state)  # View ▸ Appearance
        self.language_actions = language.add_menu(view, self.state, lambda title, text: messages.show_info(
            self, title, text))  # View ▸ Language
        view.addSeparator()
        self.lock_actions["lock_now"] = self._action(view, self.tr("&Lock now"), self.lock_now, "Ctrl+L")
        self.lock_actions["idle"] = self._action(view, self.tr("Lock a&fter…"), lambda: self._passphrase("idle"))
        self.passphrase_changed()

        opinion = bar.addMenu(self.tr("&Opinion"))
        for key in ("add_opinion", "remove_opinion", "move_left", "move_right", "row_actions", "ask_row",
                    "read_row", "only_differing", "add_row", "remove_row"):
            opinion.addAction(acts[key])

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Where is my data?"), lambda: self._open_dialog("WhereIsMyData"))
        self._action(help_menu, self.tr("&About Second Opinion Companion"), self.about)

    def shortcut_list(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) for every menu action that has a key, in menu order."""
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if menu else ():
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                if keys:
                    rows.append((menu_action.text().replace("&", ""), action.text().replace("&", ""), keys))
        return rows

    def show_shortcuts(self) -> None:
        lines = [f"{keys}\t{name}  ({menu})" for menu, name, keys in self.shortcut_list()]
        messages.show_info(self, self.tr("Keyboard shortcuts"),
                           self.tr("Tab and Shift+Tab move between controls; the arrow keys move inside "
                                   "lists and tables; Enter or F2 starts typing in a cell; Esc cancels it.")
                           + "\n\n" + "\n".join(lines))

    def switch_half(self) -> None:
        """F6: move the keyboard focus between the guide and the workspace."""
        in_guide = self.guide_view.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        if in_guide or not self.guide_view.isVisible():
            target = self.workspace_panel.focus_target()
        else:
            target = self.guide_view.reader
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- guide ↔ workspace -----------------------------------------------------------------
    def run_guide_action(self, action: str) -> None:
        panel = self.workspace_panel
        if panel.case_id is None and action != "compare-opinions":
            messages.show_error(self, self.tr("No case yet"),
                                self.tr("First create a case (File ▸ New case), or start with the example case."))
            return
        if action == "set-decide-by":
            panel.edit_case()
        elif action == "compare-opinions":
            panel.show_tab(GRID_TAB)
            panel.grid.setFocus()
        elif action == "add-opinion":
            panel.add_opinion()
        elif action == "records-checklist":
            panel.show_tab(RECORDS_TAB)
            panel.visit_page(RECORDS_TAB).list.setFocus()

    def add_guide_question(self, topic_id: str, text: str) -> None:
        panel = self.workspace_panel
        if panel.case_id is None:
            messages.show_error(self, self.tr("No case yet"), self.tr("Questions are kept with a case. First create "
                                "a case (File ▸ New case), then add the question again."))
            return
        if panel.question_model.add(text, origin=f"guide:{topic_id}"):
            panel.show_tab(QUESTIONS_TAB)
            self.statusBar().showMessage(self.tr("Added to My questions."), 4000)
            announce(self, self.tr("Added to My questions."))

    def show_guide(self, shown: bool, remember: bool = True) -> None:
        """Show or hide the guide; hidden, the workspace has the whole width. Remembered, unless
        the app folded it by itself to make room (`remember=False`)."""
        if shown and remember:  # the person wants it even if the workspace is narrow: not folded again
            self._room_kept_for = getattr(self, "zoom_percent", None)
        if shown == self.guide_view.isVisibleTo(self) and self.show_guide_action.isChecked() == shown:
            return
        if not shown and self.guide_view.isVisibleTo(self):
            self._shared_layout = self.splitter.saveState()  # given back when the guide returns
        self.guide_view.setVisible(shown)
        if shown and not self.splitter.restoreState(self._shared_layout):
            self.splitter.setSizes([500, 780])
        self.show_guide_action.setChecked(shown)  # also when called directly, not by the action
        if remember:
            self.state.set_number("view/guide_shown", int(shown))

    def make_room(self) -> bool:
        """Fold the guide away by itself when the workspace is too narrow to compare in (large
        text, a small screen). Not remembered as the person's choice, and not done again at the
        same text size once they brought the guide back (F9)."""
        if not self.guide_view.isVisible() or self._room_kept_for == self.zoom_percent:
            return False
        panel = self.workspace_panel
        # room to compare in, and for every workspace tab (with its short name at least)
        if panel.width() >= ROOM_CHARS * panel.fontMetrics().averageCharWidth() and panel.tabs_fit():
            return False
        self.show_guide(False, remember=False)
        told = self.tr("The guide is folded away to make room. F9 shows it.")  # one line, even at 200 %
        self.statusBar().showMessage(told, 8000)
        announce(self, told)
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._room_check.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._placed is not None and self.geometry() == self._placed:  # first start, untouched
            window_geometry.keep_on_screen(self)  # the real title bar may be taller than guessed
        self._placed = None
        self.make_room()  # opened at a large text size on a small screen: before the first paint

    def _focus_search(self) -> None:
        self.show_guide(True)  # searching the guide needs it on screen
        self.guide_view.search_box.setFocus()
        self.guide_view.search_box.selectAll()

    # ---- saving, zoom, layout ---------------------------------------------------------------
    def _show_save_state(self, state: str) -> None:
        from app.ui.history import FAILED, SAVED, SAVING, UNSAVED
        if state == SAVED and self._last_save_state in (UNSAVED, FAILED):
            announce(self, self.tr("Saved."))  # polite; every keystroke's save is not announced
        elif state in (UNSAVED, FAILED):
            announce(self, self.tr("Not saved."), assertive=True)
        self._last_save_state = state
        if state == FAILED:
            self.save_label.setText(self.tr("Not saved — see message"))
        elif state == UNSAVED:
            self.save_label.setText(self.tr("Not saved yet — trying again"))
            self.save_label.setToolTip(self.tr("Your latest changes are on screen but not yet on the disk. "
                                               "The app saves them by itself as soon as it can."))
        else:
            self.save_label.setText(self.tr("Saving…") if state == SAVING else self.tr("Saved"))
            self.save_label.setToolTip(self.tr("Every change is saved on this computer as you go."))
            if state != SAVING and self.history.unsaved == {}:
                self.statusBar().clearMessage()

    def _save_failed(self, message: str) -> None:
        messages.show_error(self, self.tr("Could not save"), message)

    def step_zoom(self, step: int) -> None:
        steps = list(ZOOM_STEPS)
        nearest = min(range(len(steps)), key=lambda i: abs(steps[i] - self.zoom_percent))
        self.apply_zoom(steps[max(0, min(len(steps) - 1, nearest + step))])

    def apply_zoom(self, percent: int, announce: bool = True) -> None:
        self.zoom_percent = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], percent))
        font = QApplication.font()
        font.setPointSizeF(self.base_point_size * self.zoom_percent / 100)
        # the whole application, so the case form, menus, message boxes and tooltips follow
        QApplication.setFont(font)
        for kind in ("QMenu", "QMenuBar", "QMessageBox"):  # platforms may give these a font of their own
            QApplication.setFont(font, kind)
        for menu in self.findChildren(QMenu):  # menus already built keep the font they were polished with
            menu.setFont(font)
        QToolTip.setFont(font)
        self.setFont(font)
        for header in self.findChildren(QHeaderView):  # headers keep the font of their first polish
            header.setFont(font)
        # under an application style sheet (the focus ring) Qt gives each widget the font it had
        # when polished as if set on it, so the window's new font stops there: hand every widget
        # that has no font of its own back to its parent's (an empty QFont sets nothing)
        for widget in self.findChildren(QWidget):
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                widget.setFont(QFont())
        self.guide_view.reader.document().setDefaultFont(font)
        self.workspace_panel.tabs.fit_names()  # full or short tab names, whichever fit now
        self.workspace_panel.grid.schedule_fit()
        self.state.set_number("view/zoom", self.zoom_percent)
        if self.isVisible():
            self._room_check.start()
        if announce:
            self.statusBar().showMessage(self.tr("Text size {0}%").format(self.zoom_percent), 2000)

    def _restore_layout(self) -> None:
        geometry = self.state.bytes("window/geometry")
        self._placed = None  # where the window was put on first start (app.ui.window_geometry)
        if geometry is None or not self.restoreGeometry(geometry):
            window_geometry.place_on_first_start(self)  # all of a small laptop's screen
            self._placed = self.geometry()
        splitter = self.state.bytes("window/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([500, 780])

    def closeEvent(self, event) -> None:
        self.history.flush_requested.emit()
        if self.history.unsaved and not self.history.retry() and not messages.confirm(
                self, self.tr("Changes not saved yet"),
                self.tr("Some of your latest changes could not be saved yet (see the earlier message). "
                        "If you close the app now, they will be lost. Keep the app open, free some "
                        "space or fix the folder, and they will be saved by themselves."),
                self.tr("Close and lose them")):
            event.ignore()
            return
        self.state.set_bytes("window/geometry", self.saveGeometry())
        shared = self.guide_view.isVisibleTo(self) or self._shared_layout.isEmpty()
        self.state.set_bytes("window/splitter", self.splitter.saveState() if shared else self._shared_layout)
        self.state.sync()
        super().closeEvent(event)
        viewer = sys.modules.get("app.ui.visits.document_viewer")  # opened documents' private copies go now
        if viewer is not None:
            viewer.clear_private_copies()

    def about(self) -> None:
        guide, db = self.guide_view.guide, self.history.workspace.db
        messages.show_info(self, self.tr("About Second Opinion Companion"), "\n\n".join((
            self.tr("Second Opinion Companion {0}\n\n"
                    "Helps you get a second opinion and compare what your doctors said. "
                    "Everything stays on this computer; the app never goes online.\n\n"
                    "Guide last reviewed {1}. {2}").format(
                __version__, long_date(guide.last_reviewed), guide.disclaimer),
            self.tr("Your information is kept in {0} (data format version {1}).").format(
                db.path.parent, db.schema_version()),
            self.tr("Made with Python (PSF License), Qt 6 and PySide6 (LGPL-3.0), SQLite (public domain), "
                    "SQLCipher (BSD-style licence) through sqlcipher3 (zlib licence), cryptography "
                    "(Apache-2.0 or BSD-3-Clause), OpenSSL (Apache-2.0) and ICU (Unicode licence); each "
                    "keeps its own copyright and licence."))))


