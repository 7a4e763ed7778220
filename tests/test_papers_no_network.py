"""Previewing and saving the papers to take along opens no Internet socket (traced, as in
tests/test_no_network.py, whose strace checks this reuses)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_no_network import FAMILY, INET, ROOT, _pdf_text, _strace, _words


def test_previewing_and_saving_papers_opens_no_internet_socket(tmp_path):
    pytest.importorskip("pypdf")
    strace = _strace()
    trace, out = tmp_path / "trace.txt", tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [strace, "-f", "-e", "trace=socket,connect", "-o", str(trace),
         sys.executable, "-m", "tests.papers_no_network_flow", str(tmp_path / "data"), str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"the session failed:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout.strip().splitlines()[-1])
    lines = trace.read_text().splitlines()
    inet = [line for line in lines if INET.search(line)]
    assert not inet, "Internet sockets were opened:\n" + "\n".join(inet[:20])
    assert any("socket(AF_UNIX, SOCK_DGRAM" in line for line in lines), f"trace looks empty: {lines[:10]}"
    assert {f for line in lines for f in FAMILY.findall(line)} <= {"AF_UNIX", "AF_NETLINK", "AF_UNSPEC"}
    assert report["problems"] == [] and not report["print_support_loaded"]
    comparison, questions = (Path(p) for p in report["pdfs"])
    assert _words("Dr. Rivera") in _pdf_text(comparison) and _words("Dr. Okafor") in _pdf_text(comparison)
    assert _words("Questions to ask") in _pdf_text(questions)
