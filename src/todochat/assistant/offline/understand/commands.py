"""Commands about commands: undo, a bare verb with nothing to act on ("delete"), and a
request that nothing change ("don't delete it", "keep the milk").
"""

from __future__ import annotations

import re
from functools import cache

from todochat.assistant.offline.meaning import Intent, IntentKind, Target
from todochat.assistant.offline.normalise import word_list
from todochat.assistant.offline.targets import parse_target

from .vocabulary import FLAGS, PRONOUN_TITLES

_BARE_RE = re.compile(
    r"^(?P<verb>add|create|new\s+task|add\s+a\s+(?:new\s+)?task|create\s+a\s+(?:new\s+)?task|"
    r"delete|remove|erase|complete|finish|reopen|mark(?:\s+as)?\s+(?:done|complete|finished)|"
    r"rename|change)(?:\s+(?P<t>(?:task\s*)?#?\d+|it|that|this|that\s+one|this\s+one))?$",
    FLAGS,
)


# What may follow an undo without making it about a task: "undo that pls, wrong one",
# "undo it, my bad", "revert that, it was a mistake".
_UNDO_REMARK = (
    r"(?:[\s,.!;—–-]+(?:please|pls|thanks|thx|sorry|oops|my\s+bad|wrong\s+(?:one|task)|"
    r"not\s+that\s+one|(?:it|that)\s+was\s+(?:a\s+)?(?:mistake|wrong)|(?:a\s+)?mistake|"
    r"i\s+didn'?t\s+mean\s+(?:that|it|to)))*[\s.!]*"
)


@cache
def undo_re() -> re.Pattern[str]:
    """An undo said alone: the languages' ``undo_said``, with a remark after it or none."""
    return re.compile(
        rf"^{word_list('undo_said')}{_UNDO_REMARK}$|"
        r"^(?:that\s+was\s+a\s+mistake|oops,?\s+undo(?:\s+that)?|i\s+didn'?t\s+mean\s+(?:that|to))$",
        FLAGS,
    )


def read_bare(s: str, quotes: tuple[str, ...] = ()) -> Intent | None:
    """A command verb with nothing to act on: ask for the missing part."""
    m = _BARE_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb.startswith(("add", "create", "new")):
        pronoun = (m.group("t") or "").lower()
        return Intent("add", title=pronoun if pronoun in PRONOUN_TITLES else "")
    if m.group("t"):
        if not verb.startswith(("rename", "change")):
            return None
        return Intent("rename", target=parse_target(m.group("t"), quotes), title="")
    kind: IntentKind = (
        "delete"
        if verb.startswith(("delete", "remove", "erase"))
        else "reopen"
        if verb.startswith("reopen")
        else "rename"
        if verb.startswith(("rename", "change"))
        else "complete"
    )
    return Intent(kind, target=Target("it"), title="")


# "don't delete X", "do not mark it done", "no need to remove it": a command said not to run.
_NEGATED_COMMAND_RE = re.compile(
    r"^(?:(?:no+|nope|wait|actually|please|oh|but|and|so)[,!]?\s+)*(?:don'?t|do\s+not|never|"
    r"(?:there'?s\s+)?no\s+need\s+to|you\s+(?:don'?t|do\s+not)\s+(?:need|have)\s+to|"
    r"(?:please\s+)?(?:don'?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?)\s*"
    r"(?:(?:actually|really|yet|please|you|go\s+and)\s+)*"
    r"(?:(?P<delete>delete|remove|erase|drop|cancel|scrap|clear|bin|ditch|nuke|trash|"
    r"get\s+rid\s+of|wipe|kill|toss|archive)|(?P<complete>mark|tick|check|cross|complete|"
    r"finish|close)|(?P<rename>rename|change|edit|update)|touch|move|reopen|undo)\b(?P<t>.*)$",
    FLAGS,
)


# "keep it", "no, keep the milk", "leave it as it is": nothing is to change.
_KEEP_RE = re.compile(
    r"^(?:(?:no+|nope|wait|actually|please|oh|ok|okay|but|just)[,!]?\s+)*(?:keep|leave)\s+"
    # ("keep one reminder to call the CA": Indian English for setting one)
    r"(?!(?:a|an|one)\s+reminder\b)(?P<t>it|that|this|them|those|both|that\s+one|this\s+one|.+?(?=\s+(?:as\s+(?:it\s+)?is|"
    r"alone|there|on\s+(?:the|my)\s+list|for\s+now|open|pending|undone)\b)|"
    r"(?<=keep\s).+?)(?:\s+(?:as\s+(?:it\s+)?is|alone|there|on\s+(?:the|my)\s+list|for\s+now|"
    r"please|then|open|pending|undone|i\s+(?:still\s+)?need\s+(?:it|that|them)))*$",
    FLAGS,
)


