"""The wrapping row of action buttons: the height it claims follows its buttons (the layout
keeps measured heights only until something in it changes)."""
from __future__ import annotations

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import appearance
from app.ui.widgets.action_row import ActionRow


def make_row(qtbot, texts):
    # as in the app: its appearance sets an application style sheet (the focus ring), under which
    # a widget keeps the font it was polished with
    appearance.install(QApplication.instance(), appearance.SYSTEM)
    host = QWidget()
    qtbot.addWidget(host)
    actions = [QAction(text, host) for text in texts]
    row = ActionRow(actions, "Test actions", host)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    return host, row, actions


def test_the_row_wraps_and_claims_the_height_of_its_lines(qtbot):
    _host, row, actions = make_row(qtbot, ["Add", "Remove"])  # the host keeps the row alive
    flow = row.layout()
    one_line = flow.heightForWidth(300)
    assert flow.heightForWidth(300) == one_line  # asked again: the same
    actions[0].setText("A much longer name for the first action, so long it needs a line")
    QApplication.processEvents()
    assert flow.heightForWidth(300) > one_line  # the longer button pushed the other onto a new line
    row.buttons[actions[0]].hide()
    QApplication.processEvents()
    assert flow.heightForWidth(300) == one_line  # only the short one is left
    row.buttons[actions[0]].show()
    QApplication.processEvents()
    two_lines = flow.heightForWidth(300)
    assert two_lines > one_line
    font = QFont(row.font())  # twice the text's height, in pixels (a font may be set in either unit)
    font.setPixelSize(2 * row.buttons[actions[1]].fontMetrics().height())
    for button in row.buttons.values():  # as MainWindow.apply_zoom gives each widget the new size
        button.setFont(font)
    QApplication.processEvents()
    assert flow.heightForWidth(300) > two_lines
