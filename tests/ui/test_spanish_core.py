"""Issue 11: the words the Qt-free core makes are Spanish too, and Spanish Alt letters never clash.

With the Spanish translator installed: Edit ▸ Undo names the last step in Spanish; a storage
error is told in Spanish; every printout's headings and fixed words are Spanish (and a PDF of
one); an .ics file's fixed words are Spanish and still parse; the example case is made in
Spanish. A scan of the core fails on a marked sentence without a Spanish translation and on a
message for the person that is not marked at all, so a new English message cannot slip through.
"""
from __future__ import annotations

import ast
import collections
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar

from app.ui import language, messages
from tests.ui.test_keyboard import mnemonic
from tests.ui.test_saved_means_saved import free_space, full_disk, grid_paste
from tests.ui.test_spanish import _open
from tests.ui.test_translation import TS
from tests.ui.test_translation import messages as ts_messages
from tests.ui.test_workspace_flows import grid_edit, stored_case

ROOT = Path(__file__).resolve().parents[2]
CORE = sorted(p for p in (ROOT / "app").rglob("*.py") if p.relative_to(ROOT / "app").parts[0] != "ui")
ENGLISH_HEADINGS = ("Comparison of opinions", "Your mark", "Questions to ask", "Answer:", "Opinions so far",
                    "Records sent", "Open questions", "The options", "The SURE check", "Made with")


@pytest.fixture
def spanish(qtbot, data_dir):
    win, db = _open(qtbot, data_dir, language.SPANISH)
    yield win
    win.close()
    db.close()
    language.install(QApplication.instance(), language.ENGLISH)


@pytest.fixture
def spanish_words(qapp):
    """The Spanish translator installed, with no window (the core's printouts and files)."""
    from app.ui.application import make_application
    app = make_application([])
    language.install(app, language.SPANISH)
    yield
    language.install(app, language.ENGLISH)


# ---- undo, storage errors, the example case: in the real window --------------------------------
def test_undo_and_redo_name_the_last_step_in_spanish_after_real_typing(qtbot, spanish, data_dir):
    win, panel = spanish, spanish.workspace_panel
    panel.actions["example_case"].trigger()
    assert win.undo_action.text() == "&Deshacer Agregar caso"          # made in the core (edits.py)
    panel.actions["add_opinion"].trigger()
    assert win.undo_action.text() == "&Deshacer Agregar opinión"
    case_id = panel.case_id
    before = stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text
    grid_edit(qtbot, win, 0, 0, "Carcinoma ductal, grado 2")
    qtbot.waitUntil(lambda: win.undo_action.text().startswith("&Deshacer Escribiendo en “El diagnóstico"))
    assert stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text == "Carcinoma ductal, grado 2"
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.redo_action.text().startswith("&Rehacer Escribiendo en"))
    assert stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text == before
    qtbot.keyClick(panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.redo_action.text() == "&Rehacer Agregar opinión")


def test_a_full_disk_is_told_in_spanish_and_the_typing_stays(qtbot, spanish, data_dir, monkeypatch):
    panel = spanish.workspace_panel
    panel.actions["example_case"].trigger()
    case_id = panel.case_id
    before = stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: shown.append((title, text)))
    full_disk(panel.history.workspace.db)
    big = "Carcinoma ductal invasivo, grado 2. " * 300  # needs new pages: the disk is full
    grid_paste(qtbot, spanish, 0, 0, big)
    assert len(shown) == 1
    text = shown[0][1]
    assert "el disco está lleno" in text and "Si libera algo de espacio en el disco" in text, text
    assert "disk" not in text and "could not" not in text, text
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.EditRole) == big      # still on screen
    assert spanish.save_label.text().startswith("Todavía no")
    assert stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text == before  # nothing half-kept
    free_space(panel.history.workspace.db)  # space returns: saved by itself, and no second message
    qtbot.waitUntil(lambda: not spanish.history.unsaved, timeout=8000)
    assert stored_case(data_dir, case_id).opinions[0].answer("diagnosis").text == big
    assert len(shown) == 1


