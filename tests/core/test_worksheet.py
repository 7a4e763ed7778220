"""The decision worksheet's rules and storage: options from the plans, merging, the SURE check and
its dated history, undo, and big or empty worksheets read back whole from a fresh connection."""
from __future__ import annotations

import itertools
from datetime import date

import pytest

from app.model.domain import Answer, Case, Opinion
from app.model.worksheet import (
    DECISION,
    HELP_FOR,
    NO,
    OPTION,
    SURE_KEYS,
    SURE_RESULT,
    VALUE,
    YES,
    Option,
    SureResult,
    Value,
    flags_conflict,
    lean_key,
    merged,
    options_from_plans,
    sure_advice,
    sure_history,
    sure_score,
    take_sure,
)
from app.printouts.worksheet import worksheet_html
from app.store import migrations
from app.store.kinds import DECISION_KIND, LIST_KINDS, OPTION_KIND, SURE_KIND, VALUE_KIND
from app.store.storage import Database
from app.workspace.core import Workspace
from app.workspace.edits import CasePresence, delete_case
from app.workspace.worksheet import (
    add,
    add_option,
    fill_from_plans,
    merge_options,
    set_decision,
    take_sure_check,
)


def case_with_plans(*plans: Answer) -> Case:
    ops = [Opinion(i + 1, f"Opinion {i + 1}", f"Dr. {chr(65 + i)}", answers={"plan": p}) for i, p in enumerate(plans)]
    return Case(1, "C", opinions=ops)


# ---- options from the plans -------------------------------------------------------------------
def test_two_opinions_with_the_same_plan_give_one_option_naming_both_doctors():
    case = case_with_plans(Answer("Prostatectomy within 6 weeks", tags=("surgery",)),
                           Answer("Active surveillance, PSA every 6 months", tags=("active surveillance",)),
                           Answer("Robotic surgery", tags=("surgery",)),
                           Answer(),                      # nothing written: no option
                           Answer("Watch and wait"))      # words only: its first line is the title
    options = options_from_plans(case)
    assert [o.title for o in options] == ["Surgery", "Active surveillance", "Watch and wait"]
    surgery = options[0]
    assert surgery.source == "Opinion 1 — Dr. A; Opinion 3 — Dr. C"
    assert surgery.involves == "Prostatectomy within 6 weeks\n\nRobotic surgery"  # both wordings kept
    assert options[1].involves == "Active surveillance, PSA every 6 months"


def test_plans_in_words_only_are_the_same_when_their_words_are():
    case = case_with_plans(Answer("Chemotherapy first\nthen surgery"), Answer("  chemotherapy FIRST then surgery "))
    [option] = options_from_plans(case)
    assert option.title == "Chemotherapy first"
    assert option.source == "Opinion 1 — Dr. A; Opinion 2 — Dr. B"
    assert options_from_plans(Case(1)) == []


def test_kinds_are_named_in_the_usual_order_whatever_order_they_were_ticked():
    [option] = options_from_plans(case_with_plans(Answer(tags=("radiation", "surgery", "hormone therapy"))))
    assert option.title == "Surgery + radiation + hormone therapy"


# ---- merging ------------------------------------------------------------------------------------
def test_merging_keeps_every_text_of_both_options():
    a = Option(1, "Surgery", "Remove the prostate", "Cancer removed", "Incontinence", "Dr. A")
    b = Option(2, "Operation", "Robotic prostatectomy", "", "Impotence", "Dr. C")
    both = merged(a, b)
    assert both == Option(1, "Surgery / Operation", "Remove the prostate\n\nRobotic prostatectomy",
                          "Cancer removed", "Incontinence\n\nImpotence", "Dr. A; Dr. C")
    assert merged(a, Option(3, " surgery ", "remove the prostate")) == a  # the same words are not doubled


@pytest.fixture
def ws(tmp_path):
    db = Database.open_folder(tmp_path)
    workspace = Workspace(db)
    case_id = workspace.insert_case(case_with_plans(Answer("Surgery", tags=("surgery",)),
                                                    Answer("Radiation", tags=("radiation",))), [])
    workspace.case_id = case_id
    yield workspace
    db.close()


def fresh(tmp_path, kind, case_id):
    db = Database.open_folder(tmp_path)
    try:
        return db.load_records(kind, case_id)
    finally:
        db.close()


