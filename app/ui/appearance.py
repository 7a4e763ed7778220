"""Light, dark and high-contrast appearance, and every colour the app derives from the palette.

The only module in app/ui with colour values of its own: the palettes of the three
appearances and the warm hue of the "the doctors differ" tint. Everything else is worked
out from the palette in use, so it follows the system's colours, a dark or high-contrast
theme included: a fixed pale tint under a dark theme's light text read at 1.06 : 1.

Text keeps at least 4.5 : 1 against its background (WCAG 2.2 AA) and the focus ring at least
3 : 1 against what the same pixels show without focus. The person's choice (View ▸ Appearance:
System, Light, Dark, High contrast) is kept in the UI state; System follows
QStyleHints.colorScheme and the contrast preference, and their change signals.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
MODES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
STATE_KEY = "view/appearance"
TEXT_CONTRAST = 4.5
FOCUS_CONTRAST = 3.0
FOCUS_WIDTH = 2  # pixels
# the "doctors differ" tint leans toward amber: "look here", never an alarm
WARM = QColor(255, 196, 64)
TINT_SHARE = 0.22
MARK_SHARE = 0.55  # the guide's search matches: the same hue, stronger
STRIPE_SHARE = 0.045  # alternate rows: the text colour, barely

R = QPalette.ColorRole
G = QPalette.ColorGroup


# ---- contrast (WCAG 2.2 relative luminance) ------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """a moved `share` of the way toward b (0 keeps a, 1 gives b)."""
    return QColor(*(round(x + (y - x) * share) for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                            (a.blue(), b.blue()))))


def _opaque(colour: QColor, under: QColor) -> QColor:
    """What a partly transparent colour looks like painted over `under`."""
    return mix(under, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def is_dark(pal: QPalette) -> bool:
    return luminance(pal.color(R.Window)) < luminance(pal.color(R.WindowText))


def readable_against(colour: QColor, backgrounds, minimum: float) -> QColor:
    """colour itself if it has `minimum` contrast with every background, else the first step
    of it toward black or white (whichever helps) that has."""
    end = QColor(0, 0, 0) if min(luminance(b) for b in backgrounds) > 0.18 else QColor(255, 255, 255)
    for step in range(21):
        candidate = mix(colour, end, step / 20)
        if all(contrast(candidate, b) >= minimum for b in backgrounds):
            return candidate
    return end


def _tinted(base: QColor, toward: QColor, share: float, texts) -> QColor:
    """base moved toward a colour as far as `share`, less if the text would read below 4.5 : 1."""
    for step in range(10, -1, -1):
        candidate = mix(base, toward, share * step / 10)
        if all(contrast(candidate, t) >= TEXT_CONTRAST for t in texts):
            return candidate
    return base


# ---- colours derived from the palette ------------------------------------------------------------
def differs_tint(pal: QPalette) -> QColor:
    """The background of a row where the doctors differ (the row label also shows ≠)."""
    return _tinted(pal.color(R.Base), WARM, TINT_SHARE, (pal.color(R.Text), pal.color(R.WindowText)))


def stripe(pal: QPalette) -> QColor:
    """Every other row of the grid: the base moved a little toward the text."""
    return _tinted(pal.color(R.Base), pal.color(R.Text), STRIPE_SHARE, (pal.color(R.Text),))


def search_mark(pal: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a search match marked in the guide."""
    return (_tinted(pal.color(R.Base), WARM, MARK_SHARE, (pal.color(R.Text),)), pal.color(R.Text))


def quiet_text(pal: QPalette) -> QColor:
    """Secondary text (a search excerpt): softer than the text, still 4.5 : 1 on the base."""
    base = pal.color(R.Base)
    return readable_against(mix(pal.color(R.Text), base, 0.35), (base,), TEXT_CONTRAST + 0.3)


def frame_outline(pal: QPalette) -> QColor:
    """The line round an unfocused list or text: Qt's Fusion style's own, unless it would not
    show against the window (dark and high-contrast palettes)."""
    window = pal.color(R.Window)
    outline = window.darker(140)
    return outline if contrast(outline, window) >= 1.5 else mix(window, pal.color(R.WindowText), 0.45)


def focus_colour(pal: QPalette) -> QColor:
    """The focus ring: the highlight, made distinct (3 : 1) from every pixel it replaces."""
    return readable_against(pal.color(R.Highlight), (pal.color(R.Window), pal.color(R.Base),
                                                      frame_outline(pal)), FOCUS_CONTRAST)


