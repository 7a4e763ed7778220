"""The guide navigator (left half): topic tree, search, reading pane, glossary.

Links never open by themselves: guide links navigate, glossary links show the
meaning, workspace links ask the window to act (signal action_requested), and
web addresses go to the system browser only after the person says yes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.guide.content import GLOSSARY_ID, Guide
from app.guide.render import topic_markdown
from app.ui import messages
from app.ui.appearance import follow_palette, quiet_text, search_mark
from app.ui.language import ENGLISH, current_language
from app.ui.ui_state import UiState
from app.ui.widgets.action_row import ActionRow
from app.ui.widgets.labels import plain_label

if TYPE_CHECKING:  # only named in annotations; the class is built when a link is first used
    from PySide6.QtCore import QUrl

ID_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 2  # the search words to mark when a match is opened
READ_MARK = "✓ "


def open_web_address(url: QUrl) -> bool:
    """Seam: hand an address to the system browser."""
    from PySide6.QtGui import QDesktopServices
    return QDesktopServices.openUrl(url)


class SearchBox(QLineEdit):
    """The guide's search field. Down arrow hands over to the list of matches (keyboard use)."""

    def __init__(self, on_down, parent=None):
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event):  # only key presses reach Python, not every event of the field
        if event.key() == Qt.Key.Key_Down and self._on_down():
            return
        super().keyPressEvent(event)


