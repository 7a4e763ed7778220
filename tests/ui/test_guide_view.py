"""The guide navigator in the real window: reading, moving, searching, links, questions."""
from __future__ import annotations

import socket
import unicodedata

import pytest
from PySide6.QtCore import Qt, QUrl

from app.guide.content import GLOSSARY_ID
from app.store.storage import Database
from app.ui import messages
from app.ui.guide import guide_view
from app.ui.paperwork import printing


def click_link(window, href: str) -> None:
    window.guide_view.reader.anchorClicked.emit(QUrl(href))


def test_tree_lists_topics_and_sections_and_remembers_what_was_read(window):
    view = window.guide_view
    titles = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert len(titles) == len(view.guide.topics) + 1
    view.show_topic("timing")
    item = view._top_item("timing")
    assert item.childCount() >= 3 and item.text(0).startswith("✓ ")
    assert "timing" in view.state.words("guide/read")


def test_back_forward_previous_next(window):
    view = window.guide_view
    view.show_topic("timing")
    view.next_topic()
    assert view.current == "reasons"
    view.back()
    assert view.current == "timing"
    view.forward()
    assert view.current == "reasons"
    view.previous_topic()
    assert view.current == "timing"
    view.show_topic("resources")
    view.next_topic()
    assert view.current == GLOSSARY_ID and not view.buttons["next"].isEnabled()


def test_choosing_a_section_scrolls_to_it(window):
    view = window.guide_view
    view.resize(400, 300)
    section = view.guide.sections("comparing")[-1]
    view.show_topic("comparing", section=section)
    assert view.reader.textCursor().block().text() == section
    assert view.reader.verticalScrollBar().value() > 0


def test_search_lists_matches_and_highlights_them(qtbot, window):
    view = window.guide_view
    qtbot.keyClicks(view.search_box, "slides")
    assert view.tree.topLevelItemCount() >= 2
    first = view.tree.topLevelItem(0)
    view._tree_activated(first)
    assert len(view.reader.extraSelections()) >= 1
    assert all(s.cursor.selectedText().lower() == "slides" for s in view.reader.extraSelections())
    view.show_topic("intro")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)  # Enter opens the best match
    assert view.current == first.data(0, guide_view.ID_ROLE)
    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)  # Down moves into the list of matches
    assert view.tree.hasFocus() and view.tree.currentItem() is view.tree.topLevelItem(0)
    view.search_box.clear()
    qtbot.keyClicks(view.search_box, "qwxzv")
    assert view.tree.topLevelItem(0).text(0).startswith("No matches")


def test_glossary_link_shows_the_meaning(window):
    view = window.guide_view
    view.show_topic("process")
    click_link(window, "glossary:biopsy")
    assert view.meaning.isVisible() or view.meaning.text()
    assert view.meaning.text().startswith("Biopsy:")


