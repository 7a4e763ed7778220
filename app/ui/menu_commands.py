"""What the main window's menus open from other modules, a part of MainWindow (app.ui.main_window):
the passphrase lock, the backups and "where is my data" dialogs, export and import, the review of
changes kept from a merge, printing and the papers to take along. Each module is loaded on first
use, so start-up does not pay for it.

Moved out of main_window to keep each module readable.
"""
from __future__ import annotations

from PySide6.QtCore import Qt


class MenuCommands:
    """MainWindow's menu commands that load their module on first use (a mixin: it uses the
    window's history, guide view and UI state)."""

    # ---- the passphrase lock (app.ui.data.lock, app.ui.data.passphrase_dialogs) -------------------------
    session = None  # the app.ui.data.lock.Session that locks and unlocks this window, when there is one

    def passphrase_changed(self) -> None:
        """Enable what fits: set a passphrase, or change, remove, lock now and lock after."""
        has = self.history.workspace.db.key is not None
        for name, action in self.lock_actions.items():
            action.setEnabled(has != (name == "set_passphrase"))
        if self.session is not None:
            self.session.watch() if has else self.session.unwatch()

    def _passphrase(self, name: str) -> None:
        from app.ui.data import lock, passphrase_dialogs
        if name == "idle":
            minutes = passphrase_dialogs.ask_idle_minutes(
                self, self.state.number(lock.IDLE_KEY, lock.DEFAULT_IDLE_MINUTES))
            if minutes is not None:
                self.state.set_number(lock.IDLE_KEY, minutes)
            return
        getattr(passphrase_dialogs, name)(self)

    def lock_now(self) -> None:
        if self.session is not None:
            self.session.lock_now()

    def _open_dialog(self, name: str) -> None:
        """File ▸ Backups… and Help ▸ Where is my data? (app.ui.data.backups_dialog, loaded on first use)."""
        from app.ui.data import backups_dialog
        self.dialog = getattr(backups_dialog, name)(self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def _exchange(self, name: str) -> None:
        """File ▸ Export… and Import… (app.ui.data.exchange_dialogs, loaded on first use)."""
        from app.ui.data import exchange_dialogs
        getattr(exchange_dialogs, name)(self)

    def _kept_beside(self) -> None:
        """File ▸ Changes kept from a merge… (app.ui.data.merge_conflicts, loaded on first use)."""
        from app.ui.data import merge_conflicts
        merge_conflicts.start_review(self)

    # ---- printing -------------------------------------------------------------------------
    def print_topic(self) -> None:
        from app.ui.paperwork import printing  # loaded on first use; the print service only inside print_document
        printing.print_document(self, self.guide_view.print_document())

    def _papers(self, name: str, *args) -> None:
        """The papers to take along (app.ui.paperwork.papers, loaded on first use): preview, then save or print."""
        from app.ui.paperwork import papers
        getattr(papers, name)(self, *args)

    def _summary(self) -> None:
        """The one-page summary for a new doctor (app.ui.paperwork.summary_paper, loaded on first use)."""
        from app.ui.paperwork import summary_paper
        summary_paper.open_summary(self)

    def save_topic_pdf(self) -> None:
        from app.ui.paperwork import printing  # loaded on first use; writes with QPdfWriter, never the print service
        title = self.guide_view.guide.title(self.guide_view.current)
        printing.save_as_pdf(self, self.guide_view.print_document(), title)