def test_merge_in_one_undo_step_moves_the_lean_and_is_stored(ws, tmp_path):
    case_id = ws.case_id
    fill_from_plans(ws, case_id).redo(ws)
    surgery, radiation = ws.records(OPTION, case_id)
    ws.set((OPTION, case_id, radiation.id, "benefits"), "No operation")
    set_decision(ws, case_id, "lean", lean_key(radiation.id), "Lean").redo(ws)
    edit = merge_options(ws, case_id, surgery.id, radiation.id)
    edit.redo(ws)
    [one] = fresh(tmp_path, OPTION_KIND, case_id)
    assert one.title == "Surgery / Radiation"
    assert one.involves == "Surgery\n\nRadiation" and one.benefits == "No operation"
    assert fresh(tmp_path, DECISION_KIND, case_id)[0].lean == lean_key(surgery.id)
    edit.undo(ws)
    assert fresh(tmp_path, OPTION_KIND, case_id) == [surgery, ws.records(OPTION, case_id)[1]]
    assert ws.records(OPTION, case_id)[1].benefits == "No operation"
    assert fresh(tmp_path, DECISION_KIND, case_id)[0].lean == lean_key(radiation.id)
    with pytest.raises(ValueError):
        merge_options(ws, case_id, surgery.id, surgery.id)


def test_filling_in_from_the_plans_adds_only_what_is_missing(ws):
    case_id = ws.case_id
    add_option(ws, case_id, "surgery").redo(ws)
    edit = fill_from_plans(ws, case_id)
    edit.redo(ws)
    assert [o.title for o in ws.records(OPTION, case_id)] == ["surgery", "Radiation"]
    assert fill_from_plans(ws, case_id) is None
    edit.undo(ws)
    assert [o.title for o in ws.records(OPTION, case_id)] == ["surgery"]


def test_the_decision_record_is_made_on_the_first_change(ws, tmp_path):
    case_id = ws.case_id
    assert set_decision(ws, case_id, "statement", "", "Edit") is None
    first = set_decision(ws, case_id, "statement", "Which treatment?", "Edit")
    first.redo(ws)
    second = set_decision(ws, case_id, "statement", "Which treatment for my prostate cancer?", "Edit")
    second.redo(ws)
    assert [d.statement for d in fresh(tmp_path, DECISION_KIND, case_id)] == ["Which treatment for my prostate cancer?"]
    second.undo(ws)
    first.undo(ws)
    assert fresh(tmp_path, DECISION_KIND, case_id) == []


# ---- the SURE check -----------------------------------------------------------------------------
@pytest.mark.parametrize("answers", [dict(zip(SURE_KEYS, combo)) for combo in itertools.product((YES, NO), repeat=4)],
                         ids=lambda a: "".join("Y" if v == YES else "N" for v in a.values()))
def test_sure_result_and_advice_for_every_combination(answers):
    yes = [k for k in SURE_KEYS if answers[k] == YES]
    no = [k for k in SURE_KEYS if answers[k] == NO]
    assert sure_score(answers) == len(yes)
    assert flags_conflict(answers) == (len(yes) < 4)
    summary, helps = sure_advice(answers)
    assert helps == [(k, HELP_FOR[k]) for k in no]  # each "no", in order, with where help is
    if no:
        assert f"yes to {len(yes)} of 4" in summary and "may not feel ready" in summary
    else:
        assert "all four" in summary and "may not" not in summary
    result = take_sure(answers, date(2026, 11, 26))
    assert result.taken_on == "2026-11-26" and result.answers() == answers


def test_every_no_leads_somewhere_different():
    assert HELP_FOR == {"sure": "decide_by", "understand": "grid", "risk_benefit": "values",
                        "encouragement": "questions"}


def test_an_unfinished_check_is_not_taken():
    with pytest.raises(ValueError):
        take_sure({"sure": YES, "understand": NO, "risk_benefit": YES}, date(2026, 1, 1))


def test_history_is_newest_first():
    results = [SureResult(1, "2026-11-01", YES, NO, NO, NO), SureResult(2, "2026-11-20", YES, YES, YES, NO),
               SureResult(3, "2026-11-05", NO, NO, NO, NO), SureResult(4, "2026-11-20", YES, YES, YES, YES)]
    assert [r.id for r in sure_history(results)] == [4, 2, 3, 1]


