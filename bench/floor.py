"""A reference for the start-up budget: the app's first screen built by one flat script.

Same data (read with the app's core), same widgets, texts, sizes and settings as the real
window (the guide with its first topic, the case picker, the side-by-side grid with its rows
fitted, menus, tool bars, status bar; Qt's fill thread pool off and the cycle collector paused
as in main.py), but none of the app's own machinery: no undo history, no live model (a
QStandardItemModel filled once), no lazy tabs, no saved layout, no signals. What it costs is
roughly what Qt and PySide themselves cost for this screen, so app ÷ floor shows what our own
code adds, and floor ÷ bare how much room a budget against a bare window leaves.
It is an estimate, not a second app: it is never shown to anyone.
"""
from __future__ import annotations

# Runs as `python -c FLOOR DATA_DIR` in the start-up benchmark's child environment; it ends with
# the same report as the other children (startup._REPORT, put between START and END there).
START = r'''
import time
T0 = time.perf_counter()
import gc, json, os, resource, sys
from pathlib import Path
gc.disable()  # as main.pause_collector()
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as application.paint_without_helper_threads()
import main
main._preload_core()
from app.comparison import row_aspect
from app.guide.content import Guide
from app.guide.render import topic_markdown
from app.storage import Database
from app.workspace import Workspace
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QSplitter, QTableView, QTabWidget, QTextBrowser, QToolBar,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)
from app.ui.comparison_model import cell_text

app = QApplication(sys.argv)
font = app.font()
font.setPointSizeF(max(font.pointSizeF(), 12.0))
app.setFont(font)
icon = QIcon()
for size in (16, 32, 48, 64, 128, 256):
    icon.addFile(f"app/resources/icons/second-opinion-companion-{size}.png")
app.setWindowIcon(icon)
ws = Workspace(Database.open_folder(Path(sys.argv[1])))
guide = Guide()
window = QMainWindow()
for title, count in (("&File", 7), ("&Edit", 2), ("&View", 8), ("&Opinion", 8), ("&Help", 1)):
    menu = window.menuBar().addMenu(title)
    for n in range(count):
        menu.addAction(QAction(f"{title[1:]} {n}", window))

left = QWidget()
ll = QVBoxLayout(left)
search = QLineEdit()
search.setPlaceholderText("Search the guide and glossary")
search.setClearButtonEnabled(True)
ll.addWidget(search)
nav = QToolBar()
for text in ("◀ Back", "Forward ▶", "↑ Previous topic", "Next topic ↓"):
    nav.addAction(QAction(text, window))
ll.addWidget(nav)
tree = QTreeWidget()
tree.setHeaderHidden(True)
for topic_id in guide.topic_ids() + ["glossary"]:
    tree.addTopLevelItem(QTreeWidgetItem([guide.title(topic_id)]))
first = tree.topLevelItem(0)
for name in guide.sections(guide.topics[0].id):
    first.addChild(QTreeWidgetItem([name]))
first.setExpanded(True)
reader = QTextBrowser()
reader.document().setMarkdown(topic_markdown(guide, guide.topics[0].id))
reader.moveCursor(QTextCursor.MoveOperation.Start)
split = QSplitter(Qt.Orientation.Vertical)
split.addWidget(tree)
split.addWidget(reader)
split.setStretchFactor(1, 3)
ll.addWidget(split, 1)

right = QWidget()
rl = QVBoxLayout(right)
bar = QHBoxLayout()
picker = QComboBox()
for summary in ws.case_summaries():
    picker.addItem(summary.title, summary.id)
bar.addWidget(QLabel("Case:"))
bar.addWidget(picker, 1)
case_tools = QToolBar()
for text in ("New case…", "Case details…", "Delete case…"):
    case_tools.addAction(QAction(text, window))
bar.addWidget(case_tools)
rl.addLayout(bar)
countdown = QLabel("Decide by 16 December 2026 — 21 days left")
countdown.setWordWrap(True)
rl.addWidget(countdown)
page = QWidget()
pl = QVBoxLayout(page)
tools = QToolBar()
for text in ("Add an opinion", "Remove this opinion…", "Move opinion left", "Move opinion right",
             "Ask about this row", "Show only rows that differ", "Add a row of my own…", "Remove my own row…"):
    tools.addAction(QAction(text, window))
pl.addWidget(tools)
hint = QLabel("Type straight into a cell (Tab to finish). Rows marked ≠ have different entries — "
              "you decide whether they truly differ.")
hint.setWordWrap(True)
pl.addWidget(hint)
case = ws.case(ws.case_summaries()[0].id)
model = QStandardItemModel(len(case.row_keys()), len(case.opinions))
for column, opinion in enumerate(case.opinions):
    details = ", ".join(p for p in (opinion.specialty, opinion.institution) if p)
    heading = "\n".join(p for p in (opinion.label, opinion.doctor, details) if p)
    model.setHorizontalHeaderItem(column, QStandardItem(heading))
for row, key in enumerate(case.row_keys()):
    aspect = row_aspect(case, key)
    model.setVerticalHeaderItem(row, QStandardItem(aspect.label))
    for column, opinion in enumerate(case.opinions):
        item = QStandardItem(cell_text(aspect.kind, opinion.answer(aspect.key)))
        item.setBackground(QColor(255, 244, 214))
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        model.setItem(row, column, item)
grid = QTableView()
grid.setModel(model)
grid.setWordWrap(True)
grid.setAlternatingRowColors(True)
grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
grid.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                          | Qt.TextFlag.TextWordWrap)
grid.verticalHeader().setFixedWidth(max(180, grid.fontMetrics().averageCharWidth() * 26))
pl.addWidget(grid, 1)


def fit_rows():  # as ComparisonView.fit_rows: once the grid has its size
    grid.updateGeometries()
    line = grid.fontMetrics().lineSpacing()
    for row in range(model.rowCount()):
        grid.resizeRowToContents(row)
        grid.setRowHeight(row, min(max(grid.rowHeight(row), line * 2 + 8), 320))


QTimer.singleShot(0, fit_rows)
tabs = QTabWidget()
tabs.addTab(page, "Side by side")
tabs.addTab(QWidget(), "One opinion")
tabs.addTab(QWidget(), "My questions")
rl.addWidget(tabs, 1)
halves = QSplitter(Qt.Orientation.Horizontal)
halves.addWidget(left)
halves.addWidget(right)
halves.setSizes([498, 778])  # as the app's window at 1280 × 800
window.setCentralWidget(halves)
window.statusBar().addPermanentWidget(QLabel("Saved"))
window.resize(1280, 800)
window.show()
gc.freeze()
gc.enable()
'''

END = r'''
size = [window.width(), window.height()]
window.close()
app.quit()
print(json.dumps({"shown_s": shown, "shown_at": shown_at,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "size": size}))
'''
