"""Crash safety of edits, backups and restores together: 200 SIGKILLs, each of a fresh process.

The sibling of tests/test_crash_safety.py (same WILL/ACK line protocol, same kill-at-a-random-
moment runner idea) with a smaller, faster child: it opens the data folder, then does a random
mix of real edits (`Workspace.set` of case, opinion and answer text), verified backups
(`app.store.backup.make_backup`, which also thins older ones) and restores (as File ▸ Backups
does it: a "before-restore" backup, then `backup.restore`), and is killed with SIGKILL after a
random number of acknowledgements or a random delay. Two lanes run side by side, each on its
own data folder, CYCLES_PER_LANE cycles each.

After every kill the parent reopens the folder through the app's own start-up path
(`Database.open_folder`: the read-only data check, then the connection) and checks:
- `PRAGMA integrity_check` is ok;
- every acknowledged edit is stored (the one announced but not acknowledged may or may not be);
  after an acknowledged restore the data is exactly what that backup held, and a restore in
  flight leaves either the old data or the backup's, nothing in between;
- every backup `backup.list_backups` lists as good was announced by the child (WILL), verifies
  (`backup.verify`: same sha256 as made, integrity ok), and holds exactly the data of the moment
  it was made. Leftovers of unfinished backups are counted: they must never be listed.

Adding another operation (export, import): write a function in the child taking `n` and
returning the next `n`, add it to OPERATIONS with a weight, and in the parent teach
`Lane.apply` its ACK and `Lane.check` the state its unfinished run may leave (see `restore`).

The harness is proved able to fail by a child whose "backup" is a plain file copy of the live
database (the mistake SQLite's backup API exists to prevent: the -wal's changes are missing).
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.test_crash_safety import _parse

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261126
LANES = 2
CYCLES_PER_LANE = int(os.environ.get("SOC_CRASH_CYCLES", "100"))
TEXT_ROWS = ("diagnosis", "stage", "rationale", "unclear", "my_notes")

CHILD = r'''
import json, random, shutil, sys
from datetime import datetime, timedelta
from pathlib import Path

from app.store import backup, backup_restore, exchange_format
from app.store.storage import Database
from app.workspace import exchange_bundle, merge
from app.workspace.core import Workspace

folder, cycle, seed, sabotage = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
keys = [tuple(k) for k in json.loads(sys.argv[5])]
rng = random.Random(seed * 1000 + cycle)
clock = [datetime(2026, 11, 1) + timedelta(days=3 * cycle)]  # apart: a long cycle never reaches the next one's times
out = sys.stdout


def say(word, n, key, value):
    out.write(f"{word} {n} {json.dumps(key, separators=(',', ':'))} "
              f"{json.dumps(value, separators=(',', ':'))}\n")
    out.flush()


def now():
    clock[0] += timedelta(minutes=rng.randint(1, 50))
    return clock[0]


if sabotage:
    # A broken backup: a plain copy of the live file, without what waits in its -wal, listed
    # as good (a sidecar of the right size and sha256). The harness must notice.
    def copy_backup(source, where, when, reason=backup.AUTOMATIC, **kwargs):
        where.mkdir(exist_ok=True)
        final = where / f"companion-{when.strftime('%Y%m%d-%H%M%S-%f')}.sqlite3"
        shutil.copyfile(folder / "companion.sqlite3", final)
        sha, fingerprint = backup._digests(final)
        info = backup.BackupInfo(final, when, 1, 2, 0, 1, reason, fingerprint, sha, final.stat().st_size)
        info.sidecar.write_text(json.dumps(backup._to_json(info)), encoding="utf-8")
        return info

    backup.make_backup = copy_backup

db = Database.open_folder(folder)
where = backup.backup_folder(folder)
ws = [Workspace(db)]


def edit(n):
    key = rng.choice(keys)
    value = f"c{cycle} n{n} " + rng.choice(("", "Ünïcode — ‘quoted’ ✓ ", "x" * rng.randint(0, 2500)))
    say("WILL", n, key, value)
    ws[0].set(key, value)
    say("ACK", n, key, value)
    return n + 1


def make_backup(n, reason=backup.AUTOMATIC, keep=()):
    when = now()
    say("WILL", n, ["backup"], when.isoformat())
    info = backup.make_backup(db.conn, where, when, reason, keep=keep)
    say("ACK", n, ["backup"], info.when.isoformat())
    return n + 1


def restore(n):
    """As File > Backups does it: back up what is here now, then restore the chosen one."""
    listed = backup.list_backups(where)
    if not listed:
        return make_backup(n)
    target = rng.choice(listed)
    n = make_backup(n, backup.BEFORE_RESTORE, keep=(target.path,))
    say("WILL", n, ["restore"], target.when.isoformat())
    backup_restore.restore(target, db.conn)
    ws[0] = Workspace(db)  # the window forgets what it had loaded (backups_dialog.show_restored)
    say("ACK", n, ["restore"], target.when.isoformat())
    return n + 1


exports = []  # this process's exports since its last restore (importing one of them changes nothing)


def export(n):
    """File ▸ Export…, everything, plain (the passphrase's scrypt would only slow the loop)."""
    path = folder.parent / f"{folder.name}-export-{cycle}-{n}.socase"
    say("WILL", n, ["export"], str(path))
    exchange_format.write_file(path, exchange_format.pack(exchange_bundle.collect(db), None))
    exports.append(path)
    say("ACK", n, ["export"], str(path))
    return n + 1


def import_(n):
    """File ▸ Import… of an export made here since the last restore: the same data, stamped no
    later than what is here, so every acknowledged value must stay as it is."""
    if not exports:
        return export(n)
    path = rng.choice(exports)
    payload = exchange_bundle.validate(exchange_format.unpack(path.read_bytes()))
    say("WILL", n, ["import"], str(path))
    merge.apply(db, payload)
    ws[0] = Workspace(db)
    say("ACK", n, ["import"], str(path))
    return n + 1


_restore = restore


def restore(n):  # noqa: F811 (the same restore; an older state makes earlier exports newer than it)
    exports.clear()
    return _restore(n)


OPERATIONS = ((edit, 0.74), (make_backup, 0.11), (restore, 0.07), (export, 0.04), (import_, 0.04))
n = 0
while True:
    n = rng.choices([op for op, _ in OPERATIONS], [w for _, w in OPERATIONS])[0](n)
'''


def keys_of(folder: Path) -> list[tuple]:
    """The keys the child edits: the case's title and notes, each opinion's doctor and
    institution, and five text rows of each opinion."""
    from app.store.storage import Database
    db = Database.open_folder(folder)
    try:
        case = db.load_case(db.list_cases()[0].id)
    finally:
        db.close()
    keys: list[tuple] = [("case", case.id, f) for f in ("title", "notes")]
    for op in case.opinions:
        keys += [("opinion", case.id, op.id, f) for f in ("doctor", "institution")]
        keys += [("answer", case.id, op.id, row, "text") for row in TEXT_ROWS]
    return keys


def read_state(conn: sqlite3.Connection, keys) -> dict:
    """The stored value of every key, read with plain SQL (the same for the data and a backup)."""
    state = {}
    for key in keys:
        if key[0] == "case":
            row = conn.execute(f"SELECT {key[2]} FROM case_file WHERE id=?", (key[1],)).fetchone()
        elif key[0] == "opinion":
            row = conn.execute(f"SELECT {key[3]} FROM opinion WHERE id=?", (key[2],)).fetchone()
        else:
            row = conn.execute("SELECT text FROM answer WHERE opinion_id=? AND row_key=?",
                               (key[2], key[3])).fetchone()
        state[key] = row[0] if row else ("" if key[0] == "answer" else None)
    return state


def kill_at_random(args: list[str], rng: random.Random, label: str) -> list[str]:
    """Run the child, SIGKILL it after a random number of ACKs or a random delay; its lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")
    by_count = rng.random() < 0.5
    kill_after = rng.randint(1, 60) if by_count else None
    timer = threading.Timer(20.0 if by_count else rng.uniform(0.2, 1.2), proc.kill)
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
        stderr = proc.stderr.read()
        proc.wait()
    finally:
        timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"{label}: child ended by itself:\n{stderr}"
    return lines


@dataclass
class Lane:
    """One data folder killed again and again, and what the parent knows about it."""
    folder: Path
    keys: list
    state: dict                                      # key -> last acknowledged value
    snapshots: dict = field(default_factory=dict)    # backup's `when` (iso) -> state when it was made
    checked: set = field(default_factory=set)        # (path, sha256) of backups whose content was compared
    exported: set = field(default_factory=set)       # export files acknowledged as written
    counts: dict = field(default_factory=lambda: {"acks": 0, "edits": 0, "backups": 0, "restores": 0,
                                                  "exports": 0, "imports": 0, "killed-in-export": 0,
                                                  "killed-in-import": 0,
                                                  "killed-in-backup": 0, "killed-in-restore": 0,
                                                  "leftovers-seen": 0, "backups-verified": 0})

    def apply(self, lines: list[str]):
        """Take in the acknowledged changes; return the one in flight (key, value) or None."""
        pending = None
        for line in lines:
            if not line.endswith("\n"):
                break  # killed mid-line
            word, _n, key, value = _parse(line)
            if word == "WILL":
                pending = (key, value)
                if key == ("backup",):
                    self.snapshots[value] = dict(self.state)
                continue
            pending = None
            self.counts["acks"] += 1
            if key == ("backup",):
                self.counts["backups"] += 1
            elif key in (("export",), ("import",)):
                self.counts[key[0] + "s"] += 1
                if key == ("export",):
                    self.exported.add(value)
            elif key == ("restore",):
                self.counts["restores"] += 1
                self.state = dict(self.snapshots[value])
            else:
                self.counts["edits"] += 1
                self.state[key] = value
        return pending

    def check(self, pending, label: str) -> list[str]:
        from app.store import backup
        from app.store.data_check import DataFileError
        from app.store.storage import Database
        in_key, in_value = pending if pending else ((), None)
        try:
            db = Database.open_folder(self.folder)
        except DataFileError as exc:
            return [f"{label}: the app would not open the data: {exc}"]
        try:
            if (result := db.integrity()) != "ok":
                return [f"{label}: integrity_check says {result!r}"]
            on_disk = read_state(db.conn, self.keys)
        finally:
            db.close()
        problems = []
        if in_key == ("restore",) and on_disk != self.state and on_disk == self.snapshots[in_value]:
            self.state = dict(on_disk)  # the restore in flight had been done
        for key, value in self.state.items():
            if on_disk[key] == value:
                continue
            if key == in_key and on_disk[key] == in_value:
                self.state[key] = in_value
                continue
            problems.append(f"{label}: {key} stored {on_disk[key]!r:.80}, last acknowledged {value!r:.80}")
        problems += self._check_exports(in_key, in_value, label)
        if in_key == ("backup",):
            self.counts["killed-in-backup"] += 1
        elif in_key == ("restore",):
            self.counts["killed-in-restore"] += 1

        where = backup.backup_folder(self.folder)
        listed = backup.list_backups(where)
        good = {p for b in listed for p in (b.path, b.sidecar)}
        self.counts["leftovers-seen"] += sum(1 for p in where.glob("*") if p not in good) if where.is_dir() else 0
        for info in listed:
            made = info.when.isoformat()
            if made not in self.snapshots:
                problems.append(f"{label}: a backup of {made} is listed as good, but none was made then")
                continue
            try:
                backup.verify(info)
            except backup.BackupError as exc:
                problems.append(f"{label}: the backup of {made} is listed as good but does not verify: {exc}")
                continue
            self.counts["backups-verified"] += 1
            if (info.path, info.sha256) in self.checked:
                continue
            conn = sqlite3.connect(info.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                held = read_state(conn, self.keys)
            finally:
                conn.close()
            wrong = [k for k, v in self.snapshots[made].items() if held[k] != v]
            if wrong:
                problems.append(f"{label}: the backup of {made} does not hold the data of that moment: "
                                f"{wrong[0]} is {held[wrong[0]]!r:.60}, was {self.snapshots[made][wrong[0]]!r:.60}")
            else:
                self.checked.add((info.path, info.sha256))
        return problems


    def _check_exports(self, in_key, in_value, label: str) -> list[str]:
        """Every acknowledged export is there whole; one killed while written is there whole or
        not at all (a `.partial` beside it is never taken for the export)."""
        from app.store import exchange_format
        from app.workspace import exchange_bundle
        problems = []
        if in_key == ("export",):
            self.counts["killed-in-export"] += 1
        elif in_key == ("import",):
            self.counts["killed-in-import"] += 1
        maybe = {in_value} if in_key == ("export",) and Path(in_value).exists() else set()
        for path in sorted(self.exported | maybe):
            try:
                exchange_bundle.validate(exchange_format.unpack(Path(path).read_bytes()))
            except (OSError, exchange_format.ExchangeFileError) as exc:
                problems.append(f"{label}: the export {Path(path).name} is not whole: {exc}")
        return problems


def prepared_folder(folder: Path) -> Path:
    from datetime import date

    from app.store.storage import Database
    from app.workspace.example_case import example_case
    db = Database.open_folder(folder)
    try:
        db.insert_case(example_case(today=date(2026, 11, 1)))
    finally:
        db.close()
    return folder


def run_lane(folder: Path, lane: int, cycles: int, seed: int, sabotage: bool = False):
    from app.store.storage import Database
    prepared_folder(folder)
    keys = keys_of(folder)
    db = Database.open_folder(folder)
    try:
        state = read_state(db.conn, keys)
    finally:
        db.close()
    me = Lane(folder, keys, state)
    rng = random.Random(seed * 10 + lane)
    problems: list[str] = []
    arg_keys = json.dumps([list(k) for k in keys])
    for cycle in range(cycles):
        label = f"lane {lane} cycle {cycle} (seed {seed})"
        child_seed = seed * 10 + lane
        lines = kill_at_random([str(folder), str(cycle), str(child_seed), "1" if sabotage else "0", arg_keys],
                               rng, label)
        pending = me.apply(lines)
        problems += me.check(pending, label)
        if problems and not sabotage:
            break  # the first failure is the one worth reading
    return me, problems


@pytest.mark.slow
def test_edits_backups_and_restores_survive_200_sigkills(tmp_path):
    with ThreadPoolExecutor(max_workers=LANES) as pool:
        lanes = list(pool.map(lambda i: run_lane(tmp_path / f"lane{i}", i, CYCLES_PER_LANE, SEED), range(LANES)))
    problems = [p for _, found in lanes for p in found]
    assert problems == [], "\n".join(problems[:20])
    total = {name: sum(lane.counts[name] for lane, _ in lanes) for name in lanes[0][0].counts}
    print(f"\n{LANES * CYCLES_PER_LANE} SIGKILL cycles: {total}")
    # the loop must have exercised what it claims to, with numbers a reader can see
    assert LANES * CYCLES_PER_LANE >= 200
    assert total["edits"] > 2000 and total["backups"] > 100 and total["restores"] > 20, total
    assert total["killed-in-backup"] >= 10 and total["killed-in-restore"] >= 1, total
    assert total["exports"] >= 50 and total["imports"] >= 20, total
    assert total["backups-verified"] > 200, total


@pytest.mark.slow
def test_the_harness_notices_a_backup_that_is_a_file_copy_of_the_live_data(tmp_path):
    _lane, problems = run_lane(tmp_path / "data", 0, 8, SEED, sabotage=True)
    assert any("does not hold the data of that moment" in p for p in problems), problems
