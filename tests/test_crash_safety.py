"""Crash safety: an edit the app has acknowledged survives the process being killed at any moment.

A child process edits one case through the real Workspace and prints `ACK` after each
`Workspace.set` (or insert/remove) returns; the parent kills it with SIGKILL at a random
point, reopens the data folder and checks that SQLite is sound and that the last
acknowledged value of every key is stored exactly. Before each change the child also
prints `WILL`, so the one change that may have reached the disk without being
acknowledged is known and allowed for. The same folder is reused for every cycle, so
values acknowledged early must still be there at the end.

The harness is proved able to fail by a second run against a child whose saves are
deliberately deferred (committed only every few changes): it must report losses.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261002
CYCLES = 60

# The child: run with `python -c CHILD data_dir cycle seed sabotage`. Line protocol on stdout
# (JSON with ASCII escapes, so one change is one line):
#   WILL <n> <key> <value>   about to make this change
#   ACK <n> <key> <value>    the change has been made and the call returned
# Keys: ["case-created"] -> [case id, [[opinion id, label], ...]]; ["case", cid, field];
# ["opinion", cid, op, field];
# ["answer", cid, op, row, part]; ["opinion-present", cid, op] -> label or null (removed).
# An opinion insert is announced as WILL <n> ["opinion-insert", cid] <label>, because its
# id is only known afterwards.
CHILD = r'''
import json, random, sys
from contextlib import contextmanager
from app.model.records import asdict
from datetime import date
from pathlib import Path

from app.model.aspects import GOALS, TREATMENT_KINDS
from app.model.domain import Opinion, TestReading
from app.workspace.example_case import example_case
from app.store.storage import Database
from app.workspace.core import Workspace

folder, cycle, seed, sabotage = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
rng = random.Random(seed * 1000 + cycle)
out = sys.stdout


def say(word, n, key, value):
    out.write(f"{word} {n} {json.dumps(key, separators=(',', ':'))} "
              f"{json.dumps(value, separators=(',', ':'))}\n")
    out.flush()


db = Database.open_folder(folder)
if sabotage:
    # A deliberately broken save: transactions are left open and committed only every
    # few changes, so acknowledged edits sit in memory -- the harness must notice.
    writes = [0]

    @contextmanager
    def deferred(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
        yield self.conn
        writes[0] += 1
        if writes[0] % 20 == 0:
            self.conn.execute("COMMIT")

    Database.transaction = deferred
ws = Workspace(db)

n = 0
summaries = ws.case_summaries()
if summaries:
    cid = summaries[0].id
else:
    say("WILL", n, ["case-created"], None)
    cid = ws.insert_case(example_case(today=date(2026, 10, 2)), [])
    say("ACK", n, ["case-created"], [cid, [[op.id, op.label] for op in ws.case(cid).opinions]])
    n += 1

TEXT_ROWS = ("diagnosis", "stage", "rationale", "unclear", "my_notes")
while True:
    ops = ws.case(cid).opinions
    op = rng.choice(ops).id
    roll = rng.random()
    if roll < 0.40:
        key, value = ["answer", cid, op, rng.choice(TEXT_ROWS), "text"], f"c{cycle} edit {n}"
    elif roll < 0.47:
        key = ["answer", cid, op, "my_notes", "text"]
        value = f"Ünïcode — ‘quoted’ c{cycle}\nsecond line ✓ {n} " + "x" * rng.randint(0, 3000)
    elif roll < 0.55:
        key, value = ["opinion", cid, op, rng.choice(("doctor", "institution"))], f"Dr. c{cycle} n{n}"
    elif roll < 0.62:
        key, value = ["case", cid, "notes"], f"notes c{cycle} n{n}"
    elif roll < 0.77:
        key = ["answer", cid, op, "readings", "entries"]
        now = ws.get(tuple(key))
        new = TestReading(f"test {n}", "2026-10-02", f"reading c{cycle} n{n}")
        entries = (*now, new) if len(now) < 6 else (new,)
        say("WILL", n, key, [asdict(e) for e in entries])
        ws.set(tuple(key), entries)
        say("ACK", n, key, [asdict(e) for e in entries])
        n += 1
        continue
    elif roll < 0.83:
        key, value = ["answer", cid, op, "goal", "choice"], rng.choice(GOALS)
    elif roll < 0.90:
        key = ["answer", cid, op, "plan", "tags"]
        value = sorted(rng.sample(TREATMENT_KINDS, rng.randint(0, 4)))
        say("WILL", n, key, value)
        ws.set(tuple(key), tuple(value))
        say("ACK", n, key, value)
        n += 1
        continue
    elif roll < 0.95 and len(ops) < 8:
        label = f"Opinion c{cycle} n{n}"
        say("WILL", n, ["opinion-insert", cid], label)
        new = Opinion(0, label, doctor="Dr. New")
        new.answers = dict(ops[0].answers)
        op_id = ws.insert_opinion(cid, new, rng.randint(0, len(ops)))
        say("ACK", n, ["opinion-present", cid, op_id], label)
        n += 1
        continue
    elif roll >= 0.95 and len(ops) > 2:
        victim = rng.choice(ops[1:]).id
        say("WILL", n, ["opinion-present", cid, victim], None)
        ws.remove_opinion(cid, victim)
        say("ACK", n, ["opinion-present", cid, victim], None)
        n += 1
        continue
    else:
        continue
    say("WILL", n, key, value)
    ws.set(tuple(key), value)
    say("ACK", n, key, value)
    n += 1
'''


EXAMPLE_LABELS = ["First opinion", "Second opinion"]


@dataclass
class Ledger:
    """What the parent knows has been acknowledged, across all cycles on one folder."""
    case_id: int | None = None
    values: dict = field(default_factory=dict)        # key tuple -> last acknowledged value
    opinions: dict = field(default_factory=dict)      # opinion id -> label, as acknowledged
    acks: int = 0
    checked: int = 0

    def record(self, key: tuple, value) -> None:
        if key == ("case-created",):
            self.case_id, ops = value
            self.opinions = {op_id: label for op_id, label in ops}
        elif key[0] == "opinion-present" and value is None:
            self.opinions.pop(key[2], None)
            self.values = {k: v for k, v in self.values.items()
                           if not (k[0] in ("answer", "opinion") and k[2] == key[2])}
        elif key[0] == "opinion-present":
            self.opinions[key[2]] = value
        else:
            self.values[key] = value


def _parse(line: str):
    word, n, key, value = line.rstrip("\n").split(" ", 3)
    return word, int(n), tuple(json.loads(key)), json.loads(value)


def run_child(folder: Path, cycle: int, seed: int, rng: random.Random, sabotage: bool):
    """Start the child, kill it at a random point, return its protocol lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(cycle), str(seed), "1" if sabotage else "0"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    # Half the cycles are killed after a random number of acknowledgements, half after a
    # random short delay (which may land during start-up, opening or a migration).
    by_count = rng.random() < 0.5
    kill_after = rng.randint(1, 250) if by_count else None
    timer = threading.Timer(10.0 if by_count else rng.uniform(0.0, 0.5), proc.kill)
    timer.start()
    lines, acks, stderr = [], 0, ""
    try:
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("ACK "):
                acks += 1
                if kill_after is not None and acks >= kill_after:
                    proc.send_signal(signal.SIGKILL)
                    kill_after = None
        # stdout is at EOF, so the child is dead; everything it printed before dying counts.
        stderr = proc.stderr.read()
        proc.wait()
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"cycle {cycle}: child ended by itself:\n{stderr}"
    return lines


