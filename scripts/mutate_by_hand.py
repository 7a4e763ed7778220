"""Hand-written mutants that mutmut cannot make, run against the core tests (`make mutate`).

mutmut leaves decorated functions alone (`transaction()` is a @contextmanager, `case_id` a
@property) and never reorders statements, yet "ROLLBACK removed", "exception swallowed" and
"memory updated before the write" are the breakages a refactor of the record layer is most likely
to bring. Each mutant below is applied to a scratch copy of the tree, the core tests run with -x,
and the mutant must make them fail. Exit status 1 if any survives.

When the code these mutants target is rewritten, rewrite the mutants to match the new code: a
mutant whose text is no longer found is reported as MISSING (and fails the run), never skipped.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (file, exact text, replacement, what a broken refactor would do)
MUTANTS: list[tuple[str, str, str, str]] = [
    ("app/store/record_store.py",
     '                self.conn.execute("ROLLBACK")\n            except sqlite_errors.ERRORS:\n',
     "                pass\n            except sqlite_errors.ERRORS:\n",
     "transaction(): no ROLLBACK after a failed write"),
    ("app/store/record_store.py", "                self._reconnect_needed = True\n            raise\n",
     "                self._reconnect_needed = True\n",
     "transaction(): the exception is swallowed"),
    ("app/store/record_store.py", '            self.conn.execute("COMMIT")', "            pass",
     "transaction(): no COMMIT"),
    ("app/store/record_store.py",
     "        if self._conn is not None and self._conn.in_transaction:\n"
     "            try:\n"
     '                self.conn.execute("ROLLBACK")\n'
     "            except sqlite_errors.ERRORS:\n",
     "        if self._conn is not None:\n"
     "            try:\n"
     '                self.conn.execute("ROLLBACK")\n'
     "            except ValueError:\n",
     "transaction(): a ROLLBACK after SQLite rolled back itself hides the real error (full disk)"),
    ("app/store/record_store.py", "            raise RecordGone(table)\n", "            pass\n",
     "_require(): a write under a deleted parent is not checked"),
    ("app/store/record_store.py", "    if cursor.rowcount != 1:\n", "    if cursor.rowcount < 0:\n",
     "_changed_one(): an UPDATE or DELETE that matched nothing counts as success"),
    ("app/store/record_store.py",
     "        self._delete_records(conn, kind, parent_id, group)\n        for position, rec in enumerate(recs):",
     "        for position, rec in enumerate(recs):",
     "_replace_records(): a list answer written whole keeps its old entries as well"),
    ("app/store/record_store.py", "        for name in kind.group_fields if group else ():",
     "        for name in ():",
     "_siblings(): a kind with group_fields (answers, entries) is counted per parent, not per group"),
    ("app/workspace/core.py", "        except sqlite_errors.ERRORS + (RecordGone,) as exc:",
     "        except sqlite_errors.ERRORS as exc:",
     "Workspace: a write to a deleted record escapes as RecordGone, not a SaveError"),
    ("app/workspace/core.py", "    cause = sqlite_errors.cause(exc)\n",
     '    cause = sqlite_errors.FULL if "full" in str(exc) else None\n',
     "save errors sorted by the words of SQLite's message, not its code"),
    ("app/workspace/core.py", "        return self.db.list_cases()", "        return []",
     "case_summaries() returns nothing"),
    ("app/workspace/core.py",
     "            self._write(self.db.set_case_field, case_id, rest[0], value)\n"
     "            setattr(case, rest[0], value)",
     "            setattr(case, rest[0], value)\n"
     "            self._write(self.db.set_case_field, case_id, rest[0], value)",
     "set case field: memory changed before the write"),
    ("app/workspace/core.py",
     "            self._write(self.db.set_opinion_field, op_id, name, value)\n"
     "            setattr(op, name, value)",
     "            setattr(op, name, value)\n"
     "            self._write(self.db.set_opinion_field, op_id, name, value)",
     "set opinion field: memory changed before the write"),
    ("app/workspace/core.py",
     "            self._write(self.db.set_answer, op_id, row_key, part, value)\n"
     "            op.answers[row_key] = replace(old, **{part: value})",
     "            op.answers[row_key] = replace(old, **{part: value})\n"
     "            self._write(self.db.set_answer, op_id, row_key, part, value)",
     "set answer: memory changed before the write"),
    ("app/workspace/core.py",
     "            setattr(case, rest[0], value)\n"
     "            self._emit(Updated(CASE, case_id, case_id, (rest[0],)))",
     "            self._emit(Updated(CASE, case_id, case_id, (rest[0],)))\n"
     "            setattr(case, rest[0], value)",
     "set case field: listeners told before memory holds the change"),
    ("app/workspace/core.py",
     "        records.insert(dst, records.pop(src))\n"
     "        self._emit(Moved(kind, case_id, src, dst))",
     "        self._emit(Moved(kind, case_id, src, dst))\n"
     "        records.insert(dst, records.pop(src))",
     "move question: listeners told before memory holds the change"),
    ("app/workspace/core.py", "list_changes(case_id, (op_id, row_key), old.entries, tuple(value))",
     "list_changes(case_id, (op_id, row_key), tuple(value), old.entries)",
     "list answers: entry events computed backwards (inserts told as removals)"),
    ("app/workspace/core.py",
     "            self._write(self.db.set_custom_row_label, rest[0], value)\n"
     "            row.label = value",
     "            row.label = value\n"
     "            self._write(self.db.set_custom_row_label, rest[0], value)",
     "set row label: memory changed before the write"),
    ("app/workspace/core.py",
     "            self._write(self.db.update_record, self.list_kinds[kind], record_id, {name: value})\n"
     "            self._lists[(kind, case_id)][index] = replace(rec, **{name: value})",
     "            self._lists[(kind, case_id)][index] = replace(rec, **{name: value})\n"
     "            self._write(self.db.update_record, self.list_kinds[kind], record_id, {name: value})",
     "set a list kind's field (a question's): memory changed before the write"),
    ("app/workspace/core.py",
     "        self._write(self.db.set_opinion_order, case_id, ids)\n"
     "        case.opinions.insert(dst, case.opinions.pop(src))",
     "        case.opinions.insert(dst, case.opinions.pop(src))\n"
     "        self._write(self.db.set_opinion_order, case_id, ids)",
     "move opinion: memory changed before the write"),
    ("app/workspace/core.py",
     "        self._write(self.db.delete_opinion, opinion_id)\n"
     "        del case.opinions[index]",
     "        del case.opinions[index]\n"
     "        self._write(self.db.delete_opinion, opinion_id)",
     "remove opinion: memory changed before the write"),
    ("app/workspace/core.py",
     "        self._write(self.db.delete_record, self.list_kinds[kind], record_id)\n"
     "        del self._lists[(kind, case_id)][index]",
     "        del self._lists[(kind, case_id)][index]\n"
     "        self._write(self.db.delete_record, self.list_kinds[kind], record_id)",
     "remove question: memory changed before the write"),
    ("app/workspace/edits.py", "            self.new = other.new\n", "            pass\n",
     "a merged typing burst keeps its first value"),
    ("app/workspace/edits.py", "        return self.target[1]", "        return self.target[0]",
     "SetValue.case_id names the wrong thing"),
    ("app/workspace/edits.py", "        return self.edits[0].case_id if self.edits else None", "        return None",
     "Macro.case_id is lost"),
    ("app/workspace/edits.py", "        return self.case.id\n", "        return None\n",
     "CasePresence.case_id is lost"),
    ("app/workspace/edits.py",
     "        self.opinion = copy_opinion(case.opinion(self.opinion.id))\n", "",
     "redo of an opinion removal uses the stale snapshot"),
    ("app/model/domain.py",
     "        return not (self.text.strip() or self.choice or self.tags or self.entries)",
     "        return False",
     "Answer.is_empty() always False"),
]


def run(tests: str = "tests/core") -> int:
    python = sys.executable
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    survived = missing = 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="mutate-by-hand-") as scratch:
        tree = Path(scratch) / "tree"
        shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(
            ".git", ".venv", "mutants", "__pycache__", "build", "dist", "*.egg-info"))
        env["PYTHONPATH"] = str(tree)
        for path, old, new, why in MUTANTS:
            target = tree / path
            original = target.read_text()
            if original.count(old) != 1:
                print(f"MISSING   {why}  ({path}: text found {original.count(old)} times)")
                missing += 1
                continue
            target.write_text(original.replace(old, new))
            try:
                result = subprocess.run(
                    [python, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", tests],
                    cwd=tree, env=env, capture_output=True, text=True)
            finally:
                target.write_text(original)
            verdict = "killed" if result.returncode == 1 else (
                "SURVIVED" if result.returncode == 0 else f"error {result.returncode}")
            survived += verdict != "killed"
            print(f"{verdict:<9} {why}")
    total = len(MUTANTS)
    print(f"\nhand mutants: {total - survived - missing} of {total} killed, {survived} survived, "
          f"{missing} missing ({time.monotonic() - start:.0f} s)")
    return 1 if survived or missing else 0


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:]))
