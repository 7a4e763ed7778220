"""Moving a case between laptops and merging it back, with an injected clock (issue 13).

Each "laptop" is its own data folder, edited through the real Workspace (so stamps and deletions
are recorded by the record layer, as in the app), exported to a file's bytes and imported with
the real merge. What is stored is read back through a fresh Database each time.
"""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from app.model.domain import Answer, Case, CustomRow
from app.model.marks import Mark
from app.model.questions import Question
from app.store import exchange_format
from app.store.datadir import DB_NAME
from app.store.storage import Database
from app.workspace import merge
from app.workspace.core import Workspace
from app.workspace.example_case import example_case
from app.workspace.exchange_bundle import collect


class Clock:
    """One clock for every laptop, a minute further on each reading: edits are ordered."""

    def __init__(self):
        self.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock():
    return Clock()


class Laptop:
    def __init__(self, folder, clock, name):
        self.folder = folder
        self.db = Database.open_folder(folder)
        self.db.clock = clock
        with self.db.transaction() as conn:
            conn.execute("UPDATE laptop SET name=? WHERE id=?", (name, self.db.laptop))
        self.ws = Workspace(self.db)

    def export(self, case_id=None, passphrase=None) -> bytes:
        return exchange_format.pack(collect(self.db, case_id), passphrase, n=16, r=1, p=1)

    def import_(self, data: bytes, passphrase=None) -> list[merge.Difference]:
        done = merge.apply(self.db, exchange_format.unpack(data, passphrase))
        self.ws.forget_loaded()
        return done

    def case_by_title(self, start: str) -> int:
        return next(s.id for s in self.db.list_cases() if s.title.startswith(start))

    def dump(self) -> dict:
        conn = sqlite3.connect((self.folder / DB_NAME).as_uri() + "?mode=ro", uri=True)
        try:
            tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
        finally:
            conn.close()


@pytest.fixture
def laptops(tmp_path, clock):
    made = []

    def make(name):
        made.append(Laptop(tmp_path / name, clock, name))
        return made[-1]
    yield make
    for laptop in made:
        laptop.db.close()


def fresh_view(folder, title_start):
    """A case as a fresh connection reads it, without local ids: what the person would see."""
    db = Database.open_folder(folder)
    try:
        case_id = next(s.id for s in db.list_cases() if s.title.startswith(title_start))
        case = db.load_case(case_id)
        rows = {f"custom:{r.id}": r.label for r in case.custom_rows}
        from app.store.kinds import MARK_KIND
        return {
            "case": (case.title, case.person, case.diagnosis, case.diagnosed_on, case.decide_by, case.notes),
            "opinions": [(op.label, op.doctor, op.specialty, op.institution, op.visit_date, op.delivery,
                          {rows.get(k, k): v for k, v in sorted(op.answers.items())}) for op in case.opinions],
            "rows": [r.label for r in case.custom_rows],
            "questions": [(q.text, q.origin, q.status) for q in db.list_questions(case_id)],
            "marks": sorted((rows.get(m.row_key, m.row_key), m.mark) for m in db.load_records(MARK_KIND, case_id)),
        }
    finally:
        db.close()


def a_full_case(laptop: Laptop) -> int:
    ws = laptop.ws
    case_id = ws.insert_case(example_case(), [Question(0, "How soon must I decide?", "typed")])
    ws.insert_custom_row(case_id, CustomRow(0, "Fertility"), 0,
                         {ws.case(case_id).opinions[0].id: Answer(text="Freeze eggs first")})
    row_key = ws.case(case_id).custom_rows[0].key
    ws.insert_record("mark", case_id, Mark(0, row_key, "differ"), 0)
    ws.insert_record("mark", case_id, Mark(0, "plan", "agree"), 1)
    return case_id


def test_a_case_moves_to_a_fresh_laptop_whole(laptops):
    a, b = laptops("anna"), laptops("ben")
    case_id = a_full_case(a)
    a.ws.insert_case(Case(0, "Not this one"), [])
    done = b.import_(a.export(case_id, passphrase="correct horse"), "correct horse")

    assert fresh_view(b.folder, "Example") == fresh_view(a.folder, "Example")
    assert [s.title for s in b.db.list_cases()] == ["Example — Sam, breast cancer"]  # only the case asked for
    assert {d.kind for d in done if d.action == merge.ADD} == {"case", "opinion", "row", "question", "mark"}
    assert merge.changes(done) == [d for d in done if d.action == merge.ADD]


def test_the_same_file_twice_changes_nothing(laptops):
    a, b = laptops("anna"), laptops("ben")
    case_id = a_full_case(a)
    b.import_(a.export(case_id))
    a.ws.set(("case", case_id, "notes"), "Changed on Anna's laptop")
    data = a.export()
    assert merge.changes(b.import_(data))  # the change arrives
    before = b.dump()
    again = b.import_(data)
    assert merge.changes(again) == []
    assert b.dump() == before
    assert merge.changes(merge.preview(b.db, exchange_format.unpack(data))) == []


def test_an_edit_on_one_side_is_taken_without_a_conflict(laptops):
    a, b = laptops("anna"), laptops("ben")
    case_id = a_full_case(a)
    b.import_(a.export(case_id))
    b_case = b.case_by_title("Example")
    op = b.ws.case(b_case).opinions[1].id
    b.ws.set(("answer", b_case, op, "plan", "text"), "Chemotherapy first, then surgery")
    done = a.import_(b.export())
    assert [(d.action, d.field, d.new) for d in merge.changes(done)] == [
        (merge.CHANGE, "text", "Chemotherapy first, then surgery")]
    assert fresh_view(a.folder, "Example") == fresh_view(b.folder, "Example")