def apply_lines(ledger: Ledger, lines: list[str]):
    """Record the acknowledged changes; return the one change in flight as (key, value), or None."""
    pending = None
    for line in lines:
        if not line.endswith("\n"):
            break  # killed mid-line: not a complete acknowledgement
        word, _n, key, value = _parse(line)
        if word == "WILL":
            pending = (key, value)
        else:
            pending = None
            ledger.acks += 1
            ledger.record(key, value)
    return pending


def stored_value(case, key):
    kind = key[0]
    if kind == "case":
        return getattr(case, key[2])
    if kind == "opinion":
        return getattr(case.opinion(key[2]), key[3])
    value = getattr(case.opinion(key[2]).answer(key[3]), key[4])
    if key[4] == "entries":
        return [dict(e.__dict__) for e in value]
    if key[4] == "tags":
        return list(value)
    return value


def check_folder(folder: Path, ledger: Ledger, pending, cycle: int) -> list[str]:
    """Reopen the data and compare with the ledger; return the problems found.

    The one change in flight (announced, not acknowledged) may or may not have reached the
    disk; if it did, it becomes the expected state from then on.
    """
    from app.store.storage import Database
    in_key, in_value = pending if pending else ((), None)
    db = Database.open_folder(folder)
    try:
        if (result := db.integrity()) != "ok":
            return [f"cycle {cycle}: integrity_check says {result!r}"]
        cases = [c.id for c in db.list_cases()]
        if ledger.case_id is None:
            if not cases:
                return []
            if in_key == ("case-created",) and len(cases) == 1:
                landed = db.load_case(cases[0])
                ledger.record(in_key, [cases[0], [[op.id, op.label] for op in landed.opinions]])
                if [op.label for op in landed.opinions] != EXAMPLE_LABELS:
                    return [f"cycle {cycle}: new case has opinions {landed.opinions}"]
                return []
            return [f"cycle {cycle}: cases {cases} on disk, none acknowledged"]
        if cases != [ledger.case_id]:
            return [f"cycle {cycle}: cases on disk {cases}, acknowledged only {ledger.case_id}"]

        case = db.load_case(ledger.case_id)
        on_disk = {op.id: op.label for op in case.opinions}
        if in_key[:1] == ("opinion-insert",):
            extra = set(on_disk) - set(ledger.opinions)
            if len(extra) == 1 and on_disk[min(extra)] == in_value:
                ledger.record(("opinion-present", in_key[1], min(extra)), in_value)
        elif in_key[:1] == ("opinion-present",) and in_key[2] not in on_disk:
            ledger.record(in_key, None)
        if on_disk != ledger.opinions:
            return [f"cycle {cycle}: opinions on disk {on_disk}, acknowledged {ledger.opinions}"]

        problems = []
        for key, value in list(ledger.values.items()):
            got = stored_value(case, key)
            ledger.checked += 1
            if got == value:
                continue
            if key == in_key and got == in_value:
                ledger.record(key, got)
                continue
            problems.append(f"cycle {cycle}: {key} stored {got!r}, last acknowledged {value!r}")
        return problems
    finally:
        db.close()


