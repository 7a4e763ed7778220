"""Documents the person attaches: PDFs, photos of letters, text files.

A document record holds what is listed (name, date added, size) and what it is attached to; its
bytes are kept once per content (by SHA-256) in the data file beside it (app.store.documents).

`attached_to` is a stable text key:
  "case"                                   the whole case
  "opinion:<opinion id>"                   one doctor's opinion
  "reading:<opinion id>:<row key>:<pos>"   one test reading of an opinion (an entry of a list row)
  "checklist_item:<opinion id>:<item>"     a records-checklist item: a usual item's key, or
                                           "#<id>" for an item of the person's own
"""
from __future__ import annotations

from pathlib import Path

from app.model.records import record

DOCUMENT = "document"  # the record kind's name (app.store.kinds)

MAX_BYTES = 200 * 1024 * 1024  # the limit a person is told before anything is copied

PDF, IMAGE, TEXT = "pdf", "image", "text"
# what we accept, by the name's ending; the first bytes are checked too (`sniff`)
TYPES = {".pdf": PDF, ".png": IMAGE, ".jpg": IMAGE, ".jpeg": IMAGE, ".txt": TEXT, ".text": TEXT, ".md": TEXT}

TOO_BIG, UNSUPPORTED, UNREADABLE, EMPTY = "too_big", "unsupported", "unreadable", "empty"
CASE_TARGET = "case"


@record(frozen=True)
class Document:
    id: int
    name: str = ""          # shown and renamed by the person (starts as the file's name)
    added_on: str = ""      # ISO date-time, local, to the minute
    size: str = ""          # bytes, as text (every stored field is text)
    sha256: str = ""        # of the content: the same file attached twice is found by this
    media: str = ""         # PDF, IMAGE or TEXT
    attached_to: str = CASE_TARGET

    @property
    def byte_count(self) -> int:
        return int(self.size) if self.size.isdigit() else 0


def media_of(path: Path | str) -> str:
    """PDF, IMAGE, TEXT by the name's ending, or '' when unsupported."""
    return TYPES.get(Path(path).suffix.lower(), "")


def sniff(first_bytes: bytes, media: str) -> bool:
    """Do the first bytes fit the type the name claims? (A .pdf that is a renamed program is refused.)"""
    if media == PDF:
        return first_bytes.lstrip()[:5] == b"%PDF-"
    if media == IMAGE:
        return first_bytes[:8] == b"\x89PNG\r\n\x1a\n" or first_bytes[:3] == b"\xff\xd8\xff"
    if media == TEXT:
        return b"\x00" not in first_bytes
    return False


def check_file(path: Path | str) -> tuple[str, int]:
    """Before anything is copied: (problem or '', size in bytes). Reads only the first bytes."""
    path = Path(path)
    media = media_of(path)
    if not media:
        return UNSUPPORTED, 0
    try:
        size = path.stat().st_size
        if not path.is_file():
            return UNREADABLE, 0
        if size > MAX_BYTES:
            return TOO_BIG, size
        if size == 0:
            return EMPTY, 0
        with open(path, "rb") as f:
            first = f.read(1024)
    except OSError:
        return UNREADABLE, 0
    return ("" if sniff(first, media) else UNSUPPORTED), size


def size_text(size: int) -> str:
    """'512 bytes', '12 KB', '3.4 MB' (plain words; 1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def opinion_target(opinion_id: int) -> str:
    return f"opinion:{opinion_id}"


def reading_target(opinion_id: int, row_key: str, position: int) -> str:
    return f"reading:{opinion_id}:{row_key}:{position}"


def checklist_target(opinion_id: str | int, item_key: str, item_id: int = 0) -> str:
    return f"checklist_item:{opinion_id}:{item_key or f'#{item_id}'}"


def target_opinion(target: str) -> int | None:
    """The opinion a target belongs to (None for the whole case)."""
    parts = target.split(":")
    if len(parts) >= 2 and parts[0] in ("opinion", "reading", "checklist_item") and parts[1].isdigit():
        return int(parts[1])
    return None


def duplicate_of(documents: list[Document], sha256: str) -> Document | None:
    """The document of this case with the same content, if there is one."""
    return next((d for d in documents if d.sha256 == sha256), None)