def test_each_check_taken_is_kept_with_its_date(ws, tmp_path):
    case_id = ws.case_id
    for day, understand in ((date(2026, 11, 1), NO), (date(2026, 11, 20), YES)):
        take_sure_check(ws, case_id, {"sure": YES, "understand": understand, "risk_benefit": YES, "encouragement": YES},
                        day).redo(ws)
    stored = sure_history(fresh(tmp_path, SURE_KIND, case_id))
    assert [(r.taken_on, sure_score(r.answers())) for r in stored] == [("2026-11-20", 4), ("2026-11-01", 3)]


# ---- big, empty, and whole cases ----------------------------------------------------------------
def test_fifty_options_and_a_50_kb_benefit_are_kept_whole(ws, tmp_path):
    case_id = ws.case_id
    long_text = ("Benefit ünïcode <b>line</b>\n" * 2000)[:50_000]
    for i in range(50):
        add(ws, OPTION, case_id, Option(0, f"Option {i}", benefits=long_text if i == 49 else f"b{i}"), "Add").redo(ws)
    stored = fresh(tmp_path, OPTION_KIND, case_id)
    assert [o.title for o in stored] == [f"Option {i}" for i in range(50)]
    assert stored[49].benefits == long_text and len(stored[49].benefits) == 50_000
    html = worksheet_html(ws.case(case_id), None, stored, [], [])
    assert html.count("<h3>Option ") == 50 and "&lt;b&gt;line&lt;/b&gt;" in html and "<b>line" not in html
    assert html.count("Benefit ünïcode") == long_text.count("Benefit ünïcode")  # nothing cut


def test_an_undone_case_delete_brings_the_worksheet_back(ws, tmp_path):
    case_id = ws.case_id
    fill_from_plans(ws, case_id).redo(ws)
    add(ws, VALUE, case_id, Value(0, "Staying continent", "very"), "Add").redo(ws)
    set_decision(ws, case_id, "statement", "Which treatment?", "Edit").redo(ws)
    take_sure_check(ws, case_id, dict.fromkeys(SURE_KEYS, YES), date(2026, 11, 26)).redo(ws)
    before = {k: fresh(tmp_path, LIST_KINDS[k], case_id) for k in (DECISION, OPTION, VALUE, SURE_RESULT)}
    edit = delete_case(ws, case_id)
    edit.redo(ws)
    assert all(fresh(tmp_path, LIST_KINDS[k], case_id) == [] for k in before)
    edit.undo(ws)
    assert isinstance(edit, CasePresence)
    assert {k: fresh(tmp_path, LIST_KINDS[k], case_id) for k in before} == before


def test_the_worksheet_tables_come_with_their_own_step():
    assert migrations.decision_worksheet in migrations.STEPS
    assert migrations.LATEST >= 4
    for kind in (DECISION_KIND, OPTION_KIND, VALUE_KIND, SURE_KIND):
        assert LIST_KINDS[kind.name] is kind


# ---- the printed worksheet ----------------------------------------------------------------------
def test_the_printed_worksheet_shows_every_option_alike_the_values_lean_and_latest_check():
    from app.model.worksheet import Decision
    case = Case(1, "Dad <prostate>", decide_by="2026-12-24")
    options = [Option(1, "Surgery", "Remove it", "Done with it", "Leaks", "Dr. A"),
               Option(2, "Active surveillance <watch>", "", "No side effects now", "Worry", "Dr. B")]
    html = worksheet_html(case, Decision(1, "Which treatment?", lean_key(2)), options,
                          [Value(1, "Staying continent", "very"), Value(2, "Travel in May", "")],
                          [SureResult(1, "2026-11-01", NO, NO, NO, NO), SureResult(2, "2026-11-20", YES, NO, YES, YES)])
    assert "Dad &lt;prostate&gt;" in html and "Which treatment?" in html and "24 December 2026" in html
    first, second = html.split("<h3>")[1:3]
    strip = [s.replace("Surgery", "X").replace("Active surveillance &lt;watch&gt;", "X") for s in (first, second)]
    assert [s.count("<th") for s in strip] == [4, 4]                     # the same fields for each
    assert "Staying continent — Very important" in html and "Travel in May — Importance not given" in html
    assert "Which way I lean today</h2><p>Active surveillance &lt;watch&gt;" in html
    assert "Taken on 20 November 2026: 3 of 4 yes" in html and "1 November 2026" not in html
    assert "does not make the decision" in html