class GuideView(QWidget):
    """Signals: action_requested(str) for a workspace link ('set-decide-by', ...);
    question_requested(str topic_id, str text) for 'Add to my questions'."""
    action_requested = Signal(str)
    question_requested = Signal(str, str)

    def __init__(self, guide: Guide, state: UiState, parent=None):
        super().__init__(parent)
        self.guide = guide
        self.state = state
        self._searcher = None  # built on the first search
        self.current: str | None = None
        self.read: set[str] = set(state.words("guide/read"))
        self._back: list[str] = []
        self._forward: list[str] = []
        self._marked = ""  # the search words marked in the reader now
        self._link_colour = None  # the link colour the reader's text was laid out with

        self.search_box = SearchBox(self._down_from_search, self)
        self.search_box.setPlaceholderText(self.tr("Search the guide and glossary"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the guide"))
        self.search_box.textChanged.connect(self._search)
        self.search_box.returnPressed.connect(self._open_first_hit)
        self.buttons: dict[str, QAction] = {}
        # Ctrl+PgUp/PgDown belong to tabs (Qt and KDE habit); topics move with Alt+PgUp/PgDown
        for key, text, tip, shortcut, slot in (
                ("back", self.tr("◀ &Back"), self.tr("Back"), "Alt+Left", self.back),
                ("forward", self.tr("&Forward ▶"), self.tr("Forward"), "Alt+Right", self.forward),
                ("previous", self.tr("↑ &Previous topic"), self.tr("Previous topic"), "Alt+PgUp", self.previous_topic),
                ("next", self.tr("&Next topic ↓"), self.tr("Next topic"), "Alt+PgDown", self.next_topic)):
            action = QAction(text, self)
            action.setToolTip(self.tr("{0} ({1})").format(tip, shortcut))
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.buttons[key] = action
        # buttons that wrap onto a second line rather than folding into an unnamed "»"
        nav = ActionRow(list(self.buttons.values()), self.tr("Guide navigation"), self)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Guide topics"))
        self.tree.itemActivated.connect(self._tree_activated)
        self.tree.itemClicked.connect(self._tree_activated)
        self.reader = QTextBrowser(self)
        self.reader.setOpenLinks(False)
        self.reader.setOpenExternalLinks(False)
        self.reader.setAccessibleName(self.tr("Guide text"))
        self.reader.anchorClicked.connect(self._link_clicked)
        self.reader.highlighted.connect(self._link_hovered)
        self.meaning = QLabel(self)
        self.meaning.setTextFormat(Qt.TextFormat.PlainText)
        self.meaning.setWordWrap(True)
        self.meaning.setObjectName("glossary_meaning")
        self.meaning.hide()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        reading = QWidget(self)
        rl = QVBoxLayout(reading)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.reader, 1)
        rl.addWidget(self.meaning)
        split.addWidget(reading)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if current_language() != ENGLISH:  # the guide text itself is not translated yet: say so, in their language
            self.language_note = plain_label(self.tr("The guide is only in English for now. The rest of the app "
                                                     "is in your language."), self)
            self.language_note.setObjectName("guide_language_note")
            layout.addWidget(self.language_note)
        layout.addWidget(self.search_box)
        layout.addWidget(nav)
        layout.addWidget(split, 1)
        self._fill_tree()
        self.show_topic(state.text("guide/topic", guide.topics[0].id), remember=False)
        follow_palette(self._palette_changed)

    # ---- the tree ----------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        self.tree.clear()
        for topic_id in self.guide.topic_ids() + [GLOSSARY_ID]:
            item = QTreeWidgetItem([self._tree_title(topic_id)])
            item.setData(0, ID_ROLE, topic_id)
            self.tree.addTopLevelItem(item)

    def _tree_title(self, topic_id: str) -> str:
        return (READ_MARK if topic_id in self.read else "") + self.guide.title(topic_id)

    def _add_sections(self, item: QTreeWidgetItem) -> None:
        topic_id = item.data(0, ID_ROLE)
        if item.childCount() or topic_id == GLOSSARY_ID:
            return
        for name in self.guide.sections(topic_id):
            child = QTreeWidgetItem([name])
            child.setData(0, ID_ROLE, topic_id)
            child.setData(0, SECTION_ROLE, name)
            item.addChild(child)

    def _tree_activated(self, item: QTreeWidgetItem, _column=0) -> None:
        self.show_topic(item.data(0, ID_ROLE), section=item.data(0, SECTION_ROLE) or "",
                        highlight=item.data(0, HIGHLIGHT_ROLE) or "")

    def _top_item(self, topic_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == topic_id:
                return item
        return None

    # ---- showing a topic --------------------------------------------------------------------------
    def show_topic(self, topic_id: str, section: str = "", highlight: str = "",
                   remember: bool = True) -> None:
        if topic_id not in self.guide.topic_ids() + [GLOSSARY_ID]:
            topic_id = self.guide.topics[0].id
        if topic_id != self.current:
            if remember and self.current is not None:
                self._back.append(self.current)
                self._forward.clear()
            self.current = topic_id
            self._render()
            self.reader.moveCursor(QTextCursor.MoveOperation.Start)
            self.meaning.hide()
            self._mark_read(topic_id)
            self.state.set_text("guide/topic", topic_id)
        if section:
            self._scroll_to_heading(section)
        else:
            self.reader.verticalScrollBar().setValue(0)
        self.highlight(highlight)
        item = self._top_item(topic_id)
        if item is not None and not self.search_box.text():
            self._add_sections(item)
            item.setExpanded(True)
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
        self._update_buttons()

    def _render(self) -> None:
        # Qt fixes a link's colour from the application palette when the text is laid out
        self._link_colour = QGuiApplication.palette().color(QPalette.ColorRole.Link).rgba()
        self.reader.document().setMarkdown(topic_markdown(self.guide, self.current))

    def _palette_changed(self, *_) -> None:
        """A new palette (dark, light, high contrast): links, marks and excerpts follow it
        (app.ui.appearance.follow_palette)."""
        if self.current is None:
            return
        if QGuiApplication.palette().color(QPalette.ColorRole.Link).rgba() != self._link_colour:
            bar = self.reader.verticalScrollBar()
            where = bar.value()
            self._render()
            bar.setValue(where)
        if self._marked:
            self.highlight(self._marked)
        colour = quiet_text(self.palette())
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            for j in range(item.childCount()):
                if item.child(j).data(0, HIGHLIGHT_ROLE):
                    item.child(j).setForeground(0, colour)

    def _mark_read(self, topic_id: str) -> None:
        self.read.add(topic_id)
        self.state.set_words("guide/read", self.read)
        item = self._top_item(topic_id)
        if item is not None:
            item.setText(0, self._tree_title(topic_id))

    def _scroll_to_heading(self, heading: str) -> None:
        doc = self.reader.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == heading.strip():
                cursor = QTextCursor(block)
                self.reader.setTextCursor(cursor)
                top = doc.documentLayout().blockBoundingRect(block).top()
                self.reader.verticalScrollBar().setValue(int(top))
                return
            block = block.next()

    @property
    def searcher(self):
        if self._searcher is None:
            from app.guide.search import GuideSearch
            self._searcher = GuideSearch(self.guide)
        return self._searcher

    def highlight(self, query: str) -> int:
        """Mark every match of the query's words; returns how many were marked."""
        if not query and not self.reader.extraSelections():
            return 0  # nothing to mark or to clear (as on every plain topic change)
        from app.guide.search import query_words
        words = query_words(query)
        from PySide6.QtGui import QTextCharFormat
        self._marked = query
        selections = []
        fmt = QTextCharFormat()
        background, text = search_mark(self.palette())
        fmt.setBackground(background)
        fmt.setForeground(text)
        doc = self.reader.document()
        for word in words:
            cursor = doc.find(word, 0)
            while not cursor.isNull():
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                cursor = doc.find(word, cursor)
        self.reader.setExtraSelections(selections)
        if selections and not self.reader.textCursor().hasSelection():
            self.reader.setTextCursor(QTextCursor(selections[0].cursor.block()))
            self.reader.ensureCursorVisible()
        return len(selections)

    # ---- moving around ---------------------------------------------------------------------------
    def back(self) -> None:
        if self._back:
            self._forward.append(self.current)
            self.show_topic(self._back.pop(), remember=False)

    def forward(self) -> None:
        if self._forward:
            self._back.append(self.current)
            self.show_topic(self._forward.pop(), remember=False)

    def previous_topic(self) -> None:
        prev, _ = self.guide.neighbours(self.current)
        if prev:
            self.show_topic(prev)

    def next_topic(self) -> None:
        _, nxt = self.guide.neighbours(self.current)
        if nxt:
            self.show_topic(nxt)

    def _update_buttons(self) -> None:
        prev, nxt = self.guide.neighbours(self.current)
        self.buttons["back"].setEnabled(bool(self._back))
        self.buttons["forward"].setEnabled(bool(self._forward))
        self.buttons["previous"].setEnabled(prev is not None)
        self.buttons["next"].setEnabled(nxt is not None)

    # ---- search ------------------------------------------------------------------------------------
    def _search(self, query: str) -> None:
        from app.guide.search import query_words
        if not query_words(query):
            self._fill_tree()
            self.show_topic(self.current, remember=False)
            return
        self.tree.clear()
        hits = self.searcher.search(query)
        if not hits:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No matches. Try another word.")]))
            return
        for hit in hits:
            where = self.guide.title(hit.topic_id) + (f" › {hit.section}" if hit.section else "")
            item = QTreeWidgetItem([where])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            snippet = QTreeWidgetItem([hit.snippet])
            snippet.setForeground(0, quiet_text(self.palette()))
            item.addChild(snippet)
            for each in (item, snippet):
                each.setData(0, ID_ROLE, hit.topic_id)
                each.setData(0, SECTION_ROLE, hit.section if hit.topic_id != GLOSSARY_ID else "")
                each.setData(0, HIGHLIGHT_ROLE, query)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)

    def _open_first_hit(self) -> None:
        first = self.tree.topLevelItem(0)
        if first is not None and first.data(0, ID_ROLE):
            self._tree_activated(first)

    def _down_from_search(self) -> bool:
        """Down arrow in the search box moves to the list of matches (keyboard use)."""
        if not self.tree.topLevelItemCount():
            return False
        self.tree.setFocus()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        return True

    # ---- links -------------------------------------------------------------------------------------
    def _link_clicked(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "topic":
            self.show_topic(target)
        elif scheme == "glossary":
            self.show_meaning(target)
        elif scheme == "action":
            self.action_requested.emit(target)
        elif scheme == "addq":
            topic_id, _, number = target.partition("/")
            self.question_requested.emit(topic_id, self.guide.topic(topic_id).questions[int(number)])
        elif scheme in ("http", "https"):
            if messages.confirm(self, self.tr("Open in your web browser?"),
                                self.tr("This will open {0} in your web browser, which uses "
                                "the internet. This app itself never goes online.").format(url.toString()),
                                self.tr("Open browser")):
                open_web_address(url)

    def show_meaning(self, term_id: str) -> None:
        term = self.guide.glossary.get(term_id)
        if term is not None:
            self.meaning.setText(f"{term.term}: {term.definition}")
            self.meaning.show()

    def _link_hovered(self, url: QUrl) -> None:
        if url.scheme() == "glossary" and url.path() in self.guide.glossary:
            term = self.guide.glossary[url.path()]
            from PySide6.QtWidgets import QToolTip
            QToolTip.showText(self.cursor().pos(), f"{term.term}: {term.definition}", self.reader)

    def print_document(self) -> QTextDocument:
        return self.reader.document()
