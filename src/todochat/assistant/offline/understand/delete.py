"""Deletes and restores: "delete X", "take X off my list", "I don't need to X anymore",
"X is cancelled", "bring back X"; "remove the date from X" removes a field, not the task.
"""

from __future__ import annotations

import re
from functools import cache

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.normalise import word_list
from todochat.assistant.offline.targets import parse_target

from .vocabulary import FLAGS

# "not doing the marathon training anymore, knee's wrecked": "anymore" / "after all" ends
# the task's name; a remark after it, with a comma or not ("i dont need it anymore got a
# raise"), is why, never a second task ("..., or the knee icing" goes on naming tasks).
_NO_MORE = (
    r"(?:\s+any\s*more|\s+after\s+all)"
    r"(?:(?:\s*[,;:-]\s*|\s+)(?!(?:and|or|nor|plus|also|either|neither|&)\b)[^\s,;:-].*)?"
)

# "take off X" and "take X off" are deletes, but not of time taken off ("take off work
# friday", "take the day off", "take monday off"): those are deeds (plan/turn.py adds one that
# names no task).
_TIME_OFF = (
    r"(?!(?:(?:the|a|an|this|next|that|my|some|half\s+(?:a|the))\s+)?(?:day|days|week|weeks|"
    r"weekend|afternoon|morning|evening|night|time|holiday|leave|\w+day|work|school|uni|shift|"
    r"\d+\s*(?:days?|weeks?|hours?|hrs?|h))\b)"
)


_BIN_THINGS = r"(?:bags?|liners?|day|night|collection|lorry|men|lids?)\b"

# "the fence is off the table for now but keep it on the list": news of a thing called off
# that is asked, in the same breath, to stay is no delete
_KEPT_AFTER = r"(?!.*\b(?:keep|leave)\s+(?:it|them|that|this)\b)"