def test_the_example_case_made_under_spanish_is_stored_in_spanish(qtbot, spanish, data_dir):
    panel = spanish.workspace_panel
    panel.actions["example_case"].trigger()
    case = stored_case(data_dir, panel.case_id)
    assert case.title == "Ejemplo — Sam, cáncer de mama" and case.person == "Sam (ejemplo)"
    assert [op.label for op in case.opinions] == ["Primera opinión", "Segunda opinión"]
    assert case.opinions[0].institution == "Hospital de la Ciudad"
    assert case.opinions[0].answer("diagnosis").text.startswith("Carcinoma ductal invasivo de la mama izquierda")
    assert case.opinions[0].answer("readings").entries[0].test == "Patología de la biopsia"
    # choices stay stable keys, shown in Spanish
    assert case.opinions[0].specialty == "surgeon / surgical oncologist"
    assert case.opinions[0].answer("goal").choice == "cure"
    heading = panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert "Primera opinión" in heading and "Dr. Rivera" in heading, heading


# ---- printouts and the calendar file ------------------------------------------------------------
def _example_things():
    from app.model.appointments import Appointment
    from app.model.marks import Mark
    from app.model.questions import Question
    from app.model.records_checklist import ChecklistItem
    from app.model.worksheet import Decision, Option, SureResult, Value
    from app.workspace.example_case import example_case
    case = example_case(date(2026, 11, 26))
    for n, op in enumerate(case.opinions, 1):
        op.id = n
    marks = [Mark(1, "plan", "differ"), Mark(2, "goal", "agree")]
    questions = [Question(1, "¿Cuánto tarda la prueba genómica?")]
    appts = [Appointment(1, on_date="2026-12-03", at_time="09:30", doctor="Dr. Okafor", purpose="",
                         calendar_uid="uid-1")]
    checklist = [ChecklistItem(1, item="pathology_report", label="Informe de patología", opinion="2",
                               state="sent", sent_on="2026-11-20")]
    worksheet = (Decision(1, "¿Qué tratamiento elijo?"), [Option(1, "Cirugía primero")],
                 [Value(1, "Seguir trabajando", "very")],
                 [SureResult(1, "2026-11-25", "yes", "no", "yes", "yes")])
    return case, marks, questions, appts, checklist, worksheet


def _no_english_headings(html: str) -> None:
    found = [words for words in ENGLISH_HEADINGS if words in html]
    assert found == [], found


def test_every_printout_has_spanish_headings_and_fixed_words(spanish_words):
    from app.printouts.comparison import comparison_html
    from app.printouts.questions import questions_html
    from app.printouts.summary import summary_html
    from app.printouts.worksheet import worksheet_html
    case, marks, questions, appts, checklist, (decision, options, values, sure) = _example_things()

    sheet = comparison_html(case, marks)
    for words in ("Comparación de opiniones — Ejemplo — Sam, cáncer de mama", "Aspecto",
                  "Su marca: ≠ Difieren", "Sin marcar", "Decidir antes del 17 de diciembre de 2026",
                  "El diagnóstico tal como lo describen", "cirujano", "Incluye: cirugía",
                  "Pista de la aplicación (usted decide)"):
        assert words in sheet, words
    _no_english_headings(sheet)

    page = questions_html(case, questions, for_whom="Dr. Okafor")
    for words in ("Preguntas para hacer — Ejemplo", "Para: Dr. Okafor", "Respuesta:", "Lleve esta página"):
        assert words in page, words
    _no_english_headings(page)

    summary = summary_html(case, appts, checklist, questions)
    for words in ("El caso", "Opiniones hasta ahora", "Expedientes enviados", "Preguntas pendientes",
                  "Diagnosticado el 2 de octubre de 2026", "Cita el 3 de diciembre de 2026 a las 09:30",
                  "enviado el 20 de noviembre de 2026", "Un resumen para un médico nuevo"):
        assert words in summary, words
    _no_english_headings(summary)

    worksheet = worksheet_html(case, decision, options, values, sure)
    for words in ("Mi hoja de trabajo para decidir", "Las opciones", "Lo que más me importa",
                  "La prueba SURE", "Hecha el 25 de noviembre de 2026: 3 de 4 respuestas sí.",
                  "¿Me siento seguro", "Muy importante"):
        assert words in worksheet, words
    _no_english_headings(worksheet)


