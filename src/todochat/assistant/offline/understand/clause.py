"""One clause to one intent: the rule families tried in order of their specificity.

The order is the one rule list of the stage; each family lives in its own module.
Questions never add, and never complete or delete by a declarative ("is the fence done?"
is not "the fence is done").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.slots import (
    SUBJECTS,
    read_dated_add,
    read_filtered_list,
    read_priority_edit,
    read_slot_fragment,
    read_tag_edit,
)
from todochat.assistant.offline.split import restore, strip_filler
from todochat.assistant.offline.text import TASK_VERBS, lexicon

from .add import read_add, read_imperative_add, read_modal_add
from .commands import read_bare, read_can_wait, read_keep, undo_re
from .deeds import read_deed, read_visit
from .delete import read_delete, read_restore
from .done import read_done_scope, read_for_good, read_status_change
from .fields import (
    read_apply,
    read_date_onto,
    read_description,
    read_due_ask,
    read_field_edit,
    read_priority,
)
from .query import (
    COUNT_RE,
    QUESTION_START_RE,
    STATEMENT_ORDER_Q_RE,
    read_added_question,
    read_list,
)
from .rename import read_fix_request, read_miswritten, read_rename
from .retract import read_described_change
from .topic import read_topic
from .vocabulary import IMPERATIVE_WORDS

# "did the plumber come", "did my parcel arrive", "did the car pass its mot": what a question
# without its "?" asks a person or a thing to have done (or whose it is: "its", "their");
# "did the grocery run" has none, so it is a deed reported.
_ASKED_DEEDS = lexicon(
    "get come arrive go happen turn show reply answer respond call ring text email say send "
    "pay sign work land ship pass fail win lose finish start end open close break expire "
    "renew clear bounce sell buy fit stay look sound need want like hear see know leave move "
    "change update make give bring ask tell accept approve confirm deliver its his her their "
    "your you"
)
_TRAILING_SYMBOLS_RE = re.compile(r"[^\w\s'\")\].,!?]+[\s.!?]*$")


@dataclass(frozen=True)
class _Clause:
    """One clause, cleaned, with what every rule needs to read it."""

    text: str
    quotes: tuple[str, ...]
    today: date
    question: bool

    def reparse(self, text: str) -> Intent | None:
        """Read a part of this clause as a clause of its own ("I want to <delete X>")."""
        return parse_clause(text, self.quotes, self.today)


# What a remark after a listing must not say, lest it be part of what is asked for: a filter.
_LIST_FILTER_WORDS_RE = re.compile(
    r"\b(?:tag|tagged|due|priority|prio|done|completed|finished|pending|open|left|overdue|today|"
    r"tonight|tomorrow|week|month|high|low|urgent|only|just|except|but|not|without|with)\b",
    re.IGNORECASE,
)


_LISTING_START_RE = re.compile(
    r"^(?:show|list|display|read|see|what|what'?s|whats|how\s+many|tell\s+me|give\s+me|"
    r"let\s+me\s+see|can\s+i\s+see)\b",
    re.IGNORECASE,
)


def _listed_before_remark(c: _Clause) -> Intent | None:
    """ "show me what's still open pls, on the bus rn": a listing asked for whole before the
    comma; what follows (no filter, no request) is where the user is, not what to list."""
    head, comma, tail = c.text.rpartition(",")
    if not comma or not _LISTING_START_RE.match(head) or _LIST_FILTER_WORDS_RE.search(tail):
        return None
    head = head.strip()
    # "what all is due today, running around like mad": the listing keeps its filter
    listed = read_filtered_list(
        restore(head, c.quotes), count=bool(COUNT_RE.search(head)), question=c.question
    ) or read_list(head, c.quotes)
    if listed is None or listed.kind not in ("list", "count"):
        return None
    after = c.reparse(tail.strip())
    return listed if after is None or after.kind == "unknown" else None


def _asked_rename(c: _Clause) -> Intent | None:
    """ "the vet appointment is for max not bella?": a new title asked about is no rename
    told; asked, it waits for a yes (a doubt), never renames at once."""
    intent = read_rename(c.text, c.quotes)
    if intent is not None and c.question and intent.kind in ("rename", "due"):
        return replace(intent, doubt=True)
    return intent


_RULES: tuple[Callable[[_Clause], Intent | None], ...] = (
    _listed_before_remark,
    lambda c: read_added_question(c.text),
    lambda c: read_apply(c.text, c.quotes),
    lambda c: read_fix_request(c.text, c.quotes),
    lambda c: None if c.question else read_miswritten(c.text, c.quotes),
    lambda c: read_for_good(c.text, c.question, c.reparse),
    lambda c: None if c.question else read_done_scope(c.text, c.quotes),
    lambda c: read_bare(c.text, c.quotes),
    lambda c: None if c.question else read_can_wait(c.text),
    lambda c: None if c.question else read_topic(c.text, c.quotes, c.reparse),
    lambda c: read_description(c.text, c.quotes),
    lambda c: read_priority(c.text, c.quotes),
    lambda c: None if c.question else read_tag_edit(c.text, c.quotes),
    lambda c: None if c.question else read_priority_edit(c.text, c.quotes),
    # "i went to the dentist", "was at the barber's": before an add or a status reads it
    lambda c: None if c.question else read_visit(c.text, c.quotes),
    lambda c: None if c.question else read_date_onto(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_slot_fragment(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_add(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_field_edit(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_due_ask(c.text, c.quotes),
    lambda c: None if c.question else read_restore(c.text, c.quotes),
    lambda c: read_status_change(c.text, c.quotes, c.question),
    lambda c: read_delete(c.text, c.quotes, c.question),
    _asked_rename,
    lambda c: read_filtered_list(
        restore(c.text, c.quotes), count=bool(COUNT_RE.search(c.text)), question=c.question
    ),
    lambda c: read_list(
        STATEMENT_ORDER_Q_RE.sub(r"have i \g<v>", c.text) if c.question else c.text, c.quotes
    ),
    lambda c: None if c.question else read_modal_add(c.text, c.quotes, c.today, c.reparse),
    lambda c: None if c.question else read_deed(c.text, c.quotes),
    lambda c: None if c.question else read_imperative_add(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_dated_add(c.text, c.quotes, c.today),
)


def parse_clause(
    clause: str, quotes: tuple[str, ...], today: date, described: bool = True
) -> Intent | None:
    """Read one clause; the order of the rules is the order of their specificity.
    ``described=False`` reads a change described as made ("i deleted X") as the other rules
    do, for a message that turns out not to ask for it to be taken back."""
    s = strip_filler(clause)
    if not s:
        return None
    first = s.split(None, 1)[0].lower()
    question = bool(QUESTION_START_RE.match(s)) or (
        s.rstrip().endswith("?") and first not in IMPERATIVE_WORDS and first not in TASK_VERBS
    )
    if question and first in ("did", "done", "have", "has") and not s.rstrip().endswith("?"):
        # "did everything today except the 2k": a report without its "I", not a question
        second = (s.split(None, 2)[1:2] or [""])[0].lower()
        question = second in SUBJECTS or second in ("anyone", "somebody")
        if second in ("the", "my"):
            question = bool(_ASKED_DEEDS.intersection(s.lower().split()[2:]))
    if question and first in ("was", "were") and not s.rstrip().endswith("?"):
        # "was at the barber's this morning": a visit told without its "I", not a question
        question = (s.split(None, 2)[1:2] or [""])[0].lower() != "at"
    s = _TRAILING_SYMBOLS_RE.sub("", s.strip()).rstrip("?!. ").strip()
    if not s:
        return None
    if undo_re().match(s):
        return Intent("undo")
    context = _Clause(s, quotes, today, question)
    if described and not question:
        change = read_described_change(s, context.quotes, context.reparse)
        if change is not None:
            return change
    kept = read_keep(s, quotes)
    if kept is not None:
        return kept
    for rule in _RULES:
        intent = rule(context)
        if intent is not None:
            return intent
    return Intent("unknown", text=restore(s, quotes))
