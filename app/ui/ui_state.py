"""UI state only (window geometry, splitter, zoom, guide shown, last topic, topics read), in one place.

Stored as an INI file inside the data folder, so --data-dir keeps tests and demos
away from real settings. Never a patient's name or a path to their documents.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiState:
    def __init__(self, data_dir: Path):
        self._settings = QSettings(str(Path(data_dir) / "ui-state.ini"), QSettings.Format.IniFormat)

    def _put(self, key: str, value) -> None:
        """Store `value` unless it is already there: QSettings rewrites the whole file (with two
        fsyncs) after any setValue, and the guide sets its topic and read list again at every
        start — nothing new, but a disk write before the window could show."""
        if self._settings.value(key) != value:
            self._settings.setValue(key, value)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._put(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._put(key, value)

    def number(self, key: str, default: int = 0) -> int:
        try:
            return int(self._settings.value(key, default))
        except (TypeError, ValueError):
            return default

    def set_number(self, key: str, value: int) -> None:
        self._put(key, str(int(value)))

    def words(self, key: str) -> list[str]:
        return [w for w in self.text(key).split(",") if w]

    def set_words(self, key: str, words) -> None:
        self.set_text(key, ",".join(sorted(set(words))))

    def sync(self) -> None:
        self._settings.sync()