def test_web_address_opens_only_after_confirmation(window, monkeypatch):
    opened = []
    monkeypatch.setattr(guide_view, "open_web_address", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    click_link(window, "https://www.cancer.gov")
    assert opened == []
    monkeypatch.setattr(messages, "confirm", lambda *a: True)
    click_link(window, "https://www.cancer.gov")
    assert opened == ["https://www.cancer.gov"]


def test_links_are_never_followed_by_the_browser_itself(window):
    assert not window.guide_view.reader.openLinks()
    assert not window.guide_view.reader.openExternalLinks()


def test_adding_a_guide_question_puts_it_in_the_case_and_it_survives_a_restart(qtbot, window, data_dir):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    window.guide_view.show_topic("timing")
    click_link(window, "addq:timing/0")
    question = window.guide_view.guide.topic("timing").questions[0]
    assert panel.question_model.index(0).data() == question
    assert panel.tabs.currentIndex() == 2
    window.close()
    db = Database.open_folder(data_dir)
    stored = db.list_questions(case_id)
    db.close()
    assert [(q.text, q.origin) for q in stored] == [(question, "guide:timing")]


def test_adding_a_question_without_a_case_explains(window, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    click_link(window, "addq:memory/1")
    assert shown and "case" in shown[0]


def test_workspace_links_act(window, monkeypatch):
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(1)
    click_link(window, "action:compare-opinions")
    assert panel.tabs.currentIndex() == 0
    monkeypatch.setattr("app.ui.workspace.workspace_panel.edit_case_details",
                        lambda parent, case, heading: {"decide_by": "2027-01-15"})
    click_link(window, "action:set-decide-by")
    assert panel.history.workspace.case(panel.case_id).decide_by == "2027-01-15"
    assert "15 January 2027" in panel.countdown.text()
    before = panel.model.columnCount()
    click_link(window, "action:add-opinion")
    assert panel.model.columnCount() == before + 1


def test_the_guide_makes_no_network_connection(qtbot, window, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the app tried to open a network connection")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    view = window.guide_view
    for topic_id in view.guide.topic_ids() + [GLOSSARY_ID]:
        view.show_topic(topic_id)
    qtbot.keyClicks(view.search_box, "second opinion")
    click_link(window, "glossary:pdq")
    monkeypatch.setattr(messages, "confirm", lambda *a: False)
    click_link(window, "https://www.nccn.org")


def test_a_topic_can_be_saved_as_pdf(window, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "topic.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested: str(out))
    window.guide_view.show_topic("timing")
    window.save_topic_pdf()
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    text = "".join(unicodedata.normalize("NFKC", text).split())  # Qt's PDF text has odd spacing
    assert "Istheretimetogetasecondopinion?" in text
    assert "Lastreviewed" in text


def test_a_pdf_that_cannot_be_written_explains(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(printing, "ask_pdf_path",
                        lambda parent, suggested: str(tmp_path / "missing-folder" / "x.pdf"))
    window.save_topic_pdf()
    assert shown and "not saved" in shown[0]


def test_question_list_is_ordered_editable_and_printable(qtbot, window, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    panel = window.workspace_panel
    panel.actions["example_case"].trigger()
    panel.show_tab(2)
    qp = panel.questions
    for text in ("Is there time?", "Would you talk with Dr. Rivera?", "<b>Is</b> this plain?"):
        qtbot.keyClicks(qp.entry, text)
        qtbot.keyClick(qp.entry, Qt.Key.Key_Return)
    model = panel.question_model
    assert [model.index(i).data() for i in range(3)][0] == "Is there time?"
    qp.view.setCurrentIndex(model.index(1))
    qp.buttons["up"].click()
    assert model.index(0).data() == "Would you talk with Dr. Rivera?"
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert panel.history.workspace.questions(panel.case_id)[1].status == "asked"
    out = tmp_path / "q.pdf"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda parent, suggested: str(out))
    qp.buttons["pdf"].click()
    raw = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    text = "".join(unicodedata.normalize("NFKC", raw).split())
    assert "Wouldyoutalkwith" in text and "<b>Is</b>thisplain?" in text
    qp.view.setCurrentIndex(model.index(2))
    qp.buttons["delete"].click()
    assert model.rowCount() == 2
    window.history.undo()
    assert model.rowCount() == 3


def test_a_glossary_term_can_be_opened_with_the_keyboard(qtbot, window):
    view = window.guide_view
    view.show_topic("timing")
    view.reader.setFocus()
    for _ in range(40):  # Tab walks from link to link inside the text
        qtbot.keyClick(view.reader, Qt.Key.Key_Tab)
        if view.reader.textCursor().charFormat().anchorHref().startswith("glossary:"):
            break
    href = view.reader.textCursor().charFormat().anchorHref()
    assert href.startswith("glossary:")
    qtbot.keyClick(view.reader, Qt.Key.Key_Return)
    assert view.meaning.text().startswith(view.guide.glossary[href.split(":")[1]].term + ":")
