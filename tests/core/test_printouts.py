from app.model.domain import Case
from app.model.questions import Question
from app.printouts.questions import questions_html


def test_question_page_escapes_the_persons_text_and_shows_status():
    case = Case(1, "Mum <script>", decide_by="2026-12-24")
    html = questions_html(case, [Question(1, "<b>Why</b>?"), Question(2, "When?", status="asked")])
    assert "&lt;b&gt;Why&lt;/b&gt;?" in html and "<b>Why" not in html
    assert "Mum &lt;script&gt;" in html
    assert "24 December 2026" in html
    assert html.index("☐") < html.index("☑")


def test_an_empty_question_page_says_so():
    assert "No questions yet" in questions_html(Case(1, "C"), [])
