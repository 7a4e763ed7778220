"""The papers to take along as HTML (Qt-free): everything escaped, every word, marks and hints."""
from app.model.domain import Answer, Case, Opinion
from app.model.marks import Mark
from app.model.questions import Question
from app.printouts.comparison import comparison_html
from app.printouts.questions import CHUNK, questions_html, questions_html_parts


def two_doctors() -> Case:
    first = Opinion(1, "First opinion", "Dr <b>Lee</b>", "urologist", visit_date="2026-10-09")
    second = Opinion(2, "Second opinion", "", "radiation oncologist")
    first.answers["plan"] = Answer(text="Surgery", tags=("surgery",))
    second.answers["plan"] = Answer(text="Watch", tags=("active surveillance",))
    first.answers["rationale"] = Answer(text="x" * 3000 + " the very end")
    return Case(1, "Dad & prostate", opinions=[first, second])


def test_comparison_has_every_doctor_the_whole_cell_the_mark_and_the_hint_escaped():
    html = comparison_html(two_doctors(), [Mark(1, "plan", "differ"), Mark(2, "goal", "agree")])
    assert "Dr &lt;b&gt;Lee&lt;/b&gt;" in html and "<b>Lee" not in html
    assert "Second opinion" in html and "urologist" in html and "9 October 2026" in html
    assert "x" * 3000 + " the very end" in html  # no display limit on paper
    assert "Your mark: ≠ Differ" in html and "Your mark: ✓ Agree" in html
    assert "surgery: included by" in html  # what differs, as the app sees it
    assert html.index("<thead>") < html.index("Aspect") < html.index("</thead>")
    assert "Dad &amp; prostate" in html


def test_comparison_uses_the_words_given_for_marks_and_can_keep_some_rows():
    html = comparison_html(two_doctors(), [Mark(1, "plan", "differ")], {"differ": "≠ Distinto"}, ["plan"])
    assert "Your mark: ≠ Distinto" in html
    assert "Recommended treatment plan" in html and "Diagnosis as they describe it" not in html


def test_questions_for_one_visit_keep_only_the_chosen_and_name_the_doctor():
    questions = [Question(n, f"Q{n} <why>?", status="asked" if n == 3 else "to ask") for n in range(1, 6)]
    html = questions_html(Case(1, "C"), questions, include=lambda q: q.id % 2 == 1, for_whom="Dr <Lee>")
    assert "For: Dr &lt;Lee&gt;" in html
    assert "Q1 &lt;why&gt;?" in html and "Q3" in html and "Q5" in html
    assert "Q2" not in html and "Q4" not in html
    assert "1. ☐ Q1" in html and "2. ☑ Q3" in html and "3. ☐ Q5" in html  # numbered as printed
    assert html.count("Answer:") == 3


def test_a_long_question_list_comes_in_parts_numbered_on():
    questions = [Question(n, f"Q{n}") for n in range(CHUNK * 2 + 5)]
    parts = questions_html_parts(Case(1, "C"), questions)
    assert len(parts) == 1 + 3 + 1  # heading, three groups, the closing line
    assert f"{CHUNK + 1}. ☐ Q{CHUNK}<br>" in parts[2]
    assert "".join(parts).count("Answer:") == len(questions)


def test_a_long_sheet_is_several_tables_each_with_the_headings_and_every_row():
    from app.printouts.comparison import comparison_html_parts
    case = two_doctors()
    for key in ("diagnosis", "stage", "usual_advice", "trials"):
        case.opinions[0].answers[key] = Answer(text=f"{key} " + "y" * 900)
    parts = comparison_html_parts(case, [], part_chars=2000)
    tables = [p for p in parts if "<table" in p]
    assert len(tables) > 2
    assert all(p.count("<thead>") == 1 and "Dr &lt;b&gt;Lee&lt;/b&gt;" in p for p in tables)
    joined = "".join(tables)
    assert all(f"{key} " + "y" * 900 in joined for key in ("diagnosis", "stage", "usual_advice", "trials"))
    assert joined.count("<tr><td><b>") == len(case.row_keys())  # every row once, none split
    assert len([p for p in comparison_html_parts(case, []) if "<table" in p]) == 1  # short: one table
