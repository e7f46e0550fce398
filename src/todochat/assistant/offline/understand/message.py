"""A whole message to its intents: retractions, sentences and clauses, lists of adds, then the
passes over the result.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache

from todochat.assistant.offline.meaning import SOCIAL_KINDS, TARGETED_KINDS, Intent
from todochat.assistant.offline.normalise import date_at_start, normalise, rewrite, word_list
from todochat.assistant.offline.slots import (
    date_said,
    dated_requests,
    felt,
    priority_level,
    time_only,
)
from todochat.assistant.offline.social import asks_beyond_the_list, is_apology, read_social
from todochat.assistant.offline.split import (
    INNER_APOSTROPHE_RE,
    protect_quotes,
    split_clauses,
    split_sentences,
    strip_filler,
)
from todochat.assistant.offline.targets import parse_target
from todochat.assistant.offline.text import PARTICLES, REQUEST_VERBS, STOPWORDS, is_past_tense

from .clause import parse_clause
from .lists import read_add_list, read_add_several, read_colon_list
from .passes import (
    both_said_after,
    changes_said_again,
    contact_news_as_context,
    contradictions_kept,
    dated_news_applied,
    days_said_before_a_time,
    deeds_as_reasons,
    deeds_then_cleared,
    deeds_told_of_an_add,
    exceptions_told_why,
    habits_named,
    hearsay_beside_a_delete,
    hollow_adds,
    implied_adds_as_context,
    is_thing,
    it_all_after_a_listing,
    knocked_over_then_ticked,
    listing_scopes,
    named_then_why,
    narrative_adds_dropped,
    new_title_said_after,
    news_then_asked,
    one_listing,
    only_names_a_field,
    only_one_said_done,
    places_said_before_it,
    pronoun_scopes,
    pronouns_named,
    renamed_in_task_named,
    requests_to_apply,
    respell_as_context,
    scopes_named_again,
    tasks_said_before_it,
    things_named_before_a_deed,
    things_said_as_news,
    topics_then_changed,
    with_exceptions,
)
from .retract import (
    CHANGING_KINDS,
    CONDITION_RE,
    DOUBT_RE,
    DOUBT_TAIL_RE,
    DOUBTED_KINDS,
    HEDGE_RE,
    RETRACTION_RE,
    described_undos,
    retarget,
    self_corrected,
)
from .topic import read_after_topic
from .vocabulary import FLAGS

_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_LIST_END_RE = re.compile(r"(?<!\d)[.!?](?:\s+|$)")


@cache
def _reason_re() -> re.Pattern[str]:
    """A reason after a new title, to its end ("change it to urgent so i see it first"): no
    part of the title."""
    return re.compile(rf"(?:\s+{word_list('reason')}\b.*)?[\s.!?]*$", FLAGS)


# "update that one to say so", "change it to say that": a new title that only points back at
# what was said is no title (it had renamed a task 'Say')
_SAYS_SO_RE = re.compile(r"(?:say|says|read|reads)(?:\s+(?:so|that|this|it))?|so|that|this", FLAGS)
_LEVEL_RE = re.compile(r"(?:high|medium|low|normal|top)", FLAGS)


def _level_said(intent: Intent) -> Intent | None:
    """ "make it medium", "make that one low": a new title that is only a priority level sets
    that level (it asked nothing, as the new title only names a field)."""
    if intent.kind != "rename" or intent.target is None:
        return None
    said = _reason_re().sub("", intent.title).strip(" ,.!")
    if not _LEVEL_RE.fullmatch(said):
        return None
    return Intent("priority", target=intent.target, priority=priority_level(said))


def _date_said(intent: Intent) -> Intent | None:
    """ "school pickup make it 3:15 today there finishing early": a new title that starts
    with a date or time is that date, the rest a remark (never a title of a date)."""
    if intent.kind != "rename" or intent.target is None or intent.text != "correction":
        return None
    found = date_at_start(intent.title)
    if found is None:
        return None
    return Intent("due", target=intent.target, due=intent.title.strip()[: found.end].strip())


@cache
def _due_state_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:to\s+)?be\s+)?{word_list('due_state')}(?:\s+(?P<d>\S.*))?$", FLAGS)


_UNTIL_RE = re.compile(r"^(?:until|till|til|'til|up\s+to)\s+", FLAGS)


def _due_said_as_title(intent: Intent) -> Intent | None:
    """ "update the gas bill task, it needs to be paid by friday", "change the tax task, it's
    due friday", "rename it to be done until tuesday": a new title that only says what the task
    is to be by a day is no title, it dates the task (the one place every rename is read so);
    a state with no day ("it needs to be paid") asks when, never a title 'Paid'."""
    if intent.kind != "rename" or intent.target is None or intent.text == "respell":
        return None
    m = _due_state_re().match(intent.title.strip(" .!"))
    if m is None:
        return None
    if not m["d"]:
        return Intent("due", target=intent.target, text="ask")
    when = date_said(_UNTIL_RE.sub("by ", m["d"]))
    if when is None:
        return None
    return Intent("due", target=intent.target, due=when, text="time" if time_only(when) else "")


_MADE_IT_RE = re.compile(r"^(?P<t>.+?)\s+(?:make|move|change|put)\s+(?:it|that)$", FLAGS)


def _made_it(intent: Intent) -> Intent | None:
    """ "bank call make it 4:30 tomorrow theyre running late": no task 'Bank call make it',
    the date of the task named before "make it"."""
    m = _MADE_IT_RE.match(intent.title) if intent.kind == "add" and intent.due else None
    if m is None:
        return None
    return Intent("due", target=parse_target(m["t"], ()), due=intent.due)


# "delete the gym one + bring the meeting forward", "tick off X and give Y high prio": a
# join, then a request of its own the clauses were not cut at. Its words name no task to
# delete or tick off (the task they name may be the one matched best): the words before the
# join are the target, asked about first.
_SECOND_REQUEST_RE = re.compile(
    r"(?:\s+(?:and|n|then|plus|also)|\s*(?:[,;&+/|~]|-+>?|[–—>]))\s+"
    r"(?:(?:then|also|pls|please|plz|can\s+you|could\s+you)\s+)*"
    rf"(?:{REQUEST_VERBS}|push|bump|reschedule|postpone|bring|shift|give|raise|lower|update|"
    r"edit|rename|reword|tag|untag|reopen|untick|uncheck|tick|flag|swap|switch)\b",
    FLAGS,
)
_HELD_KINDS = frozenset({"delete", "complete", "reopen"})


def _second_request_held(intent: Intent) -> Intent | None:
    """A delete or completion whose words run on into a second request: its own words only,
    asked about first (a wrong delete is worse than a question)."""
    target = intent.target
    if intent.kind not in _HELD_KINDS or target is None or target.kind != "words":
        return None
    m = _SECOND_REQUEST_RE.search(target.text)
    if m is None or not m.start():
        return None
    return replace(intent, target=replace(target, text=target.text[: m.start()]), doubt=True)


# A change said with a "?" but no request asks first; a request asked politely ("can you move
# X to friday?", "mark X done pls?") is made.
_ASKABLE = DOUBTED_KINDS | {"priority", "tag"}
_POLITE_RE = re.compile(r"\b(?:(?:can|could|would|will)\s+(?:you|u|ya)|please|pls|plz)\b", FLAGS)
_REQUEST_RE = re.compile(
    rf"^(?:(?:can|could|would|will|won'?t)\s+(?:you|u|ya)|please|pls|plz|kindly|mind|{REQUEST_VERBS}|"
    r"push|bump|reschedule|postpone|finish|cross|drop|reopen|uncheck|untick|tag|untag|give|"
    r"raise|lower|update|edit)\b",
    FLAGS,
)


# Words the normaliser reads past, though they change how sure a change may be: "the dry
# cleaning is ready" (it may wait to be collected), "skip the dog walk today", "forget the
# flights for now" (put off, not gone).
_READY_RE = re.compile(r"\b(?:is|are|'s|'re)\s+(?:all\s+|now\s+)?ready\b", FLAGS)
_FOR_NOW_RE = re.compile(
    r"\b(?:skip|skipping|forget|leave|ditch|pass\s+on|drop)\b.*\b(?:for\s+now|for\s+the\s+"
    r"(?:moment|time\s+being|day|week)|today|tonight|this\s+(?:week|weekend|time|morning|"
    r"afternoon|evening))\b",
    FLAGS,
)


# A clause that asks: a request, a listing verb or a question ("undo that and show my list",
# "undo that. what's left?")
_ASKS_RE = re.compile(
    rf"{_REQUEST_RE.pattern}|^(?:show|list|display|read|tell|see|view|what|what's|whats|which|"
    r"how|any|anything|is|are|do|does)\b|\?\s*$",
    FLAGS,
)


def _may_be_a_remark(intent: Intent) -> bool:
    """A listing, or a reopen of "it": what a remark beside an undo reads as ("not done yet",
    "I didn't finish it yet")."""
    if intent.kind == "list":
        return True
    return intent.kind == "reopen" and (intent.target is None or intent.target.kind == "it")


def _said_with(text: str, intents: tuple[Intent, ...]) -> tuple[Intent, ...]:
    """The intents, with what the words as typed say of how sure they are: a thing said to be
    ready is a completion the resolver asks about before ticking off a task of fetching it
    ('Pick up dry cleaning'); a thing dropped for a while is a delete asked about first."""
    if _READY_RE.search(text):
        intents = tuple(replace(i, verb="ready") if i.kind == "complete" else i for i in intents)
    if _FOR_NOW_RE.search(text):
        intents = tuple(replace(i, doubt=True) if i.kind == "delete" else i for i in intents)
    if _ask_first_re().search(text):
        # "delete all the shopping ones... wait, ask me before": asked, never made
        intents = tuple(replace(i, doubt=True) if i.kind in _ASKED_FIRST else i for i in intents)
    kept_time = _SAME_TIME_RE.search(text)
    clocks = _CLOCK_RE.findall(text[: kept_time.start()]) if kept_time else []
    if clocks:
        # "put the vet on wednesday 3:45pm... no wait make that friday, same time": the day
        # said last, at the time said before it (the correction wins, the time stays)
        intents = tuple(
            replace(i, due=f"{i.due} at {clocks[-1]}")
            if i.kind == "due" and i.due and not _CLOCK_RE.search(i.due)
            else i
            for i in intents
        )
    old_day = _DAY_NOT_DAY_RE.search(text)
    if old_day is not None:
        # "its sunday not saturday": the day it was is kept (the planner renames a title that
        # says that day, "email coach about saturday", rather than date it)
        was = old_day["was"] or old_day["was_"]
        intents = tuple(
            replace(i, query=was.lower()) if i.kind == "due" and not i.query else i for i in intents
        )
    return intents


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "..., same time", "keep the time", "time stays the same": the clock time said before stays
_SAME_TIME_RE = re.compile(
    r"\b(?:(?:at\s+)?(?:the\s+)?same\s+time|(?:keep|keeping)\s+(?:the\s+)?(?:same\s+)?time|"
    r"(?:the\s+)?time\s+(?:stays|remains|is)\s+the\s+same)\b",
    FLAGS,
)
_CLOCK_RE = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday|midnight)(?!\w)", FLAGS
)
_DAY_NOT_DAY_RE = re.compile(
    rf"\b{_DAY}\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:on\s+)?(?P<was>{_DAY})\b|"
    rf"\bnot\s+(?:on\s+)?(?P<was_>{_DAY})\s*,?\s+(?:but\s+|it'?s\s+|make\s+it\s+)?{_DAY}\b",
    FLAGS,
)


@lru_cache(maxsize=2048)
def parse_message(text: str, today: date) -> tuple[Intent, ...]:
    """The intents of a message as typed: normalised first (stage 1), then understood."""
    if asks_beyond_the_list(text):
        # "can you also send whatsapp messages for me or only the list?" (asked as typed: the
        # normaliser reads "can you" as politeness)
        return (Intent("help", text="beyond"),)
    joined = _joined_on_re().search(text) is not None
    return exceptions_told_why(
        _said_with(text, understand(normalise(text), today, joined=joined)), text
    )


# The changes an ``ask_first`` phrase turns into questions
_ASKED_FIRST = frozenset({"delete", "complete", "reopen", "rename", "due", "priority", "tag"})


@cache
def _ask_first_re() -> re.Pattern[str]:
    """A change the user asks to be asked about first (the ``ask_first`` word list)."""
    return re.compile(rf"\b{word_list('ask_first')}", FLAGS)


@cache
def _joined_on_re() -> re.Pattern[str]:
    """A joint that adds one request to another, as typed (the ``joined_on`` word list; the
    normaliser cuts most of them into sentences)."""
    return re.compile(rf"{word_list('joined_on')}\s+\S", FLAGS)


@cache
def _kept_re() -> re.Pattern[str]:
    """What is said to stay as it was beside a change ("same day still", "keep the date")."""
    return re.compile(rf"{word_list('kept')}(?:\s+(?:still|though|tho|pls|please|thanks))*", FLAGS)


_ASKED_KINDS = frozenset({"list", "count"})


@cache
def _why_asked_re() -> re.Pattern[str]:
    """Why a question is asked, said after it (the ``why_asked`` word list)."""
    return re.compile(word_list("why_asked"), FLAGS)


_ELLIPTIC_KINDS = frozenset({"priority", "due", "tag"})
# A clause said of the user's own (or someone's) doing, which never leaves out an edit's verb
# ("tag it work. its been sitting in my head for weeks": how long it waited is no task named)
_OWN_STATEMENT_RE = re.compile(
    r"^(?:i|we|i'm|i've|we're|we've|you|he|she|they|it's|its|it\s+(?:is|was|has|had)|"
    r"that's|there's)\s+\w",
    FLAGS,
)


def elliptic(
    clause: str, last: Intent, last_clause: str, quotes: tuple[str, ...], today: date
) -> Intent | None:
    """ "set priority high on 39; low on 40", "move 5 to friday, 6 to monday": a clause that
    leaves out the verb of the edit before it means the same edit on its own task."""
    if last.kind not in _ELLIPTIC_KINDS or not last_clause:
        return None
    if _OWN_STATEMENT_RE.match(strip_filler(clause)):
        return None  # "make X every weekday, i do it every day anyway": a remark, no task named
    if _kept_re().fullmatch(strip_filler(clause).rstrip(" .!")):
        return None  # "move my zoom to 3pm, same day still": what stays, no task named
    lead = strip_filler(last_clause).split()
    for n in (1, 2, 3):
        if n >= len(lead):
            break
        intent = parse_clause(" ".join([*lead[:n], strip_filler(clause)]), quotes, today)
        target = intent.target if intent is not None else None
        if intent is not None and intent.kind == last.kind and target is not None:
            return intent if target.kind in ("ids", "words") else None
    return None


# "she's sick", "it's urgent", "that'll do": news said of someone or something, no thing
_SAID_OF_SOMEONE_RE = re.compile(
    r"\b(?:i|you|u|he|she|it|we|they|that|this|there|who|what|here)'", FLAGS
)


def _added_on(clause: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """The adds of a thing named alone (``clause``), as "add <thing>" reads them; none when
    the clause is no thing ("also she's sick", "plus lol")."""
    thing = strip_filler(clause).rstrip("?!. ")
    said = thing.lower().split()
    # ("..., and also top up my leap card": a verb of two words opens a deed to do)
    deed = 2 < len(said) <= 6 and said[1] in PARTICLES and said[0] not in STOPWORDS
    if (
        not (deed or is_thing(thing))
        or _SAID_OF_SOMEONE_RE.search(thing)
        or read_social(thing) is not None
    ):
        return []
    listed = read_add_list(f"add {thing}", quotes, today)
    if listed:
        return listed
    intent = parse_clause(f"add {thing}", quotes, today)
    return [intent] if intent is not None and intent.kind == "add" else []


# Words of news or a story, never of a request left unread ("the car is making a noise", "she
# rang earlier", "feeling rough")
_NEWS_WORDS = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s", "'re", "isn't"})


def _unread_beside_requests(intents: list[Intent]) -> list[Intent]:
    """ "add buy milk, and also whatever the school wants for the trip": a part of a message
    that joins requests ("and also", "plus") that is read as none, beside requests that are, is
    marked ``query="unread"`` so the reply says it was not done (never a silent success on the
    rest). News or a story told beside them ("..., also the car is making a noise"), a feeling,
    or the words a request names with "it" are no such part."""
    asked = [i for i in intents if i.kind not in SOCIAL_KINDS and i.kind != "unknown"]
    if not asked or any(i.target is not None and i.target.kind == "it" for i in asked):
        return intents
    out: list[Intent] = []
    for intent in intents:
        said = [w.lower() for w in intent.text.split()] if intent.kind == "unknown" else []
        if (
            len(said) >= 2
            and not _NEWS_WORDS.intersection(said)
            and not any(w.endswith(("'s", "'re", "'m", "ing")) for w in said[:2])
            and not any(is_past_tense(w) for w in said)
            and not felt(intent.text, after=True)
            and read_social(intent.text) is None
        ):
            intent = replace(intent, query="unread")
        out.append(intent)
    return out


def _read_alone(clause: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "mark the council rates as paid and add a reminder to X": a change said in a clause of a
    longer sentence, which the phrase rewrites (stage 1, which read the sentence whole) read
    when it is said alone."""
    said = clause.strip(" ,;")
    alone = rewrite(said)
    if alone == said or len(split_sentences(alone)) != 1:
        return None
    intent = parse_clause(alone, quotes, today)
    return intent if intent is not None and intent.kind in TARGETED_KINDS else None