_DELETE_RES = (
    re.compile(
        # "bin bags", "trash bags", "bin day": a thing named by the word, never a delete of it
        rf"^(?!(?:bin|trash)\s+{_BIN_THINGS})"
        # "removing the tap would be a mistake" (the normaliser says "remove"): the deed as the
        # subject of a judgement, never asked for
        # (the judgement's subject is the deed itself: "delete 'X' lol turns out that was a
        # scam" has a subject of its own, "that", and is a delete with why after it)
        r"(?!(?:deleting|removing|delete|remove)\b"
        r"(?:(?!\b(?:that|it|this|they|he|she|we|i|which|because|cause|coz|cos|turns)\b)[^,;.])*"
        r"\s(?:(?:would|wouldn'?t|might|could|will|"
        r"won'?t)\s+(?:be|make|mean|cause|feel|seem|look)|(?:is|isn'?t|was|seems|sounds|feels)\s+"
        r"(?:a|an|not|too|so|really|bad|good|wrong|silly|dumb|stupid|pointless|risky|overkill))\b)"
        r"(?:clean\s+out|clear\s+out|clean\s+up|clear\s+away|get\s+rid\s+of|wipe\s+out|"
        r"forget\s+about|throw\s+away|throw\s+out|cross\s+out|delete|deleting|remove|removing|"
        r"erase|drop|trash|discard|scrap|cancel|ditch|bin|clear|nuke|kill|axe|purge|wipe|strike|"
        r"forget|toss|eliminate|dump|lose|scratch|yeet|86(?=\s+(?:the|my|that|this|those|it)\b))"
        # "trash can wait til tmrw", "bin is full", "trash taken out": the word is the thing,
        # a verb follows it (or a participle with its particle: a deed done to it)
        r"\s+(?!(?:can|could|will|would|should|must|may|might|is|are|was|were|has|have|had|"
        r"needs?|does|did|can't|cannot|won't|isn't)\b)"
        r"(?!(?:[a-z]+(?:ed|en)|done|put|cut|set)\s+(?:out|up|off|away|down)\b)(?P<t>.+)$",
        FLAGS,
    ),
    re.compile(
        r"^take\s+(?P<t>.+?)\s+(?:off|out\s+of|from)\s+(?:my|the)\s+(?:[\w-]+\s+)?list\b.*$", FLAGS
    ),
    # "take off ask manager for more hours, i dont need it anymore"
    re.compile(rf"^take\s+off\s+{_TIME_OFF}(?P<t>.+)$", FLAGS),
    # "take the sale barn one off, we're keeping the calves": what follows "off" is a reason
    re.compile(
        r"^take\s+(?P<t>(?:the|that|this|my)\s+.+?\s+(?:one|task|item|todo|reminder)|it|that|this|"
        r"them|those|both|that\s+one|this\s+one)\s+off\b.*$",
        FLAGS,
    ),
    # "take ask manager for more hours off, got a raise": any name, then a pause or the end
    re.compile(rf"^take\s+{_TIME_OFF}(?P<t>.+?)\s+off(?:\s*[,;.!-].*)?$", FLAGS),
    # ("dont need the pav reminder anymore": the "i" left out, as people type)
    re.compile(
        r"^(?:(?:i|we)\s+)?(?:do\s+not|don'?t|no\s+longer|dont|won'?t|will\s+not)\s+"
        r"(?:really\s+|actually\s+)?(?:need|have|want)\s+(?:to\s+)?(?P<t>.+?)"
        rf"(?:{_NO_MORE})?$",
        FLAGS,
    ),
    re.compile(rf"^no\s+(?:need|longer\s+need)\s+to\s+(?P<t>.+?)(?:{_NO_MORE})?$", FLAGS),
    re.compile(
        r"^(?:(?:we'?re|i'?m|we\s+are|i\s+am|im)\s+)?not\s+(?:doing|doin'?|going\s+to\s+do|going\s+to|"
        rf"gonna|bothering\s+with)\s+(?P<t>.+?)(?:{_NO_MORE}|"
        r"\s+this\s+(?:year|yr|time|week|month|season|term))?$",
        FLAGS,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:won'?t|will\s+not|am\s+not|'m\s+not)\s+(?:be\s+)?needing\s+"
        rf"(?P<t>.+?)(?:{_NO_MORE})?$",
        FLAGS,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:can|could|should|may)\s+(?:go|be\s+(?:deleted|removed|dropped|"
        r"scrapped|binned|cancell?ed|cleared|trashed|forgotten))(?:\s+now)?"
        # "car insurance can go, sold the car": why, after a pause
        r"(?:\s*(?:[,;]|\s-)\s*(?!(?:and|or|but|then|also|too)\b)\S.*|"
        # ("the last one can go i never use it": a reason opened by its subject, no pause)
        r"\s+(?:i|i'm|im|i've|ive|we|we're|we've|cause|because|bc|cos|coz|since|as|never|"
        r"not|don't|dont|no\s+longer)\s+\S.*)?$",
        FLAGS,
    ),
    re.compile(
        # ("firewood's not needed anymore": the "is" joined to the thing)
        r"^(?P<t>.+?)(?:\s+(?:is|are)|'s)\s+(?:no\s+longer\s+(?:needed|necessary|relevant|required|"
        r"happening)|not\s+(?:needed|necessary|happening)|unnecessary|cancell?ed|obsolete|irrelevant)"
        # "the deposit is not needed until march": later, not never
        r"(?!\s+(?:until|till|til|before|yet|for\s+now|for\s+a\s+(?:while|bit|few)|today|tonight|"
        r"tomorrow|this\s+(?:week|month)|right\s+now|at\s+the\s+moment))\b"
        rf"{_KEPT_AFTER}.*$",
        FLAGS,
    ),
    # "the party is off": cancelled; "the plumber is off sick", "off till monday": away
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|'s)\s+off(?!\s+(?:sick|ill|work|duty|today|tomorrow|tmrw|"
        rf"until|till|til|on|this|next|for|from|at|with|to)\b)\b{_KEPT_AFTER}.*$",
        FLAGS,
    ),
)


