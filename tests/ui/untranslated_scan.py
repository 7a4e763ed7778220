"""Find user-visible string literals in app/ui that do not go through Qt's translation system.

An AST scan: a string literal (or f-string) passed straight to a call that shows text — QLabel("…"),
setText("…"), addAction("…"), setToolTip("…"), a QMessageBox text, … — is a string a Spanish-speaking
person would see in English. Text wrapped in self.tr(), QCoreApplication.translate() or a local
helper that calls it (tr, _tr, translate) is fine.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "ui"

# Calls (constructor or method names) whose text arguments are shown to the person.
TEXT_CALLS = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QMessageBox", "QCommandLinkButton", "plain_label", "QListWidgetItem", "QTreeWidgetItem",
    "QStandardItem", "QShortcut",
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "setSpecialValueText", "setPrefix", "setSuffix", "setTabText", "setTabToolTip",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel",
    "setIconText", "setButtonText", "setOkButtonText", "setCancelButtonText", "setPlainText",
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "insertItem", "addRow",
    "insertRow", "addButton", "addSection", "showMessage", "setCheckBoxText",
    "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getInt", "getMultiLineText", "getSaveFileName", "getOpenFileName",
    "getOpenFileNames", "getExistingDirectory",
    "show_error", "show_info", "confirm", "ask", "announce",
}
TRANSLATORS = {"tr", "_tr", "translate"}
# Literals that are not words for a person: symbols, shortcuts, a file name offered to save as.
ALLOWED = re.compile(r"^[\W\d_]*$|^(Ctrl|Alt|Shift|Meta|F\d+)[+\w]*$|^[\w.-]+\.[a-z]{2,4}$")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _visible_literals(node: ast.AST):
    """String literals reachable from an argument without passing through a translator call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        if any(isinstance(v, ast.Constant) and not ALLOWED.match(v.value) for v in node.values):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from _visible_literals(node.left)
        yield from _visible_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _visible_literals(node.body)
        yield from _visible_literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for elt in node.elts:
            yield from _visible_literals(elt)
    elif isinstance(node, ast.Call) and _call_name(node) in {"join", "format"}:
        if isinstance(node.func, ast.Attribute):
            yield from _visible_literals(node.func.value)


def untranslated(paths=None, root=None) -> list[str]:
    found = []
    root = root or UI.parent.parent
    for path in sorted(paths or UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            # other.tr("…") is looked up in the context of other's class at run time, but lupdate
            # files it under the variable's name: it would never be found
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")):
                found.append(f"{path.relative_to(root)}:{node.lineno}: {ast.unparse(node)[:80]} (not self.tr)")
            # pyside6-lupdate does not look inside f-strings: a sentence translated in one is never
            # offered to the translator, so the person sees it in English
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and _call_name(inner) in TRANSLATORS
                            and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in inner.args)):
                        found.append(f"{path.relative_to(root)}:{inner.lineno}: {ast.unparse(inner)[:80]} "
                                     "(inside an f-string, which lupdate does not read)")
            if not isinstance(node, ast.Call) or _call_name(node) not in TEXT_CALLS:
                continue
            args = list(node.args) + [k.value for k in node.keywords
                                      if k.arg in {"text", "title", "tooltip", "caption", "filter"}]
            for arg in args:
                for lit in _visible_literals(arg):
                    text = lit.value if isinstance(lit, ast.Constant) else ast.unparse(lit)
                    if isinstance(lit, ast.Constant) and ALLOWED.match(text):
                        continue
                    found.append(f"{path.relative_to(root)}:{lit.lineno}: "
                                 f"{_call_name(node)}({text!r})")
    return found


if __name__ == "__main__":
    for line in untranslated():
        print(line)
