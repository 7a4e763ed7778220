"""Import fuzzing (issue 13): malformed, truncated, oversized, wrong version, wrong passphrase,
tampered ciphertext or header. Each must end in an ExchangeFileError (a specific subclass where
the cause is known) with a message for the person, never another exception, and the data must be
exactly as before (a full SQL dump compared). 2,000 examples in all; the files use cheap
scrypt parameters (n=16), and the reader still checks its bounds on every one.
"""
from __future__ import annotations

import json
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.domain import Answer, Case, Opinion
from app.model.questions import Question
from app.store import exchange_format as fmt
from app.store.storage import Database
from app.workspace import merge
from app.workspace.core import Workspace
from app.workspace.exchange_bundle import collect

PASS = "fuzzy passphrase"
FAST = {"n": 16, "r": 1, "p": 1}
FUZZ = settings(deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture
def setup(tmp_path):
    """A small source laptop's export, and a target laptop whose data is dumped before and after."""
    source = Database.open_folder(tmp_path / "source")
    ws = Workspace(source)
    case = Case(0, "Fuzz case", notes="Notes")
    op = Opinion(0, "First opinion", "Dr. A")
    op.answers["plan"] = Answer(text="Surgery", tags=("surgery",))
    case.opinions = [op]
    case_id = ws.insert_case(case, [Question(0, "Q?")])
    payload = collect(source, case_id)
    source.close()
    target = Database.open_folder(tmp_path / "target")
    Workspace(target).insert_case(Case(0, "Already here", notes="Keep me"), [])
    yield payload, target
    target.close()


def dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def import_bytes(db: Database, data: bytes, passphrase: str | None) -> None:
    merge.apply(db, fmt.unpack(data, passphrase))


def refused(db: Database, data: bytes, passphrase: str | None, before: str) -> fmt.ExchangeFileError:
    with pytest.raises(fmt.ExchangeFileError) as caught:
        import_bytes(db, data, passphrase)
    message = str(caught.value)
    assert "Nothing was changed here" in message or "passphrase" in message
    assert dump(db) == before
    return caught.value


def test_a_valid_file_imports(setup):
    """The baseline the fuzzing changes: both kinds of file import and add the case."""
    payload, db = setup
    import_bytes(db, fmt.pack(payload, PASS, **FAST), PASS)
    assert [c.title for c in db.list_cases()] == ["Already here", "Fuzz case"]


def test_any_change_to_a_protected_file_is_refused(setup):
    payload, db = setup
    good = fmt.pack(payload, PASS, **FAST)
    before = dump(db)

    @settings(FUZZ, max_examples=600)
    @given(st.data())
    def check(data):
        blob = bytearray(good)
        how = data.draw(st.sampled_from(["flip", "truncate", "insert", "append", "splice"]))
        at = data.draw(st.integers(0, len(blob) - 1))
        if how == "flip":
            blob[at] ^= data.draw(st.integers(1, 255))
        elif how == "truncate":
            del blob[at:]
        elif how == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=40))
        elif how == "append":
            blob += data.draw(st.binary(min_size=1, max_size=40))
        else:
            end = data.draw(st.integers(at, min(len(blob), at + 40)))
            new = data.draw(st.binary(max_size=40))
            if bytes(blob[at:end]) == new:
                new += b"x"
            blob[at:end] = new
        refused(db, bytes(blob), PASS, before)

    check()


def test_a_wrong_passphrase_is_refused_kindly(setup):
    payload, db = setup
    good = fmt.pack(payload, PASS, **FAST)
    before = dump(db)
    assert isinstance(refused(db, good, None, before), fmt.PassphraseNeeded)

    @settings(FUZZ, max_examples=100)
    @given(st.text(min_size=1, max_size=30).filter(lambda t: t != PASS))
    def check(wrong):
        error = refused(db, good, wrong, before)
        assert isinstance(error, fmt.WrongPassphrase)
        assert "does not open" in str(error)

    check()


def test_arbitrary_bytes_are_refused(setup):
    _, db = setup
    before = dump(db)

    @settings(FUZZ, max_examples=400)
    @given(st.one_of(st.binary(max_size=300), st.binary(max_size=300).map(lambda b: fmt.MAGIC + b)))
    def check(blob):
        refused(db, blob, PASS, before)

    check()


def _header_file(header: dict, body: bytes = b"") -> bytes:
    text = json.dumps(header).encode()
    return fmt.MAGIC + len(text).to_bytes(4, "big") + text + body


