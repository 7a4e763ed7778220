"""Turns the core Workspace's plain callbacks into one Qt signal."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.workspace import Workspace


class WorkspaceSignals(QObject):
    """Signal: changed(event, details) for every change the Workspace reports."""
    changed = Signal(str, dict)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        workspace.subscribe(lambda event, **details: self.changed.emit(event, details))