def test_both_sides_edited_the_same_field_keeps_the_newer_and_the_other_beside_it(laptops):
    a, b = laptops("anna"), laptops("ben")
    case_id = a_full_case(a)
    b.import_(a.export(case_id))
    b_case = b.case_by_title("Example")
    a.ws.set(("case", case_id, "notes"), "Anna: call the surgeon")        # earlier
    b.ws.set(("case", b_case, "notes"), "Ben: the slides went on Monday")  # later
    a.ws.set(("case", case_id, "decide_by"), "2026-12-01")
    b.ws.set(("case", b_case, "decide_by"), "2026-12-15")

    plan = merge.preview(a.db, exchange_format.unpack(b.export()))
    both = {d.field: d for d in plan if d.action == merge.BOTH_KEPT}
    assert set(both) == {"notes", "decide_by"}
    assert both["notes"].old == "Anna: call the surgeon"
    assert both["notes"].new == ("Ben: the slides went on Monday\n\n— other version from anna on 2026-11-01:\n"
                                 "Anna: call the surgeon")
    assert a.ws.case(case_id).notes == "Anna: call the surgeon"  # a preview changes nothing

    a.import_(b.export())
    stored = fresh_view(a.folder, "Example")["case"]
    assert stored[5] == both["notes"].new
    assert stored[4] == "2026-12-15"  # a date is not text: the newer stays, the other is kept aside
    conn = a.db.conn
    assert ("decide_by", "2026-12-15", "2026-12-01") in conn.execute(
        "SELECT field, kept, other FROM merge_conflict").fetchall()
    # back to Ben: he takes the merged value, with no new conflict; then both are the same
    back = b.import_(a.export())
    assert {d.action for d in merge.changes(back)} == {merge.CHANGE}
    assert fresh_view(a.folder, "Example") == fresh_view(b.folder, "Example")
    assert merge.changes(a.import_(b.export())) == []


def test_one_side_deleted_the_other_edited_the_deletion_is_never_undone(laptops):
    a, b = laptops("anna"), laptops("ben")
    case_id = a_full_case(a)
    a.ws.insert_question(case_id, Question(0, "Second question"), 1)
    b.import_(a.export(case_id))
    b_case = b.case_by_title("Example")
    gone = a.ws.questions(case_id)[0].id
    a.ws.remove_question(case_id, gone)
    a.ws.remove_opinion(case_id, a.ws.case(case_id).opinions[1].id)
    b.ws.set(("question", b_case, b.ws.questions(b_case)[0].id, "text"), "Edited by Ben later")
    b.ws.set(("opinion", b_case, b.ws.case(b_case).opinions[1].id, "doctor"), "Dr. Okafor (edited)")

    done = a.import_(b.export())
    assert {(d.action, d.kind) for d in done} >= {(merge.STAYS_DELETED, "question"),
                                                  (merge.STAYS_DELETED, "opinion")}
    view = fresh_view(a.folder, "Example")
    assert [q[0] for q in view["questions"]] == ["Second question"]
    assert len(view["opinions"]) == 1

    done = b.import_(a.export())
    assert {(d.action, d.kind) for d in merge.changes(done)} == {(merge.REMOVE, "question"),
                                                                (merge.REMOVE, "opinion")}
    assert fresh_view(b.folder, "Example") == view
    # a deleted case stays deleted too, with everything in it
    a.ws.remove_case(case_id)
    b.import_(a.export())
    assert b.db.list_cases() == []
    assert merge.changes(a.import_(b.export())) == [] and a.db.list_cases() == []


def test_three_laptops_in_a_ring_lose_no_edit_and_revive_no_deletion(laptops):
    a, b, c = laptops("anna"), laptops("ben"), laptops("cleo")
    case_id = a_full_case(a)
    a.ws.insert_question(case_id, Question(0, "Doomed question"), 1)
    first = a.export()
    b.import_(first)
    c.import_(first)
    cases = {x: x.case_by_title("Example") for x in (a, b, c)}

    def set_notes(x, text):
        x.ws.set(("case", cases[x], "notes"), text)

    set_notes(a, "A1")
    set_notes(c, "C1")  # concurrent with A's and B's
    b.ws.set(("case", cases[b], "person"), "Sam B.")
    doomed = b.ws.questions(cases[b])[1].id
    b.ws.remove_question(cases[b], doomed)
    c.ws.set(("question", cases[c], c.ws.questions(cases[c])[1].id, "status"), "asked")  # edits the doomed one
    b.import_(a.export())   # A -> B
    set_notes(b, "B1 on top of A1")
    c.import_(b.export())   # B -> C
    a.import_(c.export())   # C -> A
    for _ in range(2):      # and round once more so everyone has everything
        b.import_(a.export())
        c.import_(b.export())
        a.import_(c.export())

    views = [fresh_view(x.folder, "Example") for x in (a, b, c)]
    assert views[0] == views[1] == views[2]
    notes = views[0]["case"][5]
    assert "B1 on top of A1" in notes and "C1" in notes  # A1 was seen and replaced by B on purpose
    assert views[0]["case"][1] == "Sam B."
    assert [q[0] for q in views[0]["questions"]] == ["How soon must I decide?"]  # not revived
    for x in (a, b, c):
        assert merge.changes(x.import_(a.export())) == []
