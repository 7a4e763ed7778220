"""The seams through which the app asks or tells the person something.

Everything shown is plain text (a name typed as <b>x</b> stays literal). Tests patch
these functions here, where they are looked up.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _box(parent: QWidget | None, icon, title: str, text: str):
    from PySide6.QtWidgets import QMessageBox  # imported on first use: it is costly at start-up
    box = QMessageBox(QMessageBox.Icon[icon], title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, "Warning", title, text)
    box.addButton(box.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str) -> bool:
    box = _box(parent, "Question", title, text)
    yes = box.addButton(yes_label, box.ButtonRole.AcceptRole)
    box.addButton(box.StandardButton.Cancel)
    box.setDefaultButton(box.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, "Information", title, text)
    box.addButton(box.StandardButton.Ok)
    box.exec()


def choose(parent: QWidget | None, title: str, text: str, options: list[tuple[str, str]],
           default: str) -> str:
    """Ask the person to pick one of a few (key, button label) options; returns the key.

    Closing the box (Esc) picks `default`, which should be the choice that changes nothing."""
    box = _box(parent, "Warning", title, text)
    buttons = {}
    for key, label in options:
        button = box.addButton(label, box.ButtonRole.AcceptRole)
        buttons[button] = key
        if key == default:
            box.setDefaultButton(button)
            box.setEscapeButton(button)
    box.exec()
    return buttons.get(box.clickedButton(), default)
