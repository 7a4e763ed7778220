"""The export file: one file that carries a case (or everything) to another laptop.

Layout (docs/EXPORT-FORMAT.md says it for people who write their own reader):

    MAGIC (12 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | payload part
    | contents part (version 2, only when documents travel)

The payload part is the payload (UTF-8 JSON) compressed with zlib. Protected by a passphrase, it is
encrypted with AES-256-GCM under a key made from the passphrase by scrypt; the scrypt parameters,
salt and nonce are in the header, and the magic, length and header are the cipher's associated
data, so changing any byte of the file is found. Plain, the header carries the body's SHA-256, so
damage is found (but not a deliberate change: that is what the passphrase is for).

The contents part carries the bytes of attached documents, once per SHA-256, in frames of FRAME
bytes; protected, each frame is sealed on its own (AES-256-GCM, a nonce made of a random prefix,
the frame's number and a last-frame flag, as in the STREAM construction), so a 200 MB document is
written and read a frame at a time and never held whole in memory. The contents' sizes are in
the (authenticated or check-summed) payload and must add up to exactly the bytes the file really
has, so a hostile file cannot claim gigabytes. Each content is checked against its SHA-256.

A reader takes the file's bytes or its path (a path is read a piece at a time).

Reading is bounded: sizes, scrypt's cost and memory, and the unpacked size are checked before
any work, and every problem is an ExchangeFileError (a subclass says which) whose message is
worded for the person. Nothing here touches the data; `cryptography` is imported on first use.
"""
from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.model.words import say
from app.store import whole_files
from app.store.exchange_contents import (  # noqa: F401 (re-exported: the errors and sizes of the format)
    FRAME,
    MAX_CONTENT_BYTES,
    MAX_FRAMES,
    PREFIX_BYTES,
    TAG_BYTES,
    DamagedExportFile,
    ExchangeFileError,
    NotAnExportFile,
    PassphraseNeeded,
    Payload,
    ReadContent,
    Source,
    TooDemanding,
    UnreadableExportFile,
    UnsupportedVersion,
    WrongPassphrase,
    checked_contents,
    damaged,
    frame_counts,
    frame_nonce,
    frames,
)

MAGIC = b"SOC-EXPORT\r\n"
FORMAT = "second-opinion-companion-export"
VERSION = 2  # 2: attached documents and their bytes (version 1 files are still read)
PASSPHRASE, PLAIN = "passphrase", "plain"

# scrypt for new files: about half a second of CPU here (bench/exchange.py: 0.52 s, against 0.23 s
# for 2^16), 128 MiB of memory
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
# what a reader accepts: a file asking for more is refused before any work
# a file is read a piece at a time, so its size costs no memory; only its payload part is held
# (version 1: the whole body). Documents' sizes must add up to the file's real size.
MAX_FILE_BYTES = 64 * 1024 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
MAX_SCRYPT_N = 2 ** 20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # 128 · n · r bytes
MAX_SCRYPT_WORK = 2 ** 31              # 128 · n · r · p: about 30 s here at the limit
SALT_BYTES, NONCE_BYTES = 16, 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise damaged(say("the {what} is missing", what=what))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise damaged(say("the {what} is not readable", what=what)) from exc
    if size is not None and len(data) != size:
        raise damaged(say("the {what} has the wrong length", what=what))
    return data


