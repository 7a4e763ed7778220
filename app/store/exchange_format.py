"""The export file: one file that carries a case (or everything) to another laptop.

Layout (docs/EXPORT-FORMAT.md says it for people who write their own reader):

    MAGIC (12 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | body

The body is the payload (UTF-8 JSON) compressed with zlib. Protected by a passphrase, it is
encrypted with AES-256-GCM under a key made from the passphrase by scrypt; the scrypt parameters,
salt and nonce are in the header, and the magic, length and header are the cipher's associated
data, so changing any byte of the file is found. Plain, the header carries the body's SHA-256, so
damage is found (but not a deliberate change: that is what the passphrase is for).

Reading is bounded: sizes, scrypt's cost and memory, and the unpacked size are checked before
any work, and every problem is an ExchangeFileError (a subclass says which) whose message is
worded for the person. Nothing here touches the data; `cryptography` is imported on first use.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from pathlib import Path

from app.model.words import N_, say

MAGIC = b"SOC-EXPORT\r\n"
FORMAT = "second-opinion-companion-export"
VERSION = 1
PASSPHRASE, PLAIN = "passphrase", "plain"

# scrypt for new files: about half a second of CPU here (bench/exchange.py: 0.52 s, against 0.23 s
# for 2^16), 128 MiB of memory
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
# what a reader accepts: a file asking for more is refused before any work
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
MAX_SCRYPT_N = 2 ** 20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024  # 128 · n · r bytes
MAX_SCRYPT_WORK = 2 ** 31              # 128 · n · r · p: about 30 s here at the limit
SALT_BYTES, NONCE_BYTES = 16, 12


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


class TooDemanding(ExchangeFileError):
    """The file asks for more memory, time or size than this app will give it."""


# what _damaged is told, marked for translation (app.model.words); tests/ui/test_spanish_core.py checks the list
_DAMAGE_DETAILS = (N_("it ends too early"), N_("its check sum is missing"), N_("its contents are incomplete"),
                   N_("its contents are not readable"), N_("its contents do not match its check sum"),
                   N_("its header is not readable"), N_("its header is too large"),
                   N_("its protection is not readable"), N_("its protection settings are not valid"),
                   N_("its version is not readable"))


def _damaged(detail: str) -> DamagedExportFile:
    return DamagedExportFile(say(
        "This export file is damaged or incomplete, so it cannot be imported ({detail}). Nothing "
        "was changed here. Please ask for the file again, or copy it again from where it came from.",
        detail=say(detail)))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise _damaged(say("the {what} is missing", what=what))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise _damaged(say("the {what} is not readable", what=what)) from exc
    if size is not None and len(data) != size:
        raise _damaged(say("the {what} has the wrong length", what=what))
    return data


def _key(passphrase: str, kdf: dict) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # loaded on first use (start-up)
    salt = _unb64(kdf.get("salt"), "salt")
    return Scrypt(salt=salt, length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(passphrase.encode("utf-8"))


def pack(payload: dict, passphrase: str | None, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
         p: int = SCRYPT_P) -> bytes:
    """The file's bytes. `passphrase` None writes a plain (not protected) file."""
    body = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
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
    head = _head(header)
    if passphrase is not None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        body = AESGCM(_key(passphrase, header["kdf"])).encrypt(nonce, body, head)
    return head + body


def _head(header: dict) -> bytes:
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return MAGIC + len(text).to_bytes(4, "big") + text


