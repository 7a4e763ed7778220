"""Issue 11: every visible string goes through Qt's translation system, and Spanish is complete.

- an AST scan of app/ui finds no text literal handed straight to a widget (tests/ui/untranslated_scan.py);
- the Spanish .ts has a finished translation for every string pyside6-lupdate finds in the code,
  and the committed .qm is the one lrelease makes from it;
- the words the Qt-free core defines (aspect names, choices) are listed for translation.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.untranslated_scan import UI, untranslated

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "app" / "resources" / "translations" / "second_opinion_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def test_no_visible_string_in_app_ui_bypasses_translation():
    assert untranslated() == []


def test_the_scan_finds_what_it_is_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "class W:\n"
        "    def build(self, box, menu, name):\n"
        "        QLabel('Hello there', self)\n"
        "        box.setToolTip(f'Saved {name}')\n"
        "        menu.addAction('&Quit' if name else 'Close')\n"
        "        QMessageBox.warning(self, self.tr('Fine'), 'Not fine')\n"
        "        self.setText(self.tr('Fine too'))\n"
        "        box.setObjectName('not shown')\n"
        "        box.setShortcut('Ctrl+Shift+N')\n"
        "        parent.tr('the wrong context')\n"
        "        box.setAccessibleName(f'{name} ({self.tr(\"option {n}\")})')\n", encoding="utf-8")
    found = "\n".join(untranslated([sample], root=tmp_path))
    for caught in ("Hello there", "Saved", "&Quit", "Close", "Not fine", "the wrong context",
                   "option {n}"):
        assert caught in found, (caught, found)
    for fine in ("Fine", "not shown", "Ctrl+Shift+N"):
        assert f"'{fine}'" not in found


def test_every_tr_helper_uses_the_context_lupdate_gives_it():
    """`_tr` helpers are read by lupdate as tr() in the "" context (-tr-function-alias tr+=_tr)."""
    wrong = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name == "_tr":
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)
                         and isinstance(c.func, ast.Attribute) and c.func.attr == "translate"]
                if not calls or not (isinstance(calls[0].args[0], ast.Constant) and calls[0].args[0].value == ""):
                    wrong.append(path.name)
    assert wrong == []


def test_the_spanish_ts_is_finished():
    found = messages(TS)
    assert len(found) > 500
    unfinished = [src for src, tr in found.items() if tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (tr.text or "").strip()]
    assert unfinished == []
    assert 'type="unfinished"' not in TS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def fresh_extraction(tmp_path_factory):
    """What pyside6-lupdate finds in the code today (the Makefile's command, into a new file)."""
    out = tmp_path_factory.mktemp("ts") / "fresh.ts"
    # app/ui, and the core's files for their say()/N_() sentences (app/model/words.py)
    files = sorted({str(p) for p in (ROOT / "app").glob("*/*.py")} | {str(p) for p in UI.rglob("*.py")})
    aliases = re.search(r"^TR_ALIASES := (\S+)", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M).group(1)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-tr-function-alias", aliases, "-locations", "none",
                    "-no-obsolete", "-target-language", "es", *files, "-ts", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return messages(out)


def test_every_string_in_the_code_has_a_spanish_translation(fresh_extraction):
    committed = messages(TS)
    missing = [key for key in fresh_extraction if key not in committed]
    assert missing == [], "run `make translations` and translate the new entries"


def test_placeholders_and_alt_letters_survive_translation():
    import re
    slot = re.compile(r"\{[a-z0-9_]*\}|%\d")
    for (_, source), tr in messages(TS).items():
        text = tr.text or ""
        assert sorted(slot.findall(source)) == sorted(slot.findall(text)), (source, text)
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (source, text)


def test_the_committed_qm_is_built_from_the_ts(tmp_path):
    out = tmp_path / "fresh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-nounfinished", "-removeidentical", str(TS), "-qm", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_the_cores_words_are_listed_for_translation():
    from app.model import aspects
    from app.ui.core_strings import CORE_STRINGS
    words = {a.label for a in aspects.ASPECTS} | {a.hint for a in aspects.ASPECTS if a.hint}
    for choices in (aspects.TREATMENT_KINDS, aspects.GOALS, aspects.REVIEW_CHOICES, aspects.SPECIALTIES,
                    aspects.DELIVERY, aspects.GUIDELINE_SOURCES, aspects.OPINION_LABELS):
        words |= set(choices)
    assert words - set(CORE_STRINGS) == set()


def test_the_bundle_keeps_our_translations_and_qts_spanish():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import packaging_filters as filters
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert filters.keep_data("app/resources/translations/second_opinion_es.qm")
    assert filters.keep_data("PySide6/Qt/translations/qtbase_es.qm")
    assert not filters.keep_data("PySide6/Qt/translations/qtbase_de.qm")