def test_a_spanish_printout_saved_as_pdf_reads_in_spanish(spanish_words, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from PySide6.QtGui import QTextDocument

    from app.printouts.summary import summary_html
    from app.ui.paperwork.printing import save_pdf
    case, _, questions, appts, checklist, _ = _example_things()
    doc = QTextDocument()
    doc.setHtml(summary_html(case, appts, checklist, questions))
    path = tmp_path / "resumen.pdf"
    save_pdf(doc, str(path), title="Resumen")
    text = "".join(unicodedata.normalize("NFKC", page.extract_text()) for page in pypdf.PdfReader(path).pages)
    squeezed = "".join(text.split())
    for words in ("Opiniones hasta ahora", "Expedientes enviados", "Diagnosticado el 2 de octubre de 2026"):
        assert "".join(words.split()) in squeezed, words
    assert "Openquestions" not in squeezed and "Recordssent" not in squeezed


def test_the_calendar_files_own_words_are_spanish_and_it_still_parses(spanish_words):
    icalendar = pytest.importorskip("icalendar")
    from app.model.appointments import Appointment
    from app.printouts.ics import calendar_bytes
    appts = [Appointment(1, on_date="2026-12-03", at_time="09:30", doctor="Dr. Zoë Ng", bring="Informes",
                         calendar_uid="uid-1"),
             Appointment(2, on_date="2026-12-04", at_time="10:00", calendar_uid="uid-2")]
    cal = icalendar.Calendar.from_ical(calendar_bytes(appts, datetime(2026, 11, 26, 12, tzinfo=UTC)))
    events = list(cal.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Cita con Dr. Zoë Ng", "Cita"]
    assert str(events[0]["DESCRIPTION"]) == "Con: Dr. Zoë Ng\nLlevar: Informes"
    assert events[0]["DTSTART"].dt == datetime(2026, 12, 3, 9, 30)  # RFC 5545 floating time, untouched


# ---- nothing slips through: every core sentence is marked and translated --------------------------
def _calls(tree, names):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names:
            yield node


def core_sentences() -> list[tuple[str, str | None]]:
    """(file, sentence) for every say()/N_() in the core; sentence None when it is not a plain literal
    (an f-string or a joined text could never be found in the translation) or when the call sits
    inside an f-string (pyside6-lupdate does not read those, so it would never reach the .ts)."""
    found = []
    for path in CORE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hidden = {id(call) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr)
                  for call in _calls(f, {"say", "N_"})}
        for call in _calls(tree, {"say", "N_"}):
            arg = call.args[0] if call.args else None
            plain = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if id(call) in hidden and (plain or isinstance(arg, (ast.JoinedStr, ast.BinOp))):
                found.append((path.name, None))
            elif plain or isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                found.append((path.name, arg.value if plain else None))
    return found


def test_every_sentence_the_core_marks_has_a_spanish_translation():
    sentences = core_sentences()
    assert len(sentences) > 200
    assert [name for name, text in sentences if text is None] == [], "say()/N_(): a plain literal, outside f-strings"
    translated = {source: tr for (context, source), tr in ts_messages(TS).items() if context == ""}
    missing = sorted({text for _, text in sentences
                      if text not in translated or translated[text].get("type") == "unfinished"
                      or not (translated[text].text or "").strip()})
    assert missing == [], "run `make translations` and translate the new entries"


# programmer errors, never shown to the person as they are
PROGRAMMER_ERRORS = {"ValueError", "TypeError", "KeyError", "AssertionError", "NotImplementedError",
                     "ProgrammingError", "FrozenInstanceError", "RuntimeError"}


def _english_literal(node) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    return isinstance(node, (ast.JoinedStr, ast.BinOp))


def test_no_message_for_the_person_is_left_unmarked_in_the_core():
    """A message handed to an exception (or SaveError) is said through app.model.words, not typed as
    English: `BackupError(say("…"))`, never `BackupError(f"…")`."""
    unmarked = []
    for path in CORE:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if (name.endswith(("Error", "File", "Passphrase", "Version", "Needed", "Demanding"))
                    and name not in PROGRAMMER_ERRORS and _english_literal(node.args[0])):
                unmarked.append(f"{path.name}:{node.lineno} {name}")
    assert unmarked == []


def test_every_kind_of_record_has_its_undo_words():
    from app.store.kinds import LIST_KINDS
    from app.workspace.edits import RECORD_WORDS
    assert set(LIST_KINDS) - set(RECORD_WORDS) == set()


def test_the_scans_find_what_they_are_for(tmp_path, monkeypatch):
    sample = tmp_path / "sample.py"
    sample.write_text("def f(x):\n"
                      "    say(f'Hello {x}')\n"
                      "    N_('Marked')\n"
                      "    x = f\"<p>{say('Hidden')}</p>\"\n"
                      "    raise BackupError(f'The backup {x} is damaged.')\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.CORE", [sample])
    assert sorted(core_sentences(), key=str) == [("sample.py", "Marked"), ("sample.py", None), ("sample.py", None)]
    with pytest.raises(AssertionError):
        test_no_message_for_the_person_is_left_unmarked_in_the_core()


# ---- Alt letters in Spanish ---------------------------------------------------------------------
def _menu_clashes(menu, out: list) -> None:
    letters = collections.defaultdict(list)
    for action in menu.actions():
        if action.isSeparator():
            continue
        letters[mnemonic(action.text())].append(action.text())
        if action.menu() is not None:
            _menu_clashes(action.menu(), out)
    bad = {letter: texts for letter, texts in letters.items() if letter is None or len(texts) > 1}
    if bad:
        out.append((menu.title(), bad))


def _page_clashes(widget) -> dict:
    """Alt letters of what is visible at once: buttons, labels of a field, group boxes, tabs."""
    letters = collections.defaultdict(list)
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and mnemonic(button.text()):
            letters[mnemonic(button.text())].append(button.text())
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and mnemonic(label.text()):
            letters[mnemonic(label.text())].append(label.text())
    for box in widget.findChildren(QGroupBox):
        if box.isVisible() and mnemonic(box.title()):
            letters[mnemonic(box.title())].append(box.title())
    for bar in widget.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                if mnemonic(bar.tabText(i)):
                    letters[mnemonic(bar.tabText(i))].append(bar.tabText(i))
    return {letter: texts for letter, texts in letters.items() if len(texts) > 1}


def test_spanish_menus_and_pages_have_no_two_items_with_one_alt_letter(spanish):
    bar = spanish.menuBar()
    tops = [mnemonic(a.text()) for a in bar.actions()]
    assert None not in tops and len(set(tops)) == len(tops), tops
    clashes: list = []
    for top in bar.actions():
        _menu_clashes(top.menu(), clashes)
    assert clashes == []
    panel = spanish.workspace_panel
    panel.actions["example_case"].trigger()
    for i in range(panel.tabs.count()):
        panel.show_tab(i)
        assert _page_clashes(panel) == {}, panel.tabs.tabText(i)


def _dialog_classes() -> set[str]:
    found = set()
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "QDialog" for b in node.bases):
                found.add(node.name)
    return found


