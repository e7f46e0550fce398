"""Passes over a message's intents after each clause is read: what one clause says about
another ("I need to redo the kitchen, reopen it", an exception said in one clause for "all the
rest" in the next, a wish beside an explicit request).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from todochat.assistant.offline.meaning import (
    SOCIAL_KINDS,
    TARGETED_KINDS,
    Intent,
    Target,
    with_slots_of,
)
from todochat.assistant.offline.normalise import date_at_start
from todochat.assistant.offline.slots import due_words, felt, scope_said_anywhere, take_slots
from todochat.assistant.offline.targets import (
    EXCEPT_HEAD_RE,
    EXCEPT_WORDS,
    ONLY_LEFT,
    parse_target,
    status_of,
)
from todochat.assistant.offline.text import (
    TASK_VERBS,
    THING_DETERMINER,
    capitalise,
    content_stems,
    hollow_title,
    is_past_tense,
    lexicon,
    without_article,
    words,
)

from .vocabulary import CONTACTED_RE, FIELD_NAMES, FLAGS, PRONOUN_TITLES

_EXCEPTION_IN_MESSAGE_RE = re.compile(
    rf"\b(?:{EXCEPT_WORDS}|but\s+not|(?:only\s+)?keep(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>[^,.;!?]+?)(?=\s*(?:[,.;!?]|$|\bso\b|\band\b))|"
    rf"\bonly\s+(?P<ex2>[^,.;!?]+?)\s+{ONLY_LEFT}\b",
    FLAGS,
)


# A new title that only says a field's value ("make it repeat so i dont have to keep adding it"
# once renamed the task 'Repeat'): the words ask for the field, never for that title. (A field's
# name, "priority", "due date", is ``FIELD_NAMES``; see ``only_names_a_field``.)
FIELD_TITLES = frozenset(
    {
        "repeat",
        "repeating",
        "recurring",
        "a repeat",
        "a recurring one",
        "a repeating one",
        "weekly",
        "daily",
        "monthly",
        "yearly",
        "high",
        "low",
        "medium",
        "urgent",
        "important",
        "done",
        "complete",
        "completed",
        "finished",
        # "add the standup notes, make it a reminder": what it is on the list, not a title
        "reminder",
        "a reminder",
        "task",
        "a task",
    }
)


def only_names_a_field(title: str) -> bool:
    """Whether a new title only names a field ("due date", "priority") or a value of one
    ("repeat", "high", "done", a "reminder", see ``FIELD_TITLES``): it asks for the field."""
    return title.lower() in FIELD_TITLES or re.fullmatch(FIELD_NAMES, title, FLAGS) is not None


_POINTING = lexicon("it that this them one")
# "remind me tomorrow", "set a reminder for friday", "add a task for later": words that ask for
# a task without saying it
_ASKING_FOR_A_TASK = lexicon(
    "remind reminder task todo to-do item note something smth sth later soon sometime"
)


def hollow_adds(intents: list[Intent]) -> list[Intent]:
    """ "can we do it monday", "could it be for the 5th": an add whose title names nothing is
    the new date of the task it points at when it has one, else nothing understood (never a
    task 'Can we do it')."""
    out: list[Intent] = []
    for intent in intents:
        named = (
            _NAMED_ONE_SHOULD_RE.match(intent.title)
            if intent.kind == "add" and (intent.repeat or intent.due)
            else None
        )
        if named is not None:
            # "the electricity bill one should repeat every month ok": a task named as "the X
            # one" and what it should do is a change of that task, never a task of its own
            # ("... shouldn't repeat": a wish against, nothing set)
            out.append(
                Intent("unknown", text=intent.title)
                if named["not"]
                else _named_one_set(intent, named["t"])
            )
        elif intent.kind == "add" and intent.title and _asks_for_a_task(intent.title):
            # "remind me tomorrow": what to add is still to say; the planner asks for it
            due = intent.due or (intent.title if due_words(intent.title) else None)
            out.append(replace(intent, title="", due=due))
        elif (
            intent.kind == "add"
            and (intent.due or intent.priority)
            and not intent.repeat
            and _PRONOUN_DEED_RE.match(intent.title)
        ):
            # "I have to book it by the 10th latest. make it high priority": a deed done to "it"
            # names no task; what is said of it is said of the task it points at
            out.append(
                Intent("due", target=parse_target("it"), due=intent.due, priority=intent.priority)
            )
        elif intent.kind != "add" or not hollow_title(intent.title):
            out.append(intent)
        elif intent.due and _POINTING & set(re.findall(r"[\w']+", intent.title.lower())):
            out.append(Intent("due", target=parse_target("it"), due=intent.due))
        else:
            out.append(Intent("unknown", text=intent.title))
    return out


# 'Book it', 'Pay them off', 'Send that in latest': a verb, at most a particle, a pronoun and
# words of when
_PRONOUN_DEED_RE = re.compile(
    r"^[a-z]+(?:\s+(?:up|off|in|out|back|over|down|through))?\s+(?:it|them|that|this)"
    r"(?:\s+(?:latest|at\s+the\s+latest|asap|again|too|then|now|already|off|in|up|back|on\s+time|"
    r"done|sorted|please|pls))*$",
    FLAGS,
)


_NAMED_ONE_SHOULD_RE = re.compile(
    r"^(?P<t>(?:the|my|that|this)\s+\S.*?\s+(?:one|task|reminder))\s+(?:should|needs\s+to|"
    r"has\s+to|must|ought\s+to|(?P<not>shouldn't|should\s+not|mustn't|needn't|doesn't\s+need\s+to|"
    r"does\s+not\s+need\s+to))\b",
    FLAGS,
)


def _named_one_set(intent: Intent, named: str) -> Intent:
    """The repeat or date an add said of "the X one", set on that task."""
    target = parse_target(named)
    if intent.repeat:
        repeat = re.sub(r"^(?:repeat|recur)\s+", "", intent.repeat, flags=FLAGS)
        return Intent("due", target=target, repeat=repeat)
    return Intent("due", target=target, due=intent.due)


def _asks_for_a_task(title: str) -> bool:
    """Whether a new task's title only asks for a task ('Remind me', 'Tomorrow', 'A reminder')."""
    if due_words(title) is not None:
        return True
    said = set(re.findall(r"[\w'-]+", title.lower()))
    return bool(said & _ASKING_FOR_A_TASK) and all(
        hollow_title(w) or w in _ASKING_FOR_A_TASK for w in said
    )


_DEED_OF_IT_RE = re.compile(r"^(?P<verb>[a-z]+)\s+(?:it|that|this|them)$", FLAGS)


# "the second one I didnt actually do it", "the 2nd one,": a task named by its place in the
# list just shown, at the start of a clause of its own
_PLACE_SAID_RE = re.compile(
    r"^(?:oops\s+|sorry\s+|actually\s+|and\s+)*(?P<t>(?:the\s+)?(?:first|second|third|fourth|"
    r"fifth|sixth|last|1st|2nd|3rd|4th|5th|6th)\s+(?:one|task|item))\b(?!\s+(?:is|was|and|or|of)\b)",
    FLAGS,
)