def cycle_many(folder: Path, cycles: int, seed: int, sabotage: bool = False):
    rng = random.Random(seed)
    ledger, problems = Ledger(), []
    for cycle in range(cycles):
        lines = run_child(folder, cycle, seed, rng, sabotage)
        pending = apply_lines(ledger, lines)
        problems += check_folder(folder, ledger, pending, cycle)
        if problems and not sabotage:
            break  # the first failure is the one worth reading
    return ledger, problems


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(tmp_path):
    ledger, problems = cycle_many(tmp_path / "data", CYCLES, SEED)
    assert problems == [], f"seed {SEED}: " + "\n".join(problems[:20])
    # The check must have had something to check: many acknowledged edits per cycle.
    assert ledger.case_id is not None
    assert ledger.acks / CYCLES > 10, ledger.acks
    assert ledger.checked / CYCLES > 10, ledger.checked
    assert len(ledger.values) > 20


@pytest.mark.slow
def test_the_harness_notices_acknowledged_edits_that_were_not_saved(tmp_path):
    """Against a child that defers its commits, the same checks must report losses."""
    ledger, problems = cycle_many(tmp_path / "data", 6, SEED, sabotage=True)
    assert ledger.acks > 0
    assert any("acknowledged" in p for p in problems), problems


def _run_main(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_smoke_test_of_the_real_app_passes_and_refuses_a_file_as_data_folder(tmp_path):
    done = _run_main("--smoke-test", "--data-dir", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert (tmp_path / "data").is_dir()

    not_a_folder = tmp_path / "a-file.txt"
    not_a_folder.write_text("not a folder\n", encoding="utf-8")
    done = _run_main("--smoke-test", "--data-dir", str(not_a_folder))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert str(not_a_folder) in done.stderr
    assert "cannot be saved in the folder" in done.stderr
    assert not_a_folder.read_text(encoding="utf-8") == "not a folder\n"  # left untouched
