"""The passphrase lock: unlock time with the shipped KDF settings, and start-up of a locked app
to its passphrase prompt as a ratio to a bare PySide6 window (the same children and alternating
runs as bench/startup.py). Run alone: `QT_QPA_PLATFORM=offscreen python -m bench.lock`.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import startup

LOCKED = r'''
import time
T0 = time.perf_counter()
import json, os, resource, sys
from pathlib import Path
import main
main.pause_collector()
from app.ui import application, single_instance
from app import process_hygiene
os.umask(0o077)
process_hygiene.harden()
app = application.make_application(sys.argv)
folder = Path(sys.argv[1])
held = single_instance.claim(folder)
from app.ui.data.lock import Session
session = Session(folder, lambda key: application.open_window(folder, key=key))
assert application.is_locked_folder(folder)
window = session.show_prompt()
held.answer_later_starts_when_shown(window)
main.resume_collector()
''' + startup._REPORT + r'''
loaded = "sqlcipher3" in sys.modules
window.close()
held.release()
app.quit()
print(json.dumps({"shown_s": shown, "shown_at": shown_at, "sqlcipher_loaded": loaded,
                  "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
'''

PASSPHRASE = "a long passphrase for the bench"


def prepare(folder: Path) -> Path:
    from app.store import encryption
    startup.prepare_data(folder)
    encryption.set_passphrase(folder, PASSPHRASE)
    return folder


def unlock_times(folder: Path, repeats: int = 7) -> dict:
    from app.store import encryption
    from app.store.storage import Database
    kdf, opened = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        key = encryption.unlock(folder, PASSPHRASE)
        kdf.append(time.perf_counter() - start)
        db = Database.open_folder(folder, key=key)
        db.list_cases()
        opened.append(time.perf_counter() - start)
        db.close()
    return {"unlock_s": statistics.median(kdf), "unlock_and_open_s": statistics.median(opened),
            "iterations": encryption.ITERATIONS}


def measure(folder: Path, pycache: Path, repeats: int = 7) -> dict:
    prepare(folder)
    env = startup.child_env(pycache)
    startup._run(startup.BARE, env=env)
    startup._run(LOCKED, str(folder), env=env)
    bare, locked = [], []
    for _ in range(repeats):
        bare.append(startup._run(startup.BARE, env=env))
        locked.append(startup._run(LOCKED, str(folder), env=env))
    if any(r["sqlcipher_loaded"] for r in locked):
        raise RuntimeError("the locked start-up loaded sqlcipher3 before the prompt")

    def median(runs, key):
        return statistics.median(r[key] for r in runs)
    return {"bare_wall_s": median(bare, "wall_s"), "locked_wall_s": median(locked, "wall_s"),
            "bare_launch_s": median(bare, "launch_s"), "locked_launch_s": median(locked, "launch_s"),
            "ratio_wall": median(locked, "wall_s") / median(bare, "wall_s"),
            "ratio_launch": median(locked, "launch_s") / median(bare, "launch_s"),
            **unlock_times(folder)}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(Path(tmp) / "locked", Path(tmp) / "pycache")
    for key, value in result.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
