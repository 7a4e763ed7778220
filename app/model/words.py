"""The core's own sentences, in the person's language, without the core knowing about Qt.

One design for every word the Qt-free core shows (undo descriptions, storage/backup/data-check
messages, printouts, calendar files, the example case):
- A sentence is written in plain English at the place it is used, as `say("…", name=value)`:
  `say` looks the English up through the translate function the interface installed
  (app.ui.language installs Qt's `QCoreApplication.translate` in the "" context) and then fills
  the named placeholders, so a translation can put them in any order
  ("The backup “{name}” is damaged." → "La copia «{name}» está dañada.").
- A sentence kept in a table until it is needed (a dict of reasons, a printout's field names) is
  marked where it is written with `N_("…")`, which returns it unchanged, and passed to `say` when
  it is shown: the table holds English, so it can be read at import time, before any translator.
- pyside6-lupdate reads both markers in the core's files (`make translations` runs it with
  `-tr-function-alias QT_TR_NOOP+=N_,QT_TR_NOOP+=say`), so they land in the .ts like the UI's own
  words, and tests/ui/test_spanish_core.py fails when one has no Spanish translation.
- Dates written as words ("17 December 2026") go through `long_date`, which the interface
  replaces with its locale's form; ISO dates, RFC 5545 fields and stored keys are never translated.
- A stable key the core defines and stores (an aspect's label, a choice such as "medical
  oncologist") is shown through `key_text`, which the interface replaces with its own lookup
  (app.ui.core_strings.core_text, the "Core" context); text the person typed passes unchanged.
Without an interface (tests of the core, scripts) everything stays English.
Stored values stay stable keys; only what is shown, printed or written for a calendar is translated,
and the example case, which is made once, in the language of the moment it is made.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Callable

from app.model import dates


def _same(text: str) -> str:
    return text


_translate: Callable[[str], str] = _same
_long_date: Callable[[str], str] = dates.long_date
_key_text: Callable[[str], str] = _same


def use(translate: Callable[[str], str] | None = None, long_date: Callable[[str], str] | None = None,
        key_text: Callable[[str], str] | None = None) -> None:
    """Install the interface's translate function, date formatter and key lookup (None: English)."""
    global _translate, _long_date, _key_text
    _translate = translate or _same
    _long_date = long_date or dates.long_date
    _key_text = key_text or _same


def N_(text: str) -> str:  # noqa: N802 — the customary name of a no-op translation marker
    """Mark an English sentence for translation where it is written; returns it unchanged."""
    return text


def say(text: str, /, **values: object) -> str:
    """The sentence in the person's language, with its {named} placeholders filled in."""
    shown = _translate(text) or text
    return shown.format(**values) if values else shown


def key_text(key: str) -> str:
    """The shown words for a label or choice the core defines; anything else as it is."""
    return _key_text(key) if key else key


def long_date(iso: str) -> str:
    """An ISO date as words in the person's language ('17 de diciembre de 2026')."""
    return _long_date(iso) if iso else iso


# the usual reasons a file or folder could not be used, in our words (the system's are English)
_OS_REASONS = {
    errno.ENOSPC: N_("the disk is full"),
    getattr(errno, "EDQUOT", errno.ENOSPC): N_("the disk is full"),  # this account's share of it
    errno.EACCES: N_("this user account is not allowed to use that place"),
    errno.EPERM: N_("this user account is not allowed to use that place"),
    errno.EROFS: N_("that disk can only be read, not written to"),
    errno.ENOENT: N_("it is not there (was a drive taken out?)"),
    errno.ENOTDIR: N_("part of the way there is a file, not a folder"),
    errno.EISDIR: N_("a folder of that name is in the way"),
    errno.EIO: N_("the disk reported an error"),
    errno.ENAMETOOLONG: N_("the name is too long for that disk"),
}


def os_reason(exc: BaseException, otherwise: str | None = None) -> str:
    """Why a file or folder could not be used, for a sentence in the person's language: our own
    words for the usual causes when the system gave its own message (always English here), else
    the message as given (one of ours, or the system's for a rarer cause); `otherwise` (or the
    exception as text) when there is none."""
    code, message = getattr(exc, "errno", None), getattr(exc, "strerror", None)
    if code in _OS_REASONS and (not message or message == os.strerror(code)):
        return say(_OS_REASONS[code])
    if message:
        return str(message)
    return otherwise if otherwise is not None else str(exc)