def test_costly_or_odd_scrypt_settings_are_refused_before_any_work(setup, monkeypatch):
    payload, db = setup
    good = fmt.pack(payload, PASS, **FAST)
    header, _, body = fmt.read_header(good)
    before = dump(db)
    derived = []
    real_key = fmt._key
    monkeypatch.setattr(fmt, "_key", lambda p, kdf: derived.append(kdf) or real_key(p, kdf))

    @settings(FUZZ, max_examples=300)
    @given(st.integers(-3, 2 ** 40), st.integers(-3, 2 ** 12), st.integers(-3, 2 ** 12))
    def check(n, r, p):
        derived.clear()
        changed = json.loads(json.dumps(header))
        changed["kdf"].update(n=n, r=r, p=p)
        blob = _header_file(changed, body)
        if (n, r, p) == (16, 1, 1):
            return
        sane = (n >= 2 and not n & (n - 1) and 1 <= r and 1 <= p and n <= fmt.MAX_SCRYPT_N
                and r <= fmt.MAX_SCRYPT_R and p <= fmt.MAX_SCRYPT_P and 128 * n * r <= fmt.MAX_SCRYPT_MEMORY
                and 128 * n * r * p <= fmt.MAX_SCRYPT_WORK)
        if sane and 128 * n * r * p > 2 ** 22:
            return  # within bounds but slow to derive: the bounds are what this test is about
        error = refused(db, blob, PASS, before)
        if sane:
            assert isinstance(error, fmt.WrongPassphrase)  # the header is authenticated
        else:
            assert isinstance(error, (fmt.TooDemanding, fmt.DamagedExportFile)) and derived == []
            if n >= 2 and not n & (n - 1) and r >= 1 and p >= 1:
                assert isinstance(error, fmt.TooDemanding) and "allows" in str(error)

    check()


def test_versions_sizes_and_bombs(setup, monkeypatch):
    payload, db = setup
    before = dump(db)
    header, _, body = fmt.read_header(fmt.pack(payload, None))
    newer = _header_file({**header, "version": fmt.VERSION + 1}, body)
    assert isinstance(refused(db, newer, None, before), fmt.UnsupportedVersion)
    inner = fmt.pack({**payload, "version": fmt.VERSION + 1}, None)
    assert isinstance(refused(db, inner, None, before), fmt.DamagedExportFile)
    huge_header = fmt.MAGIC + (fmt.MAX_HEADER_BYTES + 1).to_bytes(4, "big") + b"{" * 100
    assert isinstance(refused(db, huge_header, None, before), fmt.DamagedExportFile)
    bomb = zlib.compress(b" " * 5_000_000)
    bomb_file = _header_file({**header, "body_sha256": __import__("hashlib").sha256(bomb).hexdigest()}, bomb)
    monkeypatch.setattr(fmt, "MAX_PAYLOAD_BYTES", 1_000_000)
    assert isinstance(refused(db, bomb_file, None, before), fmt.TooDemanding)
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 1000)
    assert isinstance(refused(db, fmt.pack(payload, None) + b" " * 1000, None, before), fmt.TooDemanding)


JSON = st.recursive(st.none() | st.booleans() | st.integers(-2 ** 70, 2 ** 70) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                 max_size=3), max_leaves=8)


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _paths(inner, (*path, i))


def test_a_payload_of_the_wrong_shape_is_refused_and_changes_nothing(setup):
    """Well-formed files whose contents are not what the app writes: any value anywhere replaced
    or removed. Refused with DamagedExportFile and no change, or (a harmless change such as
    other text) imported; never another exception."""
    payload, db = setup
    paths = [p for p in _paths(payload) if p and p[0] not in ("format", "version")]

    @settings(FUZZ, max_examples=600)
    @given(st.sampled_from(paths), st.one_of(st.just("remove"), JSON))
    def check(path, new):
        changed = json.loads(json.dumps(payload))
        holder = changed
        for key in path[:-1]:
            holder = holder[key]
        if new == "remove":
            holder.pop(path[-1])
        else:
            holder[path[-1]] = new
        before = dump(db)
        try:
            import_bytes(db, fmt.pack(changed, None), None)
        except fmt.ExchangeFileError as error:
            assert isinstance(error, fmt.DamagedExportFile)
            assert dump(db) == before
        db.list_cases()  # and what is stored still reads
        for summary in db.list_cases():
            db.load_case(summary.id)

    check()
