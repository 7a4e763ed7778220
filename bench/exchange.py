"""Export and import of 20 cases × 12 full opinions, the file's size, and scrypt's unlock time.

    cd <repo> && .venv/bin/python -m bench.exchange

Prints one small table (no number here is asserted by a test). The unlock time is measured for
the app's chosen scrypt settings and the steps either side, so the choice can be checked on a
machine: it should be about half a second (slow for someone guessing, bearable for a person).
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from app.store import exchange_format as fmt
from app.store.storage import Database
from app.workspace import merge
from app.workspace.exchange_bundle import collect
from bench.realistic_case import store

CASES, OPINIONS = 20, 12


def _timed(run):
    """(wall and CPU seconds as text, the result): CPU time is what an idle machine would take."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = run()
    return f"{time.perf_counter() - start:.2f} / {time.process_time() - start_cpu:.2f}", result


def unlock_seconds(n: int, r: int = fmt.SCRYPT_R, p: int = fmt.SCRYPT_P, runs: int = 3) -> tuple[float, float]:
    """Median (wall, CPU) seconds: on a busy machine the CPU time is what an idle one would take."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        Scrypt(salt=os.urandom(16), length=32, n=n, r=r, p=p).derive(b"a passphrase")
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Database.open_folder(Path(tmp) / "anna")
        for seed in range(CASES):
            store(source, opinions=OPINIONS, seed=seed + 1)
        export_s, data = _timed(lambda: fmt.pack(collect(source, None), "a passphrase"))
        plain = fmt.pack(collect(source, None), None)
        source.close()
        target = Database.open_folder(Path(tmp) / "ben")
        unpack_s, payload = _timed(lambda: fmt.unpack(data, "a passphrase"))
        preview_s, _ = _timed(lambda: merge.preview(target, payload))
        apply_s, done = _timed(lambda: merge.apply(target, payload))
        again_s, again = _timed(lambda: merge.apply(target, payload))
        target.close()
    rows += [
        ("export everything (collect + scrypt + encrypt), wall / CPU s", export_s),
        ("file size, protected / plain, MiB", f"{len(data) / 2 ** 20:.2f} / {len(plain) / 2 ** 20:.2f}"),
        ("import: unlock and unpack, wall / CPU s", unpack_s),
        ("import: preview (merge, rolled back), wall / CPU s", preview_s),
        ("import: apply (one transaction), wall / CPU s", apply_s),
        ("the same file again (nothing changes), wall / CPU s", again_s),
        ("lines in the preview / changes the second time", f"{len(done)} / {len(merge.changes(again))}"),
    ]
    for n in (fmt.SCRYPT_N // 2, fmt.SCRYPT_N, fmt.SCRYPT_N * 2):
        mark = " (chosen)" if n == fmt.SCRYPT_N else ""
        wall, cpu = unlock_seconds(n)
        rows.append((f"scrypt unlock n=2^{n.bit_length() - 1}, r={fmt.SCRYPT_R}, p={fmt.SCRYPT_P}{mark}, "
                     "wall / CPU s", f"{wall:.3f} / {cpu:.3f}"))
    print(f"Export and import, {CASES} cases × {OPINIONS} full opinions (load {os.getloadavg()[0]:.1f})")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


if __name__ == "__main__":
    main()
