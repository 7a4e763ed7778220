"""One description per kind of record: where it is stored and what it holds.

Storage (load, insert at a place, update fields, remove, reorder), the Workspace (memory
kept in step, typed events) and the undoable edits all work from these descriptions, so a
new kind of record — a mark per row, an appointment, a checklist item — is one `Kind` plus
its migration, not new code in four modules.

A kind's records are plain `record` classes whose first field is `id`; its stored fields are
text columns of its table, which also has `id`, `position` (the order among siblings) and,
unless the kind is top-level, a column naming its parent (`parent_column`). A kind with
`group_fields` keeps an order per (parent, those fields' values) instead of per parent: an
opinion's list entries are ordered within each of its rows.
"""
from __future__ import annotations

from app.model.appointments import APPOINTMENT, Appointment
from app.model.asking import QUESTION_ANSWER, THIRD_OPINION_PLAN, QuestionAnswer, ThirdOpinionPlan
from app.model.documents import DOCUMENT, Document
from app.model.domain import CASE_FIELDS, OPINION_FIELDS, Case, CustomRow, Opinion
from app.model.events import ANSWER, CASE, ENTRY, OPINION, QUESTION, ROW
from app.model.marks import MARK, Mark
from app.model.questions import QUESTION_FIELDS, Question
from app.model.records import fields as record_fields
from app.model.records import record
from app.model.records_checklist import CHECKLIST_ITEM, ChecklistItem
from app.model.worksheet import DECISION, OPTION, SURE_RESULT, VALUE, Decision, Option, SureResult, Value


def quoted(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name!r}")
    return f'"{name}"'


@record(frozen=True)
class Kind:
    name: str                      # the stable name events and edits use
    table: str
    record_type: type
    fields: tuple = ()             # the stored text fields (default: the record's, less `id`)
    parent_column: str | None = "case_id"
    parent_table: str | None = "case_file"
    # fields that hold another record's id as text, with that record's table: an export carries
    # the record's uid instead, and an import puts back this laptop's id (app.workspace.merge)
    refs: tuple[tuple[str, str], ...] = ()
    # stored fields whose values, with the parent, make the group a record is ordered in (and
    # counted in, for a place to insert at); () for the parent alone
    group_fields: tuple[str, ...] = ()

    def stored_fields(self) -> tuple[str, ...]:
        return self.fields or tuple(f for f in record_fields(self.record_type) if f != "id")

    def make(self, row) -> object:
        """A record from a stored row (id first, then the stored fields in order)."""
        return self.record_type(*row)

    def values(self, rec) -> list:
        return [getattr(rec, f) for f in self.stored_fields()]

    def columns(self) -> str:
        """The stored fields as SQL column names, quoted (a field may be called "when")."""
        return ", ".join(quoted(f) for f in self.stored_fields())

    def create_sql(self) -> str:
        """The table for a new kind, as its migration step would create it."""
        parent = (f"{self.parent_column} INTEGER NOT NULL REFERENCES {self.parent_table}(id) "
                  "ON DELETE CASCADE, " if self.parent_column else "")
        columns = ", ".join(f"{quoted(f)} TEXT NOT NULL DEFAULT ''" for f in self.stored_fields())
        # uid: the record's stable id between laptops (app.store.record_history)
        return (f"CREATE TABLE {self.table} (id INTEGER PRIMARY KEY AUTOINCREMENT, {parent}"
                f"position INTEGER NOT NULL DEFAULT 0, {columns}, uid TEXT UNIQUE)")


@record(frozen=True)
class StoredAnswer:
    """One opinion's answer on one row as stored: its tags as JSON text (a list). The Workspace
    keeps it as an app.model.domain.Answer in Opinion.answers; app.store.storage converts."""
    id: int
    row_key: str = ""
    text: str = ""
    choice: str = ""
    tags: str = "[]"


@record(frozen=True)
class StoredEntry:
    """One entry of an opinion's list answer (a reading or a citation, app.model.domain.ENTRY_TYPES),
    its fields as JSON text (an object)."""
    id: int
    row_key: str = ""
    fields: str = "{}"


CASE_KIND = Kind(CASE, "case_file", Case, CASE_FIELDS, None, None)
OPINION_KIND = Kind(OPINION, "opinion", Opinion, OPINION_FIELDS)
ROW_KIND = Kind(ROW, "custom_row", CustomRow, ("label",))
QUESTION_KIND = Kind(QUESTION, "question", Question, QUESTION_FIELDS)
MARK_KIND = Kind(MARK, "row_mark", Mark)  # one per (case, row_key): a unique index (migration 3)
# the decision worksheet (app.model.worksheet): one decision record per case (a unique index),
# its options, what matters most, and each dated SURE check
DECISION_KIND = Kind(DECISION, "decision", Decision)
OPTION_KIND = Kind(OPTION, "decision_option", Option)
VALUE_KIND = Kind(VALUE, "decision_value", Value)
SURE_KIND = Kind(SURE_RESULT, "sure_result", SureResult)

APPOINTMENT_KIND = Kind(APPOINTMENT, "appointment", Appointment,  # migration 4
                        refs=(("opinion", "opinion"),))
# per case, naming its opinion in a field: an opinion removed and brought back by undo keeps its id,
# so its checklist comes back with it (a foreign key would have deleted it for good)
CHECKLIST_KIND = Kind(CHECKLIST_ITEM, "checklist_item", ChecklistItem,  # migration 4
                      refs=(("opinion", "opinion"),))
# one per (question, opinion) and one per (case, row_key): questions_answers_and_third_opinions
QUESTION_ANSWER_KIND = Kind(QUESTION_ANSWER, "question_answer", QuestionAnswer,
                            refs=(("question_id", "question"), ("opinion_id", "opinion")))
THIRD_OPINION_KIND = Kind(THIRD_OPINION_PLAN, "third_opinion_plan", ThirdOpinionPlan)
# attached documents (migration `documents`): the listed record; the bytes are kept by content hash
DOCUMENT_KIND = Kind(DOCUMENT, "document", Document)
# an opinion's answers (one per (opinion, row_key): a unique index) and its list entries, in order
# within each row (migration `answers_and_entries_as_records`). They carry no uid of their own: a
# merge or an export names an answer "<opinion uid>|<row>" (app.store.record_history.answer_ref)
ANSWER_KIND = Kind(ANSWER, "answer", StoredAnswer, parent_column="opinion_id", parent_table="opinion",
                   group_fields=("row_key",))
ENTRY_KIND = Kind(ENTRY, "list_entry", StoredEntry, parent_column="opinion_id", parent_table="opinion",
                  group_fields=("row_key",))

# kinds whose records the Workspace keeps as a plain ordered list per parent (the case's
# opinions and own rows live in the Case object instead, with their answers and list entries,
# which app.store.storage reads and writes through ANSWER_KIND and ENTRY_KIND)
LIST_KINDS: dict[str, Kind] = {QUESTION: QUESTION_KIND, MARK: MARK_KIND,
                               APPOINTMENT: APPOINTMENT_KIND, CHECKLIST_ITEM: CHECKLIST_KIND,
                               QUESTION_ANSWER: QUESTION_ANSWER_KIND, THIRD_OPINION_PLAN: THIRD_OPINION_KIND,
                               DECISION: DECISION_KIND, OPTION: OPTION_KIND, VALUE: VALUE_KIND,
                               SURE_RESULT: SURE_KIND, DOCUMENT: DOCUMENT_KIND}