def understand(text: str, today: date, *, joined: bool = False) -> tuple[Intent, ...]:
    """Turn one user message into the intents it contains, in the order they were said.

    Social messages (greetings, thanks, help) come back as a single intent. A clause
    that is not a command comes back as ``unknown`` with its text, so the planner can
    use it as context ("the old bike, remove it") or as the answer to a question. A
    request taken back in the same message ("delete the milk, no wait") is not made.
    ``joined``: the message as typed joins requests with a joint that adds one to another.
    """
    text = INNER_APOSTROPHE_RE.sub("'", text.strip())
    social = read_social(text)
    if social is not None:
        return (social,)
    protected, quotes = protect_quotes(text)
    protected = self_corrected(protected)
    for m in RETRACTION_RE.finditer(protected):
        before = protected[: m.start()].strip(" ,.;!?-")
        if not before:
            continue
        said = _understand(before, quotes, text, today, joined)
        changing = [i for i, intent in enumerate(said) if intent.kind in CHANGING_KINDS]
        if not changing:
            continue
        rest = protected[m.end("why") if m["why"] else m.end("m") :].strip(" ,.;!?-")
        named = retarget(rest) if said[changing[-1]].kind in TARGETED_KINDS else None
        if named is not None:
            # "mark X done, no wait not that one, the lab report one": that task instead
            moved = replace(said[changing[-1]], target=parse_target(named, quotes))
            return tuple(moved if i == changing[-1] else intent for i, intent in enumerate(said))
        after = list(_understand(rest, quotes, text, today, joined)) if rest else []
        # "delete X and add Y, no wait don't delete it": the kind taken back, else the last
        verb = next((i.query for i in after if i.kind == "keep" and i.query), "")
        same = [i for i in changing if said[i].kind == verb]
        dropped = (same or changing)[-1]
        kept = [intent for i, intent in enumerate(said) if i != dropped]
        taken_back = said[dropped].target
        if taken_back is not None and taken_back.kind != "it":
            # "set the car one to high... actually no, make it medium": "it" is the task of
            # the request taken back
            after = [
                replace(i, target=taken_back)
                if i.target is not None and i.target.kind == "it"
                else i
                for i in after
            ]
        out = [*kept, *(i for i in after if i.kind != "unknown")]
        if all(i.kind in SOCIAL_KINDS for i in out):
            out = [Intent("keep")]
        return tuple(out)
    return _understand(protected, quotes, text, today, joined)


