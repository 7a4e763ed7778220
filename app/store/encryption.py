"""Encryption at rest with SQLCipher 4 (through `sqlcipher3`), and the key slots that open it.

Design (README, "Passphrase lock"): the data file is encrypted with a random 256-bit *data key*
given to SQLCipher as a raw key (`PRAGMA key = "x'…'"`, so SQLCipher runs no KDF for it). The
data key is stored only wrapped, in two key slots in `companion.keys.json` beside the data: one
opened by the person's passphrase, one by a random recovery key shown once when the passphrase
is set. A slot is itself a tiny SQLCipher database keyed by its secret, so the wrapping is
SQLCipher's own (PBKDF2-HMAC-SHA512 at ITERATIONS, about 0.5 s here; AES-256-CBC; HMAC-SHA512
per page): a wrong passphrase fails the slot's HMAC before the data is touched, and no crypto
of our own (nor Python's OpenSSL-backed hashlib, left out of the bundle) is needed. Changing
the passphrase rewrites its slot; the data key (and so every backup) stays the same.

Converting between plain and encrypted never changes the data file in place: `sqlcipher_export`
writes a new file, it is opened again and checked (integrity, same counts), and only then
renamed over the old one. The caller takes a backup first. A key file beside a plain data file
means an encryption that did not finish: the data is plain (see `state`).

`sqlcipher3` is imported only here, inside functions: a plain data folder never loads it.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

from app.model.words import say
from app.store import sqlite_errors
from app.store.datadir import DB_NAME, fsync_file, fsync_folder

KEY_FILE = "companion.keys.json"
FORMAT = 1
KDF = "sqlcipher4-pbkdf2-hmac-sha512"
ITERATIONS = 400_000  # PBKDF2 rounds of the passphrase slot: ~0.5 s here (bench/lock.py)
RECOVERY_ITERATIONS = 10_000  # the recovery key itself has 160 random bits
MIN_ITERATIONS, MAX_ITERATIONS = 10_000, 20_000_000  # a key file's settings are bounded on read
MAX_SLOT = 64 * 1024  # bytes of one slot's database
PLAIN, ENCRYPTED = "plain", "encrypted"
PASSPHRASE, RECOVERY = "passphrase", "recovery"
HEADER_MAGIC = b"SQLite format 3\x00"
NEW_SUFFIX = ".converting"


class EncryptionError(Exception):
    """A message for the person: the lock could not be set, changed, opened or removed."""


class WrongPassphrase(EncryptionError):
    """Neither the passphrase nor the recovery key opens this data."""


def key_file(folder: Path) -> Path:
    return Path(folder) / KEY_FILE


def is_plain_file(path: Path) -> bool:
    """A plain SQLite file (or none, or an empty one); an encrypted one begins with random bytes."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return True
    return head == HEADER_MAGIC or head == b""


def state(folder: Path) -> str:
    """PLAIN or ENCRYPTED. A key file beside a plain data file is an encryption that did not
    finish (the data is still plain): it is PLAIN."""
    if not key_file(folder).exists():
        return PLAIN
    return PLAIN if is_plain_file(Path(folder) / DB_NAME) else ENCRYPTED


