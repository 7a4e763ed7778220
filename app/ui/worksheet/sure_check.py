"""The SURE check on the worksheet: four yes-or-no questions, what the answers suggest, a link to
help for each "no", and every earlier check with its date, newest first.

Signals: taken(dict) when the person saves today's answers (question key -> "yes"/"no");
go_to(str) when they follow a link to help (a place key of app.model.worksheet.HELP_FOR).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.model.worksheet import (
    HELP_TEXT,
    NO,
    SURE_KEYS,
    SURE_QUESTIONS,
    YES,
    SureResult,
    sure_advice,
    sure_history,
    sure_score,
)
from app.ui.core_strings import long_date
from app.ui.widgets.labels import plain_label

LINK_WORDS = {"decide_by": QT_TRANSLATE_NOOP("", "Check my decide-by date"),
              "grid": QT_TRANSLATE_NOOP("", "Open the side-by-side comparison"),
              "values": QT_TRANSLATE_NOOP("", "Go to “What matters most to me”"),
              "questions": QT_TRANSLATE_NOOP("", "Open my question list")}
SHORT_NAMES = {"sure": QT_TRANSLATE_NOOP("", "feeling sure"),
               "understand": QT_TRANSLATE_NOOP("", "understanding the options"),
               "risk_benefit": QT_TRANSLATE_NOOP("", "what matters most"),
               "encouragement": QT_TRANSLATE_NOOP("", "support")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class SureCheck(QWidget):
    taken = Signal(dict)
    go_to = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Am I ready to decide? (the SURE check)"), self, bold=True))
        layout.addWidget(plain_label(self.tr(
            "Four yes-or-no questions about how you feel today. If any answer is no, you may not be "
            "ready to decide yet; that is common, and below you will find what could help. You can take "
            "the check again at any time and see how your answers changed. (After the SURE test, "
            "Légaré et al., Can Fam Physician 2010;56:e308.)"), self))
        grid = QGridLayout()
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], QRadioButton] = {}
        for row, key in enumerate(SURE_KEYS):
            question = _tr(SURE_QUESTIONS[key])
            grid.addWidget(plain_label(question, self), row, 0)
            holder = QWidget(self)  # the two buttons of one question, on their own: arrows move between them
            pair = QHBoxLayout(holder)
            pair.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(holder)
            for answer, word in ((YES, self.tr("Yes")), (NO, self.tr("No"))):
                button = QRadioButton(word, holder)
                button.setObjectName(f"sure_{key}_{answer}")
                button.setAccessibleName(f"{question} {word}")
                group.addButton(button)
                pair.addWidget(button)
                self.buttons[(key, answer)] = button
            group.buttonToggled.connect(self._answered)
            self.groups[key] = group
            grid.addWidget(holder, row, 1)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.save = QPushButton(self.tr("Save today's answers"), self)
        self.save.setObjectName("sure_save")
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        layout.addWidget(self.save)

        self.result = plain_label("", self)
        self.result.setObjectName("sure_result")
        layout.addWidget(self.result)
        self.help_box = QVBoxLayout()
        layout.addLayout(self.help_box)
        self.help_links: dict[str, QPushButton] = {}
        layout.addWidget(plain_label(self.tr("My checks so far, newest first"), self))
        self.history = QListWidget(self)
        self.history.setObjectName("sure_history")
        self.history.setAccessibleName(self.tr("My SURE checks so far, newest first"))
        self.history.setMaximumHeight(self.history.fontMetrics().lineSpacing() * 7)
        layout.addWidget(self.history)

    def answers(self) -> dict[str, str]:
        out = {}
        for (key, answer), button in self.buttons.items():
            if button.isChecked():
                out[key] = answer
        return out

    def _answered(self, *_):
        self.save.setEnabled(len(self.answers()) == len(SURE_KEYS))

    def _save(self):
        answers = self.answers()
        if len(answers) == len(SURE_KEYS):
            self.taken.emit(answers)

    def clear_answers(self) -> None:
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._answered()

    def show_results(self, results: list[SureResult]) -> None:
        """The latest check's meaning and help, and every check in the list, newest first."""
        history = sure_history(results)
        self.history.clear()
        for r in history:
            answers = r.answers()
            noes = [_tr(SHORT_NAMES[k]) for k in SURE_KEYS if answers[k] != YES]
            line = self.tr("{date}: {n} of 4 yes").format(date=long_date(r.taken_on), n=sure_score(answers))
            if noes:
                line += self.tr(" (not yet: {what})").format(what=", ".join(noes))
            self.history.addItem(line)
        self.history.setVisible(bool(history))
        while self.help_box.count():
            widget = self.help_box.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.help_links = {}
        if not history:
            self.result.setText(self.tr("You have not taken the check yet."))
            return
        latest = history[0]
        summary, helps = sure_advice(latest.answers())
        self.result.setText(self.tr("Your latest check, on {date}: ").format(date=long_date(latest.taken_on))
                            + _tr(summary))
        for key, place in helps:
            self.help_box.addWidget(plain_label(f"{_tr(SURE_QUESTIONS[key])} — {_tr(HELP_TEXT[key])}", self))
            link = QPushButton(_tr(LINK_WORDS[place]), self)
            link.setObjectName(f"sure_help_{place}")
            link.setFlat(True)
            font = link.font()
            font.setUnderline(True)  # reads as a link; the size still follows the window's zoom
            link.setFont(font)
            link.clicked.connect(lambda _=False, p=place: self.go_to.emit(p))
            self.help_box.addWidget(link)
            link.show()  # at once: it may get the focus now
            self.help_links[place] = link
