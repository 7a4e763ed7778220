"""Where the data lives when no --data-dir is given (loaded before the rest of the window's code,
so the start-up check can begin early: app.store.early_check)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.store.datadir import APP_DIR_NAME


def standard_data_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_DIR_NAME
