"""Passes over a message's intents after each clause is read: what one clause says about
another ("I need to redo the kitchen, reopen it", an exception said in one clause for "all the
rest" in the next, a wish beside an explicit request).
"""

from __future__ import annotations

import re
from dataclasses import replace

from todochat.assistant.offline.meaning import SOCIAL_KINDS, TARGETED_KINDS, Intent
from todochat.assistant.offline.targets import EXCEPT_HEAD_RE
from todochat.assistant.offline.text import capitalise

from .vocabulary import FLAGS, PRONOUN_TITLES

_EXCEPTION_IN_MESSAGE_RE = re.compile(
    r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|besides|excluding|save\s+for|"
    r"(?:only\s+)?keep(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>[^,.;!?]+?)(?=\s*(?:[,.;!?]|$|\bso\b|\band\b))|"
    r"\bonly\s+(?P<ex2>[^,.;!?]+?)\s+(?:not\s+yet|not\s+done|is\s+not\s+done|isn't\s+done|"
    r"left|remains?|stays?)\b",
    FLAGS,
)


WH_TITLES = frozenset(
    {
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "that",
        "this",
        "it",
        "them",
        "so",
        "too",
        "more",
    }
)


def implied_adds_as_context(intents: list[Intent]) -> list[Intent]:
    """ "I need to redo the kitchen, reopen it": the first clause names the task, it adds none."""
    out: list[Intent] = []
    for intent in intents:
        if intent.kind == "add" and intent.title.lower() in PRONOUN_TITLES:
            # "I need to buy milk, add it": the task is the one the previous clause named.
            if out and out[-1].kind == "add":
                continue
            if out and out[-1].kind == "unknown" and out[-1].text:
                out[-1] = Intent("add", title=capitalise(out[-1].text))
                continue
            intent = Intent("add", title="")
        out.append(intent)
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


_STATEMENT_RE = re.compile(
    r"\b(?:is|are|was|were|i'?d|i'?m|i'?ll|i'?ve|we'?re|would|getting|love|hate|feel|feels)\b",
    FLAGS,
)
_LIST_WORDS_RE = re.compile(r"\b(?:list|lists|tasks?|to-?dos?|app|reminders)\b", FLAGS)


def narrative_adds_dropped(intents: list[Intent]) -> list[Intent]:
    """ "I'd like to have a spring clean of my list. Delete everything but X": a wish said
    beside an explicit request is context, not a task; nor is a wish about the list itself."""
    explicit = any(
        i.kind not in SOCIAL_KINDS and not (i.kind == "add" and i.text == "implied")
        for i in intents
    )
    out: list[Intent] = []
    for intent in intents:
        implied = intent.kind == "add" and intent.text == "implied"
        # "The list is getting a bit long and I'd love a tidy start tomorrow": a date in a
        # sentence about the list, or in a statement beside a request, makes no task
        dated = intent.kind == "add" and intent.text == "dated"
        statement = dated and (
            _LIST_WORDS_RE.search(intent.title) or (explicit and _STATEMENT_RE.search(intent.title))
        )
        if statement or (implied and (explicit or _LIST_WORDS_RE.search(intent.title))):
            intent = Intent("unknown", text=intent.title)
        out.append(intent)
    return out


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
        for j in range(i - 1, -1, -1):
            prev = out[j].target
            if out[j].kind == "unknown" and out[j].text:
                named.append(out[j].text)  # "the fair is over": the words may name them
            if prev is None or prev.kind != "words" or prev.exact or not prev.text:
                continue
            named.append(prev.text)
            if out[j].kind == "complete":
                out[j] = Intent("unknown", text=prev.text)
        if named:
            topic = replace(target, relative=False, hint="\n".join(named))
            out[i] = replace(intent, target=topic)
    return out


_DATE_NOUN_RE = re.compile(r"\b(?:date|day|time|deadline|due)\b", FLAGS)


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
        if not (intent.kind == "unknown" and intent.query == "apply"):
            out.append(intent)
            continue
        last = out[-1] if out else None
        if (
            intent.target is not None
            and last is not None
            and last.kind in TARGETED_KINDS
            and last.target is not None
            and last.target.kind == "it"
        ):
            out[-1] = replace(last, target=intent.target)
    return out