def test_every_dialogs_spanish_alt_letters_are_its_own():
    """A dialog's words are one translation context (its class): no two of its Alt letters alike."""
    dialogs = _dialog_classes()
    assert {"ExportDialog", "ImportDialog", "PrintPreview", "AskDialog"} <= dialogs
    letters: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for (context, _), tr in ts_messages(TS).items():
        if context in dialogs and mnemonic(tr.text or ""):
            letters[context][mnemonic(tr.text)].append(tr.text)
    clashes = {context: {k: v for k, v in found.items() if len(v) > 1} for context, found in letters.items()}
    assert {context: found for context, found in clashes.items() if found} == {}
    assert len(letters) >= 6  # the scan sees the dialogs that have Alt letters


def test_the_hints_of_what_differs_and_the_ask_wording_are_spanish(spanish_words):
    from app.model.comparison import differences, row_question
    from app.workspace.example_case import example_case
    case = example_case()
    for n, op in enumerate(case.opinions):
        op.id = n + 1  # as stored
    hints = [h for key in case.row_keys() for h in differences(case, key)]
    assert hints, "the example case differs somewhere"
    english = ("included by", "listed by", "cited by", "read differently", "described differently",
               "worded differently", " vs ", "category")
    assert not [h for h in hints if any(w in h for w in english)], hints
    asked = row_question(case, "plan")
    assert asked.startswith("Los médicos ven") and "¿Me ayuda a entender por qué?" in asked, asked


