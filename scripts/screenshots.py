"""Screenshots of the main window with the example case: 100 % and 200 % text, light and dark,
English and Spanish, into docs/screenshots/ (run by `make screenshots`, under Xvfb).

Each picture is made in a fresh process on a throw-away data folder, so a language or an
appearance is set exactly as a person's choice would be at start-up."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def one(language: str, appearance: str, zoom: int) -> None:
    from PySide6.QtWidgets import QApplication

    from app.store.storage import Database
    from app.ui.application import make_application, open_window
    from app.ui.ui_state import UiState
    data = Path(tempfile.mkdtemp()) / "data"
    app = make_application([])
    Database.open_folder(data).close()
    state = UiState(data)
    for key, value in (("view/language", language), ("view/appearance", appearance)):
        state.set_text(key, value)
    state.set_number("view/zoom", zoom)
    state.sync()
    window, db = open_window(data)
    window.resize(1366, 740)
    window.show()
    window.workspace_panel.actions["example_case"].trigger()
    for _ in range(20):
        app.processEvents()
    name = f"main-{language}-{appearance}-{zoom}.png"
    window.grab().save(str(OUT / name))
    print(name)
    window.close()
    db.close()
    QApplication.quit()


def main() -> int:
    if len(sys.argv) == 4:
        one(sys.argv[1], sys.argv[2], int(sys.argv[3]))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "es"):
        for appearance in ("light", "dark"):
            for zoom in (100, 200):
                subprocess.run([sys.executable, __file__, language, appearance, str(zoom)], check=True,
                               env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
