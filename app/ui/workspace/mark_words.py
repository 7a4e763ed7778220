"""The words shown for the person's marks (app.model.marks keys): a sign and a word each, so a
mark never depends on colour alone."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model.marks import AGREE, DIFFER, NOT_DISCUSSED, UNCLEAR


def mark_text(mark: str) -> str:
    """"✓ Agree" and so on; "" for no mark (or a key this version does not know)."""
    translate = QCoreApplication.translate
    return {AGREE: translate("Marks", "✓ Agree"), DIFFER: translate("Marks", "≠ Differ"),
            UNCLEAR: translate("Marks", "? Unclear"),
            NOT_DISCUSSED: translate("Marks", "— Not discussed")}.get(mark, "")


def mark_action_text(mark: str) -> str:
    """Menu wording, with a unique Alt letter each."""
    translate = QCoreApplication.translate
    return {AGREE: translate("Marks", "Mark as &Agree"), DIFFER: translate("Marks", "Mark as &Differ"),
            UNCLEAR: translate("Marks", "Mark as &Unclear"),
            NOT_DISCUSSED: translate("Marks", "Mark as &Not discussed")}[mark]
