"""Issue 11: the interface in Spanish (View ▸ Language or the system locale), and room for longer words.

Spanish: menus, tabs, Qt's own standard buttons and dates read in Spanish. A pseudo-translation
(every string 40 % longer, with accents) shows no cut label or button in the main window, each
tab, the case form and a message box at 100 %.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import language, messages
from tests.ui.test_large_text import cut_texts


def _open(qtbot, data_dir, choice: str | None = None):
    from app.ui.application import make_application, open_window
    make_application([])
    if choice is not None:  # as a person's earlier choice: the data folder exists, with its UI state
        from app.store.storage import Database
        from app.ui.ui_state import UiState
        Database.open_folder(data_dir).close()
        state = UiState(data_dir)
        state.set_text(language.STATE_KEY, choice)
        state.sync()
    win, db = open_window(data_dir)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win, db


@pytest.fixture
def back_to_english():
    yield
    language.install(QApplication.instance(), language.ENGLISH)


@pytest.fixture
def spanish_window(qtbot, data_dir, back_to_english):
    win, db = _open(qtbot, data_dir, language.SPANISH)
    yield win
    win.close()
    db.close()


def test_menus_tabs_and_the_guide_note_are_in_spanish(spanish_window):
    bar = spanish_window.menuBar()
    assert [a.text() for a in bar.actions()] == ["&Archivo", "&Editar", "&Ver", "&Guía", "&Opinión", "A&yuda"]
    tabs = spanish_window.workspace_panel.tabs
    # the full names (said by a screen reader; shown when they all fit, else the short ones are)
    assert [tabs.tabBar().accessibleTabName(i) for i in range(3)] == ["Lado a lado", "Una opinión", "Mis preguntas"]
    assert [tabs.tabText(i) for i in range(3)] in (["Lado a lado", "Una opinión", "Mis preguntas"],
                                                   ["Comparar", "Opinión", "Preguntas"])
    note = spanish_window.guide_view.language_note
    assert note.isVisible() and "inglés" in note.text()


def test_the_example_case_reads_in_spanish_with_spanish_dates(spanish_window):
    panel = spanish_window.workspace_panel
    panel.actions["example_case"].trigger()
    model = panel.grid.model()
    from PySide6.QtCore import Qt
    headings = [model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) for r in range(3)]
    assert headings[0].startswith("El diagnóstico tal como lo describen"), headings
    assert headings[1].startswith("Etapa o extensión"), headings
    countdown = panel.countdown.text()
    if countdown:  # the example case's decide-by date, in Spanish words
        assert ("Decidir antes del" in countdown or "La fecha para decidir" in countdown), countdown
        assert not re.search(r"January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|days left", countdown), countdown


def test_dates_and_numbers_follow_spanish(spanish_window):
    from app.ui.core_strings import countdown_text, long_date
    assert long_date("2026-12-17") == "17 de diciembre de 2026"
    from datetime import date
    assert (countdown_text("2026-12-17", date(2026, 11, 26))
            == "Decidir antes del 17 de diciembre de 2026: faltan 21 días")
    assert QLocale().language() == QLocale.Language.Spanish


def test_standard_buttons_speak_spanish(spanish_window):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel, spanish_window)
    words = [box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes,
                                                             QMessageBox.StandardButton.No,
                                                             QMessageBox.StandardButton.Cancel)]
    assert words == ["Sí", "No", "Cancelar"]
    box.deleteLater()


def test_the_system_locale_picks_spanish_by_default():
    assert language.interface_language(language.SYSTEM, QLocale("es_MX")) == language.SPANISH
    assert language.interface_language(language.SYSTEM, QLocale("en_GB")) == language.ENGLISH
    assert language.interface_language(language.ENGLISH, QLocale("es_MX")) == language.ENGLISH


def test_choosing_a_language_in_the_view_menu_is_remembered_and_explained(qtbot, window, data_dir, monkeypatch,
                                                                          back_to_english):
    told = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: told.append((title, text)))
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    sub = next(a.menu() for a in view.actions() if a.menu() is not None and a.text() == "Lan&guage")
    spanish = next(a for a in sub.actions() if a.data() == language.SPANISH)
    spanish.trigger()
    from app.ui.ui_state import UiState
    assert UiState(data_dir).text(language.STATE_KEY) == language.SPANISH
    assert told and "próxima vez" in told[0][1]  # told in the language just chosen
    assert spanish.isChecked()
    # the next start is in Spanish
    window.close()
    win, db = _open(qtbot, data_dir)
    try:
        assert win.menuBar().actions()[0].text() == "&Archivo"
    finally:
        win.close()
        db.close()


# ---- pseudo-translation: every string 40 % longer, with accents -----------------------------------
ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéîõüÅÉÎÕÜçñýÇÑÝ")
SLOT = re.compile(r"(\{[a-z0-9_]*\}|%\d|&&|&.|\n)")


def pseudo(text: str) -> str:
    if not text or not re.search(r"[A-Za-z]", text) or text.startswith("d MMMM"):
        return text
    parts = SLOT.split(text)
    out = "".join(p if SLOT.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    longer = max(2, round(len(text) * 0.4) - 2)
    # the padding goes into the longest line, as a translation would lengthen each line
    lines = out.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = "[" + lines[longest] + " " + ("ĕxțèndéd " * (longer // 9 + 1))[:longer - 1] + "]"
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return pseudo(source)

    def isEmpty(self):
        return False


def test_pseudo_adds_forty_percent_and_keeps_placeholders():
    text = pseudo("Delete the case “{0}” and &everything")
    assert "{0}" in text and "&e" in text and len(text) >= 1.4 * len("Delete the case “{0}” and &everything")


def test_longer_words_are_never_cut(qtbot, data_dir, monkeypatch):
    app = QApplication.instance()
    from app.ui.application import make_application
    make_application([])
    pseudo_translator = PseudoTranslator(QApplication.instance())
    QApplication.instance().installTranslator(pseudo_translator)
    try:
        win, db = _open(qtbot, data_dir)
        try:
            assert win.menuBar().actions()[0].text().startswith("[")  # the pseudo words are on screen
            cut = {"welcome": cut_texts(win)}
            panel = win.workspace_panel
            panel.actions["example_case"].trigger()
            for index in range(panel.tabs.count()):
                panel.tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: panel.tabs.currentWidget().isVisible())
                QApplication.processEvents()
                cut[panel.tabs.tabText(index)] = cut_texts(win)
            # the case form and a message box, as they open
            from app.ui.workspace import workspace_panel as wp
            from app.ui.workspace.case_dialog import CaseDialog

            def look_at_form(parent, case, heading):
                dialog = CaseDialog(case, parent, heading)
                dialog.show()
                qtbot.waitExposed(dialog)
                cut["case form"] = cut_texts(dialog)
                dialog.reject()
                return None
            monkeypatch.setattr(wp, "edit_case_details", look_at_form)
            panel.edit_case()

            def look_at_box():
                box = next(w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
                cut["message box"] = cut_texts(box)
                box.reject()
            QTimer.singleShot(0, look_at_box)
            messages.confirm(win, win.tr("Delete case"), panel.tr("Delete the case “{0}” and everything in it? "
                             "You can undo this with Edit ▸ Undo.").format("x"), panel.tr("Delete case"))
            assert "message box" in cut and "case form" in cut
            assert {where: found for where, found in cut.items() if found} == {}
        finally:
            win.close()
            db.close()
    finally:
        QApplication.instance().removeTranslator(pseudo_translator)