def places_said_before_it(intents: list[Intent]) -> list[Intent]:
    """ "the second one I didnt actually do it, put it back as not done": a clause that names a
    task by its place and asks nothing, then a change of "it", is that change of the task in
    that place (never a search for the clause's words)."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        target = intent.target
        m = (
            _PLACE_SAID_RE.match(last.text)
            if last is not None and last.kind == "unknown" and not last.text.endswith("?")
            else None
        )
        if m is not None and target is not None and target.kind == "it":
            out[-1] = replace(intent, target=parse_target(m["t"]))
            continue
        out.append(intent)
    return out


# "the last one", "the pool one", "that gate one": a clause that only names one task, by its
# place in the list shown or by a word of it
_ONE_NAMED_RE = re.compile(
    r"^(?:(?:oops|sorry|actually|and|ok|okay|so|right|oh)\s+)*(?:the|that|this)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:one|task|item|job)$",
    FLAGS,
)
# what "it" is, in a clause that tells why ("i ended up paying a bloke to do it")
_OF_IT_RE = re.compile(r"\b(?:it|them|that\s+one)\b", FLAGS)
_CHANGES_OF_IT = frozenset({"delete", "complete", "reopen", "priority", "due"})


def named_then_why(intents: list[Intent]) -> list[Intent]:
    """ "the last one, i ended up paying a bloke to do it so just delete it", "the pool one, my
    mate did it for me so tick it off": a clause that names one task, then why (told of "it"),
    then a change of "it", is that change of the task named (the reason, never a task done nor
    a search: it had looked for 'ended up paying a bloke to do it')."""
    out: list[Intent] = []
    for intent in intents:
        target = intent.target
        if intent.kind in _CHANGES_OF_IT and target is not None and target.kind == "it":
            told = [
                i
                for i, said in enumerate(out)
                if said.kind == "unknown" and _ONE_NAMED_RE.match(said.text.strip(" ,.!"))
            ]
            start = told[-1] if told else -1
            between = out[start + 1 :] if told else []
            why = [
                b.text if b.kind == "unknown" else (b.target.text if b.target else "")
                for b in between
            ]
            if (
                told
                and 0 < len(between) <= 2
                and all(b.kind in ("unknown", "complete") for b in between)
                and all(
                    b.kind == "unknown" or (b.target is not None and b.target.kind == "words")
                    for b in between
                )
                and any(_OF_IT_RE.search(w) for w in why)
            ):
                named = parse_target(out[start].text.strip(" ,.!"))
                if named.kind in ("ordinal", "words"):
                    del out[start:]
                    out.append(replace(intent, target=named))
                    continue
        out.append(intent)
    return out


def tasks_said_before_it(intents: list[Intent]) -> list[Intent]:
    """ "the school says we have to pay the trip fee. remind me to pay it tomorrow": an add of
    "<verb> it" is the task said just before with that verb, with the add's own slots (a
    deed of another verb, "the report is finished. remind me to send it", names nothing)."""
    out: list[Intent] = []
    for intent in intents:
        m = _DEED_OF_IT_RE.match(intent.title) if intent.kind == "add" else None
        last = out[-1] if out else None
        if m is not None and last is not None:
            verb = m["verb"].lower()
            if last.kind == "add" and last.title.lower().startswith(f"{verb} "):
                out[-1] = with_slots_of(last, intent)
                continue
            said = re.search(rf"\b{re.escape(verb)}\s+\S", last.text, FLAGS)
            if last.kind == "unknown" and said is not None:
                taken = take_slots(last.text[said.start() :])
                named = replace(
                    intent, title=capitalise(taken.text), due=taken.due, repeat=taken.repeat
                )
                out[-1] = with_slots_of(named, intent)
                continue
            subject = _SUBJECT_OF_NEWS_RE.search(last.text) if last.kind == "unknown" else None
            if subject is not None and not last.text.rstrip().endswith("?"):
                # "my student ID expired, put renewing it on the list": the thing the news
                # was about
                out[-1] = replace(intent, title=capitalise(f"{m['verb']} {subject['np']}"))
                continue
        said_it = _IT_OBJECT_RE.search(intent.title) if intent.kind == "add" and m is None else None
        story = last is not None and last.kind == "unknown" and said_it is not None
        thing = _thing_of_story(last.text) if story and last is not None else None
        if said_it is not None and thing and len(_IT_OBJECT_RE.findall(intent.title)) == 1:
            # "the garbage disposal is making that noise again. i need to call a plumber about
            # it, put it on there", "i have a bio test thursday ... add study for it": "it" in
            # the need is the thing the story was about
            title = f"{intent.title[: said_it.start()]}{thing}{intent.title[said_it.end() :]}"
            out[-1] = replace(intent, title=capitalise(title))
            continue
        if story and thing is None and _ABOUT_IT_END_RE.search(intent.title):
            # "ugh what a week, remind me to ring the landlord about it": no one thing named
            out.append(replace(intent, title=_ABOUT_IT_END_RE.sub("", intent.title)))
            continue
        out.append(intent)
    return out


# "it" as the object of a need ("get it fixed", "call a plumber about it"), never "it's"
_IT_OBJECT_RE = re.compile(r"(?<=\s)it\b(?!')", FLAGS)
# "the young lad's hurley": a thing of a person's, which the task names as "the hurley"
_PERSON_OWNED_RE = re.compile(
    r"^the\s+(?:(?:young|little|older|eldest|youngest|oldest)\s+)?(?:lad|lads|kid|kids|boy|boys|"
    r"girl|girls|son|daughter|wife|husband|missus|hubby|baby|toddler|teen|teenager)'s\s+",
    FLAGS,
)


# News of a thing of one's own ("my student ID expired", "the car's MOT is due", "our kettle
# broke"): the thing, which "renew it", "fix it" after it mean.
_SUBJECT_OF_NEWS_RE = re.compile(
    r"(?:^|\s)(?P<np>(?:my|our|his|her|their|your|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+?)"
    r"(?:\s+(?:is|are|was|were|has|have|had|just|already|finally|expired|expires|broke|"
    r"died|stopped|ran\s+out|runs\s+out|needs|leaks|leaked|snapped|cracked|burst|keeps|got|went|"
    r"fell)|"
    # ("the boiler's packed in AGAIN", "the car's making that noise"): its "is" or "has" run on
    r"'s\s+(?:[a-z]+ed|[a-z]{2,}ing|been|gone|broken|busted|stuffed|dead|due|out|off|not|still|"
    r"overdue|flat|full|empty|leaking|acting|playing|almost|nearly|finally|on\s+the\s+blink))\b",
    FLAGS,
)
# A thing the user has coming, named in a story ("i have a bio test thursday", "we've got a
# parents evening friday", "there's a fire drill tmrw"): the thing "study for it" is done for,
# its words up to the first that says when or starts another clause.
_HAD_THING_RE = re.compile(
    r"\b(?:(?:i|we)\s+(?:have|'ve|have\s+got|got)|i've|we've|there's|there\s+is)\s+(?:got\s+)?"
    r"(?P<det>a|an|my|our|the|this)\s+(?P<np>(?:(?!(?:on|at|in|this|next|coming|tomorrow|tmrw|"
    r"today|tonight|and|but|so|lol|tho|first|thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    r"[a-z][\w'-]*\s*){1,4})",
    FLAGS,
)
# "remind me to ring the landlord about it", after a story that names no one thing: "about it"
# is dropped with its preposition
_ABOUT_IT_END_RE = re.compile(r"\s+about\s+(?:it|that)\s*$", FLAGS)


def _thing_of_story(story: str) -> str | None:
    """The thing a story names for an "it" in an add after it: the subject of its news ("the
    boiler's packed in", "my rego expired"), else a thing the user has coming ("i have a bio
    test thursday": 'the bio test'); none when it names neither."""
    if story.rstrip().endswith("?"):
        return None
    subject = _SUBJECT_OF_NEWS_RE.search(story)
    if subject is not None:
        return _PERSON_OWNED_RE.sub("the ", subject["np"])
    had = _HAD_THING_RE.search(story)
    if had is None:
        return None
    det = had["det"].lower()
    return f"{'the' if det in ('a', 'an', 'this') else det} {had['np'].strip()}"


# "water them", "take them out", "need it": a deed done to a thing said just before, by pronoun.
_DEED_OF_PRONOUN_RE = re.compile(
    # ("go get it", "go and pick them up": going to do it is doing it)
    r"^(?P<go>go\s+(?:and\s+)?)?(?P<verb>[a-z]+)(?P<p1>\s+(?:up|out|off|down|in|back|over))?\s+(?P<pro>it|them)"
    r"(?P<p2>\s+(?:up|out|off|down|in|back|over))?$",
    FLAGS,
)
# "go get it", "go and fetch them": a thing gone for is picked up
_FETCHING_VERBS = lexicon("get grab fetch collect")
# Verbs that get a thing (any of its kind will do): the thing takes no "the" ('Buy eggs').
_GETTING_VERBS = lexicon("buy get grab order need restock fetch")
# A thing named alone: a few words with none that makes them a sentence or a request.
_NOT_A_THING = lexicon(
    "i we you he she they it that this is are was were be am have has had do does did can "
    "could will would should must need want got not no yes ok okay what which when how why who "
    "task tasks list all everything"
)
_OWNED_RE = re.compile(r"^(?:the|a|an|my|our|his|her|their|your|some|\d+|two|three)\b", FLAGS)


def is_thing(text: str) -> bool:
    """Whether ``text`` only names a thing ("plants", "dog food", "the gutters")."""
    said = words(text)
    return (
        0 < len(said) <= 4
        and said[0] not in TASK_VERBS
        and not any(w in _NOT_A_THING or is_past_tense(w) for w in said)
    )


def things_named_before_a_deed(intents: list[Intent]) -> list[Intent]:
    """ "plants. water them. every sunday", "milk. need it by tmrw": a thing named alone, then
    an add of a deed done to "it" or "them", is one task, the deed done to the thing ('Water
    the plants', 'Get milk'; "need" is to get). A thing the deed acts on is a particular one
    ("the"); one that is got is any of its kind (no "the"). Only an add takes the thing: "the
    old bike. delete it" stays a delete of what "it" names, and a sentence ("the heifers got
    out. fix it") is a remark, never the thing."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        m = _DEED_OF_PRONOUN_RE.match(intent.title) if intent.kind == "add" else None
        named = last.text if last is not None and last.kind == "unknown" else ""
        if last is not None and last.kind == "add" and last.text == "implied":
            # "i keep forgetting my BP tablets. remind me to take them": a wish read with no
            # deed of its own ('My BP tablets') only names the thing
            owned = _OWNED_RE.match(last.title) is not None
            named = last.title[:1].lower() + last.title[1:] if owned else ""
        if m is None or not named or not is_thing(named):
            out.append(intent)
            continue
        verb = m["verb"].lower()
        thing = named.strip(" .,!")
        if verb not in _GETTING_VERBS and not _OWNED_RE.match(thing):
            thing = f"the {thing}"
        deed = "get" if verb == "need" else m["verb"]
        title = " ".join(p.strip() for p in (deed, m["p1"] or "", m["p2"] or "", thing) if p)
        out[-1] = replace(intent, title=capitalise(title))
    return out


# "only the bank one is done tho", "only the fundi one is done": the one thing said done
_ONLY_DONE_RE = re.compile(
    r"\bonly\s+(?P<x>(?:the\s+|my\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+?)(?:\s+one|\s+task)?\s+"
    r"(?:is|was|got|'s|has\s+been)\s+(?:actually\s+|really\s+)?(?:done|finished|sorted|complete|"
    r"completed|paid|ticked)\b",
    FLAGS,
)


def only_one_said_done(intents: list[Intent], text: str) -> list[Intent]:
    """ "i went to the bank AND the post office today. only the bank one is done tho, post
    office was closed": "only X is done" says which one thing is done; the completions read
    from the rest of the message (the bank and the post office) give way to it (it had ticked
    off both)."""
    m = _ONLY_DONE_RE.search(text)
    if m is None or not any(i.kind == "complete" for i in intents):
        return intents
    only = Intent("complete", target=parse_target(m["x"]))
    out: list[Intent] = [i for i in intents if i.kind != "complete"]
    return [only, *out]


_CHANGED_OF_IT = frozenset({"delete", "complete"})


def topics_then_changed(intents: list[Intent]) -> list[Intent]:
    """ "maid salary I will pay next month only so remove it": a thing named first, with news
    of it, then a delete or a completion of "it", names the task that "it" is; the news read as
    a loose add ('Maid salary I will pay only') was only its topic (no task verb opens it)."""
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        if i == 0 or intent.kind not in _CHANGED_OF_IT or target is None or target.kind != "it":
            continue
        prev = out[i - 1]
        first = prev.title.split(None, 1)[0].lower() if prev.title else ""
        if prev.kind == "add" and prev.text in _LOOSE_ADDS and first and first not in TASK_VERBS:
            out[i - 1] = Intent("unknown", text=prev.title)
    return out


# "my passport runs out in march", "the gutters are full again": a thing said as the subject of
# news about it (a determiner, one to three words, then a verb of its state)
_SUBJECT_THING_RE = re.compile(
    rf"\b(?P<thing>{THING_DETERMINER}(?:\s+(?!(?:no|not|never|longer|still|just|"
    r"already|really|also|finally|always|now|so|too)\b)[a-z][\w'-]*){1,3}?)\s+"
    r"(?:is|are|was|were|'s|'re|isn't|aren't|runs?|ran|expires?|expired|needs?|keeps?|broke|"
    r"looks?|smells?|went|goes|has|have|won't|doesn't|don't|got|gets|stopped|started)\b",
    FLAGS,
)


def things_said_as_news(intents: list[Intent], text: str) -> list[Intent]:
    """ "my passport runs out in march so i need to renew it, stick that on the list": 'Renew
    my passport'. An add of a deed done to "it" or "them" whose thing the message named just
    before, as the subject of news about it, is that deed done to the thing (the news, read as
    a clause of its own, goes with it). The last such thing before the deed is meant."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        m = _DEED_OF_PRONOUN_RE.match(intent.title) if intent.kind == "add" else None
        deed = re.search(rf"\b{re.escape(intent.title)}\b", text, FLAGS) if m else None
        things = list(_SUBJECT_THING_RE.finditer(text, 0, deed.start())) if deed else []
        if m is None or not things:
            out.append(intent)
            continue
        thing = things[-1]["thing"]
        verb = m["verb"]
        if m["go"] and verb.lower() in _FETCHING_VERBS:
            # "the prescription is ready ... go get it": going to get a thing is picking it up
            verb = "pick up"
        title = " ".join(p.strip() for p in (verb, m["p1"] or "", thing, m["p2"] or "") if p)
        if last is not None and last.kind == "unknown" and thing.lower() in last.text.lower():
            out.pop()  # the news was only what the deed is about
        out.append(replace(intent, title=capitalise(title)))
    return out


# "add it then, for jummah": what "it" is for, said after it, is no part of what it names
_PURPOSE_AFTER_RE = re.compile(r"\s*,?\s+(?:for\s+\S.*|then|too|as\s+well)$", FLAGS)


def implied_adds_as_context(intents: list[Intent]) -> list[Intent]:
    """ "I need to redo the kitchen, reopen it": the first clause names the task, it adds none."""
    out: list[Intent] = []
    for intent in intents:
        if (
            intent.kind == "add"
            and _PURPOSE_AFTER_RE.sub("", intent.title).lower() in PRONOUN_TITLES
        ):
            # "I need to buy milk, add it": the task is the one the previous clause named.
            if out and out[-1].kind == "add":
                # "i want to learn to crochet. put it on the list #hobby": its slots too
                out[-1] = with_slots_of(out[-1], intent)
                continue
            if out and out[-1].kind == "unknown" and out[-1].text:
                out[-1] = Intent("add", title=capitalise(out[-1].text))
                continue
            # ("ok add it then, for the party on friday": its date is kept for the thing)
            intent = replace(intent, title="", text="")
        out.append(intent)
    out = _slots_said_after_a_wish(_how_often_after_a_wish(out))
    for i, intent in enumerate(out):
        if intent.kind != "add" or intent.text != "implied" or i + 1 >= len(out):
            continue
        following = out[i + 1]
        if (
            following.kind in TARGETED_KINDS
            and following.kind != "complete"
            and following.target is not None
            and following.target.kind == "it"
        ):
            out[i] = Intent("unknown", text=intent.title)
    return out


def _how_often_after_a_wish(intents: list[Intent]) -> list[Intent]:
    """ "i wanna start journaling every night. make that a daily thing": how often the task
    wished for repeats, said last, is its repeat (on the list already, the planner sets the
    repeat of the task listed)."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "add"
            and last.text == "implied"
            and intent.kind == "due"
            and intent.repeat
            and not intent.due
            and intent.target is not None
            and intent.target.kind == "it"
        ):
            out[-1] = replace(last, repeat=intent.repeat, text="dated")
            continue
        out.append(intent)
    return out


_START_HABIT_RE = re.compile(r"^(?:start|begin|get\s+into)\s+(?=\w+ing\b)", FLAGS)


def habits_named(intents: list[Intent]) -> list[Intent]:
    """ "i wanna start journaling every night": a task that repeats is the habit, not its
    start ('Journaling before bed'); once, "start running again" stays as said."""
    return [
        replace(i, title=capitalise(_START_HABIT_RE.sub("", i.title)))
        if i.kind == "add" and i.repeat and _START_HABIT_RE.match(i.title)
        else i
        for i in intents
    ]


_SLOT_KINDS = frozenset({"priority", "due", "tag"})


def _is_slot_of_it(intent: Intent) -> bool:
    """A level, date or tag said of "it" with nothing else ("urgent", "due fri", "tag it
    work"); never a shift ("push it back a day") nor a tag taken off."""
    return (
        intent.kind in _SLOT_KINDS
        and intent.target is not None
        and intent.target.kind == "it"
        and intent.text not in ("shift", "remove")
    )


def slots_said_after_an_add(intents: Sequence[Intent]) -> list[Intent]:
    """ "the meal prep thing. for sunday" (the answer to "What should the task say?"): only
    slots said of "it" right after an add are the add's own."""
    return _slots_said_after_a_wish(list(intents), explicit=True)


def _refines(first: str | None, later: str | None) -> bool:
    """ "i need to collect the dry cleaning on thursday, put that in for thursday evening like
    8ish": a date said later that is the same day with a time says more than the first."""
    if not first or not later:
        return False
    a, b = date_at_start(first), date_at_start(later)
    return (
        a is not None
        and b is not None
        and a.due.time is None
        and b.due.time is not None
        and a.due.day == b.due.day
    )


def _slots_said_after_a_wish(intents: list[Intent], explicit: bool = False) -> list[Intent]:
    """ "i need to refill my meds by friday. SUPER urgent", "i have to water the plants every
    other week. low prio, tag it work": only slots said of "it" right after a wish are the
    wish's own, so the task is added with them (a request that does more, "I need to redo the
    kitchen, reopen it", still only names the task)."""
    out: list[Intent] = []
    i = 0
    while i < len(intents):
        intent = intents[i]
        j = i + 1
        if intent.kind == "add" and (explicit or intent.text == "implied"):
            while j < len(intents) and _is_slot_of_it(intents[j]):
                said = intents[j]
                intent = replace(
                    intent,
                    priority=said.priority or intent.priority,
                    due=said.due if _refines(intent.due, said.due) else intent.due or said.due,
                    repeat=intent.repeat or said.repeat,
                    tags=tuple(dict.fromkeys([*intent.tags, *said.tags])),
                )
                j += 1
        out.append(intent)
        out.extend(intents[i + 1 : j] if j == i + 1 else ())
        i = j
    return out


def respell_as_context(intents: list[Intent]) -> list[Intent]:
    """ "could you fix the typo in the florist one? It's Petals, not Pedals.": a spelling fix
    asked for, then said, is that one correction; the request only names the task."""
    out: list[Intent] = []
    for i, intent in enumerate(intents):
        later = intents[i + 1 :]
        if (
            intent.kind == "rename"
            and intent.text == "respell"
            and any(j.kind == "rename" for j in later)
        ):
            named = intent.target.text if intent.target is not None else ""
            intent = Intent("unknown", text=named)
        out.append(intent)
    return out


def new_title_said_after(intents: list[Intent]) -> list[Intent]:
    """ "change the flowers task, is for the lobby. So: Buy flowers for the lobby.": the whole
    title said after a correction is the new title, not a task of its own."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "rename"
            and last.text == "correction"
            and intent.kind == "add"
            and last.title.lower() in intent.title.lower()
            and len(intent.title.split()) > len(last.title.split())
        ):
            out[-1] = replace(last, title=intent.title, text="", query="")
            continue
        out.append(intent)
    return out


def contradictions_kept(intents: list[Intent]) -> list[Intent]:
    """ "X is not done yet, tick it off": "it" names the task just said to be open, so
    ticking it off contradicts the message; nothing changes and the reply says so."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and (last.kind, intent.kind) == ("reopen", "complete")
            and intent.target is not None
            and intent.target.kind == "it"
        ):
            out[-1] = Intent("keep", target=last.target, text="contradiction")
            continue
        out.append(intent)
    return out


def changes_said_again(intents: list[Intent]) -> list[Intent]:
    """ "push the oil change to saturday. no wait, sunday", "move it to friday. actually no,
    make it monday": a due day (or level, or repeat) said again of "it" right after the same
    change of a task is that change corrected, so one change is made, with the value said last
    (never the task moved twice, nor left on the day taken back). Only the same field: "move X
    to friday. make it high priority" is two changes."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and intent.kind == last.kind
            and intent.kind in ("due", "priority")
            and last.target is not None
            and intent.target is not None
            and intent.target.kind == "it"
            and not intent.doubt
            and _fields_set(intent)
            and _fields_set(intent) == _fields_set(last)
        ):
            out[-1] = replace(last, due=intent.due, repeat=intent.repeat, priority=intent.priority)
            continue
        out.append(intent)
    return out


def _fields_set(intent: Intent) -> frozenset[str]:
    """The fields a change sets: due, repeat, priority (a due of "" clears it, still set)."""
    values = {"due": intent.due, "repeat": intent.repeat, "priority": intent.priority}
    return frozenset(name for name, value in values.items() if value is not None)


def listing_scopes(intents: list[Intent], text: str) -> list[Intent]:
    """ "what's on my work list atm? just the ones i haven't done yet", "How many work tasks I
    still not finish?": a listing or count that no rule scoped takes the scope the message
    names anywhere ("my X list", "X tasks", "the tasks I have for X"), and the status the
    whole message asks for (what is still to do when it says none)."""
    out: list[Intent] = []
    for intent in intents:
        if (
            intent.kind in ("list", "count")
            and not intent.filter
            # (a query read already, "for the garden party", stays)
            and (intent.text == "loose" or (not intent.text and not intent.query))
        ):
            word = scope_said_anywhere(text)
            # (a loose query said as one phrase with the word, "for the garden party", stays)
            said_whole = intent.query != word and intent.query.lower() in text.lower()
            if word and not (word in intent.query.split() and said_whole):
                intent = replace(
                    intent, query=word, text="tag", status=status_of(text, default="pending")
                )
        out.append(intent)
    return out


# "everything on my list is done today", "all of it is finished": every task said done
_ALL_SAID_DONE_RE = re.compile(
    r"\b(?:everything|all(?:\s+of\s+(?:it|them))?)\b[^,.;!?]*?\b(?:is|are|'s)\s+(?:all\s+)?"
    r"(?:done|finished|complete|completed|sorted)\b",
    FLAGS,
)


def it_all_after_a_listing(intents: list[Intent], text: str) -> list[Intent]:
    """ "all my work stuff is done, delete it all": a scope said as a statement reads as a
    listing (its words found by ``listing_scopes``); "it all" after it is that scope, and the
    statement asks for no list. With no words read, "it all" is the whole list. "Them" after
    every task said done ("everything on my list is done today, tick them all") is every task
    too (after a question, "what's done? tick them", it stays for the planner to ask)."""
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        prev = out[i - 1] if i else None
        listed = prev is not None and prev.kind == "list"
        if (
            target is not None
            and target.kind == "them"
            and not target.ordinal
            and listed
            and _ALL_SAID_DONE_RE.search(text)
        ):
            out[i] = replace(intent, target=Target("all"))
            out[i - 1] = Intent("unknown", text="")
            continue
        if target is None or not (target.exact and target.relative and target.hint == "it"):
            continue
        # "all my work stuff is done for the week, mark it all off": the scope just said (the
        # tasks tagged work), never the whole list; that clause was its topic
        scoped = _scope_said_before(out, i)
        if scoped is None and prev is not None and listed and prev.query:
            scoped = Target("all", text=prev.query)
        out[i] = replace(intent, target=scoped or Target("all"))
        if scoped is not None:
            out[i - 1] = Intent("unknown", text="")
    return out


def one_listing(intents: list[Intent]) -> list[Intent]:
    """ "which of my jobs are tagged work? just need the list, ta", "meri list dikhao, kya kya
    reh gaya hai?": a plain listing said beside a narrower one asks for the same list again;
    the narrower one answers both (the whole list would bury what was asked for)."""
    lists = [i for i in intents if i.kind == "list"]
    if len(lists) < 2:
        return intents
    # (what is done is in the whole list: "show my tasks and what's done" shows it all)
    narrow = [i for i in lists if i.filter or i.status == "pending" or i.query]
    if not narrow:
        return [i for n, i in enumerate(intents) if i.kind != "list" or i is lists[0]]
    return [i for i in intents if i.kind != "list" or i in narrow]


_STATEMENT_RE = re.compile(
    r"\b(?:is|are|was|were|i'?d|i'?m|i'?ll|i'?ve|we'?re|would|getting|love|hate|feel|feels|"
    # ("the electrician says he's coming thursday": someone's word, told)
    # ("apparently it's due back monday": what is said of the thing, told)
    r"says|said|he's|she's|they're|it's|that's)\b|"
    # ("omg its mums birthday on sunday", "it's dad's bday friday": whose day it is, told)
    r"\bit'?s\s+(?:my|his|her|their|our|your|[^\W\d_]+'?s)\s",
    FLAGS,
)
# "the bins go out every week", "the gym opens at 6 tomorrow", "the bus leaves at 8": a thing
# named with "the" and then what it does on a day is a routine told, a statement (beside an
# explicit request it adds nothing; "the book club every tuesday" has no such verb)
_ROUTINE_RE = re.compile(
    r"^(?:the|this|that|these|those)\s+(?:[\w'-]+\s+){1,3}?(?:go|goes|come|comes|open|opens|"
    r"close|closes|shut|shuts|leave|leaves|depart|departs|start|starts|begin|begins|end|ends|"
    r"arrive|arrives|run|runs|happen|happens|land|lands|get|gets)\b",
    FLAGS,
)
# A situation told with its own subject and verb ("had a mad productive saturday", "just
# realised the rego runs out friday", "kids have mufti day tmrw and i totally forgot about the
# donation", "blue bin only goes out every other week here"): beside a request, no task
_TOLD_RE = re.compile(
    # ("omg nearly forgot ...": a cry first, then the story)
    r"^(?:(?:omg|oh|ah|ahh|ugh|oops|wow|lol|crap|damn|shoot)\s+)*"
    r"(?:just\s+|only\s+|totally\s+|nearly\s+|almost\s+)?(?:had|realised|realized|noticed|"
    r"remembered|forgot|heard|"
    r"found\s+out|learned|learnt|saw)\b|"
    r"\b(?:i|we|you|they|kids|the\s+kids)\s+(?:(?:totally|completely|just|only|also)\s+)?"
    r"(?:have|has|forgot|realised|realized|noticed|remembered)\b|"
    r"^(?:[\w'-]+\s+){1,2}(?:(?:only|just|usually|always|normally)\s+(?:goes|comes|opens|closes|"
    r"leaves|runs|starts|ends|arrives|happens)|goes\s+out|comes\s+round|runs\s+out)\b",
    FLAGS,
)
_LIST_WORDS_RE = re.compile(r"\b(?:list|lists|tasks?|to-?dos?|app|reminders)\b", FLAGS)
# "need a win today lol", "could really use a nap tonight", "feeling lazy tonight", "long day":
# how the user feels, no task (said whole: "need a break pad replaced" is a task)
_FEELING_RE = re.compile(
    r"^(?:(?:i\s+)?(?:really\s+|so\s+|just\s+)?(?:need|needed|could\s+(?:really\s+)?use|want|"
    r"deserve)\s+(?:a\s+|an\s+|some\s+|my\s+)?(?:(?:tiny|little|lil|wee)\s+bit\s+of\s+)?"
    r"(?:little\s+|lil\s+|tiny\s+|wee\s+|small\s+|big\s+|good\s+|quick\s+|proper\s+)?"
    r"(?:win|wins|break|nap|rest|breather|hug|miracle|boost|pick-me-up|distraction|motivation|"
    r"laugh|cry|vacation|holiday|day\s+off|good\s+day|good\s+news|sleep|luck|encouragement)|"
    r"(?:sorry\s+)?(?:i'?m\s+|im\s+|i\s+am\s+)?(?:feeling|so+|very|super|kinda|pretty|a\s+bit|a\s+little|"
    r"abit|bit|quite|really)\s+(?:so\s+|very\s+)?"
    r"(?:tired|lazy|exhausted|stressed|overwhelmed|sleepy|burnt\s+out|burned\s+out|drained|sad|"
    r"down|anxious|unmotivated|bored|meh|rubbish|crap|awful|terrible|rough|sick|ill|unwell|"
    r"poorly|off|under\s+the\s+weather|lost|confused|scattered|forgetful|swamped|all\s+over\s+the\s+place)|"
    # "productive day today", "such a hectic week": how the day went
    r"wish\s+me\s+luck|(?:such\s+a\s+|what\s+a\s+|(?:it'?s\s+|its\s+)?been\s+a\s+)?(?:long|rough|hard|"
    r"busy|crazy|productive|hectic|mad|tough|insane|manic|full-on|great|good|lazy|slow)\s+"
    r"(?:day|week|morning|night|shift)(?:\s+(?:today|tonight|this\s+week))?)"
    r"(?:\s+(?:lol|haha|tbh|fr|honestly|rn|badly|for\s+real|today|tonight|lately|this\s+week))*[\s.!?]*$",
    FLAGS,
)


_MOVED = lexicon("moved changed rescheduled postponed delayed shifted pushed")


_LOOSE_ADDS = frozenset({"dated", "bare", "implied"})


def _named_in_an_add_asked(intent: Intent, intents: Sequence[Intent]) -> bool:
    """ "omg chem test on monday 😭 add study for chem test": words with a date, beside an add
    asked for whose title names all they name, say why that task matters; no task of their own."""
    if intent.kind != "add" or intent.text not in _LOOSE_ADDS:
        return False
    named = set(content_stems(intent.title))
    return bool(named) and any(
        other.kind == "add"
        and other.text not in _LOOSE_ADDS
        and other is not intent
        and named < set(content_stems(other.title))
        for other in intents
    )


# The edits of a task a remark may follow, and a remark's shape: someone, then what they did to
# "it" ("the coach make it longer", "my boss moved it", "they want it earlier")
_EDIT_KINDS = frozenset({"due", "rename", "priority", "describe", "tag"})
_REMARK_ON_IT_RE = re.compile(
    r"^(?:the|my|our|his|her|their|they|he|she|we)\b(?:\s+[\w'-]+){0,3}?\s+[\w'-]+\s+"
    r"(?:it|them)\b",
    FLAGS,
)

# "make that 6, practice runs late on weds", "make it friday, school finishes early thursday":
# a thing and what it does, said after an edit, is why the edit was asked for (it was a task
# 'Practice runs late'); a deed to do never starts with such a thing and its verb
_WHY_OF_AN_EDIT_RE = re.compile(
    r"^(?:(?:the|my|our|his|her|their)\s+)?(?:[\w'-]+\s+){1,2}?(?:runs|goes|finishes|ends|starts|"
    r"begins|opens|closes|shuts|works|lasts|takes|gets|comes|leaves|arrives|is|are|was|were|has|"
    r"have)\s+(?:late|early|over|long|on|until|till|til|off|out|closed|shut|open|away|busy|"
    r"booked|full|cancelled|canceled)\b",
    FLAGS,
)

# A due that is only a time of day ("at 7", "at 7:30pm", "by 8am")
_TIME_ONLY_RE = re.compile(
    r"^(?:(?:at|by|around|@)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?$", FLAGS
)
# A time said inside a day's words ("friday at 10", "tomorrow 9am"): dropped for the day alone
_TIME_IN_DAY_RE = re.compile(
    r"\s*(?:(?:at|by|around|@)\s+)?\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\b\s*", FLAGS
)


def days_said_before_a_time(intents: list[Intent]) -> list[Intent]:
    """ "bins go out tmrw morning, remind me at 7 to put the recycling out": news of what
    happens on a day, then an add due only at a time, is the day of that time ('Put the
    recycling out' due tomorrow 07:00); the news is no task of its own. A deed said with its
    day ("pay rent friday, remind me at 8 to call mum") is a task, and no day of the next."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        said = last.title.lower().split() if last is not None else []
        if (
            last is not None
            and last.kind == "add"
            and last.text == "dated"
            and last.due
            and said
            and said[0] not in TASK_VERBS
            and intent.kind == "add"
            and intent.text not in _LOOSE_ADDS
            and intent.due
            and _TIME_ONLY_RE.match(intent.due.strip())
        ):
            day = _TIME_IN_DAY_RE.sub(" ", last.due).strip()
            if day:
                out[-1] = Intent("unknown", text=last.title)
                out.append(replace(intent, due=f"{day} {intent.due.strip()}"))
                continue
        out.append(intent)
    return out


def narrative_adds_dropped(intents: list[Intent], joined: bool = False) -> list[Intent]:
    """ "I'd like to have a spring clean of my list. Delete everything but X": a wish said
    beside an explicit request is context, not a task; nor is a wish about the list itself.
    ``joined``: the message joins its requests with a joint that adds one to another ("i need
    to call mom, and also buy milk"): a wish beside adds is a task too."""
    explicit = any(
        i.kind not in SOCIAL_KINDS and not (i.kind == "add" and i.text == "implied")
        for i in intents
    )
    # "burnt out. 2h meeting at 4", "so tired, 12h shift at the bar tomorrow": how one feels,
    # then what is coming, tells the day; no words said without a verb are a task to add
    # ("grabe the traffic sa EDSA today. 3 hours from cubao to makati im so tired": the feeling
    # said last, after news)
    venting = any(i.kind == "unknown" and felt(i.text, after=True) for i in intents)
    # a request other than words with a date ("..., tick them all off", "remind me to X")
    asked = any(
        i.kind not in SOCIAL_KINDS
        and i.kind != "unknown"
        and not (i.kind == "add" and i.text in _LOOSE_ADDS)
        for i in intents
    )
    out: list[Intent] = []
    for intent in intents:
        if (
            intent.kind == "add"
            and intent.text in ("dated", "bare")
            and any(o.kind in _EDIT_KINDS for o in out)
            and (
                (intent.text == "dated" and _REMARK_ON_IT_RE.match(intent.title))
                or _WHY_OF_AN_EDIT_RE.match(intent.title)
            )
        ):
            # "change time of pick up Omar to 7 pm, the coach make it longer today": who made
            # the edit needed, said after it, with "it" for the task edited: a remark, no task
            out.append(Intent("unknown", text=intent.title))
            continue
        if _named_in_an_add_asked(intent, intents):
            out.append(Intent("unknown", text=intent.title))
            continue
        if (
            venting
            and intent.kind == "add"
            and intent.text in ("dated", "bare")
            and intent.title.split(None, 1)[0].lower() not in TASK_VERBS
        ):
            out.append(Intent("unknown", text=intent.title))
            continue
        implied = intent.kind == "add" and intent.text == "implied"
        # "The list is getting a bit long and I'd love a tidy start tomorrow": a date in a
        # sentence about the list, or in a statement beside a request, makes no task
        dated = intent.kind == "add" and intent.text == "dated"
        statement = dated and (
            _LIST_WORDS_RE.search(intent.title)
            or (
                explicit
                and (
                    _STATEMENT_RE.search(intent.title)
                    or _ROUTINE_RE.match(intent.title)
                    or (asked and _TOLD_RE.search(intent.title))
                )
            )
        )
        feeling = (implied or dated) and _FEELING_RE.match(intent.title)
        # "the dentist moved my appointment to friday": someone's news about a date, said after
        # its subject ("..., pls update it" has made it a change of the task's date already)
        # ("get the tyres changed saturday" starts with a deed to do: no news)
        said = intent.title.lower().split()
        deed = said[:1] != [] and said[0] in TASK_VERBS
        moved = dated and not deed and any(w in _MOVED for w in said[1:4])
        if (
            statement
            or feeling
            or moved
            or (
                implied
                and (
                    (explicit and not _need_beside_another_change(intent, intents, joined))
                    or _LIST_WORDS_RE.search(intent.title)
                )
            )
        ):
            intent = Intent("unknown", text=intent.title)
        out.append(intent)
    return out


_CHANGED_BESIDE = frozenset({"complete", "delete", "reopen"})


def _need_beside_another_change(
    need: Intent, intents: Sequence[Intent], joined: bool = False
) -> bool:
    """ "need to pay the rego by friday, and can u mark the dog wash one done": a need of a
    deed with its own date, beside ticks or deletes of other tasks each named by its own words,
    is a task to add too (a need that shares a word with the task changed, "need to renew the
    rego, tick off the old rego one", or beside an "it", stays why). Joined to them by a joint
    that adds ("i need to call mom, and also buy milk", ``joined``), a need with no date is one
    too, and so is one beside other adds."""
    said = need.title.lower().split()
    if not said or not (joined or (said[0] in TASK_VERBS and (need.due or need.repeat))):
        return False
    if _PRONOUN_SAID_RE.search(need.title):
        return False  # "the forms are signed and i need to drop them at school": of the forms
    named = set(content_stems(need.title))
    others = [i for i in intents if i is not need and i.kind not in SOCIAL_KINDS]
    return bool(others) and all(
        (joined and i.kind == "add")
        or (
            i.kind in _CHANGED_BESIDE
            and i.target is not None
            and i.target.kind in ("words", "ids")
            and not named & set(content_stems(i.target.text))
        )
        for i in others
    )


def deeds_told_of_an_add(intents: list[Intent]) -> list[Intent]:
    """ "just found the trip form in Maisie's bag, apparently it's due back monday. stick 'sign
    Maisie's trip form' on there": a deed told of the very thing an add asked for names (every
    word of its title after the verb is in the deed's) is why it is added, never a task done
    (it would tick the task just added). "paid the gas bill, add pay the water bill" still
    ticks: the water is no word of the deed; so does "got the cards, add write the cards" (a
    thing of one word may be any of its kind)."""
    asked = [
        set(content_stems(i.title)[1:])
        for i in intents
        if i.kind == "add" and i.text not in _LOOSE_ADDS and len(content_stems(i.title)) > 1
    ]
    if not asked:
        return intents
    out = list(intents)
    for n, intent in enumerate(out):
        target = intent.target
        if intent.kind != "complete" or target is None or target.kind != "words":
            continue
        said = set(content_stems(target.text))
        if any(len(thing) > 1 and thing <= said for thing in asked):
            out[n] = Intent("unknown", text=target.text)
    return out


# "..., except the car one, still haven't got round to the NCT": why the exception is left, told
# after it (not done, not yet, still to do)
_WHY_LEFT_RE = re.compile(
    rf"\b(?:{EXCEPT_WORDS})\s+[^,;.!?]+?\s*[,;.!?-]\s*(?P<r>[^,;.!?]*?(?:\b(?:not|never|yet|still|"
    r"pending|later|tomorrow|waiting)\b|n't\b)[^,;.!?]*)",
    FLAGS,
)


def with_exceptions(intents: list[Intent], text: str) -> list[Intent]:
    """ "I've done everything apart from X, so mark all the rest as done": the exception said
    in one clause holds for "all the rest" in the next."""
    found = [m.group("ex") or m.group("ex2") for m in _EXCEPTION_IN_MESSAGE_RE.finditer(text)]
    spared = tuple(p for p in (EXCEPT_HEAD_RE.sub("", f).strip() for f in found) if p)
    out: list[Intent] = []
    for intent in intents:
        target = intent.target
        if target is not None and target.kind == "all" and not target.exclude and spared:
            intent = replace(intent, target=replace(target, exclude=spared))
        out.append(intent)
    return out


def exceptions_told_why(intents: tuple[Intent, ...], typed: str) -> tuple[Intent, ...]:
    """Why an exception is left, said after it in the message as typed ("mark them all done
    except the car one, still haven't got round to the NCT"), goes with it (``Target.why``):
    the normaliser reads past it, though its words may name the task better."""
    why = _WHY_LEFT_RE.search(typed)
    if why is None:
        return intents
    return tuple(
        replace(i, target=replace(i.target, why=why["r"].strip()))
        if i.target is not None and i.target.kind == "all" and i.target.exclude
        else i
        for i in intents
    )


# "My granddaughter Lucy has her birthday coming up and I must not forget to post her card":
# a person the message introduces by who they are to the user, then by a pronoun in a title.
_INTRODUCED_RE = re.compile(
    r"\b(?i:my|our)\s+(?i:(?:little|big|older|younger|baby|best)\s+)?(?i:grand-?daughter|"
    r"grand-?son|grandchild|daughter|son|wife|husband|sister|brother|niece|nephew|cousin|aunt|"
    r"auntie|uncle|friend|mate|boss|colleague|neighbou?r|partner|boyfriend|girlfriend|grandma|"
    r"granny|nan|grandpa|grandad|granddad|mum|mom|mother|dad|father|godson|goddaughter)\s+"
    r"(?P<name>[A-Z][a-z]+)\b"
)
# "my nani", "my grandma" (no name after it): one person of the family, whom "her" or "him" after
# a verb of reaching someone means
_KIN_SAID_RE = re.compile(
    r"\b(?:my|our)\s+(?P<kin>nani|nana|dadi|dada|nan|nanna|gran|granny|grandma|grandpa|grandad|"
    r"granddad|lola|lolo|mum|mom|mam|mother|dad|father|aunt|auntie|aunty|uncle|sister|brother|"
    r"son|daughter)\b(?!\s+(?-i:[A-Z]))",
    FLAGS,
)
_PERSON_CALLED_RE = re.compile(
    r"^(?P<v>call|ring|phone|text|visit|email|message|check\s+on|see)\s+(?:her|him)\b", FLAGS
)
# "his" is always whose; "her" may be whom ("buy her flowers", "call her back", "give her a
# ring"): not right after a verb that takes a person, nor before an article or a particle
_HER_HIS_RE = re.compile(r"\b(?:his|her)\b(?=\s+(\w+))", FLAGS)
_WORD_BEFORE_RE = re.compile(r"\b(\w+) \Z")
_TAKES_A_PERSON = lexicon(
    "give buy get send bring show tell ask pay lend make call text email ring phone help remind "
    "teach take find visit thank meet pick"
)
_NOT_OWNED = lexicon(
    "a an the some back up out off about to for on at with in and or tomorrow today tonight"
)


def _owner_named(title: str, name: str) -> str:
    """``title`` with its first "his" or whose "her" (and a word after it) as "<name>'s"."""
    for m in _HER_HIS_RE.finditer(title):
        if m[0].lower() == "her":
            before = _WORD_BEFORE_RE.search(title, 0, m.start())
            if m[1].lower() in _NOT_OWNED or (before and before[1].lower() in _TAKES_A_PERSON):
                continue
        return f"{title[: m.start()]}{name}'s{title[m.end() :]}"
    return title


def pronouns_named(intents: list[Intent], text: str) -> list[Intent]:
    """ "My granddaughter Lucy has her birthday soon, I must post her card, put that down":
    'Post Lucy's card'. The one person the message introduced is whom "her" / "his" in an
    added title means; with two people introduced, or none, the title keeps the pronoun."""
    names = {m["name"] for m in _INTRODUCED_RE.finditer(text)}
    kin = {m["kin"].lower() for m in _KIN_SAID_RE.finditer(text)}
    if not names and len(kin) == 1:
        # "My nani is staying alone, I should call her every week": 'Call nani'
        (said,) = kin
        return [
            replace(i, title=_PERSON_CALLED_RE.sub(rf"\g<v> {said}", i.title, count=1))
            if i.kind == "add"
            else i
            for i in intents
        ]
    if len(names) != 1:
        return intents
    (name,) = names
    return [
        replace(i, title=_owner_named(i.title, name))
        if i.kind == "add" and name not in i.title
        else i
        for i in intents
    ]


_SCOPE_START_RE = re.compile(r"^(?:all|every|everything|each)\b", FLAGS)


def scopes_named_again(intents: list[Intent]) -> list[Intent]:
    """ "I ran all my garden club errands, so mark every one of them done", "closing done,
    everything except the till count, mark em all": "them" names the scope said just before
    in the message, by a deed of the user's or on its own; the deed was only its topic."""
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        if target is None or target.kind != "them" or target.ordinal or target.span > 1:
            continue
        for j in range(i - 1, -1, -1):
            prev = out[j]
            said = prev.target
            if prev.kind == "add" or (said is not None and said.kind != "words"):
                break  # "them" after adds, or after a scope the planner resolves itself
            if said is not None and said.scope:
                out[i] = replace(intent, target=Target("all", text=said.scope))
                out[j] = Intent("unknown", text=said.text)
                break
            if prev.kind == "unknown" and _SCOPE_START_RE.match(prev.text):
                scope = parse_target(prev.text)
                if scope.kind == "all" and not scope.relative:
                    out[i] = replace(intent, target=scope)
                    break
    return out


_SCOPE_SAID_RE = re.compile(
    r"\b(?:tag|tagged|label|labelled|stuff|ones|things|tasks|items|everything)\b", FLAGS
)


def _scope_said_before(intents: list[Intent], i: int) -> Target | None:
    """The clause just before ``i`` when it names a scope of tasks ("all my work stuff is
    done"): a change of every task in it, with its words (a tag or a topic)."""
    if i == 0:
        return None
    prev = intents[i - 1]
    said = prev.target
    if prev.kind not in ("complete", "delete") or said is None or said.kind != "all":
        return None
    return said if said.text and not said.relative else None


def pronoun_scopes(intents: list[Intent]) -> list[Intent]:
    """ "the bake sale is over, we raised $400! delete everything to do with it": a scope
    whose topic is a pronoun takes its words from a clause before it that names tasks by
    words (the planner tries the nearest first, ``Target.hint`` holds them a line each);
    those clauses were only the topic, and a report in them is not made itself."""
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        if target is None or target.kind != "all" or target.hint != "it" or not target.relative:
            continue
        named: list[str] = []
        if target.exact and i and (out[i - 1].kind == "list" or _scope_said_before(out, i)):
            continue  # "all my work stuff is done, delete it all": see ``it_all_after_a_listing``
        for j in range(i - 1, -1, -1):
            prev = out[j].target
            if out[j].kind == "unknown" and out[j].text:
                named.append(out[j].text)  # "the fair is over": the words may name them
            if prev is None or prev.kind != "words" or prev.exact or not prev.text:
                continue
            named.append(prev.text)
            if out[j].kind == "complete":
                out[j] = Intent("unknown", text=prev.text)
        if target.exact:
            # "it all" is the stuff a scope said before names ("everything tagged sprint12 is
            # erledigt, mark it all as done"); after anything else ("mom called back so you
            # can delete it all", "I have done everything today, mark it all as finished") it
            # is the whole list
            named = [n for n in named if _SCOPE_SAID_RE.search(n)]
            if not named:
                out[i] = replace(intent, target=Target("all"))
                continue
        if named:
            topic = replace(target, relative=False, hint="\n".join(named))
            out[i] = replace(intent, target=topic)
    return out


_DATE_NOUN_RE = re.compile(r"\b(?:date|day|time|deadline|due)\b", FLAGS)


_UPDATE_NAMED_RE = re.compile(
    r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:update|change|fix|amend|edit|correct)\s+"
    r"(?P<t>(?:the\s+|my\s+)?\S+(?:\s+\S+){0,3}?\s+(?:one|task|reminder|item|tasks|ones))"
    r"(?:\s+(?:too|as\s+well|then|please|pls|for\s+me|accordingly))*$",
    FLAGS,
)


_LAST_WORD_RE = re.compile(r"\s+\S+$")


def renamed_in_task_named(intents: list[Intent]) -> list[Intent]:
    """ "Patel LLC is now Patel & Sons LLC. update the 1099 task": the request after a rename
    told as news names the task to rename; it asks nothing of its own. So does one after a
    correction said of no task ("it's actually Grandad's birthday not Nan's, can u fix the
    present task"): the words are replaced in the task it names, not in whichever has them."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        m = _UPDATE_NAMED_RE.match(intent.text) if intent.kind == "unknown" else None
        corrected = (
            last is not None
            and last.text == "correction"
            and last.target is not None
            and last.target.kind == "it"
            and m is not None
        )
        if last is not None and last.kind == "rename" and (last.text == "renamed" or corrected):
            named = intent.target if intent.query == "apply" else None
            if m is not None:
                # "the 1099 task" names it by words, never as task #1099
                words = _LAST_WORD_RE.sub("", without_article(m["t"], owner=True))
                named = Target("words", text=words)
            if named is not None and named.kind == "words":
                out[-1] = replace(last, target=named)
                continue
        out.append(intent)
    return out


# Where what is said of a task starts: "electrician | said he will come", "the plumber | is
# coming", "mum's hair appointment | will be".
_SAID_OF_RE = re.compile(
    r"\s+(?:said|says|told|rang|called|texted|emailed|messaged|will|'ll|is|are|was|were|can|"
    r"could|has|have|had|got|moved|now|"
    # what the thing needs or when it happens ("the passport renewal needs doing by friday",
    # "the brown bin doesn't go out till tmrw", "the vet visit should be on monday")
    r"needs|need|must|should|would|does|doesn't|doesnt|don't|dont|isn't|isnt|won't|wont|"
    r"can't|cant|goes|gets|comes|starts|happens|actually)\b.*$",
    FLAGS,
)
# "they rang to move the dentist thing to ...", "the school called, push the trip to ...":
# someone's call before the change they asked for, whose task is the one the change names
_ASKED_BY_RE = re.compile(
    r"^(?:(?:they|he|she|someone|the\s+\w+|\w+)\s+(?:rang|called|phoned|texted|emailed|"
    r"messaged|asked|wants?|wanted)\s+(?:me\s+|us\s+)?(?:to|and)\s+)?(?:move|moved|shift|"
    r"shifted|push|pushed|bump|bumped|change|changed|reschedule|rescheduled|bring|brought)\s+"
    r"(?P<t>.+?)(?:\s+(?:to|till|until|back\s+to|forward\s+to))?$",
    FLAGS,
)
# who says the news, never the thing it is about ("i cant do friday, change it")
SUBJECT_WORDS = lexicon("i i'm im i've ive we we're it it's its that this there they he she you")
# the old value after the new ("due tomorrow o, not next week"): no part of the date
_OLD_VALUE_RE = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+[^,]+$", FLAGS)


# "the vet said Canelo needs the pill every day": what someone said, whose own subject is the
# thing the news is about (unless it is a pronoun: "the electrician said he will come")
_HEARSAY_RE = re.compile(
    r"^(?:\S+\s+){1,3}?(?:said|says|told\s+(?:me|us)|reckons|thinks|mentioned)\s+(?:that\s+)?"
    r"(?P<what>\S.*)$",
    FLAGS,
)


def _news_subject(title: str) -> Target | None:
    heard = _HEARSAY_RE.match(title)
    said = _news_subject(heard["what"]) if heard is not None else None
    return said or _subject_of(title)


def _subject_of(title: str) -> Target | None:
    named = _SAID_OF_RE.sub("", title).strip()
    named = without_article(named, owner=True)
    # ("they've had to cancel tuesday": a pronoun, even with its verb glued on, names no task)
    pronoun = r"(?:i|we|you|he|she|they|it)(?:'(?:ve|re|ll|d|s|m))?"
    if not named or named == title or re.fullmatch(pronoun, named, FLAGS):
        return None
    return Target("words", text=named)


def dated_news_applied(intents: list[Intent], quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "the brown bin doesnt go out till tmrw, change it pls", "the aso-ebi payment is actually
    due tomorrow o, not next week. pls change am", "they rang to move the dentist thing to
    tomorrow at half 3, can u change that": news with a new date, then a bare request to
    apply it ("change it", "update that"), is a due change of the thing the news is about:
    its subject ("the brown bin"), or the task someone asked to move. News with no date, or
    whose subject is the user ("i cant do friday, change it") or a pronoun, stays unread (the
    reply says so; a guessed task would be a wrong change). The target is matched as any
    other, so a loose one is asked about first."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            intent.kind == "unknown"
            and intent.query == "apply"
            and (intent.target is None or intent.target.kind == "it")
            and last is not None
            and _news_told(last)
        ):
            moved = _news_of_a_date(_news_told(last), quotes, today)
            if moved is not None:
                out[-1] = moved
                continue
        out.append(intent)
    return out


def _news_told(intent: Intent) -> str:
    """The words of news: a clause read as nothing, or what someone rang to ask ("they rang to
    move the dentist thing to ...", read as a call done; its words are what they asked)."""
    if intent.kind == "unknown" and not intent.query:
        return intent.text
    target = intent.target
    if (
        intent.kind == "complete"
        and intent.text == "hearsay"
        and CONTACTED_RE.match(intent.verb)
        and target is not None
        and target.kind == "words"
    ):
        return target.text
    return ""


def _news_of_a_date(news: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """The due change news says of a thing ("the brown bin doesn't go out till tomorrow"), if
    it names both a date and a thing (see `dated_news_applied`)."""
    taken = take_slots(_OLD_VALUE_RE.sub("", news.strip(" .!")), today)
    if not taken.due or not taken.text:
        return None
    said = taken.text.strip(" ,.")
    asked = _ASKED_BY_RE.match(said)
    named = asked["t"] if asked else _SAID_OF_RE.sub("", said).strip(" ,")
    if not named or (named == said and asked is None):
        return None
    first = named.split()[0].lower()
    if first in SUBJECT_WORDS or len(named.split()) > 6:
        return None
    return Intent("due", target=parse_target(named, quotes), due=taken.due)


def requests_to_apply(intents: list[Intent]) -> list[Intent]:
    """ "X got moved to friday, would you update that", "it's 30 bolsters not 20, fix that on
    the Hugger Mugger one": the news before is the request; a task the follow-up names is
    what an "it" of the news meant. Alone, the follow-up stays unknown (a question), but
    for one that names a task's date ("change the date on the dentist one"): that asks when."""
    if all(i.kind == "unknown" for i in intents):
        return [
            Intent("due", target=i.target, text="ask")
            if i.query == "apply" and i.target is not None and _DATE_NOUN_RE.search(i.text)
            else i
            for i in intents
        ]
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            intent.kind == "rename"
            and not intent.title
            and intent.target is not None
            and intent.target.kind == "it"
            and last is not None
            and (last.kind in ("due", "priority", "tag") or (last.kind == "rename" and last.title))
        ):
            # "the shift on saturday starts at 8 not 10, can u change", "sorry, is Rina's sister
            # wedding, not Rina. please change": "change" with no new title asks to apply the
            # news or the correction just told, never for a new title
            continue
        news = _news_subject(last.title) if last is not None and _is_news_added(last) else None
        if (
            news is not None
            and intent.kind in _FIELD_KINDS
            and intent.target is not None
            and intent.target.kind == "it"
        ):
            # "the vet said Canelo needs the pill every day now, set that one to repeat daily":
            # news read as a task to add, then a change of "that one": the task the news is
            # about changes, and nothing is added ('The vet said ...')
            out[-1] = replace(intent, target=replace(news, hint=intent.target.hint))
            continue
        if (
            news is None
            and _is_news_added(last)
            and last is not None
            and intent.kind in _FIELD_KINDS | {"delete", "complete"}
            and intent.target is not None
            and intent.target.kind == "it"
        ):
            # "the dentist rang, they've had to cancel tuesday, move it to thursday": news
            # whose subject is no task is why; "it" is what the clauses before it name
            out[-1] = Intent("unknown", text=last.title)
        if not (intent.kind == "unknown" and intent.query == "apply"):
            out.append(intent)
            continue
        if last is not None and last.kind == "add" and last.text == "dated" and last.due:
            # "electrician said he will come on saturday instead. pls update it": news of a
            # task's new date, not a task to add; the task is named before what was said of it
            named = intent.target or _news_subject(last.title)
            if named is not None:
                out[-1] = Intent("due", target=named, due=last.due)
            continue
        if (
            intent.target is not None
            and last is not None
            and last.kind in TARGETED_KINDS
            and last.target is not None
            and last.target.kind == "it"
        ):
            out[-1] = replace(last, target=intent.target)
    return out


_FIELD_KINDS = frozenset({"due", "priority", "tag", "rename", "describe"})


def _is_news_added(intent: Intent | None) -> bool:
    """Whether ``intent`` is an add read from a clause with a date and no request ("the vet
    said X needs Y every day"), which may be news of a task rather than one to add."""
    return intent is not None and intent.kind == "add" and intent.text == "dated"


def contact_news_as_context(intents: list[Intent]) -> list[Intent]:
    """A completion read from "<someone> rang / called / emailed (me again)" said before a
    request of the same message is only the news that prompted it: "ugh the landlord called
    again, bump it up to high" raises the landlord task, never completes it."""
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        if (
            intent.kind == "complete"
            and target is not None
            and target.kind == "words"
            and any(later.kind not in SOCIAL_KINDS for later in out[i + 1 :])
        ):
            if target.hint and CONTACTED_RE.match(target.text):
                out[i] = Intent("unknown", text=target.hint)
            elif intent.text == "hearsay" and CONTACTED_RE.match(intent.verb):
                out[i] = Intent("unknown", text=target.text)
    return out


def news_then_asked(intents: list[Intent]) -> list[Intent]:
    """ "leila's party got cancelled take it off", "the flights got cancelled, delete it": the
    news is followed by the request, so the delete is asked for, not inferred from the news
    (which alone is asked about first, see plan/resolve.py)."""
    out = list(intents)
    for i, intent in enumerate(out):
        if (
            intent.kind == "delete"
            and intent.text == "news"
            and any(later.kind == "delete" and later.text != "news" for later in out[i + 1 :])
        ):
            out[i] = replace(intent, text="")
            subject = intent.target
            later = out[i + 1] if i + 1 < len(out) else None
            if subject is None or subject.kind != "words" or later is None:
                continue
            scope = _scope_of_the_news(subject.text, later)
            if scope is not None:
                out[i] = Intent("unknown", text=subject.text)
                out[i + 1] = replace(later, target=scope)
    return out


def _scope_of_the_news(subject: str, later: Intent) -> Target | None:
    """ "our cebu trip got cancelled, remove it all" / "... delete everything for it" / "...
    remove all the trip stuff": a scope said right after news of a thing called off is the
    stuff of that thing, never the whole list; the news is only why. "the trip stuff" after
    "cebu trip" names the tasks of the trip by either name ('Book ferry to Cebu', 'Buy
    sunblock for the trip'): the words of the news go with the scope's (``Target.hint``)."""
    target = later.target
    if later.kind != "delete" or target is None or target.kind != "all" or target.exclude:
        return None
    if target.hint == "it" and target.relative:
        # "it all", "everything for it": the thing the news named
        return replace(target, relative=False, exact=False, hint=subject)
    said = content_stems(subject)
    if target.text and not target.hint and len(said) > 1 and said[-1] in content_stems(target.text):
        return replace(target, hint=subject)
    return None


_PRONOUN_SAID_RE = re.compile(r"\b(?:it|that|this|them|those)\b", re.IGNORECASE)


def hearsay_beside_a_delete(intents: list[Intent]) -> list[Intent]:
    """ "nvm the flat viewing, they gave it to someone else. remove it", "mark the report done,
    tom sent it": what someone else did to the thing ("it") said beside a delete or a
    completion asked for is why, never a task done."""
    if not any(
        i.kind in ("delete", "complete") and i.text not in ("news", "hearsay") for i in intents
    ):
        return intents
    out = list(intents)
    for i, intent in enumerate(out):
        target = intent.target
        if (
            intent.kind == "complete"
            and intent.text == "hearsay"
            and target is not None
            and (
                target.kind in ("it", "them")
                or (target.kind == "words" and _PRONOUN_SAID_RE.search(target.text))
            )
        ):
            out[i] = Intent("unknown", text=target.text)
    return out


# A completion asked for in words ("mark X done and delete it"), not told as news of a deed
_COMPLETION_ASKED_RE = re.compile(
    r"\b(?:mark|marked|tick|check\s+off|cross|complete|strike)\b", FLAGS
)


def _deed_of_the_thing_deleted(intents: Sequence[Intent], deed: Intent) -> bool:
    """Whether ``deed`` (a completion named in words) tells of the thing a delete before it
    named ("no need the 'renew visa' anymore, i got 5 year visa already": the visa), or of "it"
    ("take off the email to siobhan pls, we sorted it on the phone": the email)."""
    if deed.kind != "complete" or deed.target is None:
        return False
    if deed.target.kind in ("it", "them"):
        # (a deed told of "it" carries its verb as the hint; "tick it off" asked has none)
        return bool(deed.target.hint) and any(
            i.kind == "delete" and i.target is not None and i.target.kind == "words"
            for i in intents
        )
    if deed.target.kind != "words":
        return False
    said = set(content_stems(deed.target.text))
    return any(
        i.kind == "delete"
        and i.target is not None
        and i.target.kind == "words"
        and said & set(content_stems(i.target.text))
        for i in intents
    )


def deeds_as_reasons(intents: list[Intent]) -> list[Intent]:
    """ "no need the 'renew visa' anymore, i got 5 year visa already. remove pls", "delete
    'buy milk', got milk already": a deed told of the thing just deleted is why, never a task
    done, and a delete of "it" after it is that same delete (it had deleted the deed's words)."""
    out: list[Intent] = []
    reason = False
    for intent in intents:
        target = intent.target
        if (
            reason
            and intent.kind == "delete"
            and target is not None
            and target.kind in ("it", "them")
        ):
            reason = False
            continue
        reason = _deed_of_the_thing_deleted(out, intent)
        if reason and target is not None:
            intent = Intent("unknown", text=target.text)
        out.append(intent)
    return out


def deeds_then_cleared(intents: list[Intent], text: str) -> list[Intent]:
    """ "sent the mpesa to mum this morning, clear that one": a task said done, then cleared
    off the list, is ticked off, never deleted ("clear" a thing done is to tick it). News of a
    deed, then a delete asked plainly ("paid the fine, remove it"), only deletes: no message
    both completes and deletes one task unless both are asked ("mark X done and delete it")."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        target = intent.target
        if (
            intent.kind != "delete"
            or target is None
            or target.kind not in ("it", "them")
            or last is None
            or last.kind != "complete"
            or last.target is None
        ):
            out.append(intent)
            continue
        if intent.verb == "clear":
            out.append(replace(intent, kind="complete", verb="", text=""))
        elif not _COMPLETION_ASKED_RE.search(text) and last.target.kind == "words":
            out[-1] = replace(intent, target=last.target)
        else:
            out.append(intent)
    return out


# "knocked over the tax return": Australian for got done, though a vase knocked over is only
# knocked over; read as done when the user then ticks "it" off
_KNOCKED_OVER_RE = re.compile(r"^(?:(?:i|we)\s+)?knocked\s+over\s+(?P<t>\S.*)$", FLAGS)


def knocked_over_then_ticked(intents: list[Intent]) -> list[Intent]:
    """ "knocked over the tax return last night, tick it off mate": a thing knocked over, then
    "it" ticked off, is the task done ('Do tax return'); alone it names a thing knocked over,
    and no task is done."""
    out = list(intents)
    for i, intent in enumerate(out[:-1]):
        target = intent.target
        after = out[i + 1]
        m = (
            _KNOCKED_OVER_RE.match(target.text)
            if intent.kind == "complete" and target is not None and target.kind == "words"
            else None
        )
        if (
            m is not None
            and target is not None
            and after.kind == "complete"
            and after.target is not None
            and after.target.kind == "it"
        ):
            out[i] = replace(intent, target=replace(target, text=m["t"]))
    return out


# "both of them", "the two of em": said after a thing done, how many tasks it names
_BOTH_RE = re.compile(
    r"(?:both|the\s+two)(?:\s+of\s+(?:them|em|'em|those|these))?(?:\s+(?:now|too|already))?",
    FLAGS,
)

_BOTH_TAIL_RE = re.compile(rf"\s*,\s*{_BOTH_RE.pattern}$", FLAGS)


def both_said_after(intents: list[Intent]) -> list[Intent]:
    """ "utility bills done, both of them": a thing said done, then "both", names the two
    tasks it fits, as "both bills are paid" does (the planner asks when it fits more or
    fewer than two)."""
    out: list[Intent] = []
    for intent in intents:
        said = intent.target
        tail = (
            _BOTH_TAIL_RE.search(said.text)
            if intent.kind == "complete" and said is not None and said.kind == "words"
            else None
        )
        if said is not None and tail is not None and tail.start():
            # "paid the bills, both of them": the same, said in the clause
            text = said.text[: tail.start()]
            out.append(replace(intent, target=replace(said, kind="all", text=text, span=2)))
            continue
        last = out[-1] if out else None
        target = last.target if last is not None else None
        if (
            last is not None
            and target is not None
            and last.kind == "complete"
            and target.kind == "words"
            and intent.kind == "unknown"
            and _BOTH_RE.fullmatch(intent.text.strip(" .,!"))
        ):
            out[-1] = replace(last, target=replace(target, kind="all", span=2))
            continue
        out.append(intent)
    return out