# ---- keys ----------------------------------------------------------------------------------
def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def new_recovery_key() -> str:
    """160 random bits, written as eight groups of four letters and digits (base32)."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _normal_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _normal_recovery(text: str) -> bytes:
    return "".join(ch for ch in text.upper() if ch.isalnum()).encode("ascii", "ignore")


def _slot_pragmas(conn, secret: bytes, iterations: int) -> None:
    # the secret as hex text: SQLCipher runs its PBKDF2 over it (no quoting, no NUL to worry about)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{secret.hex()}'")
    conn.execute(f"PRAGMA kdf_iter = {int(iterations)}")
    conn.execute("PRAGMA cipher_memory_security = ON")


def _temp_slot_path(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=folder, prefix=".key-slot-")
    os.close(fd)
    os.unlink(name)
    return Path(name)


def _remove_slot_files(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(str(path) + suffix)
        except FileNotFoundError:
            pass


def _wrap(folder: Path, kind: str, secret: bytes, data_key: bytes, iterations: int) -> dict:
    """A key slot: a tiny SQLCipher database keyed by the secret (SQLCipher's own PBKDF2-HMAC-
    SHA512 at `iterations`, AES-256 and a per-page HMAC-SHA512) that holds the data key."""
    path = _temp_slot_path(folder)
    try:
        conn = _dbapi().connect(str(path))
        try:
            _slot_pragmas(conn, secret, iterations)
            conn.execute("CREATE TABLE slot (kind TEXT, data_key BLOB)")
            conn.execute("INSERT INTO slot VALUES (?, ?)", (kind, data_key))
            conn.commit()
        finally:
            conn.close()
        blob = path.read_bytes()
    finally:
        _remove_slot_files(path)
    return {"kind": kind, "kdf": KDF, "iterations": iterations, "slot": blob.hex()}


def _unwrap(folder: Path, slot: dict, secret: bytes) -> bytes | None:
    """The data key from a slot, or None when the secret does not open it (SQLCipher's HMAC
    check of the slot's page fails) or the slot is not one this version knows."""
    try:
        iterations = int(slot["iterations"])
        blob = bytes.fromhex(slot["slot"])
        kind = str(slot["kind"])
    except (KeyError, TypeError, ValueError):
        return None
    if slot.get("kdf") != KDF or not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS or len(blob) > MAX_SLOT:
        return None
    dbapi2 = _dbapi()
    path = _temp_slot_path(folder)
    try:
        path.write_bytes(blob)
        conn = dbapi2.connect(str(path))
        try:
            _slot_pragmas(conn, secret, iterations)
            row = conn.execute("SELECT data_key FROM slot WHERE kind=?", (kind,)).fetchone()
        except dbapi2.DatabaseError:
            return None
        finally:
            conn.close()
    finally:
        _remove_slot_files(path)
    key = row[0] if row else None
    return key if isinstance(key, bytes) and len(key) == 32 else None


def _read_slots(folder: Path) -> list[dict]:
    try:
        meta = json.loads(key_file(folder).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or not isinstance(meta.get("slots"), list):
            raise ValueError(meta.get("format"))
        return [s for s in meta["slots"] if isinstance(s, dict)]
    except (OSError, ValueError, AttributeError) as exc:
        raise EncryptionError(say(
            "The file “{name}” that opens your encrypted information cannot be read, so the "
            "app cannot open it. Nothing has been changed. If you have a copy of that file, put it "
            "back in the data folder.", name=KEY_FILE)) from exc


def unlock(folder: Path, secret: str) -> bytes:
    """The data key, from the passphrase or the recovery key; WrongPassphrase when neither fits."""
    slots = _read_slots(folder)
    tries = [(PASSPHRASE, _normal_passphrase(secret)), (RECOVERY, _normal_recovery(secret))]
    for kind, value in tries:
        for slot in slots:
            if slot.get("kind") == kind and value:
                key = _unwrap(folder, slot, value)
                if key is not None:
                    return key
    raise WrongPassphrase(say("That passphrase does not open your information. Please check the "
                              "keyboard (Caps Lock, the language of the keyboard) and try again, or "
                              "type your recovery key instead."))


def _write_key_file(folder: Path, slots: list[dict], name: str = KEY_FILE) -> Path:
    final = Path(folder) / name
    temp = Path(folder) / (name + ".partial")
    with open(temp, "w", encoding="utf-8") as f:
        json.dump({"format": FORMAT, "cipher": "sqlcipher4-raw-key", "slots": slots}, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    if os.name == "posix":
        os.chmod(temp, 0o600)
    os.replace(temp, final)
    fsync_folder(Path(folder))
    return final


# ---- connections -----------------------------------------------------------------------------
def _dbapi():
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]  # loaded only for an encrypted folder (start-up budget)
    sqlite_errors.register(dbapi2)
    return dbapi2


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes, **kwargs):
    """A SQLCipher connection opened with the data key (raw, no KDF), its memory wiped when freed.
    Raises WrongPassphrase when the key does not open the file."""
    dbapi2 = _dbapi()
    conn = dbapi2.connect(str(path), **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # failures are raised, not printed to stderr
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        conn.close()
        if sqlite_errors.primary_code(exc) == sqlite_errors.SQLITE_NOTADB:
            raise WrongPassphrase(say("That key does not open this file.")) from exc
        raise
    return conn


def _plain_connect(path: Path | str):
    """A SQLCipher connection to a plain file (needed to ATTACH an encrypted one to it)."""
    return _dbapi().connect(str(path))


def _counts(conn) -> tuple:
    names = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return tuple((n, conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names)


def export(source: Path, target: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """Write `source` into a new file `target` with another key (None: plain) by sqlcipher_export,
    then open the new file again and check it: integrity ok, same schema version and counts."""
    target = Path(target)
    if target.exists():
        target.unlink()
    conn = connect(source, source_key) if source_key else _plain_connect(source)
    try:
        before = _counts(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        attach_key = f"x'{target_key.hex()}'" if target_key else ""
        conn.execute(f"ATTACH DATABASE ? AS converted KEY \"{attach_key}\"", (str(target),))
        if target_key:
            conn.execute("PRAGMA converted.cipher_memory_security = ON")
        conn.execute("SELECT sqlcipher_export('converted')")
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    if os.name == "posix":
        os.chmod(target, 0o600)
    check = connect(target, target_key) if target_key else sqlite3.connect(target)
    try:
        ok = [r[0] for r in check.execute("PRAGMA integrity_check")] == ["ok"]
        same = _counts(check) == before and check.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        check.close()
    if not (ok and same):
        target.unlink()
        raise EncryptionError(say("The converted copy of your information did not read back the same, so "
                                  "nothing was changed."))
    fsync_file(target)


def _settle(path: Path, key: bytes | None) -> None:
    """Fold the -wal into the file and leave none beside it, so the file alone is the data."""
    conn = connect(path, key) if key else sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        conn.close()


def _swap(folder: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    db = Path(folder) / DB_NAME
    _settle(db, old_key)
    new = Path(folder) / (DB_NAME + NEW_SUFFIX)
    try:
        export(db, new, old_key, new_key)
    except Exception:
        if new.exists():
            new.unlink()
        raise
    os.replace(new, db)
    fsync_folder(Path(folder))
    for suffix in ("-wal", "-shm"):  # none after _settle; never leave an old one to be replayed
        stale = Path(str(db) + suffix)
        if stale.exists():
            stale.unlink()


def set_passphrase(folder: Path, passphrase: str, iterations: int | None = None) -> tuple[bytes, str]:
    """Encrypt the (closed) data of a plain folder. Returns (data key, recovery key to show once).
    The key file is written first: if the computer stops before the data file is swapped, the
    data is still plain and still opens (see `state`)."""
    if state(folder) != PLAIN:
        raise EncryptionError(say("Your information is already protected by a passphrase."))
    data_key, recovery = new_data_key(), new_recovery_key()
    folder = Path(folder)
    _write_key_file(folder, [
        _wrap(folder, PASSPHRASE, _normal_passphrase(passphrase), data_key, iterations or ITERATIONS),
        _wrap(folder, RECOVERY, _normal_recovery(recovery), data_key, RECOVERY_ITERATIONS)])
    if (Path(folder) / DB_NAME).exists():
        _swap(folder, None, data_key)
    else:  # no data yet: an empty encrypted file, so the folder is locked from the start
        connect(Path(folder) / DB_NAME, data_key).close()
    return data_key, recovery


def change_passphrase(folder: Path, key: bytes, new_passphrase: str, iterations: int | None = None) -> None:
    """Rewrap the data key for a new passphrase; the recovery key keeps working."""
    slots = [s for s in _read_slots(folder) if s.get("kind") != PASSPHRASE]
    slot = _wrap(Path(folder), PASSPHRASE, _normal_passphrase(new_passphrase), key, iterations or ITERATIONS)
    _write_key_file(folder, [slot, *slots])


def remove_passphrase(folder: Path, key: bytes) -> None:
    """Decrypt the (closed) data into a plain file, then remove the key file."""
    _swap(folder, key, None)
    key_file(folder).unlink()
    fsync_folder(Path(folder))


def convert_file(path: Path, old_key: bytes | None, new_key: bytes | None) -> bool:
    """Convert one self-contained file (a backup) in place, through a checked new file. True
    when it was converted; False when it already was as wanted."""
    path = Path(path)
    if is_plain_file(path) == (new_key is None):
        return False
    new = path.with_name(path.name + NEW_SUFFIX)
    export(path, new, old_key, new_key)
    os.replace(new, path)
    return True