def make_readable(pal: QPalette) -> QPalette:
    """The palette with any text pair below 4.5 : 1 fixed by moving the background or link colour
    (Fusion's own light palette puts white on a mid blue at 3.6 : 1). Only roles that needed
    it are set, so the others keep following the system."""
    pal = QPalette(pal)
    text = pal.color(R.HighlightedText)
    highlight = pal.color(R.Highlight)
    if contrast(text, highlight) < TEXT_CONTRAST:
        pal.setColor(R.Highlight, readable_against(highlight, (text,), TEXT_CONTRAST))
    for role in (R.Link, R.LinkVisited):
        colour = pal.color(role)
        backgrounds = (pal.color(R.Base), pal.color(R.Window))
        if any(contrast(colour, b) < TEXT_CONTRAST for b in backgrounds):
            pal.setColor(role, readable_against(colour, backgrounds, TEXT_CONTRAST))
    placeholder = _opaque(pal.color(R.PlaceholderText), pal.color(R.Base))
    if contrast(placeholder, pal.color(R.Base)) < TEXT_CONTRAST:
        pal.setColor(R.PlaceholderText, quiet_text(pal))
    if contrast(pal.color(R.Text), pal.color(R.AlternateBase)) < TEXT_CONTRAST:
        pal.setColor(R.AlternateBase, stripe(pal))
    return pal


# ---- the three palettes ------------------------------------------------------------------------------
def _palette(window: str, text: str, base: str, button: str, highlight: str, highlighted: str,
             link: str, visited: str, disabled: str, tooltip: str, bevel: str) -> QPalette:
    """A Fusion-style palette from a few colours; the rest derived from them."""
    win, fg, bg, btn = QColor(window), QColor(text), QColor(base), QColor(button)
    pal = QPalette(btn, win)  # Light, Midlight, Mid, Dark, Shadow worked out by Qt from the button
    for role, colour in ((R.Window, win), (R.WindowText, fg), (R.Base, bg), (R.Text, fg),
                         (R.Button, btn), (R.ButtonText, fg), (R.BrightText, QColor(text)),
                         (R.Highlight, QColor(highlight)), (R.HighlightedText, QColor(highlighted)),
                         (R.Accent, QColor(highlight)), (R.Link, QColor(link)),
                         (R.LinkVisited, QColor(visited)), (R.ToolTipBase, QColor(tooltip)),
                         (R.ToolTipText, fg), (R.PlaceholderText, mix(fg, bg, 0.35))):
        pal.setColor(role, colour)
    pal.setColor(R.Light, QColor(bevel).lighter(150))
    pal.setColor(R.Midlight, QColor(bevel).lighter(120))
    pal.setColor(R.Mid, QColor(bevel))
    pal.setColor(R.Dark, QColor(bevel).darker(130))
    pal.setColor(R.Shadow, QColor(bevel).darker(160))
    pal.setColor(R.AlternateBase, stripe(pal))
    for role in (R.WindowText, R.Text, R.ButtonText):
        pal.setColor(G.Disabled, role, QColor(disabled))
    pal.setColor(G.Disabled, R.Highlight, mix(QColor(highlight), win, 0.5))
    return make_readable(pal)


def light_palette() -> QPalette:
    return _palette("#efefef", "#000000", "#ffffff", "#efefef", "#1f6fb2", "#ffffff",
                    "#0b4fb3", "#6a2a9e", "#767676", "#ffffdc", "#b8b8b8")


def dark_palette() -> QPalette:
    return _palette("#2d2d2d", "#ececec", "#1e1e1e", "#383838", "#2f6fb8", "#ffffff",
                    "#8ab4f8", "#c9a0f5", "#9a9a9a", "#3a3a3a", "#4a4a4a")


def high_contrast_palette() -> QPalette:
    """Black, white and yellow, as in the high-contrast themes people already know."""
    return _palette("#000000", "#ffffff", "#000000", "#000000", "#ffff00", "#000000",
                    "#ffff00", "#ffd866", "#b0b0b0", "#000000", "#ffffff")


PALETTES = {LIGHT: light_palette, DARK: dark_palette, HIGH_CONTRAST: high_contrast_palette}


def focus_style_sheet(pal: QPalette) -> str:
    """A ring round the focused list, table, text, field, choice or button: one short
    style sheet, so the Fusion look stays as it is until something has the focus."""
    ring = f"{FOCUS_WIDTH}px solid {focus_colour(pal).name()}"
    # lists and texts keep the same frame width with and without focus (a scroll area does not
    # re-lay out its contents when the focus comes), so the ring is two pixels all round
    views = "QTreeView{0}, QTableView{0}, QListView{0}, QTextEdit{0}, QPlainTextEdit{0}"
    return (f"{views.format('')} {{ border: 1px solid {frame_outline(pal).name()}; padding: 1px; }}\n"
            f"{views.format(':focus')} {{ border: {ring}; padding: 0px; }}\n"
            f"QComboBox QAbstractItemView {{ border: 1px solid {frame_outline(pal).name()}; padding: 0px; }}\n"
            f"QLineEdit:focus, QAbstractSpinBox:focus {{ border: {ring}; border-radius: 3px;"
            " padding: 1px; background: palette(base); }\n"
            f"QPushButton:focus {{ border: {ring}; border-radius: 3px; padding: 4px 12px;"
            " background: palette(button); }\n")