# "trash can wait", "the ironing will have to wait": a task put off with no day says nothing to
# change (with a day, "can wait till monday", it is moved); it is no task to add either.
_CAN_WAIT_RE = re.compile(
    r"^(?!(?:can|could|will|would|should|must|may|might)\b)(?P<t>[^,;]+?)\s+(?:can|could|will|'ll|"
    r"may|might)\s+(?:(?:just|easily|probably|definitely|happily|have\s+to|hafta)\s+)*wait\b"
    r"(?:\s+(?:a\s+(?:bit|while|little|few\s+days|day|week)|for\s+now|for\s+a\s+(?:bit|while)))?$",
    FLAGS,
)


def read_can_wait(s: str) -> Intent | None:
    """ "the bins can wait for now": said of a task, which stays as it is (``unknown`` with
    the words, as context for a request after it; no lookup of it is made or reported)."""
    return Intent("unknown", text=s) if _CAN_WAIT_RE.match(s) else None


_STILL_NEED_RE = re.compile(
    r"^(?:but\s+)?(?:i|we)\s+(?:still|really|do|actually)\s+(?:need|want)\s+(?P<t>it|that|them|this|"
    r"those|this\s+one|that\s+one)(?:\s+(?:still|though))?$",
    FLAGS,
)


# "the returns one keep it", "the mehta task, leave it": the task named first, then kept
_NAMED_THEN_KEPT_RE = re.compile(
    r"^(?P<t>(?:the|that|this|my)\s+.+?\s+(?:one|task|item))\s*,?\s+(?:keep|leave)\s+"
    r"(?:it|that|this)(?:\s+(?:please|pls|as\s+(?:it\s+)?is|alone|there|for\s+now|open))*$",
    FLAGS,
)


