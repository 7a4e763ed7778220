"""Build the stored data files of each schema version: tests/data/schema_v1.sqlite3, schema_v2.sqlite3, ….

    cd <repo> && python tests/data/make_fixtures.py

Each file is what that version of the app would have saved: the shipped schema steps applied in
order with plain sqlite3 (not through today's Database, which would migrate to the latest), then
a small realistic data set written with plain SQL in the formats those versions wrote (answers'
tags and list entries as JSON text, custom rows keyed "custom:<id>"). tests/core/test_migrations.py
opens each one with the current Database and checks every value survives the migrations.

The files are committed: they stand for data people already have, so regenerate one only to add
the fixture of a new version (when a schema step is added, add its version here), never to change
an existing one.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from app.store import migrations  # noqa: E402

# The data, in the tables' own columns. Text the person typed: line breaks, quotes, accents,
# a non-Latin script and an emoji, spaces at the ends; dates as ISO text or ''.
CASES = [
    # id, position, title, person, diagnosis, diagnosed_on, decide_by, notes
    (1, 0, "Mum — breast cancer", "Ingrid Ó'Brien", "Invasive ductal carcinoma, left breast, ER+/PR+/HER2−",
     "2026-02-03", "2026-04-30", "Ask about the Oncotype test.\nBring the folder with the scans."),
    (2, 1, "My own case", "", "", "", "", "  leading and trailing spaces stay  "),
]
OPINIONS = [
    # id, case_id, position, label, doctor, specialty, institution, visit_date, delivery
    (1, 1, 0, "First opinion", "Dr. Amara Okafor", "surgeon / surgical oncologist", "St. Mary's Hospital",
     "2026-02-10", "in person"),
    (2, 1, 1, "Second opinion", "Dr. 李文", "medical oncologist", "Regional Cancer Centre", "2026-02-24", "video"),
    (3, 2, 0, "First opinion", "", "", "", "", ""),
]
CUSTOM_ROWS = [
    # id, case_id, position, label
    (1, 1, 0, "Fertility 🙂"),
]
ANSWERS = [
    # opinion_id, row_key, text, choice, tags (JSON text)
    (1, "diagnosis", "Stage IIA, grade 2.\nTumour 2.4 cm, one node \"suspicious\".", "", "[]"),
    (1, "plan", "Lumpectomy first, then radiation.", "", json.dumps(["surgery", "radiation"], ensure_ascii=False)),
    (1, "goal", "", "cure", "[]"),
    (1, "custom:1", "Referral to a fertility clinic before any chemotherapy.", "", "[]"),
    (2, "diagnosis", "Same reading of the biopsy.", "", "[]"),
    (2, "plan", "Chemotherapy before surgery (neoadjuvant).", "",
     json.dumps(["chemotherapy", "surgery"], ensure_ascii=False)),
    (2, "review_together", "", "yes", "[]"),
    (2, "unclear", "Why the order differs — ask both.", "", "[]"),
]
LIST_ENTRIES = [
    # opinion_id, row_key, position, fields (JSON text)
    (1, "readings", 0, {"test": "Ki-67", "date": "2026-02-01", "reading": "18 % — intermediate"}),
    (1, "readings", 1, {"test": "Oncotype DX", "date": "", "reading": "not done yet"}),
    (2, "readings", 0, {"test": "Ki-67", "date": "2026-02-01", "reading": "about 20 %"}),
    (2, "citations", 0, {"source": "NCCN Guidelines", "title": "Breast Cancer", "version": "2026.1",
                         "category": "2A", "note": "Neoadjuvant option for HER2− disease"}),
]
QUESTIONS = [  # version 2 on
    # id, case_id, position, text, origin, status
    (1, 1, 0, "How soon do I need to start treatment?", "guide:timing", "asked"),
    (2, 1, 1, "Would you talk with Dr. Okafor about the order?", "typed", "to ask"),
    (3, 2, 0, "Is this a common situation?", "typed", "to ask"),
]
ROW_MARKS = [  # version 3 on
    # id, case_id, position, row_key, mark
    (1, 1, 0, "stage", "differ"),
    (2, 1, 1, "goal", "agree"),
    (3, 2, 0, "custom:1", "unclear"),
]

QUESTION_ANSWERS = [  # from the step questions_answers_and_third_opinions on (brief D)
    # id, case_id, position, question_id, opinion_id, doctor, asked, answer
    (1, 1, 0, "2", "1", "First opinion — Dr. Amara Okafor", "asked", "Yes, I will call them.\nNext week."),
    (2, 1, 1, "2", "2", "Second opinion — Dr. 李文", "", ""),
    (3, 1, 2, "1", "9", "Third opinion — Dr. Removed", "asked", "Within six weeks 🙂"),  # opinion since removed
]
THIRD_OPINION_PLANS = [
    # id, case_id, position, row_key, specialist, whom, by_when, send
    (1, 1, 0, "stage", "pathologist", "The university's pathology department", "before March",
     "Slides and the pathology report"),
]
ANSWERS_STEP = migrations.STEPS.index(migrations.questions_answers_and_third_opinions) + 1

APPOINTMENTS = [  # from the step appointments_and_checklists on
    # id, case_id, position, on_date, at_time, opinion, doctor, place, purpose, bring, calendar_uid
    (1, 1, 0, "2026-03-02", "14:30", "2", "Dr. 李文", "https://video.example.org/room; ask for 4, please",
     "Second opinion, results", "Scans on the disc\nMedicines list", "a1b2c3d4-0001@second-opinion-companion"),
    (2, 1, 1, "2026-02-10", "09:00", "", "Dr. Amara Okafor", "St. Mary's, 3rd floor", "", "", "a1b2c3d4-0002"),
]
CHECKLIST_ITEMS = [
    # id, case_id, position, opinion, item, label, state, requested_on, sent_on, received_on, sent_to
    (1, 1, 0, "2", "slides_blocks", "", "requested", "2026-01-20", "", "", "Regional Cancer Centre"),
    (2, 1, 1, "2", "", "Genetic counselling letter ✉", "received", "2026-01-05", "2026-01-10", "2026-01-12", ""),
]
APPOINTMENTS_STEP = migrations.STEPS.index(migrations.appointments_and_checklists) + 1

DECISIONS = [  # from the step decision_worksheet on
    # id, case_id, position, statement, lean
    (1, 1, 0, "Which treatment to start with — surgery or chemotherapy first?", "option:2"),
]
DECISION_OPTIONS = [
    # id, case_id, position, title, involves, benefits, risks, source
    (1, 1, 0, "Surgery first", "Lumpectomy, then radiation", "Done sooner", "Scar; \"two\" operations?",
     "First opinion — Dr. Amara Okafor"),
    (2, 1, 1, "Chemotherapy first", "Neoadjuvant chemotherapy", "May shrink it 🙂", "Hair loss", ""),
]
DECISION_VALUES = [
    # id, case_id, position, text, importance
    (1, 1, 0, "Being home for my daughter's wedding in June", "very"),
]
SURE_RESULTS = [
    # id, case_id, position, taken_on, sure, understand, risk_benefit, encouragement
    (1, 1, 0, "2026-02-12", "no", "yes", "no", "yes"),
    (2, 1, 1, "2026-02-26", "yes", "yes", "yes", "yes"),
]
WORKSHEET_STEP = migrations.STEPS.index(migrations.decision_worksheet) + 1

DOCUMENT_BYTES = b"%PDF-1.4\n% a tiny attached report\n%%EOF\n"
DOCUMENT_SHA = hashlib.sha256(DOCUMENT_BYTES).hexdigest()
DOCUMENTS = [  # from the step documents on
    # id, case_id, position, name, added_on, size, sha256, media, attached_to
    (1, 1, 0, "Pathology report — Dr. 李文.pdf", "2026-02-25T10:15", str(len(DOCUMENT_BYTES)), DOCUMENT_SHA, "pdf",
     "checklist_item:2:pathology_report"),
    (2, 1, 1, "Letter \"scan\" 🙂.png", "2026-02-26T08:00", str(len(DOCUMENT_BYTES)), DOCUMENT_SHA, "image", "case"),
]
DOCUMENT_CONTENTS = [(DOCUMENT_SHA, len(DOCUMENT_BYTES))]  # sha256, size
DOCUMENT_CHUNKS = [(DOCUMENT_SHA, 0, DOCUMENT_BYTES)]  # sha256, seq, data
DOCUMENTS_STEP = migrations.STEPS.index(migrations.documents) + 1


EXCHANGE_STEP = migrations.STEPS.index(migrations.exchange_ids) + 1
LAPTOP = "00000000-0000-4000-8000-00000000f1f7"  # the fixture's own laptop id (a real one is random)
RECORDS_STEP = migrations.STEPS.index(migrations.answers_and_entries_as_records) + 1


def _as_records(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """From the step answers_and_entries_as_records on, answers and list entries end with an id
    (given in the order the step copies them) and answers with their place (0: one per row)."""
    answers = sorted(rows["answer"], key=lambda a: (a[0], a[1]))
    rows["answer"] = [(*a, n, 0) for n, a in enumerate(answers, start=1)]
    entries = sorted(rows["list_entry"], key=lambda e: (e[0], e[1], e[2]))
    rows["list_entry"] = [(*e, n) for n, e in enumerate(entries, start=1)]
    return rows


def _with_uids(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """From the exchange step on every record of a kind (a table with an id and a position) ends
    with its stable uid."""
    keyed = {t: r for t, r in rows.items() if t not in ("answer", "list_entry", "document_content", "document_chunk")}
    for n, (table, table_rows) in enumerate(sorted(keyed.items()), start=1):  # fixed uuid4s, one per record
        rows[table] = [(*row, str(uuid.UUID(int=n << 64 | row[0], version=4))) for row in table_rows]
    rows["exchange_meta"] = [("laptop", LAPTOP)]
    rows["laptop"] = [(LAPTOP, "Fixture laptop")]
    rows.update(field_stamp=[], tombstone=[], merge_conflict=[])  # nothing changed or deleted yet
    return rows


def rows_at(version: int) -> dict[str, list[tuple]]:
    """What a file at `version` holds, table by table, in the tables' column order."""
    rows = {
        "case_file": CASES,
        "opinion": OPINIONS,
        "custom_row": CUSTOM_ROWS,
        "answer": ANSWERS,
        "list_entry": [(o, k, p, json.dumps(f, ensure_ascii=False)) for o, k, p, f in LIST_ENTRIES],
    }
    if version >= 2:
        rows["question"] = QUESTIONS
    if version >= 3:
        rows["row_mark"] = ROW_MARKS
    if version >= APPOINTMENTS_STEP:
        rows["appointment"] = APPOINTMENTS
        rows["checklist_item"] = CHECKLIST_ITEMS
    if version >= WORKSHEET_STEP:
        rows["decision"] = DECISIONS
        rows["decision_option"] = DECISION_OPTIONS
        rows["decision_value"] = DECISION_VALUES
        rows["sure_result"] = SURE_RESULTS
    if version >= ANSWERS_STEP:
        rows["question_answer"] = QUESTION_ANSWERS
        rows["third_opinion_plan"] = THIRD_OPINION_PLANS
    if version >= DOCUMENTS_STEP:
        rows["document"] = DOCUMENTS
        rows["document_content"] = DOCUMENT_CONTENTS
        rows["document_chunk"] = DOCUMENT_CHUNKS
    if version >= RECORDS_STEP:
        rows = _as_records(rows)
    return _with_uids(rows) if version >= EXCHANGE_STEP else rows


def fixture_path(version: int) -> Path:
    return HERE / f"schema_v{version}.sqlite3"


def build(version: int, path: Path) -> None:
    """A data file as the app at `version` left it: its steps, its data, its user_version."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for step in migrations.STEPS[:version]:
            step(conn)
        if version >= EXCHANGE_STEP:  # its own laptop id, not the random one the step made
            conn.execute("DELETE FROM exchange_meta")
            conn.execute("DELETE FROM laptop")
        for table, rows in rows_at(version).items():
            if not rows:
                continue
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        conn.execute(f"PRAGMA user_version={version}")
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()


VERSIONS = tuple(range(1, migrations.LATEST + 1))
NEW = sys.argv[1:]  # versions to write (default: those with no file yet; a shipped file is never rewritten)

if __name__ == "__main__":
    for v in (int(n) for n in NEW) if NEW else (v for v in VERSIONS if not fixture_path(v).exists()):
        build(v, fixture_path(v))
        print(f"wrote {fixture_path(v)}")
