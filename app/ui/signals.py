"""Turns the core Workspace's typed change events (app.model.events) into one Qt signal."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.workspace.core import Workspace


class WorkspaceSignals(QObject):
    """Signal: changed(event) for every change the Workspace reports; `event` is one of
    app.model.events' classes (Updated, Inserted, Removed, Moved, CasesChanged)."""
    changed = Signal(object)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        workspace.subscribe(self.changed.emit)
