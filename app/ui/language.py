"""The interface language: System, English or Español (View ▸ Language), kept in the UI state.

Translators are installed once, before the window is built: our own Spanish (.qm built from
app/resources/translations/second_opinion_es.ts by `make translations`) and Qt's qtbase_es.qm,
so standard buttons (Cancel, Yes, No) speak Spanish too. In English nothing is loaded, so an
English start-up pays for nothing but reading one setting. A new choice takes effect at the
next start; the person is told so, in the language they chose.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from app.model import words
from app.resources import RESOURCES
from app.ui.core_strings import core_text, long_date

SYSTEM, ENGLISH, SPANISH = "system", "en", "es"
CHOICES = (SYSTEM, ENGLISH, SPANISH)
STATE_KEY = "view/language"
OUR_FILE = "second_opinion_{0}.qm"
RESTART_NOTE = QT_TRANSLATE_NOOP("", "The new language is used the next time you open the app. "
                                     "Nothing you typed is affected.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def interface_language(choice: str, system: QLocale | None = None) -> str:
    """'en' or 'es' for a choice; System follows the computer's language (Spanish → Español)."""
    if choice in (ENGLISH, SPANISH):
        return choice
    system = system or QLocale.system()
    return SPANISH if system.language() == QLocale.Language.Spanish else ENGLISH


def our_file(language: str):
    """The built translation of the app's own words, or None when it is missing."""
    path = RESOURCES / "translations" / OUR_FILE.format(language)  # beside the code, as the guide's files
    return path if path.is_file() else None


def load_translators(language: str) -> list[QTranslator]:
    """Our translator and Qt's own for `language` (nothing for English)."""
    if language == ENGLISH:
        return []
    found = []
    ours = our_file(language)
    if ours is not None:
        translator = QTranslator()
        if translator.load(str(ours)):
            found.append(translator)
    from PySide6.QtCore import QLibraryInfo  # only for a translated interface (~0.6 ms to set up)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found


def install(app, choice: str) -> str:
    """Install the translators for the person's choice; returns the interface language.

    Dates and numbers then follow the interface language: the system's own locale when it
    speaks it (es_MX keeps Mexican conventions), otherwise a plain locale of that language,
    so a Spanish window never shows "17 December"."""
    for old in app.findChildren(QTranslator, "interface_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    language = interface_language(choice)
    for translator in load_translators(language):
        translator.setParent(app)
        translator.setObjectName("interface_translator")
        app.installTranslator(translator)
    system = QLocale.system()
    system_spanish = system.language() == QLocale.Language.Spanish
    if language == SPANISH and not system_spanish:
        QLocale.setDefault(QLocale("es_419"))
    elif language == ENGLISH and system_spanish:
        QLocale.setDefault(QLocale("en_US"))
    else:
        QLocale.setDefault(system)
    app.setProperty("interface_language", language)
    # the Qt-free core's sentences and dates (app.model.words) follow the same choice
    words.use(lambda text: QCoreApplication.translate("", text), long_date if language != ENGLISH else None,
              core_text)
    return language


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("interface_language") if app is not None else None) or ENGLISH


def restart_note(language: str) -> str:
    """"Restart to see it" in the language just chosen (its translator is loaded for the moment)."""
    text = RESTART_NOTE
    for translator in load_translators(language):
        translated = translator.translate("", text)
        if translated:
            return translated
    return _tr(text)


def add_menu(menu, state, tell) -> dict[str, QAction]:
    """View ▸ Language: System, English, Español. `tell(title, text)` shows the restart note."""
    sub = menu.addMenu(_tr("Lan&guage"))
    group = QActionGroup(sub)
    chosen_now = state.text(STATE_KEY, SYSTEM)
    actions = {}
    # each language is named in its own words, so a person can find theirs in any interface
    for choice, text in ((SYSTEM, _tr("&System")), (ENGLISH, "&English"), (SPANISH, "Espa&ñol")):
        action = QAction(text, sub)
        action.setCheckable(True)
        action.setChecked(choice == chosen_now)
        action.setData(choice)
        group.addAction(action)
        sub.addAction(action)
        actions[choice] = action

    def chosen(action: QAction) -> None:
        choice = action.data()
        if choice == state.text(STATE_KEY, SYSTEM):
            return
        state.set_text(STATE_KEY, choice)
        state.sync()
        language = interface_language(choice)
        if language != current_language():
            tell(action.text().replace("&", ""), restart_note(language))
    group.triggered.connect(chosen)
    return actions