def test_no_spanish_workspace_page_takes_an_alt_letter_of_the_menu_bar(spanish):
    from tests.ui.flows import page_letters_taken_by_the_menu_bar
    assert page_letters_taken_by_the_menu_bar(spanish) == {}


def test_why_a_file_could_not_be_used_is_told_in_spanish(spanish_words, tmp_path):
    """The system's reasons are English; the usual ones are told in our words, in Spanish."""
    from app.store import exchange_format
    from app.store.datadir import DataFolderError, prepare_private_dir
    from app.ui.data.exchange_worker import export_problem
    with pytest.raises(OSError) as missing:  # an export to a drive that was taken out
        exchange_format.write_file(tmp_path / "usb-stick" / "para-el-medico.socase", b"x")
    told = export_problem(missing.value)
    assert "no está ahí (¿se desconectó una unidad?)" in told and "No such file" not in told
    (tmp_path / "a-file").write_text("")
    with pytest.raises(DataFolderError) as in_the_way:  # --data-dir below a file
        prepare_private_dir(tmp_path / "a-file" / "datos")
    assert "parte del camino hasta ahí es un archivo, no una carpeta" in str(in_the_way.value)
    assert "Not a directory" not in str(in_the_way.value)


def test_a_damaged_data_file_is_told_in_spanish(qtbot, data_dir):
    """The start-up check words what it finds after the person's language is installed (it was
    installed only once the data had opened, so a damaged file was told in English)."""
    from app.store.data_check import DamagedDataFile
    from app.store.datadir import DB_NAME
    from app.store.storage import Database
    from app.ui.application import make_application, open_window
    from app.ui.ui_state import UiState
    make_application([])
    Database.open_folder(data_dir).close()
    state = UiState(data_dir)
    state.set_text(language.STATE_KEY, language.SPANISH)
    state.sync()
    with open(data_dir / DB_NAME, "r+b") as f:
        f.write(b"not SQLite at all")
    try:
        with pytest.raises(DamagedDataFile) as told:
            open_window(data_dir, ask=False)
        assert "está dañada" in str(told.value) and "no es un archivo de datos" in str(told.value)
    finally:
        language.install(QApplication.instance(), language.ENGLISH)


REFUSED_START = """
import json, sys
from pathlib import Path
from app.ui import application, messages
told = []
messages.show_error = lambda parent, title, text, *rest: told.append([title, text])
code = application.run(Path(sys.argv[1]))
print(json.dumps([code, told]))
"""


def test_a_data_folder_that_cannot_be_written_is_told_in_spanish(nobody):
    """The refusal to start comes before the data is opened: the person's language, from the
    folder's UI state, is installed first (it came only with the data)."""
    import json
    import os
    folder, run = nobody
    (folder / "ui-state.ini").write_text("[view]\nlanguage=es\n", encoding="utf-8")
    os.chown(folder / "ui-state.ini", 0, 0)
    (folder / "ui-state.ini").chmod(0o644)
    os.chown(folder, 0, 0)  # nobody may read it, not write in it
    folder.chmod(0o755)
    done = run(REFUSED_START, str(folder))
    assert done.returncode == 0, done.stderr
    code, told = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 2 and len(told) == 1, (done.stdout, done.stderr)
    title, text = told[0]
    assert title == "Second Opinion Companion no puede iniciarse"
    assert text.startswith(f"Su información no se puede guardar en la carpeta “{folder}”: "
                           "esta cuenta de usuario no tiene permiso para usar ese lugar."), text
