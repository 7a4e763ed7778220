"""Saving as PDF: starts in Documents, says where the file went, explains a failure, right paper."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtGui import QAction, QTextDocument

from app.ui import messages
from app.ui.paperwork import printing


def pdf_words(path: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    raw = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return "".join(unicodedata.normalize("NFKC", raw).split())  # Qt's PDFs: tabs and ligatures


def file_menu_pdf_action(window) -> QAction:
    return next(a for a in window.findChildren(QAction)
                if a.text().replace("&", "").startswith("Save guide topic as PDF"))


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The system's save dialog, answered with a file in tmp_path/chosen; records where it opened."""
    opened = []
    chosen = tmp_path / "chosen"
    chosen.mkdir()

    def answer(parent, caption, start, filters):
        opened.append(start)
        return str(chosen / Path(start).name), filters
    monkeypatch.setattr("app.ui.paperwork.printing.QFileDialog.getSaveFileName", answer)
    return opened


def test_the_topic_pdf_starts_in_documents_and_the_status_bar_says_where_it_went(
        window, data_dir, save_dialog, tmp_path):
    window.guide_view.show_topic("timing")
    file_menu_pdf_action(window).trigger()

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(save_dialog[0])
    assert documents and start.parent == Path(documents)
    assert data_dir.resolve() not in start.resolve().parents
    assert start.name == "Is there time to get a second opinion.pdf"  # no "?" in a file name
    written = tmp_path / "chosen" / start.name
    assert str(written) in window.statusBar().currentMessage()
    assert "Istheretimetogetasecondopinion?" in pdf_words(written)
    assert list((tmp_path / "chosen").iterdir()) == [written]  # no temporary file left beside it


def test_the_question_list_pdf_says_where_it_went(qtbot, window, save_dialog, tmp_path):
    from PySide6.QtCore import Qt
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(2)
    qtbot.keyClicks(panel.questions.entry, "Can we wait two weeks?")
    qtbot.keyClick(panel.questions.entry, Qt.Key.Key_Return)
    panel.questions.buttons["pdf"].click()
    written = tmp_path / "chosen" / "My questions.pdf"
    assert Path(save_dialog[0]).name == "My questions.pdf"
    assert str(written) in window.statusBar().currentMessage()
    assert "Canwewaittwoweeks?" in pdf_words(written)


def test_a_pdf_that_cannot_be_written_says_why_and_claims_nothing(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append((title, text)))
    missing = tmp_path / "no such folder" / "topic.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested: str(missing))
    window.statusBar().clearMessage()
    file_menu_pdf_action(window).trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Could not save the PDF"
    assert "not saved" in text and "it is not there (was a drive taken out?)" in text and str(missing.parent) in text
    assert "Nothing you typed in the app has changed" in text
    assert window.statusBar().currentMessage() == ""
    assert not missing.parent.exists()


def test_an_earlier_pdf_is_kept_when_a_new_one_cannot_be_written(window, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    earlier = folder / "topic.pdf"
    earlier.write_bytes(b"%PDF-1.4 the person's earlier file\n%%EOF\n")
    monkeypatch.setattr(messages, "show_error", lambda *a: None)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("app.ui.paperwork.printing.os.replace", fail)
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested: str(earlier))
    file_menu_pdf_action(window).trigger()
    assert earlier.read_bytes() == b"%PDF-1.4 the person's earlier file\n%%EOF\n"
    assert list(folder.iterdir()) == [earlier]  # the half-done temporary file is gone


@pytest.mark.parametrize("territory, points", [
    (QLocale.Country.Germany, (595, 842)),        # A4
    (QLocale.Country.UnitedStates, (612, 792)),   # Letter
])
def test_paper_follows_the_locale_and_landscape_turns_it(qtbot, tmp_path, territory, points):
    pypdf = pytest.importorskip("pypdf")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, territory))
    try:
        document = QTextDocument()
        document.setPlainText("A page of plain text.")
        upright, turned = tmp_path / "upright.pdf", tmp_path / "turned.pdf"
        printing.save_pdf(document, str(upright))
        printing.save_pdf(document, str(turned), landscape=True)
    finally:
        QLocale.setDefault(before)
    box = pypdf.PdfReader(upright).pages[0].mediabox
    assert (round(box.width), round(box.height)) == points
    box = pypdf.PdfReader(turned).pages[0].mediabox
    assert (round(box.width), round(box.height)) == points[::-1]
    assert "Apageofplaintext." in pdf_words(upright)
