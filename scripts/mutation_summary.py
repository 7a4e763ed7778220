"""Killed / survived per module from mutmut's results in mutants/ (the table `make mutate` prints).

A survivor is "equivalent" when no test could tell it from the real code; those are left out of
the score. Two kinds are recognised:
- automatically: a change of letter case inside SQL text (SQLite keywords and names ignore case);
- by name, in EQUIVALENT below, each with the reason. mutmut numbers mutants per function, so the
  names only hold until that function changes: after a refactor, judge the new survivors afresh
  (`mutmut results`, `mutmut show NAME`) and replace the list.
"No tests" (no core test runs the function at all) counts as a survivor.
Score = killed / (all mutants - equivalent - not run); mutants a stopped run never ran are
counted apart ("not run"), never as killed or survived.  Usage: python scripts/mutation_summary.py [--list]
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

try:
    from mutmut.__main__ import find_mutant
    from mutmut.mutation.diff_apply import get_diff_for_mutant
    from mutmut.stats import status_by_exit_code
except ImportError:  # only when mutmut is missing
    sys.exit("mutmut is not installed: pip install -e '.[mutate]'")

_REDONE_FIRST = ("the edit's _remove takes these afresh on its first redo, and an edit is always "
                 "redone before it can be undone")
_SQL_NAME = "the letter case of a column name put into SQL (SQLite ignores it)"

EQUIVALENT = {
    "app.store.record_store.xǁRecordStoreǁ__init____mutmut_9":
        "laptop's starting value: _connect reads the file's own id before anything uses it",
    "app.store.record_store.xǁRecordStoreǁ__init____mutmut_10":
        "laptop's starting value: _connect reads the file's own id before anything uses it",
    "app.store.record_store.xǁRecordStoreǁ__init____mutmut_11":
        "_uid_tables' starting value: _connect sets it before any write; a damaged store never writes",
    "app.store.record_store.xǁRecordStoreǁ__init____mutmut_62":
        "getattr without its default: every sqlite3 error carries sqlite_errorname",
    "app.store.record_store.xǁRecordStoreǁ_migrate__mutmut_27":
        "<= only installs the history triggers once more: CREATE TEMP TRIGGER IF NOT EXISTS",
    "app.store.record_store.xǁRecordStoreǁ_insert_at__mutmut_3": _SQL_NAME,
    "app.store.record_store.xǁRecordStoreǁ_insert_at__mutmut_7": _SQL_NAME,
    "app.store.record_store.xǁRecordStoreǁ_insert_at__mutmut_16": _SQL_NAME,
    "app.store.record_store.xǁRecordStoreǁopen_folder__mutmut_17":
        "checked=None/False only repeats the start-up check the folder has just had: slower, same outcome",
    "app.store.record_store.xǁRecordStoreǁopen_folder__mutmut_19":
        "checked=None/False only repeats the start-up check the folder has just had: slower, same outcome",
    "app.store.record_store.xǁRecordStoreǁopen_folder__mutmut_22":
        "checked=None/False only repeats the start-up check the folder has just had: slower, same outcome",
    "app.store.sqlite_errors.x_cause__mutmut_4":
        "with no code, _CAUSES.get(None) is None all the same (no cause is keyed by None)",
    "app.store.storage.xǁDatabaseǁ__init____mutmut_7":
        "without isolation_level=None, sqlite3 only adds implicit BEGINs, and every write already "
        "runs inside an explicit BEGIN IMMEDIATE ... COMMIT",
    "app.store.storage.xǁDatabaseǁ_write_answer__mutmut_19": "ensure_ascii=None is falsy, the same as False",
    "app.store.storage.xǁDatabaseǁ_write_answer__mutmut_36": "ensure_ascii=None is falsy, the same as False",
    "app.workspace.edits.x_delete_case__mutmut_3": "adds=None is falsy, the same as False",
    "app.workspace.edits.x_delete_case__mutmut_5": "questions: " + _REDONE_FIRST,
    "app.workspace.edits.x_delete_case__mutmut_6": "index: " + _REDONE_FIRST,
    "app.workspace.edits.x_delete_case__mutmut_9": "questions: " + _REDONE_FIRST,
    "app.workspace.edits.x_delete_case__mutmut_10": "index: " + _REDONE_FIRST,
    "app.workspace.edits.x_remove_opinion__mutmut_3": "adds=None is falsy, the same as False",
    "app.workspace.edits.x_remove_opinion__mutmut_6": "index: " + _REDONE_FIRST,
    "app.workspace.edits.x_remove_opinion__mutmut_10": "index: " + _REDONE_FIRST,
    "app.workspace.edits.x_remove_custom_row__mutmut_5": "adds=None is falsy, the same as False",
    "app.workspace.edits.x_remove_custom_row__mutmut_8": "index: " + _REDONE_FIRST,
    "app.workspace.edits.x_remove_custom_row__mutmut_12": "index: " + _REDONE_FIRST,
    "app.model.comparison.x_row_aspect__mutmut_7": "an Aspect's kind defaults to TEXT",
    "app.model.comparison.x__normal__mutmut_2":
        "the joined words are only compared with each other, and lower-cased words hold no 'X', "
        "so any separator keeps different texts different",
    "app.workspace.core.xǁWorkspaceǁinsert_case__mutmut_11":
        "remove_case already dropped the cached case; an id is only reused when a removed case is restored",
    "app.workspace.core.xǁWorkspaceǁinsert_case__mutmut_14":
        "remove_case already dropped the cached questions; an id is only reused when a removed case is restored",
}
_SQL_TEXT = re.compile(  # SQL as written here
    r"[\s(]*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|ORDER BY|CREATE|BEGIN|COMMIT|ROLLBACK|WHERE|AND)\b")
_LITERAL = re.compile(r'"([^"]*)"')


def sql_case_only(name: str) -> bool:
    """True when the mutant only changes the letter case of string literals that are SQL text."""
    diff = get_diff_for_mutant(name, path=find_mutant(name).path)
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if not removed or len(removed) != len(added):
        return False
    for old, new in zip(removed, added):
        if old.lower() != new.lower():
            return False
        changed = [a for a, b in zip(_LITERAL.findall(old), _LITERAL.findall(new)) if a != b]
        if not changed or not all(_SQL_TEXT.match(text) for text in changed):
            return False
    return True


def main(argv: list[str]) -> int:
    show = "--list" in argv
    metas = sorted(Path("mutants").rglob("*.py.meta"))
    if not metas:
        print("No mutmut results under mutants/; run `make mutate` first.")
        return 1
    header = (f"{'module':<16}{'mutants':>8}{'killed':>8}{'equiv.':>8}{'survived':>9}{'no tests':>9}"
              f"{'score':>8}{'not run':>9}")
    rows, total, listing = [], Counter(), []
    for meta in metas:
        counts = Counter()
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            status = status_by_exit_code[code]
            if status in ("killed", "timeout", "caught by type check"):
                counts["killed"] += 1
                continue
            if status == "not checked":  # a run stopped part-way (or limited to some functions)
                counts["not run"] += 1
                listing.append(f"  not run     {name}")
                continue
            if name in EQUIVALENT:
                counts["equivalent"] += 1
                listing.append(f"  equivalent  {name}: {EQUIVALENT[name]}")
            elif status in ("survived", "no tests") and sql_case_only(name):
                counts["equivalent"] += 1
                listing.append(f"  equivalent  {name}: letter case inside SQL text")
            else:
                counts["no tests" if status == "no tests" else "survived"] += 1
                listing.append(f"  {status:<11} {name}")
        total.update(counts)
        rows.append(_row(meta.name.removesuffix(".meta"), counts))
    print(header, *rows, _row("all", total), sep="\n")
    if show:
        print("\nNot killed:", *listing, sep="\n")
    return 0


def _row(name: str, c: Counter) -> str:
    n = c["killed"] + c["equivalent"] + c["survived"] + c["no tests"] + c["not run"]
    scored = n - c["equivalent"] - c["not run"]  # of the mutants that ran; "not run" is shown apart
    score = 100 * c["killed"] / scored if scored else 100.0
    return (f"{name:<16}{n:>8}{c['killed']:>8}{c['equivalent']:>8}{c['survived']:>9}{c['no tests']:>9}"
            f"{score:>7.1f}%{c['not run']:>9}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