def _key(passphrase: str, kdf: dict) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # loaded on first use (start-up)
    salt = _unb64(kdf.get("salt"), "salt")
    return Scrypt(salt=salt, length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(passphrase.encode("utf-8"))


def pack(payload: dict, passphrase: str | None, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
         p: int = SCRYPT_P, read_content: ReadContent | None = None) -> bytes:
    """The file's bytes (in memory: for small exports and tests; `write_export` streams to a file).
    `passphrase` None writes a plain (not protected) file; `read_content` gives the bytes of each
    entry of payload["contents"]."""
    out = io.BytesIO()
    write_to(out, payload, passphrase, n=n, r=r, p=p, read_content=read_content)
    return out.getvalue()


def write_export(path: Path, payload: dict, passphrase: str | None, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
                 p: int = SCRYPT_P, read_content: ReadContent | None = None,
                 ready: Callable[[], None] | None = None, data_folder: Path | None = None) -> None:
    """Write the file a frame at a time, whole or not at all (as `write_file`). `ready()` is called
    once the key is derived and the payload packed, before the first byte is written: it may raise
    to stop (a helper thread's Cancel), and then no file is left. `data_folder`: where the
    half-written file is listed while it is written, for the next start to remove after a crash."""
    whole_files.write_whole(path, lambda out: write_to(out, payload, passphrase, n=n, r=r, p=p,
                                                       read_content=read_content, ready=ready), data_folder)


def write_to(out: BinaryIO, payload: dict, passphrase: str | None, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
             p: int = SCRYPT_P, read_content: ReadContent | None = None,
             ready: Callable[[], None] | None = None) -> None:
    # without read_content no bytes are written (a reader then refuses a file naming contents)
    contents = list(payload.get("contents") or ()) if read_content is not None else []
    total = sum(frame_counts(contents))
    if total > MAX_FRAMES:
        raise ValueError("too many frames")
    body = zlib.compress(_json_bytes(payload), 6)
    header: dict = {"format": FORMAT, "version": VERSION, "compression": "zlib"}
    if passphrase is None:
        header["protection"] = PLAIN
        header["body_sha256"] = hashlib.sha256(body).hexdigest()
    else:
        if not passphrase:
            raise ValueError("an empty passphrase protects nothing")
        _check_kdf({"name": "scrypt", "n": n, "r": r, "p": p})
        kdf = {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64(os.urandom(SALT_BYTES))}
        nonce = os.urandom(NONCE_BYTES)
        header.update(protection=PASSPHRASE, kdf=kdf, cipher={"name": "AES-256-GCM", "nonce": _b64(nonce)})
    aead = None
    if passphrase is not None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        aead = AESGCM(_key(passphrase, header["kdf"]))
    if contents:
        header["payload_bytes"] = len(body) + (TAG_BYTES if aead else 0)
        header["frame"] = FRAME
        if aead:
            prefix = os.urandom(PREFIX_BYTES)
            header["cipher"]["frames"] = _b64(prefix)
    head = _head(header)
    if ready is not None:
        ready()
    out.write(head)
    out.write(aead.encrypt(nonce, body, head) if aead else body)
    del body
    index = 0
    for content in contents:
        digest, done = hashlib.sha256(), 0
        assert read_content is not None
        for frame in frames(read_content(content["sha256"])):
            digest.update(frame)
            done += len(frame)
            if done > content["size"]:
                break
            out.write(aead.encrypt(frame_nonce(prefix, index, index == total - 1), frame, head) if aead else frame)
            index += 1
        if done != content["size"] or digest.hexdigest() != content["sha256"]:
            raise OSError(errno.EIO, say("an attached document's stored bytes are not as they were saved"))


def _json_bytes(payload: dict) -> bytes:
    """json.dumps(payload) byte for byte, made a list item at a time: one call on a whole 10 MB
    payload holds Python's lock for ~0.1 s, and the window's thread waits that long meanwhile."""
    def dump(value) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    parts = [dump(key) + ":" + ("[" + ",".join(dump(item) for item in value) + "]" if isinstance(value, list)
                                else dump(value)) for key, value in payload.items()]
    return ("{" + ",".join(parts) + "}").encode("utf-8")


def _head(header: dict) -> bytes:
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + len(text).to_bytes(4, "big") + text


def read_header(data) -> tuple[dict, bytes, bytes]:
    """(header, the bytes it was made of with magic and length, body); checks shape and bounds."""
    src = data if isinstance(data, Source) else Source(data)
    header, head = _read_head(src)
    return header, head, src.read(len(head), src.size - len(head))


def _read_head(src: Source) -> tuple[dict, bytes]:
    if src.size > MAX_FILE_BYTES:
        raise TooDemanding(say("This file is larger than any export this app makes, so it was not opened. "
                               "Nothing was changed here."))
    data = src.read(0, len(MAGIC) + 4 + MAX_HEADER_BYTES)
    if not data.startswith(MAGIC):
        raise NotAnExportFile(say("This is not a file exported by Second Opinion Companion, so it cannot be "
                                  "imported. Nothing was changed here. Please choose the file that File ▸ "
                                  "Export… made (its name usually ends in .socase)."))
    size_at = len(MAGIC)
    if len(data) < size_at + 4:
        raise damaged("it ends too early")
    size = int.from_bytes(data[size_at:size_at + 4], "big")
    if size > MAX_HEADER_BYTES:
        raise damaged("its header is too large")
    if len(data) < size_at + 4 + size:
        raise damaged("it ends too early")
    head = data[:size_at + 4 + size]
    try:
        header = json.loads(head[size_at + 4:].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise damaged("its header is not readable") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise damaged("its header is not readable")
    version = header.get("version")
    if type(version) is not int or version < 1:
        raise damaged("its version is not readable")
    if version > VERSION:
        raise UnsupportedVersion(say("This file was exported by a newer version of Second Opinion Companion, "
                                     "which writes a format this version cannot read. Nothing was changed "
                                     "here. Please update the app on this computer, then import it again."))
    if header.get("compression") != "zlib" or header.get("protection") not in (PASSPHRASE, PLAIN):
        raise damaged("its header is not readable")
    if header["protection"] == PASSPHRASE:
        kdf, cipher = header.get("kdf"), header.get("cipher")
        if not isinstance(kdf, dict) or not isinstance(cipher, dict) or cipher.get("name") != "AES-256-GCM":
            raise damaged("its protection is not readable")
        _check_kdf(kdf)
        _unb64(kdf.get("salt"), "salt")
        _unb64(cipher.get("nonce"), "nonce", NONCE_BYTES)
    elif not isinstance(header.get("body_sha256"), str):
        raise damaged("its check sum is missing")
    if "payload_bytes" in header or "frame" in header:
        if version < 2 or type(header.get("payload_bytes")) is not int or header.get("frame") != FRAME:
            raise damaged("its header is not readable")
        if not 0 < header["payload_bytes"] <= src.size - len(head):
            raise damaged("it ends too early")
        if header["protection"] == PASSPHRASE:
            _unb64(header["cipher"].get("frames"), "nonce", PREFIX_BYTES)
    return header, head

def _check_kdf(kdf: dict) -> None:
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if kdf.get("name") != "scrypt" or not all(type(v) is int for v in (n, r, p)):
        raise damaged("its protection is not readable")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n < 2 or n & (n - 1) or r < 1 or p < 1:
        raise damaged("its protection settings are not valid")
    if (n > MAX_SCRYPT_N or r > MAX_SCRYPT_R or p > MAX_SCRYPT_P or 128 * n * r > MAX_SCRYPT_MEMORY
            or 128 * n * r * p > MAX_SCRYPT_WORK):
        raise TooDemanding(say(
            "This file asks for far more memory or time to unlock than this app allows (scrypt n={n}, "
            "r={r}, p={p}), so it was not opened. Nothing was changed here. A file made by this app "
            "never asks for that; it may not be what it seems.", n=n, r=r, p=p))


def is_protected(data) -> bool:
    """True when the file (its bytes or its path) needs a passphrase (raises ExchangeFileError
    when it is not readable)."""
    return _read_head(Source(data))[0]["protection"] == PASSPHRASE


def unpack(data, passphrase: str | None = None) -> Payload:
    """The payload of a file, given as its bytes or its path (a dict with "format" and "version",
    and `content()` for the documents' bytes, every one of them checked here already); raises
    ExchangeFileError."""
    src = data if isinstance(data, Source) else Source(data)
    header, head = _read_head(src)
    rest = src.size - len(head)
    size = header.get("payload_bytes", rest)
    if size > MAX_PAYLOAD_BYTES:
        raise TooDemanding(say("This file unpacks to more than any export this app makes, so it was not "
                               "imported. Nothing was changed here."))
    body = src.read(len(head), size)
    if len(body) != size:
        raise damaged("it ends too early")
    aead, prefix = None, b""
    if header["protection"] == PASSPHRASE:
        if not passphrase:
            raise PassphraseNeeded(say("This file is protected by a passphrase. Please type the passphrase "
                                       "that was chosen when it was exported."))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        nonce = _unb64(header["cipher"]["nonce"], "nonce", NONCE_BYTES)
        if len(body) < 16:
            raise damaged("it ends too early")
        aead = AESGCM(_key(passphrase, header["kdf"]))
        try:
            body = aead.decrypt(nonce, body, head)
        except InvalidTag as exc:
            raise WrongPassphrase(say(
                "This passphrase does not open the file. Please check it and try again: capital letters "
                "and spaces count. If it is right, the file was changed or damaged after it was exported; "
                "ask for it again. Nothing was changed here.")) from exc
        if "payload_bytes" in header:
            prefix = _unb64(header["cipher"]["frames"], "nonce", PREFIX_BYTES)
    elif hashlib.sha256(body).hexdigest() != header["body_sha256"]:
        raise damaged("its contents do not match its check sum")
    payload = _inflate_json(body, header["version"])
    del body
    contents = checked_contents(payload, header)
    tag = TAG_BYTES if aead else 0
    if sum(c["size"] + n * tag for c, n in zip(contents, frame_counts(contents))) != rest - size:
        raise damaged("its attached documents are incomplete" if contents else "it has bytes it should not have")
    found = Payload(payload, src, head, len(head) + size, aead, prefix)
    for content in contents:  # every byte checked before anything can be stored
        for _ in found.content(content["sha256"]):
            pass
    return found


def _inflate_json(body: bytes, version: int = VERSION) -> dict:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(body, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail:
            raise TooDemanding(say("This file unpacks to more than any export this app makes, so it was not "
                                   "imported. Nothing was changed here."))
        if not inflater.eof or inflater.unused_data:
            raise damaged("its contents are incomplete")
        payload = json.loads(text.decode("utf-8"))
    except zlib.error as exc:
        raise damaged("its contents are not readable") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise damaged("its contents are not readable") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("version") != version:
        raise damaged("its contents are not readable")
    return payload


def write_file(path: Path, data: bytes, data_folder: Path | None = None) -> None:
    """Bytes already packed (`pack`), written whole or not at all (app.store.whole_files)."""
    whole_files.write_whole(path, lambda out: out.write(data), data_folder)
