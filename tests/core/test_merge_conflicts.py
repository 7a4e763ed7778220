"""The fields a merge kept side by side, listed in words and settled (app.workspace.merge_conflicts),
with an injected clock: an answer's text, its choice, a question, on two laptops (data folders)."""
from __future__ import annotations

from app.model.aspects import GOALS
from app.workspace import merge_conflicts
from tests.core.test_exchange_merge import Laptop, a_full_case, clock, laptops  # noqa: F401 (fixtures)


def both_changed(a: Laptop, b: Laptop):
    case_id = a_full_case(a)
    b.import_(a.export(case_id))
    b_case = b.case_by_title("Example")
    op_a, op_b = a.ws.case(case_id).opinions[0].id, b.ws.case(b_case).opinions[0].id
    q_a, q_b = a.ws.questions(case_id)[0].id, b.ws.questions(b_case)[0].id
    a.ws.set(("answer", case_id, op_a, "goal", "choice"), GOALS[0])
    a.ws.set(("answer", case_id, op_a, "rationale", "text"), "Anna heard: the margins decide it")
    a.ws.set(("question", case_id, q_a, "text"), "Anna: how soon?")
    b.ws.set(("answer", b_case, op_b, "goal", "choice"), GOALS[1])
    b.ws.set(("answer", b_case, op_b, "rationale", "text"), "Ben heard: the scan decides it")
    b.ws.set(("question", b_case, q_b, "text"), "Ben: can it wait?")
    a.import_(b.export())
    return case_id, op_a, q_a


def test_each_field_kept_beside_is_named_in_words_and_the_other_can_be_used_and_undone(laptops):  # noqa: F811
    a, b = laptops("anna"), laptops("ben")
    case_id, op_id, q_id = both_changed(a, b)
    found = {e.where: e for e in merge_conflicts.kept_beside(a.ws)}
    question = [w for w in found if w.startswith("Question: ")]
    assert set(found) - set(question) == {"Dr. Rivera — Goal of treatment",
                                          "Dr. Rivera — How they arrived at the plan"}
    assert len(question) == 1 and question[0].startswith("Question: Ben: can it wait? — other version from anna")
    goal = found["Dr. Rivera — Goal of treatment"]
    assert (goal.kept, goal.other, goal.other_from) == (GOALS[1], GOALS[0], "anna")
    edit = merge_conflicts.use_other(a.ws, goal)
    edit.redo(a.ws)
    assert a.ws.case(case_id).opinion(op_id).answer("goal").choice == GOALS[0]
    assert "Dr. Rivera — Goal of treatment" not in {e.where for e in merge_conflicts.kept_beside(a.ws)}
    edit.undo(a.ws)
    assert a.ws.case(case_id).opinion(op_id).answer("goal").choice == GOALS[1]
    assert "Dr. Rivera — Goal of treatment" in {e.where for e in merge_conflicts.kept_beside(a.ws)}

    rationale = found["Dr. Rivera — How they arrived at the plan"]
    merge_conflicts.keep_as_is(a.ws, rationale)
    left = {e.where for e in merge_conflicts.kept_beside(a.ws)}
    assert len(left) == 2 and rationale.where not in left
    text = a.ws.case(case_id).opinion(op_id).answer("rationale").text
    assert text.startswith("Ben heard: the scan decides it\n\n— other version from anna")  # as the merge left it


def test_an_entry_whose_record_is_gone_is_not_listed(laptops):  # noqa: F811
    a, b = laptops("anna"), laptops("ben")
    case_id, _, q_id = both_changed(a, b)
    a.ws.remove_question(case_id, q_id)
    assert not any(e.where.startswith("Question") for e in merge_conflicts.kept_beside(a.ws))
