"""The papers to take along, made in a process of their own so a test can trace it.

Starts the app offscreen with the example case, previews and saves the comparison sheet and
the questions for a visit as PDFs, and quits. Prints one JSON line with what it did.
Usage: python -m tests.papers_no_network_flow DATA_DIR OUT_DIR
"""
from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main(data_dir: Path, out_dir: Path) -> int:
    from PySide6.QtTest import QTest

    from app.ui import messages
    from app.ui.application import make_application, open_window
    from app.ui.paperwork import papers, printing

    problems: list[str] = []
    messages.show_error = lambda parent, title, text: problems.append(f"{title}: {text}")
    messages.confirm = lambda *args: False  # "PDF saved": not opening the folder
    printing.ask_pdf_path = lambda parent, suggested: str(out_dir / suggested)

    app = make_application([])
    window, db = open_window(data_dir)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.workspace_panel.actions["example_case"].trigger()
    written = [papers.open_comparison(window).save(), papers.open_questions(window).save()]
    app.processEvents()
    window.close()
    db.close()
    socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM).close()  # proves the trace saw this process
    maps = Path("/proc/self/maps").read_text() if Path("/proc/self/maps").exists() else ""
    print(json.dumps({"problems": problems, "pdfs": written,
                      "print_support_loaded": "PySide6.QtPrintSupport" in sys.modules
                      or "libQt6PrintSupport" in maps}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
