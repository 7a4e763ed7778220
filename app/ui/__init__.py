"""All Qt widgets and models of the app.

Importing this package imports QtCore and switches off PySide's per-import source scan (below),
so every module of the package is imported without it.
"""
from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs PySide's import hook, which the next lines tune)


def _uses_pyside(module) -> bool:
    """Every module counts as a PySide user: the app never selects a `__feature__`, so there is
    nothing for PySide to switch per module."""
    return True


def skip_feature_source_scan() -> bool:
    """Stop PySide reading the source of every module imported after it.

    PySide6 wraps `__import__` to support `from __feature__ import snake_case`: after each import
    it asks whether the new module uses PySide by reading the module's whole source file
    (`inspect.getsource`). The app never uses `__feature__`, so the answer changes nothing, but the
    reading costs about 30 million instructions (3 % of the whole start-up, callgrind, 76 modules)
    before the window can show. Returns False when this PySide has no such scan.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


skip_feature_source_scan()
