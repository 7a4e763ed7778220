"""Steps that many flow tests take the way a person would: open the real window on a data folder,
start a case, add a doctor's opinion by typing the name."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit


def open_win(qtbot, data_dir):
    """The real start-up path's window on `data_dir`, shown and active (shortcuts reach it)."""
    from app.ui.application import make_application, open_window
    make_application([])
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win, db


def new_case(window, monkeypatch, title="Mum", **extra):
    """File ▸ New case with the case form answered (its seam): returns the new case's id."""
    values = {"title": title, "person": "", "diagnosis": "", "diagnosed_on": "", "decide_by": "",
              "notes": ""} | extra
    monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details", lambda *a: dict(values))
    window.workspace_panel.actions["new_case"].trigger()
    return window.workspace_panel.case_id


def add_opinion(qtbot, window, doctor):
    """Add an opinion and type the doctor's name into it: returns the opinion's id."""
    panel = window.workspace_panel
    panel.actions["add_opinion"].trigger()
    field = panel.editor.findChild(QLineEdit, "opinion_doctor")
    field.setFocus()
    qtbot.keyClicks(field, doctor)
    window.history.flush_requested.emit()
    return panel.editor.opinion_id


def alt_letter(text: str) -> str | None:
    """The Alt letter of a label ("&Open" → "o"), or None."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def page_letters_taken_by_the_menu_bar(window) -> dict[str, dict[str, list[str]]]:
    """For each workspace tab (the example case shown): the Alt letters of its visible buttons,
    field labels and group boxes that the menu bar also uses. Alt+that letter would be ambiguous:
    Qt then moves between the two instead of opening the menu."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel
    tops = {alt_letter(a.text()) for a in window.menuBar().actions()}
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    found: dict[str, dict[str, list[str]]] = {}
    for i in range(panel.tabs.count()):
        panel.show_tab(i)
        texts = [b.text() for b in window.centralWidget().findChildren(QAbstractButton) if b.isVisible()]
        texts += [label.text() for label in window.centralWidget().findChildren(QLabel)
                  if label.isVisible() and label.buddy() is not None]
        texts += [g.title() for g in window.centralWidget().findChildren(QGroupBox) if g.isVisible()]
        clashes: dict[str, list[str]] = {}
        for text in texts:
            if alt_letter(text) in tops:
                clashes.setdefault(alt_letter(text), []).append(text)
        if clashes:
            found[panel.tabs.tabBar().accessibleTabName(i) or panel.tabs.tabText(i)] = clashes
    return found
