"""The contents part of an export file (version 2): attached documents' bytes, in frames.

Split from app.store.exchange_format (which re-exports these names): the errors every reader
raises, the source a file is read from (its bytes, or its path read a piece at a time), and the
frames — FRAME bytes each, the last of a content shorter, each sealed on its own when the file is
protected (AES-256-GCM; nonce = a random prefix | the frame's number | a last-frame flag, as in
the STREAM construction), so reordering, cutting or changing any frame is found.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.model.documents import MAX_BYTES as MAX_CONTENT_BYTES
from app.model.words import N_, os_reason, say

# the contents part (version 2): frames of FRAME bytes (the last of each content shorter), each
# followed by its 16-byte tag when protected; nonce = PREFIX (7 random bytes) | frame number (4) | last (1)
FRAME = 1024 * 1024
TAG_BYTES, PREFIX_BYTES = 16, 7
MAX_FRAMES = 2 ** 32 - 1
SHA256_HEX = re.compile(r"[0-9a-f]{64}")

ReadContent = Callable[[str], Iterable[bytes]]  # sha256 -> its bytes, in pieces of any size


class ExchangeFileError(Exception):
    """An export file could not be read. The message is for the person; nothing was changed."""


class NotAnExportFile(ExchangeFileError):
    pass


class UnsupportedVersion(ExchangeFileError):
    pass


class PassphraseNeeded(ExchangeFileError):
    pass


class WrongPassphrase(ExchangeFileError):
    """The passphrase does not open the file, or the file was changed: AES-GCM cannot tell which."""


class DamagedExportFile(ExchangeFileError):
    pass


class UnreadableExportFile(ExchangeFileError):
    """The file could not be read from the disk (gone, no permission, an I/O error)."""


class TooDemanding(ExchangeFileError):
    """The file asks for more memory, time or size than this app will give it."""


# what damaged() is told, marked for translation (app.model.words); tests/ui/test_spanish_core.py checks the list
DAMAGE_DETAILS = (N_("it ends too early"), N_("its check sum is missing"), N_("its contents are incomplete"),
                  N_("its contents are not readable"), N_("its contents do not match its check sum"),
                  N_("its header is not readable"), N_("its header is too large"),
                  N_("its protection is not readable"), N_("its protection settings are not valid"),
                  N_("its version is not readable"),
                  N_("an attached document's bytes do not match their check sum"),
                  N_("an attached document's bytes were changed"),
                  N_("its attached documents are not readable"))


def damaged(detail: str) -> DamagedExportFile:
    return DamagedExportFile(say(
        "This export file is damaged or incomplete, so it cannot be imported ({detail}). Nothing "
        "was changed here. Please ask for the file again, or copy it again from where it came from.",
        detail=say(detail)))


class Source:
    """The file to read: its bytes, or its path (read a piece at a time, never whole)."""

    def __init__(self, source: bytes | bytearray | memoryview | Path | str):
        if isinstance(source, (bytes, bytearray, memoryview)):
            self.data: bytes | None = bytes(source)
            self.path = None
            self.size = len(self.data)
        else:
            self.data, self.path = None, Path(source)
            try:
                self.size = self.path.stat().st_size
            except OSError as exc:
                raise unreadable(exc) from exc

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None  # one of the two is always set
        try:
            return open(self.path, "rb")
        except OSError as exc:
            raise unreadable(exc) from exc

    def read(self, offset: int, count: int) -> bytes:
        if self.data is not None:
            return self.data[offset:offset + count]
        with self.open() as f:
            try:
                f.seek(offset)
                return f.read(count)
            except OSError as exc:
                raise unreadable(exc) from exc


def unreadable(exc: OSError) -> UnreadableExportFile:
    return UnreadableExportFile(say("The file could not be read ({reason}). Nothing was changed here. "
                                    "Please check that it is still there, or copy it again.",
                                    reason=os_reason(exc)))


def frame_counts(contents: list[dict]) -> list[int]:
    return [-(-int(c["size"]) // FRAME) for c in contents]


def frame_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def frames(pieces: Iterable[bytes]) -> Iterator[bytes]:
    """Pieces of any size as frames of FRAME bytes (the last one shorter)."""
    pending = bytearray()
    for piece in pieces:
        pending += piece
        while len(pending) >= FRAME:
            yield bytes(pending[:FRAME])
            del pending[:FRAME]
    if pending:
        yield bytes(pending)


class Payload(dict):
    """The payload read from a file, and the way to its documents' bytes (`content`), which are
    read from the file again, a frame at a time, and checked against their SHA-256."""

    def __init__(self, payload: dict, src: Source, head: bytes, at: int, aead, prefix: bytes):
        super().__init__(payload)
        self._src, self._head, self._aead, self._prefix = src, head, aead, prefix
        self._where: dict[str, tuple[int, int, int]] = {}  # sha256 -> (offset, first frame, size)
        self._total = 0
        for content, frames in zip(self.get("contents", ()), frame_counts(self.get("contents", ()))):
            self._where[content["sha256"]] = (at, self._total, content["size"])
            at += content["size"] + frames * (TAG_BYTES if aead else 0)
            self._total += frames

    def has_content(self, sha256: str) -> bool:
        return sha256 in self._where

    def content_size(self, sha256: str) -> int:
        return self._where[sha256][2]

    def content(self, sha256: str) -> Iterator[bytes]:
        """The bytes, a frame at a time; DamagedExportFile (at the latest after the last frame)
        when they are not exactly the bytes that were exported."""
        at, index, size = self._where[sha256]
        tag = TAG_BYTES if self._aead else 0
        digest, left = hashlib.sha256(), size
        with self._src.open() as f:
            try:
                f.seek(at)
                while left:
                    count = min(FRAME, left)
                    frame = f.read(count + tag)
                    if len(frame) != count + tag:
                        raise damaged("it ends too early")
                    if self._aead is not None:
                        frame = self._open_frame(frame, index)
                    digest.update(frame)
                    yield frame
                    left -= count
                    index += 1
            except OSError as exc:
                raise unreadable(exc) from exc
        if digest.hexdigest() != sha256:
            raise damaged("an attached document's bytes do not match their check sum")

    def _open_frame(self, frame: bytes, index: int) -> bytes:
        from cryptography.exceptions import InvalidTag
        try:
            return self._aead.decrypt(frame_nonce(self._prefix, index, index == self._total - 1), frame, self._head)
        except InvalidTag as exc:
            raise damaged("an attached document's bytes were changed") from exc


def checked_contents(payload: dict, header: dict) -> list[dict]:
    """The contents the file says it carries (version 2), each checked: SHA-256, a size up to the
    attach limit, each once; their sizes must then match the file's real size exactly."""
    if header["version"] < 2:
        payload.pop("contents", None)
        return []
    contents = payload.get("contents", [])
    if not isinstance(contents, list) or (contents and "payload_bytes" not in header):
        raise damaged("its attached documents are not readable")
    seen: set[str] = set()
    for content in contents:
        if (not isinstance(content, dict) or set(content) != {"sha256", "size"}
                or not isinstance(content["sha256"], str) or not SHA256_HEX.fullmatch(content["sha256"])
                or type(content["size"]) is not int or not 0 < content["size"] <= MAX_CONTENT_BYTES
                or content["sha256"] in seen):
            raise damaged("its attached documents are not readable")
        seen.add(content["sha256"])
    return contents
