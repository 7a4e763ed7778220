"""A crash in the middle of an export (SIGKILL to a real process writing it) leaves a
`.partial` beside the chosen file, perhaps on a USB stick; the next start of the real app removes
it (app.store.whole_files lists it in the data folder before the first byte)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.store.whole_files import LEDGER, partial_path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r'''
import sys, time
from pathlib import Path
from app.store import exchange_format
out, data = Path(sys.argv[1]), Path(sys.argv[2])
def ready():
    print("writing", flush=True)
    time.sleep(60)  # killed here, mid-export
exchange_format.write_export(out, {"cases": []}, None, ready=ready, data_folder=data)
'''


def test_a_crash_mid_export_leaves_a_partial_that_the_next_start_removes(tmp_path):
    from app.store.storage import Database
    data, stick = tmp_path / "data", tmp_path / "stick"
    stick.mkdir()
    Database.open_folder(data).close()
    out = stick / "for-the-new-doctor.socase"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(out), str(data)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
    assert partial_path(out).exists() and not out.exists()  # what a crash leaves
    assert json.loads((data / LEDGER).read_text()) == [str(partial_path(out))]

    start = subprocess.run([sys.executable, "main.py", "--smoke-test", "--data-dir", str(data)], cwd=ROOT,
                           env=dict(env, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120)
    assert start.returncode == 0, start.stderr
    assert not partial_path(out).exists() and not (data / LEDGER).exists()
    assert list(stick.iterdir()) == []
