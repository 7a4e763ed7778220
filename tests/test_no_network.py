"""The app never touches the network, proven where Qt's C++ code would connect.

Patching Python's `socket` cannot see a connection made by Qt itself (QPrinter's print-service
support opens TCP connections to port 631 even to write a PDF). So a whole session, PDFs
included, runs in a child process under strace, and any Internet socket in the trace fails.
Linux only; needs strace (CI installs it: scripts/system-libs.sh --with-x). Where strace
cannot trace (ptrace refused, as in some containers) the test is skipped with the reason,
except when SOC_REQUIRE_STRACE=1 (set by .ci/run), where that is a failure.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.no_network_flow import GRID_TEXT, NOTES_TEXT, QUESTION

ROOT = Path(__file__).resolve().parents[1]
INET = re.compile(r"\b(socket|connect)\(.*\bAF_INET6?\b")
FAMILY = re.compile(r"\bAF_[A-Z0-9]+\b")


def _cannot_trace(reason: str) -> None:
    if os.environ.get("SOC_REQUIRE_STRACE") == "1":
        pytest.fail(f"strace is required here but {reason}")
    pytest.skip(f"no system-call trace, so no proof of 'no network': {reason}")


def _strace() -> str:
    strace = shutil.which("strace") or ("/usr/bin/strace" if Path("/usr/bin/strace").exists() else None)
    if not sys.platform.startswith("linux") or strace is None:
        _cannot_trace("strace is not installed (Debian: apt-get install strace)")
    probe = subprocess.run([strace, "-f", "-e", "trace=socket", "-o", os.devnull, sys.executable, "-c", "pass"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        _cannot_trace(f"strace cannot trace in this environment: {probe.stderr.strip()[:300]}")
    return strace


def _pdf_text(path: Path) -> str:
    import pypdf
    raw = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return _words(raw)


def _words(text: str) -> str:
    """Text to compare with a PDF's: NFKC (Qt's PDFs have ligatures) and no whitespace at all
    (pypdf gives tabs between words and nothing at the end of a wrapped line)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_a_whole_session_with_pdfs_opens_no_internet_socket(tmp_path):
    pytest.importorskip("pypdf")
    strace = _strace()
    trace = tmp_path / "trace.txt"
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [strace, "-f", "-e", "trace=socket,connect", "-o", str(trace),
         sys.executable, "-m", "tests.no_network_flow", str(tmp_path / "data"), str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"the session failed:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout.strip().splitlines()[-1])

    lines = trace.read_text().splitlines()
    families = sorted({f for line in lines for f in FAMILY.findall(line)})
    inet = [line for line in lines if INET.search(line)]
    assert not inet, f"Internet sockets were opened (families seen: {families}):\n" + "\n".join(inet[:20])
    # the trace really watched this process: the Unix socket the session made on purpose is in it
    assert any("socket(AF_UNIX, SOCK_DGRAM" in line for line in lines), f"trace looks empty: {lines[:10]}"
    assert set(families) <= {"AF_UNIX", "AF_NETLINK", "AF_UNSPEC"}, f"unexpected socket families: {families}"

    # and the session really did what it says: typed text stored, both PDFs written with real text
    assert report["problems"] == []
    assert report["stored_grid_text"] == GRID_TEXT
    assert NOTES_TEXT in report["stored_notes"]
    assert report["stored_questions"][-1] == QUESTION
    assert not report["print_support_module_loaded"] and not report["print_support_library_loaded"]
    topic, questions = (Path(report["pdfs"][name]) for name in ("topic", "questions"))
    assert topic.stat().st_size > 0 and questions.stat().st_size > 0
    assert _words(report["topic_title"]) in _pdf_text(topic)
    assert _words(QUESTION) in _pdf_text(questions)
    print("socket families seen under strace:", families)