def read_header(data: bytes) -> tuple[dict, bytes, bytes]:
    """(header, the bytes it was made of with magic and length, body); checks shape and bounds."""
    if len(data) > MAX_FILE_BYTES:
        raise TooDemanding(say("This file is larger than any export this app makes, so it was not opened. "
                               "Nothing was changed here."))
    if not data.startswith(MAGIC):
        raise NotAnExportFile(say("This is not a file exported by Second Opinion Companion, so it cannot be "
                                  "imported. Nothing was changed here. Please choose the file that File ▸ "
                                  "Export… made (its name usually ends in .socase)."))
    size_at = len(MAGIC)
    if len(data) < size_at + 4:
        raise _damaged("it ends too early")
    size = int.from_bytes(data[size_at:size_at + 4], "big")
    if size > MAX_HEADER_BYTES:
        raise _damaged("its header is too large")
    if len(data) < size_at + 4 + size:
        raise _damaged("it ends too early")
    head = data[:size_at + 4 + size]
    try:
        header = json.loads(head[size_at + 4:].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _damaged("its header is not readable") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _damaged("its header is not readable")
    version = header.get("version")
    if type(version) is not int or version < 1:
        raise _damaged("its version is not readable")
    if version > VERSION:
        raise UnsupportedVersion(say("This file was exported by a newer version of Second Opinion Companion, "
                                     "which writes a format this version cannot read. Nothing was changed "
                                     "here. Please update the app on this computer, then import it again."))
    if header.get("compression") != "zlib" or header.get("protection") not in (PASSPHRASE, PLAIN):
        raise _damaged("its header is not readable")
    if header["protection"] == PASSPHRASE:
        kdf, cipher = header.get("kdf"), header.get("cipher")
        if not isinstance(kdf, dict) or not isinstance(cipher, dict) or cipher.get("name") != "AES-256-GCM":
            raise _damaged("its protection is not readable")
        _check_kdf(kdf)
        _unb64(kdf.get("salt"), "salt")
        _unb64(cipher.get("nonce"), "nonce", NONCE_BYTES)
    elif not isinstance(header.get("body_sha256"), str):
        raise _damaged("its check sum is missing")
    return header, head, data[len(head):]


def _check_kdf(kdf: dict) -> None:
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if kdf.get("name") != "scrypt" or not all(type(v) is int for v in (n, r, p)):
        raise _damaged("its protection is not readable")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n < 2 or n & (n - 1) or r < 1 or p < 1:
        raise _damaged("its protection settings are not valid")
    if (n > MAX_SCRYPT_N or r > MAX_SCRYPT_R or p > MAX_SCRYPT_P or 128 * n * r > MAX_SCRYPT_MEMORY
            or 128 * n * r * p > MAX_SCRYPT_WORK):
        raise TooDemanding(say(
            "This file asks for far more memory or time to unlock than this app allows (scrypt n={n}, "
            "r={r}, p={p}), so it was not opened. Nothing was changed here. A file made by this app "
            "never asks for that; it may not be what it seems.", n=n, r=r, p=p))


def is_protected(data: bytes) -> bool:
    """True when the file needs a passphrase (raises ExchangeFileError when it is not readable)."""
    return read_header(data)[0]["protection"] == PASSPHRASE


def unpack(data: bytes, passphrase: str | None = None) -> dict:
    """The payload of a file (a dict with "format" and "version"); raises ExchangeFileError."""
    header, head, body = read_header(data)
    if header["protection"] == PASSPHRASE:
        if not passphrase:
            raise PassphraseNeeded(say("This file is protected by a passphrase. Please type the passphrase "
                                       "that was chosen when it was exported."))
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        nonce = _unb64(header["cipher"]["nonce"], "nonce", NONCE_BYTES)
        if len(body) < 16:
            raise _damaged("it ends too early")
        try:
            body = AESGCM(_key(passphrase, header["kdf"])).decrypt(nonce, body, head)
        except InvalidTag as exc:
            raise WrongPassphrase(say(
                "This passphrase does not open the file. Please check it and try again: capital letters "
                "and spaces count. If it is right, the file was changed or damaged after it was exported; "
                "ask for it again. Nothing was changed here.")) from exc
    elif hashlib.sha256(body).hexdigest() != header["body_sha256"]:
        raise _damaged("its contents do not match its check sum")
    return _inflate_json(body)


def _inflate_json(body: bytes) -> dict:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(body, MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail:
            raise TooDemanding(say("This file unpacks to more than any export this app makes, so it was not "
                                   "imported. Nothing was changed here."))
        if not inflater.eof or inflater.unused_data:
            raise _damaged("its contents are incomplete")
        payload = json.loads(text.decode("utf-8"))
    except zlib.error as exc:
        raise _damaged("its contents are not readable") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _damaged("its contents are not readable") from exc
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise _damaged("its contents are not readable")
    return payload


def write_file(path: Path, data: bytes) -> None:
    """Whole or not at all: a temporary file beside it, flushed to disk, then renamed (a crash
    leaves the old file, or none, and at most a `.partial` beside it — never half an export)."""
    temp = path.with_name(path.name + ".partial")
    with open(temp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    if os.name == "posix":
        os.chmod(temp, 0o600)
    os.replace(temp, path)
