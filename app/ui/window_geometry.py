"""Where the main window opens the first time (afterwards it opens where the person left it).

On a small laptop (1366 × 768, the commonest small screen) every pixel counts at large text
sizes: a window of 1280 × 729 left 86 pixels unused at the side and, at 200 %, cut the first
comparison row by a few pixels at the bottom. So on a small screen the window takes the whole
area the desktop leaves free (its width, and its height less the title bar), as a maximised
window would; on a large screen it opens at a roomy, readable size instead of spreading text
across a wide monitor.
"""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

# below this free width (or height) a screen counts as small: the window takes all of it
SMALL_SCREEN = (1600, 900)
ROOMY = (1280, 800)  # the window on a large screen
# The window manager's title bar, guessed before the window is shown (the real one is only known
# once it is on screen; keep_on_screen corrects the guess then). Title bars do not follow the
# app's text size: about 30 pixels on Windows, KDE and GNOME. (Not the style's PM_TitleBarHeight:
# that is the title bar Qt draws on a window inside a window, 24 pixels in Fusion at any text
# size, and asking for it set up PySide's QStyle class and its enums at start: 13–17 ms when
# timed alone here.)
TITLE_BAR = 30  # pixels


def available_area(window: QWidget) -> QRect:
    """Seam: the part of the window's screen the desktop leaves free (no panels or task bar)."""
    return window.screen().availableGeometry()


def first_geometry(free: QRect, title_bar: int) -> QRect:
    """The window's inner rectangle on first start, in a free screen area `free`."""
    if free.width() < SMALL_SCREEN[0] or free.height() < SMALL_SCREEN[1]:
        return QRect(free.left(), free.top() + title_bar, free.width(), free.height() - title_bar)
    width, height = ROOMY
    left = free.left() + (free.width() - width) // 2
    top = free.top() + max(title_bar, (free.height() - height) // 2)
    return QRect(left, top, width, height)


def place_on_first_start(window: QWidget) -> None:
    window.setGeometry(first_geometry(available_area(window), TITLE_BAR))


def keep_on_screen(window: QWidget) -> None:
    """Once shown: if the real frame (title bar, borders) reaches outside the free area, move
    the window in and take the excess off its size."""
    free, frame = available_area(window), window.frameGeometry()
    if free.contains(frame):
        return
    extra_w = max(0, frame.width() - free.width())
    extra_h = max(0, frame.height() - free.height())
    if extra_w or extra_h:
        window.resize(window.width() - extra_w, window.height() - extra_h)
    frame = window.frameGeometry()
    left = min(max(frame.left(), free.left()), free.right() + 1 - frame.width())
    top = min(max(frame.top(), free.top()), free.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)
