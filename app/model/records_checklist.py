"""The records checklist for each opinion: which papers and materials went to that doctor.

The usual items (GUIDE-FACTS topic 5) are not stored until the person first changes one: an
untouched item is shown from DEFAULT_ITEMS, and its first change stores one record with the
item's key. So nothing is written just by looking, and nothing is ever duplicated on restart
(`items_for` merges stored records over the defaults by key). Items of the person's own have
no key and carry their own `label`.

States, dates and "went to" are stable keys and ISO dates; the words shown live in app/ui.
Today is always passed in (`today`), so the 30-day flag is testable.
"""
from __future__ import annotations

from datetime import date

from app.model.dates import is_iso_date
from app.model.records import record

CHECKLIST_ITEM = "checklist_item"  # the record kind's name (app.store.kinds)

NOT_NEEDED, TO_REQUEST, REQUESTED, SENT, RECEIVED = (
    "not_needed", "to_request", "requested", "sent", "received")
STATES = (TO_REQUEST, REQUESTED, SENT, RECEIVED, NOT_NEEDED)

# the usual items, in the order the guide lists them; the keys are stored, never shown
DEFAULT_ITEMS = ("pathology_report", "slides_blocks", "imaging_reports", "images",
                 "operative_report", "lab_molecular", "discharge_summaries", "treatment_plan",
                 "medicines_list")

RIGHT_OF_ACCESS_DAYS = 30  # US HIPAA right of access: act within 30 days (one 30-day extension)


@record(frozen=True)
class ChecklistItem:
    id: int
    opinion: str = ""       # the opinion's id as text
    item: str = ""          # a DEFAULT_ITEMS key, or '' for an item of the person's own
    label: str = ""         # the person's own words for their own item
    state: str = ""         # one of STATES; '' is TO_REQUEST
    requested_on: str = ""
    sent_on: str = ""
    received_on: str = ""
    sent_to: str = ""       # whom it went to (a doctor, a hospital's records office)

    @property
    def stored(self) -> bool:
        return self.id != 0

    @property
    def current_state(self) -> str:
        return self.state if self.state in STATES else TO_REQUEST


def items_for(records: list[ChecklistItem], opinion_id: int) -> list[ChecklistItem]:
    """The checklist of one opinion: the usual items (stored or not yet), then the person's own,
    in the order they were added. A stored default comes in place of its untouched one."""
    mine = [r for r in records if r.opinion == str(opinion_id)]
    by_key = {r.item: r for r in mine if r.item in DEFAULT_ITEMS}
    usual = [by_key.get(key) or ChecklistItem(0, str(opinion_id), key, state=TO_REQUEST)
             for key in DEFAULT_ITEMS]
    return usual + [r for r in mine if r.item not in DEFAULT_ITEMS]


def days_waiting(item: ChecklistItem, today: date) -> int | None:
    """Days since it was requested, for an item requested and not yet received (nor marked not
    needed); None when there is nothing to wait for or no readable request date."""
    if item.current_state in (RECEIVED, NOT_NEEDED, TO_REQUEST) or not is_iso_date(item.requested_on):
        return None
    return (today - date.fromisoformat(item.requested_on)).days


def overdue(item: ChecklistItem, today: date) -> bool:
    """Requested more than 30 days ago and not received: day 30 is still in time, day 31 is not."""
    days = days_waiting(item, today)
    return days is not None and days > RIGHT_OF_ACCESS_DAYS


def changes_for_state(item: ChecklistItem, state: str, today: date) -> dict[str, str]:
    """The field changes that set a new state: the date that goes with it is filled in with
    today when the person has not written one yet (they can change it afterwards)."""
    if state not in STATES:
        raise ValueError(state)
    changes = {"state": state}
    date_field = {REQUESTED: "requested_on", SENT: "sent_on", RECEIVED: "received_on"}.get(state)
    if date_field and not getattr(item, date_field):
        changes[date_field] = today.isoformat()
    return changes