def _understand(
    protected: str, quotes: tuple[str, ...], text: str, today: date, joined: bool = False
) -> tuple[Intent, ...]:
    """The intents of a message whose quotes are protected (``text`` is it as typed)."""
    intents: list[Intent] = []
    # "add the following: X; Y; 1. Z": a list after a colon runs to the first full stop that
    # does not number an item; what follows is read as usual.
    whole = strip_filler(protected).rstrip("?!. ")
    end = _LIST_END_RE.search(whole)
    colon, after = read_colon_list(whole[: end.start()] if end else whole, quotes, today)
    if colon:
        intents.extend(colon)
        protected = " ".join(p for p in (after, whole[end.end() :] if end else "") if p)
        whole = strip_filler(protected).rstrip("?!. ")
    # "add three tasks: X; Y; Z": a list's items may be cut by semicolons, not sentences.
    listed = read_add_several(whole, quotes, today) if not _SENTENCE_END_RE.search(whole) else []
    said = ""  # the clause read last, whose verb an elliptic clause leaves out
    # a condition said ("if they call off the trip, ..."): the next change waits for a yes
    condition = False
    unasked: set[int] = set()  # ids of intents from clauses that ask nothing ("I do still need it")
    for sentence in [whole] if listed else split_sentences(protected):
        several = listed or read_add_several(strip_filler(sentence).rstrip("?!. "), quotes, today)
        if several:
            intents.extend(several)
            continue
        colon, after = read_colon_list(strip_filler(sentence).rstrip("?!. "), quotes, today)
        intents.extend(colon)
        clauses = split_clauses(after) if colon else split_clauses(sentence)
        # a question of one clause ("X is high priority?"), not a story before a request
        asked = sentence.rstrip().endswith("?") and len(clauses) == 1
        for clause in clauses:
            listed_adds = read_add_list(strip_filler(clause).rstrip("?!. "), quotes, today)
            if listed_adds:
                intents.extend(listed_adds)
                continue
            if DOUBT_RE.match(strip_filler(clause)):
                if intents and intents[-1].kind in DOUBTED_KINDS:
                    intents[-1] = replace(intents[-1], doubt=True)  # the planner asks first
                continue
            if is_apology(clause):
                continue  # "..., sorry", "I confused myself": nothing asked
            if CONDITION_RE.match(strip_filler(clause)):
                condition = True
                intents.append(Intent("unknown", text=clause))
                continue
            head = HEDGE_RE.sub("", DOUBT_TAIL_RE.sub("", clause))
            intent = parse_clause(head, quotes, today)
            if intent is None:
                continue
            if (
                asked
                and intent.kind in _ASKABLE
                and not _REQUEST_RE.match(strip_filler(clause))
                and not _POLITE_RE.search(clause)
            ):
                # "book flights to denver is high priority?": a change said as a question asks
                intent = replace(intent, doubt=True)
            if (head != clause or condition) and intent.kind in DOUBTED_KINDS:
                intent = replace(intent, doubt=True)
                condition = False
            if intent.kind == "unknown" and len(clauses) > 1:
                intent = _read_alone(clause, quotes, today) or intent
            if intent.kind == "unknown" and intents:
                intent = elliptic(clause, intents[-1], said, quotes, today) or intent
            if (
                intent.kind == "add"
                and intents
                and intents[-1].kind in _ASKED_KINDS
                and _why_asked_re().match(strip_filler(clause))
            ):
                # "how many left? tryna see if i can go out tonight": why it is asked, no task
                intent = Intent("unknown", text=clause)
            if intent.kind in ("add", "unknown") and intents and intents[-1].kind == "unknown":
                intent = (
                    read_after_topic(
                        intents[-1].text, clause, lambda c: parse_clause(c, quotes, today)
                    )
                    or intent
                )
            if intent.kind == "unknown" and joined and intents and intents[-1].kind == "add":
                # "add eggs, also milk", "add buy milk, plus eggs and bread": a thing said after
                # a joint that adds, right after an add, is one more to add (it had been dropped)
                more = _added_on(clause, quotes, today)
                if more:
                    intents.extend(more)
                    said = clause
                    continue
            said = clause
            if intent.kind == "unknown" and read_social(intent.text) is not None:
                continue
            if _may_be_a_remark(intent) and not _ASKS_RE.search(strip_filler(clause)):
                unasked.add(id(intent))
            intents.append(intent)
    if any(i.kind == "undo" for i in intents):
        # "undo that — I do still need it", "oops not done yet, please undo": beside an undo,
        # words that ask nothing of a task named are why it is undone, no listing or reopen
        intents = [i for i in intents if id(i) not in unasked]
    intents = described_undos(intents, lambda s: parse_clause(s, quotes, today, described=False))
    intents = renamed_in_task_named(intents)
    intents = dated_news_applied(intents, quotes, today)
    intents = requests_to_apply(intents)
    intents = contact_news_as_context(intents)
    intents = news_then_asked(intents)
    intents = hearsay_beside_a_delete(intents)
    intents = named_then_why(intents)
    intents = deeds_then_cleared(deeds_as_reasons(intents), text)
    intents = knocked_over_then_ticked(intents)
    intents = both_said_after(intents)
    intents = places_said_before_it(intents)
    intents = tasks_said_before_it(intents)
    intents = things_named_before_a_deed(intents)
    intents = topics_then_changed(intents)
    intents = only_one_said_done(intents, text)
    intents = things_said_as_news(intents, text)
    intents = implied_adds_as_context(intents)
    intents = contradictions_kept(intents)
    intents = changes_said_again(intents)
    intents = new_title_said_after(intents)
    intents = respell_as_context(intents)
    intents = days_said_before_a_time(intents)
    intents = narrative_adds_dropped(intents, joined)
    intents = deeds_told_of_an_add(intents)
    intents = dated_requests(intents, quotes, today)
    intents = habits_named(intents)
    intents = with_exceptions(intents, text)
    intents = pronoun_scopes(intents)
    intents = scopes_named_again(intents)
    intents = pronouns_named(intents, text)
    intents = listing_scopes(intents, text)
    intents = it_all_after_a_listing(intents, text)
    intents = one_listing(intents)
    intents = hollow_adds(intents)
    intents = [
        _level_said(i)
        or _due_said_as_title(i)
        or _date_said(i)
        or _made_it(i)
        or _second_request_held(i)
        or (
            Intent("unknown", text=i.title)
            if i.kind == "rename"
            and (
                only_names_a_field(_reason_re().sub("", i.title))
                or _SAYS_SO_RE.fullmatch(i.title.strip(" ,.!?"))
            )
            else i
        )
        for i in intents
    ]
    if joined:
        intents = _unread_beside_requests(intents)
    if not intents or all(i.kind == "unknown" for i in intents):
        if re.search(r"\bhelp\b", text, FLAGS):
            return (Intent("help"),)
        if not intents:
            return (Intent("unknown", text=text),)
    return tuple(intents)