def read_keep(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "don't delete the milk", "keep it": a request that nothing change."""
    m = (
        _NEGATED_COMMAND_RE.match(s)
        or _KEEP_RE.match(s)
        or _STILL_NEED_RE.match(s)
        or _NAMED_THEN_KEPT_RE.match(s)
    )
    if m is None:
        return None
    raw = re.split(
        r"\s*[,;]\s*|\s+(?:as\s+|to\s+be\s+)?(?:done|complete|completed|finished|off)\b", m["t"]
    )
    named = raw[0].strip() if raw else ""
    groups = m.groupdict()
    verb = next((k for k in ("delete", "complete", "rename") if groups.get(k)), "")
    return Intent("keep", target=parse_target(named or "it", quotes), query=verb)


# "no not that one, the veal stock", "wrong one! I meant the baker", "not the florist, the
# baker", "that's the wrong task, it should be the gutters": the change just made went to the
# wrong task; what follows names the right one.
# (an undo said first, "wait no, undo that one, wrong task. i meant the gas bill", is the
# redirect's own first half)
_INTERJECTIONS = (
    r"(?:(?:oops|oh|no+|nope|sorry|wait|argh+|ugh+|whoops|my\s+bad|hmm+|ah+|damn|lol|"
    r"undo(?:\s+(?:that|it|this))?(?:\s+one)?|take\s+(?:that|it)\s+back)[\s,!.]+)*"
)
_WRONG_ONE_RE = re.compile(
    rf"^{_INTERJECTIONS}(?:(?:not|no)\s+(?:that|this|the\s+(?P<wrong>[^,;:.!?]+?))(?:\s+one)?|"
    r"(?:(?:you\s+\w+\s+)?the\s+|that'?s\s+(?:the\s+)?|thats\s+(?:the\s+)?)?wrong\s+"
    r"(?:one|task|item|thing)|that'?s\s+wrong)(?:\s*[,;:.!-]+\s*|\s+)"
    r"(?:(?:i\s+meant?|it\s+was|it'?s|it\s+should\s+(?:have\s+been|be)|should\s+be|i\s+wanted|"
    r"do|use)\s+)?(?P<x>[^.!?]+?)[\s.!?]*(?:[.!?]\s.*)?$",
    FLAGS,
)
# "i meant the baker", "it was the water bill i paid, not gas", "it's the blue bin I meant, not
# the green one"; beside an undo, "i wanted the tuition one": the task meant, the deed done to
# it, then the wrong one after "not". Only "i meant" needs no "not" unless an undo is said too:
# "it was the dentist" alone is news ("it was the dentist who rang, not the vet" says who did a
# deed, never which task), and "it was a mistake" a remark on the change.
_MEANT_RE = re.compile(
    rf"^{_INTERJECTIONS}(?P<how>it\s+was|it'?s|it\s+should\s+(?:have\s+been|be)|i\s+meant?|"
    r"i\s+wanted)\s+(?!(?:a\s+|my\s+|an\s+)?(?:mistake|wrong|error|accident|typo|bad|fine|ok)\b)"
    r"(?P<x>(?:(?!\b(?:who|which|whose|not)\b)[^,.!?])+?)"
    r"(?:\s+(?:that\s+)?(?:i|we)(?:\s+(?:actually|already|just|had))?\s+[a-z]+)?"
    r"(?:\s*,?\s+not\s+(?:the\s+)?(?P<wrong>[^.!?]+?))?(?:\s+instead)?[\s.!?]*(?:[.!?]\s.*)?$",
    FLAGS,
)
_I_MEANT_RE = re.compile(r"i\s+meant?", FLAGS)


def _meant(text: str, *, beside_undo: bool) -> re.Match[str] | None:
    """The task said to be meant (``_MEANT_RE``), as a redirect or beside an undo."""
    m = _MEANT_RE.match(text)
    if m is None or beside_undo or m["wrong"] or _I_MEANT_RE.fullmatch(m["how"]):
        return m
    return None


def read_redirect(text: str) -> tuple[str, str] | None:
    """The task meant and the one wrongly named ("" when not said), when a message says the
    change just made went to the wrong task; ``None`` when it does not say so."""
    said = text.strip()
    m = _WRONG_ONE_RE.match(said) or _meant(said, beside_undo=False)
    if m is None:
        return None
    meant = m["x"].strip(" ,;:-")
    if undo_re().match(meant):
        return None  # "oops wrong one, undo": an undo, no task meant instead
    if not meant or parse_target(meant).kind not in ("words", "ordinal"):
        return None  # "i meant the 3rd one": a place in the list shown, too
    return meant, (m["wrong"] or "").strip()


# "mark the tuition one", "do the optometrist one instead": the same change, to the task named
_DO_INSTEAD_RE = re.compile(
    r"^(?:to\s+)?(?:(?P<complete>mark|tick|complete|finish)|(?P<delete>delete|remove|get\s+rid\s+of|"
    r"bin|scrap|ditch)|do|pick)\s+(?P<x>(?!(?:that|this|it|them)\b)\S.*?)"
    r"(?:\s+(?:instead|then|done|off|as\s+done))*[\s.!?]*$",
    FLAGS,
)


def _change_of(m: re.Match[str]) -> IntentKind | None:
    """The change a verb of ``_DO_INSTEAD_RE`` names ("do X", "pick X": the one just made)."""
    return "complete" if m["complete"] else "delete" if m["delete"] else None


# A message that opens with an undo ("undo that, it was the optometrist i booked")
UNDO_FIRST_RE = re.compile(r"^(?:undo|revert)\b", FLAGS)


def read_meant_beside_undo(clause: str) -> tuple[str, IntentKind | None] | None:
    """The task named as meant instead in a clause said with an undo, and the change its verb
    names ("mark X": a completion; ``None`` for "it was X", "do X"), else ``None``."""
    for part in re.split(r"\s*[,;]\s*", clause.strip()):
        said = _meant(part, beside_undo=True)
        if said is not None and parse_target(said["x"]).kind in ("words", "ordinal"):
            return meant_with_its_change(said["x"])
        done = _DO_INSTEAD_RE.match(part)
        if done is not None and parse_target(done["x"]).kind in ("words", "ordinal"):
            return done["x"].strip(), _change_of(done)
    return None


def meant_with_its_change(meant: str) -> tuple[str, IntentKind | None]:
    """ "I meant get rid of the Sky one": the task meant, and the change its verb names."""
    m = _DO_INSTEAD_RE.match(meant.strip())
    if m is None:
        return meant, None
    return m["x"].strip(), _change_of(m)


# "no, the other one", "i meant the other one", "wrong one, the other task pls": the change
# (or the question) just made was about the wrong one of the candidates; the other is meant.
_OTHER_ONE_SAID_RE = re.compile(
    rf"^{_INTERJECTIONS}(?:(?:i\s+meant?|it\s+was|it'?s|i\s+wanted|(?:that'?s\s+|you\s+\w+\s+)?"
    r"(?:the\s+)?wrong\s+(?:one|task)|not\s+(?:that|this)(?:\s+one)?)[\s,;:.!-]*)*"
    r"(?:the\s+)?other\s+(?:one|task|item|todo)(?:\s+(?:please|pls|instead|then|mate))*"
    r"[\s.!?]*$",
    FLAGS,
)


def says_other_one(text: str) -> bool:
    """Whether the whole message says "the other one" was meant (see `_OTHER_ONE_SAID_RE`)."""
    return _OTHER_ONE_SAID_RE.match(text.strip()) is not None