# ---- choosing and following ------------------------------------------------------------------------
def system_wants() -> str:
    """What the system asks for: high contrast, dark or light."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    if accessibility is not None and \
            accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


class Appearance(QObject):
    """Applies a palette app-wide and keeps System in step with the system.
    Signals: changed(str mode) after a palette was applied."""
    changed = Signal(str)

    def __init__(self, app: QGuiApplication, mode: str = SYSTEM):
        super().__init__(app)
        self.setObjectName("appearance")
        self.app = app
        self.mode = mode if mode in MODES else SYSTEM
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        self._accessibility = hints.accessibility()  # kept: PySide deletes an unreferenced wrapper
        if self._accessibility is not None:
            self._accessibility.contrastPreferenceChanged.connect(self._system_changed)

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in MODES else SYSTEM
        self.apply()

    def apply(self) -> None:
        self.app.setPalette(self.palette())
        if self.ring_shown:
            self.show_focus_ring()
        self.changed.emit(self.mode)

    ring_shown = False

    def show_focus_ring(self) -> None:
        """The focus ring is an application style sheet, which makes Qt polish every widget
        through its style-sheet style: about 40 ms while the first window is built (measured
        with alternating starts). run() calls this a moment after the window is shown; before
        that nothing can have been focused by the person."""
        self.ring_shown = True
        if hasattr(self.app, "setStyleSheet"):
            self.app.setStyleSheet(focus_style_sheet(self.app.palette()))

    def palette(self) -> QPalette:
        if self.mode != SYSTEM:
            return PALETTES[self.mode]()
        wants = system_wants()
        self.app.setPalette(QPalette())  # back to the system's own palette, to look at it
        system = self.app.palette()
        if wants == HIGH_CONTRAST and contrast(system.color(R.Text), system.color(R.Base)) < 7:
            return high_contrast_palette()  # the system asks for more than its palette gives
        if (wants == DARK) != is_dark(system):
            return PALETTES[wants]()  # e.g. a dark preference on a platform with a light palette
        return make_readable(system)

    def _system_changed(self, *_):
        if self.mode == SYSTEM:
            self.apply()


def follow_palette(slot) -> None:
    """Call slot() after every palette the app applies (a chosen appearance, or the system's
    changed): what a widget would otherwise learn from a PaletteChange in changeEvent.

    A changeEvent override costs start-up time: the first event PySide hands to it arrives as a
    plain QEvent, and finding its Python class sets up every QEvent subclass in QtGui and
    QtWidgets (about 40 classes and their enums): 9–13 ms for a widget with such an override in a
    process of its own here. The first screen had three (tests/test_startup_classes.py holds it).
    A slot that is a widget's method is disconnected when the widget goes."""
    app = QCoreApplication.instance()
    found = app.findChild(Appearance, "appearance") if app is not None else None
    if found is not None:
        found.changed.connect(slot)


def install(app: QGuiApplication, mode: str) -> Appearance:
    """Apply the remembered appearance (calling again re-applies it with the new mode)."""
    appearance = app.findChild(Appearance, "appearance")
    if appearance is None:
        appearance = Appearance(app, mode)
    appearance.set_mode(mode)
    return appearance


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def add_menu(menu, state) -> dict[str, QAction]:
    """View ▸ Appearance: System, Light, Dark, High contrast; the choice is kept in the UI state."""
    app = QGuiApplication.instance()
    appearance = app.findChild(Appearance, "appearance")
    if appearance is None:  # a window built without make_application's open_window (a test)
        appearance = install(app, state.text(STATE_KEY, SYSTEM))
    sub = menu.addMenu(_tr("A&ppearance"))
    group = QActionGroup(sub)
    actions = {}
    for mode, text in ((SYSTEM, _tr("&System")), (LIGHT, _tr("&Light")), (DARK, _tr("&Dark")),
                       (HIGH_CONTRAST, _tr("&High contrast"))):
        action = QAction(text, sub)
        action.setCheckable(True)
        action.setChecked(mode == appearance.mode)
        action.setData(mode)
        group.addAction(action)
        sub.addAction(action)
        actions[mode] = action

    def chosen(action: QAction) -> None:
        state.set_text(STATE_KEY, action.data())
        appearance.set_mode(action.data())
    group.triggered.connect(chosen)
    return actions
