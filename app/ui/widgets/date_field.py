"""A date field a person can type into as they write dates, or fill from a calendar.

QDateEdit with a "Not set" special value could not be typed into ("Not set2March2026"), kept
Tab inside its sections, opened its calendar in January 1900 and turned 30 February into
1 February without a word. This field is a plain line edit: it shows the stored date in long
form, reads what is typed with `app.model.dates.parse_typed` when the person leaves it (Tab, Enter,
a click elsewhere), and when the text is not a date it stays exactly as typed with a message
next to it; it is never stored as a date and never "corrected".

Signal: date_committed(str) — the person set a new date (ISO 'YYYY-MM-DD', or '' for not set).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.dates import MAX_YEAR, MIN_YEAR, is_iso_date, parse_typed
from app.ui.history import EditHistory
from app.ui.widgets.labels import plain_label
from app.workspace.edits import set_value

DISPLAY_FORMAT = "d MMMM yyyy"


def locale_order(locale: QLocale) -> str:
    """'DMY', 'MDY' or 'YMD': the order of an all-number date in this locale's short format."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: pattern.find(part) for part in "dMy"}
    if min(positions.values()) < 0:
        return "DMY"
    order = "".join(sorted("DMY", key=lambda p: positions[{"D": "d", "M": "M", "Y": "y"}[p]]))
    return order if order in ("DMY", "MDY", "YMD") else "DMY"


def locale_month_names(locale: QLocale) -> list[list[str]]:
    """The locale's month names, long and short, in running text and standing alone."""
    long_, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return [[locale.monthName(m, form) for m in range(1, 13)] for form in (long_, short)] + \
           [[locale.standaloneMonthName(m, form) for m in range(1, 13)] for form in (long_, short)]


def shown_date(iso: str, locale: QLocale | None = None) -> str:
    """The long form a person reads ('12 March 2026'); text that is not a date stays as it is."""
    if not is_iso_date(iso):
        return iso
    return (locale or QLocale()).toString(QDate.fromString(iso, "yyyy-MM-dd"), DISPLAY_FORMAT)


class DateField(QWidget):
    date_committed = Signal(str)

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.label = label
        self._value = ""        # what is stored: ISO, '' or (old data) free text
        self._shown = ""        # the text shown for that value
        self._base_problem = ""  # a problem with the stored value itself (old free text)
        self._problem = ""
        self.popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Not set — type a date like 12 March 2026"))
        self.edit.setAccessibleName(label)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Pick “%1” from a calendar").replace("%1", label))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Not set"))
        self.clear_button.setToolTip(self.tr("Clear this date and leave it not set"))
        self.clear_button.setAccessibleName(self.tr("Leave “%1” not set").replace("%1", label))
        self.clear_button.clicked.connect(self.clear)
        self.problem_label = plain_label("", self)
        self.problem_label.setObjectName("date_problem")
        self.problem_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        self.setFocusProxy(self.edit)
        self._describe()

    # ---- the value -----------------------------------------------------------------------------
    def value(self) -> str:
        return self._value

    def set_value(self, value: str, force: bool = False) -> None:
        """Show a stored value. Text the person typed that is not (yet) a date is kept on screen
        unless the stored value really changed (undo, another opinion) or `force` is set."""
        if value == self._value and not force:
            return
        self._value = value
        self._shown = shown_date(value)
        self._base_problem = "" if not value or is_iso_date(value) else self.tr(
            "This was written as free text and is not read as a date. It is kept as written; "
            "type a date like 12 March 2026 to replace it.")
        self.edit.setText(self._shown)
        self.edit.setCursorPosition(0)
        self._set_problem(self._base_problem)

    # the names the case form used before
    iso = value
    set_iso = set_value

    def is_edited(self) -> bool:
        """True while the text differs from the shown value (typed, not yet read or not a date)."""
        return " ".join(self.edit.text().split()) != " ".join(self._shown.split())

    def problem(self) -> str:
        return self._problem

    def clear(self) -> None:
        self.edit.clear()
        self._take("")

    def commit(self) -> bool:
        """Read what is typed. True when the field holds a date (or is empty); False, with a
        message shown next to it, when the text is not a date."""
        text = self.edit.text()
        if not self.is_edited():
            self._set_problem(self._base_problem)
            return not self._base_problem
        parsed = self._parse(text)
        if not parsed.ok:
            self._set_problem(parsed.problem)
            return False
        self._take(parsed.iso)
        return True

    def _parse(self, text: str):
        locale = QLocale()
        return parse_typed(text, locale_order(locale), locale_month_names(locale))

    def _take(self, iso: str) -> None:
        changed = iso != self._value
        self.set_value(iso, force=True)
        if changed:
            self.date_committed.emit(iso)

    # ---- telling the person ------------------------------------------------------------------
    def _set_problem(self, text: str) -> None:
        self._problem = text
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self._describe()

    def _describe(self) -> None:
        hint = self.tr("Type a date like 12 March 2026 or 2026-03-12, or pick one from the calendar.")
        self.edit.setAccessibleDescription(f"{self._problem} {hint}" if self._problem else hint)

    # ---- the calendar ----------------------------------------------------------------------------
    def _calendar_start(self) -> QDate:
        parsed = self._parse(self.edit.text())
        iso = parsed.iso if parsed.ok and parsed.iso else (self._value if is_iso_date(self._value) else "")
        return QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate.currentDate()

    def open_calendar(self) -> None:
        """Open the calendar at the date in the field, or at today when there is none."""
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setMinimumDate(QDate(MIN_YEAR, 1, 1))
            self.calendar.setMaximumDate(QDate(MAX_YEAR, 12, 31))
            self.calendar.setAccessibleName(self.tr("Calendar for “%1”").replace("%1", self.label))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            QVBoxLayout(self.popup).addWidget(self.calendar)
            self.popup.layout().setContentsMargins(2, 2, 2, 2)
        start = self._calendar_start()
        self.calendar.setSelectedDate(start)
        self.calendar.setCurrentPage(start.year(), start.month())
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.popup.hide()
        self._take(day.toString("yyyy-MM-dd"))
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()  # Alt+Down opens the calendar, as in other date fields
            return True
        return False


class DateBinding(QObject):
    """Ties a DateField to one stored date, as TextBinding does for text: a new date is saved as
    one undoable step; outside changes (undo, another opinion shown) flow back into the field."""

    def __init__(self, field: DateField, history: EditHistory, target: Callable[[], tuple | None],
                 label: str):
        super().__init__(field)
        self.field = field
        self.history = history
        self.target = target
        self.label = label
        self._target_shown: tuple | None = None
        field.date_committed.connect(self._committed)
        history.flush_requested.connect(self.flush)

    pending = False

    def _committed(self, iso: str) -> None:
        target = self.target()
        if target is None:
            return
        try:
            stored = self.history.shown(target)
        except KeyError:  # the opinion was removed meanwhile
            return
        if stored != iso:
            self.history.apply(set_value(self.history.workspace, target, iso,
                                         QCoreApplication.translate("", "Set “{0}”").format(self.label)))

    def flush(self) -> None:
        self.field.commit()

    def discard(self) -> None:
        self._target_shown = None

    def detach(self) -> None:
        self.history.flush_requested.disconnect(self.flush)

    def refresh(self) -> None:
        target = self.target()
        value = "" if target is None else self.history.shown(target)
        moved = target != self._target_shown  # another opinion: what was typed belonged to the last one
        self._target_shown = target
        self.field.set_value(value, force=moved)
