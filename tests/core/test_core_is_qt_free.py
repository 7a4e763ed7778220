"""The core under app/ (outside app/ui/) must never import Qt: it is checked two ways."""
import ast
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def core_modules():
    for path in (ROOT / "app").rglob("*.py"):
        if "ui" not in path.relative_to(ROOT / "app").parts:
            yield path


def test_no_core_module_imports_pyside():
    offenders = []
    for path in core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "app.ui")]
    assert offenders == []
    assert len(list(core_modules())) > 5


def test_importing_the_whole_core_loads_no_qt():
    # every core module by its file (walk_packages would import the app.ui package to look inside)
    names = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                   for p in core_modules())
    code = ("import sys, importlib\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module(name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "assert not bad, bad\nprint('ok')")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