_RESTORE_RES = (
    re.compile(
        r"^(?:bring\s+back|restore|undelete|un-delete|recover|resurrect)\s+(?P<t>.+)$", FLAGS
    ),
    re.compile(
        # ("get rid of the one about calling X back": a delete, whose "back" is the call's)
        r"^(?:bring|get(?!\s+rid\s+of\b)|put)\s+(?P<t>.+?)\s+back"
        r"(?:\s+(?:on|onto|to)\s+(?:my|the)\s+list)?$",
        FLAGS,
    ),
)


# "remove the priority from X", "I don't need a date on X anymore": a field of the task goes,
# never the task itself.
_FIELD_OF_RE = re.compile(
    r"^(?:(?:a|an|the|any|its|that|this|their|all\s+the)\s+)?(?:(?P<date>(?:due\s+)?dates?|"
    r"deadlines?|due|times?|schedule)|(?P<repeat>repeats?|repeating|recurrence)|"
    r"(?P<prio>priorit(?:y|ies)|prio|urgency|importance)|(?P<tag>tags?|labels?)|"
    r"(?P<desc>descriptions?|notes?|details))\s+(?:on|for|of|from|in|off|attached\s+to)\s+"
    r"(?P<t>.+)$",
    FLAGS,
)


def _field_removal(raw: str, quotes: tuple[str, ...]) -> Intent:
    m = _FIELD_OF_RE.match(raw.strip())
    assert m is not None
    target = parse_target(m["t"], quotes)
    if m["date"]:
        return Intent("due", target=target, due="")
    if m["repeat"]:
        return Intent("due", target=target, repeat="", text="repeat")
    if m["tag"]:
        return Intent("tag", target=target, text="remove")
    if m["desc"]:
        return Intent("describe", target=target, description="")
    return Intent("unknown", text=raw)  # a priority is set, never removed


def read_delete(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_DELETE_RES):
        if question and i >= 3:
            break
        m = rx.match(s)
        if not m:
            continue
        if _FIELD_OF_RE.match(m.group("t").strip()):
            return _field_removal(m.group("t"), quotes)
        target = parse_target(m.group("t"), quotes)
        verb = s.split(None, 1)[0].lower()
        if verb == "forget" and target.kind in ("it", "them"):
            return None
        # The verb said goes with the intent: "wipe the counters" with 'Wipe the counters' on
        # the list repeats a title, and the planner asks before it deletes (plan/resolve.py).
        # "the train to Leipzig is cancelled": news of the thing, which the planner asks about
        # before deleting a task of doing something for it ("the plumber is off": the plan)
        news = i >= len(_DELETE_RES) - 2 and _BEFELL_RE.search(s) is not None
        if i == len(_DELETE_RES) - 1 and _switched_re().search(m.group("t")):
            return None  # "the porch lights are off": switched off, never called off
        # "drop off the parcel", "drop off the kids": more often taken somewhere than taken off
        # the list, so the planner asks first (unless a list is named: "drop off the gym one
        # from my list")
        taken = i == 0 and verb == "drop" and _TAKEN_SOMEWHERE_RE.match(s) is not None
        return Intent(
            "delete",
            target=target,
            verb=verb if i == 0 else "",
            text="news" * news,
            doubt=taken,
        )
    return None


_BEFELL_RE = re.compile(r"\bcancell?ed\b", FLAGS)
_TAKEN_SOMEWHERE_RE = re.compile(r"^drop\s+off\b(?!.*\blist\b)", FLAGS)


@cache
def _switched_re() -> re.Pattern[str]:
    """A thing switched on and off (the ``switched`` words of en.toml), said last."""
    return re.compile(rf"\b{word_list('switched')}$", FLAGS)


def read_restore(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "bring back the gym task", "restore X": a deleted task back (the trash), by its words."""
    for rx in _RESTORE_RES:
        m = rx.match(s)
        if m:
            return Intent("restore", target=parse_target(m.group("t"), quotes))
    return None
