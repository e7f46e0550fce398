"""What a message takes back of itself: "delete the milk, no wait" and short self-corrections
("saturday no wait sunday").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from todochat.assistant.offline.meaning import TARGETED_KINDS, Intent, IntentKind, Target
from todochat.assistant.offline.slots import SUBJECTS
from todochat.assistant.offline.targets import parse_target
from todochat.assistant.offline.text import DAY_SHORT, DAY_STEM, THING_DETERMINER, lexicon

from .vocabulary import FLAGS, IMPERATIVE_WORDS, PRONOUN_TITLES

# Words that take back what was just asked in the same message: "delete the milk, no wait",
# "mark X done. jk", "remove it... actually no, keep it".
RETRACTION_RE = re.compile(
    r"(?:^|[\s,.;!?-]+)(?P<m>no\s+wait|wait\s*,?\s+no|wait\s+wait|hold\s+on|hang\s+on|"
    # ("who am i kidding", "i'm not kidding" are no retraction)
    r"actually\s*,?\s+no(?:pe)?|no\s*,?\s+actually|jk|j/k|just\s+kidding|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bnot\s)(?<!re\s)kidding|"
    r"scratch\s+that|forget\s+(?:that|i\s+said\s+that|what\s+i\s+said)|ignore\s+that|"
    r"on\s+second\s+thoughts?|(?:i\s+)?changed?\s+my\s+mind|never\s*mind|"
    r"(?:oh\s+)?no\s*,?\s+sorry|(?:oh\s+)?(?:sorry|oops)(?=\s*[,.]?\s*(?:i\s+meant?|not\s+th(?:at|is)\b|wrong\s+one))|"
    r"don'?t\s+do\s+(?:it|that)|(?:no|nope|nah|wait|actually)\s*[,.!]?\s+(?:keep|leave)\s+"
    r"(?:it|that|them|this)|(?:no+|nope|nah|wait|actually)\s*,?\s+don'?t|don'?t|"
    # ("delete the gutters? nah", "remove the tap.. nope": a bare no said last takes it back;
    # not a no someone said, "dlete dye hair my mom said no": why the delete is asked)
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)(?<!\btold\sme\s)(?:nah+|nope|no+)(?=[\s.!]*$)|"
    r"nah+|nope)"
    r"(?=[\s,.;!?-]*$|\s*[,.;!?-]+\s*|\s+(?:keep|leave|don'?t|i'?ll|i\s+will|not|instead|actually|"
    # "delete the car wash and milk - wait no just the car wash": only that one
    r"just(?!\s+kidding)|only|"
    r"it\s+was|it'?s|i\s+meant?|that\s+was)\b|"
    # "add renew passport.. wait no my passport's good til 2029, ...", "add buy milk no wait we've
    # got milk": why it is taken back, said with its own subject and verb ("why": the words of
    # that clause, no request of their own: "we've got milk" is no deed)
    rf"(?P<why>\s+(?:{THING_DETERMINER}\s+[\w'-]+(?:\s+[\w'-]+)?(?:'s|'re|\s+(?:is|are|was|were|"
    r"has|have|had|isn'?t|aren'?t|wasn'?t|hasn'?t|haven'?t|doesn'?t|don'?t|expires|runs|lasts))|"
    r"(?:i|we|they)(?:'ve|'re|'m|\s+(?:have|had|did|didn'?t|just|already|still|got|are|am|don'?t|do\s+not|"
    r"haven'?t)))\s+\w[^,.;!?]*))",
    FLAGS,
)


# A doubt said after a request ("mark the invoice done? not sure it's paid", "delete the gym
# one, idk if i'm going", "tick off rent, maybe not yet", "..., but not yet"): the request waits
# for a yes, and the doubt names no task.
_DOUBT = (
    r"(?:(?:but|though|tho|although|hmm+|well|ok|and)\s*,?\s+)?(?:(?:i'?m|im|i\s+am)\s+)?"
    r"(?:not\s+(?:so\s+|too\s+|quite\s+|really\s+|entirely\s+|100%?\s+)?(?:sure|certain)|unsure|"
    r"idk|(?:i\s+)?(?:don'?t|do\s+not)\s+know|dunno|no\s+idea|(?:maybe|perhaps|probably)\s+not|"
    # ("I'd like to delete the shoes but not yet": wanted, later, so not now)
    r"not\s+(?:just\s+)?yet(?=\s*[.!?]*$|\s*[,;]))\b"
    # (not wonder: "..., not sure why it was still open")
    r"(?!\s+(?:why|how|when|who|what|where)\b)"
)
DOUBT_RE = re.compile("^" + _DOUBT, FLAGS)
# A hedge before a request ("maybe the plumber can go", "i think i paid the electricity"): the
# request waits for a yes, as with a doubt after it ("I think I doubled up on the milk, can you
# remove 7": the hedge is the story's, a comma away from the request).
HEDGE_RE = re.compile(
    r"^(?:maybe|perhaps|possibly|probably|i\s+(?:guess|suppose|think|reckon))\b[\s,]*(?=[^,;]+$)",
    FLAGS,
)
# A condition said before a request ("if they call off the trip, delete the slides", "if the
# party's off, bin the cake"): whether it holds is news the assistant does not have, so the
# request waits for a yes, and the condition names no task. A condition on the listener or the
# list itself ("if you can", "if possible", "if it's still there", "if so", "if not") asks
# nothing more than the request does.
CONDITION_RE = re.compile(
    r"^(?:if|in\s+case|unless)\s+(?!(?:you|u|ya|possible|poss|needed|need\s+be|necessary|so|not|"
    r"any|there'?s|there\s+is|that'?s\s+(?:ok|okay|fine|alright|possible|easier)|"
    r"(?:it|that|this|they)(?:'s|'re|\s+is|\s+are)\s+(?:still\s+)?(?:there|on|open|listed|in))\b)"
    r"\w",
    FLAGS,
)
# the same doubt at the end of a request's clause ("mark the invoice done, idk if it went through")
DOUBT_TAIL_RE = re.compile(r"(?:\s*,\s*|\s+(?=(?:but|though|tho)\s))" + _DOUBT + r".*$", FLAGS)
# The kinds a doubt holds back: the changes that cost a task when wrong, and dates.
DOUBTED_KINDS = frozenset({"complete", "delete", "reopen", "rename", "due"})


# "nappies size 4 no wait size 5", "saturday no wait sunday", "high prio no wait medium": a
# short correction replaces the words it stands for, then the message reads as one request.
# ("X. oh no wait, I mean Y": the "no wait" before "I mean" goes with it)
_SELF_CORRECTION_RE = re.compile(
    r"(?:\s*[.,]?\s*(?:oh\s+)?(?:no\s+wait|wait)\s*[.,]?(?=\s+i\s+mean\b))?"
    r"\s*(?:,|\.{2,}|…)?\s+(?:oh\s*,?\s+)?(?:(?:no\s+wait|wait\s+no)(?:\s*,?\s+(?:sorry|my\s+bad|oops))?|"
    r"(?:sorry|oops|my\s+bad)\s*,?\s+(?:no\s+wait|wait\s+no)|no\s*,?\s+sorry|sorry\s+no|i\s+mean|or\s+rather|"
    # ("delete the boat one, no the shed one": "no" then the task meant)
    r"(?<=,\s)no(?=\s*,?\s+(?:the|my|that)\s)|"
    # ("push the plumber to saturday, actually sunday is better": "actually" then a day said
    # alone is that day instead; only a day, so "..., actually the bread too" is left be)
    rf"(?<=,\s)actually(?=\s*,?\s+(?:{DAY_STEM}day|{DAY_SHORT}|today|tomorrow|tonight)\b)|"
    # ("move the vet to thursday at 10am, actually no, saturday", "..., nah actually saturday":
    # "actually no" then a day alone is that day instead)
    r"(?<=[,-]\s)(?:actually\s*,?\s+(?:no|nope|nah)|(?:no|nope|nah)\s*,?\s+actually)"
    rf"(?=\s*,?\s+(?:{DAY_STEM}day|{DAY_SHORT}|today|tomorrow|tonight)\b))"
    r"\s*,?\s+"
    # ("call the plumber on thursday, no wait, make it wednesday", "at the ward office, no wait,
    # it's the immigration office not the ward office": what it is said as the new words)
    # ("at 4 .. no wait he said 4.30", "on thursday, no wait its friday not thursday": who said
    # it, and "it's" before a day or a time, go too)
    r"(?:(?:make|change|move|put|set|switch)\s+(?:it|that)\s+(?:to\s+|on\s+|for\s+)?|"
    # ("fri.. no wait its due thursday": "due" said with it)
    r"(?:(?:he|she|they)\s+said\s+)?(?:it'?s|its|it\s+is)\s+(?:(?:due|actually)\s+)?"
    r"(?=(?:the|my|a|an|on|at|in)\s|"
    r"(?:\w+day|today|tomorrow|tonight)\b|\d)|(?:he|she|they)\s+said\s+(?=(?:at\s+)?\d|\w+day\b))?"
    # ("send invoice to the Berlin client... sorry no, to the Kraków client": a place or whom
    # said again with its word before it may run longer)
    r"(?P<b>(?:to|at|from|for|with)\s+(?:[\w'-]+\s+){0,5}?[\w'.:-]*[\w'-]|"
    r"(?:[\w'-]+\s+){0,2}?[\w'.:-]*[\w'-])(?=\s*(?:[,;!?]|\.(?!\d)|$|(?:pls|please|plz|thanks|thx)\b)|"
    r"\s+not\s+(?:(?:the|my|a|an|on|at|in)\s|\w+day\b|\d)|"
    # ("on friday, no wait saturday is better because ...": the new one said to suit better)
    r"\s+(?:is|would\s+be|will\s+be|'s)\s+(?:better|best|easier|fine|good)\b|"
    # ("..., actually sunday works better for them": suits better)
    r"\s+(?:works|suits)\b)",
    FLAGS,
)
# the verbs a request of its own starts with, after a correction ("..., and mark the milk done")
_REQUEST_VERB = (
    r"(?:add|remind|put|delete|remove|mark|tick|complete|rename|change|move|set|make|tag|"
    r"show|list)\b"
)
# "..., it's the immigration office not the ward office": the words taken back, after the new
_NOT_THE_OLD_RE = re.compile(
    r"^\s+not\s+[^,.;!?]*|"
    # ("saturday is better because friday we have prayer": why the new one suits, no words of it;
    # "sunday is better, and mark the milk done": a request joined after it is no part of why)
    r"^\s+(?:(?:is|would\s+be|will\s+be|'s)\s+(?:better|best|easier|fine|good)|works|suits)\b"
    r"(?:(?!\s*[,;]\s*(?:(?:and|also|then|plus|pls|please)\s+)*" + _REQUEST_VERB + r"|"
    r"\s+(?:and|then)\s+(?:(?:also|then|pls|please)\s+)*" + _REQUEST_VERB + r")[^.;!?])*",
    FLAGS,
)
_OLD_NAMED_RE = re.compile(r"\s+not\s+(?P<old>[^,.;!?]*[^,.;!?\s])", FLAGS)


# An add, corrected, and what follows it after a comma when that asks nothing more (no join, no
# request, no question): why it was corrected
_AN_ADD_RE = re.compile(r"^\s*(?:add|remind\s+me|put|jot|note|create)\b", FLAGS)
_WHY_CORRECTED_RE = re.compile(
    r"^\s*,\s*(?=\S)(?!(?:and|then|also|plus|but|so|pls|please|plz|can|could|would|will|add|put|delete|"
    r"remove|mark|tick|complete|rename|change|move|set|make|cancel|clear|undo|restore|remind|"
    r"tag|show|list|what|which|how|when)\b)[^?]*$",
    FLAGS,
)


_DAYS = {d[:2]: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday")} | {
    "sa": "saturday",
    "su": "sunday",
}
_DAY_SAID_SHORT_RE = re.compile(rf"\b{DAY_SHORT}\b", FLAGS)


_CORRECTABLE = (
    re.compile(
        # (a day said short, "by wed, no wait thurs", is a day too)
        rf"\b{DAY_STEM}day\b|\b(?:today|tomorrow|tonight)\b|\b{DAY_SHORT}\b",
        FLAGS,
    ),
    re.compile(r"\b(?:high|low|medium|normal|top|urgent)\b", FLAGS),
    re.compile(r"\b\d+(?:[.,]\d+)?\b", FLAGS),
)


_DETERMINERS = ("the", "my", "that", "our")


# "add ring the plumber about the leaky tap.. no wait make it text him instead he never answers
# his phone": in an add, the way of reaching someone corrected is the add's verb; "him" is
# whom the add named, and why it was corrected is no part of it
_CONTACT = r"(?:call|ring|phone|text|email|e-mail|message|whatsapp|ping|dm)"
_VERB_CORRECTED_RE = re.compile(
    r"^(?P<lead>\s*(?:(?:please|pls)\s+)?(?:add|remind\s+me\s+to|put\s+down|jot\s+down|note\s+down)\s+"
    r"(?:(?:a\s+)?(?:task|reminder|note)\s+(?:to\s+)?)?)"
    rf"(?P<verb>{_CONTACT})\s+(?P<rest>[^.!?,;]*?[\w'])"
    r"\s*(?:,|\.+|…|;|-)?\s+(?:oh\s*,?\s+)?(?:no+\s*,?\s+wait|wait\s*,?\s+no+|no+\s*,?\s+sorry|"
    r"sorry\s*,?\s+no+|actually|no+|wait|hmm+|scratch\s+that)\s*[,.!]?\s+(?:actually\s+)?"
    r"(?:(?:make|change)\s+(?:it|that)\s+(?:to\s+)?(?:an?\s+)?|(?:i'?ll\s+)?(?:just\s+)?)"
    rf"(?P<new>{_CONTACT})(?:\s+(?:him|her|them|it))?(?:\s+instead)?\b(?P<after>.*)$",
    FLAGS,
)
# what may follow the correction as a request of its own (else it says why: no words of the add)
_REQUEST_AFTER_RE = re.compile(
    r"^\s*[,.;!]*\s*(?:(?:and|also|then|plus|pls|please)\s+)*" + _REQUEST_VERB,
    FLAGS,
)


def _verb_corrected(text: str) -> str | None:
    """The add with its way of reaching someone corrected (see `_VERB_CORRECTED_RE`), or
    None."""
    m = _VERB_CORRECTED_RE.match(text)
    if m is None or m["new"].lower() == m["verb"].lower():
        return None
    after = m["after"]
    more = f". {after.strip(' ,.;!')}" if _REQUEST_AFTER_RE.match(after) else ""
    return f"{m['lead']}{m['new']} {m['rest']}{more}"


# "add task defrost the freezer no wait make it clean out the freezer", "new task. get the car
# serviced. no wait, make that get the car washed, service was done last month", "add call the
# plumber about the sink no wait not call I mean book the plumber", "i got to ring the bank...
# actually just put it as call bank re card, sunday at 10am": a whole new title said in place
# of the add's; "no wait make that a card AND a present" / "make it oat milk" name again the
# thing the add is about (the old word "card" / "milk" is replaced by the new words)
_ADD_LEAD = (
    r"(?:(?:please|pls)\s+)?(?:add|remind\s+me\s+to|put\s+down(?:\s+to)?|jot\s+down|note\s+down|"
    r"create)\s+(?:(?:a\s+|new\s+)?(?:task|reminder|note|todo)\s*(?::|to\b)?\s*)?"
    r"|(?:add\s+)?(?:a\s+)?(?:new\s+)?(?:task|reminder|todo)\s*[:.]\s*"
)
_CORRECTION_WORDS = (
    r"\s*(?:,|\.+|…|;|-)?\s+(?:oh\s*,?\s+)?(?:no+\s*[,.]?\s+wait|wait\s*,?\s+no+|no+\s*,?\s+sorry|"
    r"sorry\s*,?\s+no+|actually|scratch\s+that)\s*[,.!]?\s+(?:actually\s+)?"
)
_TITLE_CORRECTED_RE = re.compile(
    rf"^(?P<lead>\s*(?:{_ADD_LEAD}))(?P<old>[^!?;]*?[\w'])"
    + _CORRECTION_WORDS
    + r"(?:(?:make|change)\s+(?:it|that)(?:\s+(?:to|into))?|not\s+[\w']+\s*,?\s+i\s+mean|i\s+mean)"
    r"\s+(?P<new>[^,.;!?]*?[\w'])(?:\s+instead)?(?P<after>(?:\s*[,.;!?].*)?)$",
    FLAGS,
)
# "i got to ring the bank about the card... actually just put it as call bank re card": the add
# is asked only with the correction, after a story of it
_PUT_AS_RE = re.compile(
    r"^(?P<story>[^!?;]*?[\w'])" + _CORRECTION_WORDS + r"(?:just\s+)?(?:put|add|write|save)\s+it\s+"
    r"(?:down\s+|in\s+)?as\s+(?P<new>[^,.;!?]*?[\w'])(?P<after>(?:\s*[,.;!?].*)?)$",
    FLAGS,
)
# what after the new title is still the add's: a day or a time ("call bank re card, sunday at 10am")
_WHEN_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:(?:by|on|at|for|due|before|this|next|every)\s+|{DAY_STEM}day\b|{DAY_SHORT}\b|"
    r"today\b|tomorrow\b|tonight\b|\d)",
    FLAGS,
)
_NOT_A_TITLE_START = lexicon(
    "it that this them he she they him her high low medium normal top urgent priority due on at by "
    "for in next this to today tomorrow tonight every monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun a an the some my"
)
# words that say how a task is kept, never a thing ("make it weekly", "make it done")
_HOW_SAID = lexicon(
    "daily weekly monthly yearly annually fortnightly hourly recurring repeating done complete "
    "completed finished important later sooner soon earlier asap optional private shared bigger "
    "smaller shorter longer"
)
_DETERMINER_RE = re.compile(r"^(?:a|an|the|some|my)\s+", FLAGS)


def _kept_after(after: str) -> str:
    """What follows a corrected title that still belongs to the add or asks more."""
    if _REQUEST_AFTER_RE.match(after):
        return f". {after.strip(' ,.;!')}"
    if _WHEN_AFTER_RE.match(after):
        return f", {after.strip(' ,.;!')}"
    return ""


def _title_corrected(text: str) -> str | None:
    """The add with its title corrected (see `_TITLE_CORRECTED_RE`, `_PUT_AS_RE`), or None."""
    put = _PUT_AS_RE.match(text)
    if put is not None and len(put["new"].split()) >= 2:
        return f"add {put['new']}{_kept_after(put['after'])}"
    m = _TITLE_CORRECTED_RE.match(text)
    if m is None:
        return None
    new, old = m["new"], m["old"]
    words = new.split()
    if any(w.isdigit() for w in words) or words[0].lower() in {"not", "don't", "instead"}:
        return None
    parts = [
        _DETERMINER_RE.sub("", p.strip()) for p in re.split(r"\s+(?:and|&)\s+", new, flags=FLAGS)
    ]
    head = parts[0].split()[-1] if parts[0] else ""
    said_as_thing = _DETERMINER_RE.match(new) is not None or (
        len(words) <= 3 and not re.search(r"\b(?:the|a|an|my)\b", new, FLAGS)
    )
    if said_as_thing:
        # "make that a card AND a present": the new words take the place of the old thing's word
        at = re.search(rf"\b{re.escape(head)}\b(?!.*\b{re.escape(head)}\b)", old, FLAGS)
        if at is None or not all(parts):
            if _DETERMINER_RE.match(new) is not None:
                return None
        else:
            fixed = old[: at.start()] + " and ".join(p.lower() for p in parts) + old[at.end() :]
            # ("make it oat milk": "oat milk" takes the place of "milk", the words before it stay)
            first = parts[0].split()
            if len(first) > 1 and old[: at.start()].lower().endswith(
                " ".join(first[:-1]).lower() + " "
            ):
                fixed = old[: at.start() - len(" ".join(first[:-1])) - 1] + fixed[at.start() :]
            return f"{m['lead']}{fixed}{_kept_after(m['after'])}"
    if words[0].lower() in _NOT_A_TITLE_START or words[0].lower() in _HOW_SAID:
        return None
    if len(words) < 2:
        # "add milk, no wait make it eggs": one thing said for one thing
        return f"{m['lead']}{new}{_kept_after(m['after'])}" if len(old.split()) == 1 else None
    return f"{m['lead']}{new}{_kept_after(m['after'])}"


# What a request says of its task after naming it: "done", "as done", "off", "to friday", "high"
_SAID_OF_IT = lexicon(
    "done as off complete completed finished to for on by at till until from high low medium "
    "urgent priority today tonight tomorrow tmrw next this every pls please too again instead"
)


def _said_of_the_task(words: list[str]) -> list[str]:
    """The words that follow the old name said again, from the first that says something of the
    task ("done", "to friday"): the name's own words before it go with the name replaced."""
    for n, word in enumerate(words):
        said = word.lower().strip(" ,.;!?")
        if said in _SAID_OF_IT or re.fullmatch(rf"{DAY_STEM}day|{DAY_SHORT}", said, FLAGS):
            return words[n:]
    return []


def self_corrected(text: str) -> str:
    verb = _verb_corrected(text)
    if verb is not None:
        return verb
    title = _title_corrected(text)
    if title is not None:
        return title
    m = _SELF_CORRECTION_RE.search(text)
    if m is None:
        return text
    before, b = text[: m.start()], m["b"]
    words_b = b.split()
    old_said = _OLD_NAMED_RE.match(text, m.end())
    if old_said is not None:
        # "at the post office, no wait, it's the depot not the post office": the old words named
        # are the ones the new replace
        at = before.lower().rfind(old_said["old"].lower())
        if at >= 0:
            fixed = (before[:at] + b + before[at + len(old_said["old"]) :]).rstrip(" .,;")
            return fixed + re.sub(r"^\s*,\s*", ". ", text[old_said.end() :])
    # ("..., no my shed one": a plain "no" before a determiner names the task meant)
    said_as_no = re.fullmatch(r"\s*,?\s+no\s*,?\s+", text[m.start() : m.start("b")], FLAGS)
    if words_b[0].lower() in IMPERATIVE_WORDS | SUBJECTS | {
        "actually",
        "not",
        "don't",
        "keep",
    } and not (said_as_no and words_b[0].lower() in _DETERMINERS):
        return text
    for rx in _CORRECTABLE:
        new = rx.search(b)
        old = list(rx.finditer(before))
        if new and old and len(words_b) <= 2:
            last = old[-1]
            b = _DAY_SAID_SHORT_RE.sub(lambda d: _DAYS[d.group()[:2].lower()], b)
            fixed = before[: last.start()] + b + before[last.end() :]
            if len(words_b) == 2 and words_b[0].lower() in before.lower().split():
                at = before.lower().rfind(words_b[0].lower())
                fixed = before[:at] + b
            after = _NOT_THE_OLD_RE.sub("", text[m.end() :])
            again = re.match(
                rf"\s*,\s*{re.escape(b)}(?=\s+(?:at|from|by|in\s+the)\b)", after, FLAGS
            )
            if again is not None:
                after = after[again.end() :]  # "wednesday no wait thursday, thursday at 3 pm"
            if re.match(r"\s*[,;]", after):
                fixed = fixed.rstrip(" .,;")  # ("saturday. no wait sunday is better, and ...")
            return fixed + after
    at = before.lower().rfind(" " + words_b[0].lower() + " ")
    if at < 0 and words_b[0].lower() in _DETERMINERS:
        # "bin the boat one, no, my shed one": the task meant is said with another determiner
        at = max(before.lower().rfind(f" {d} ") for d in _DETERMINERS)
    if at >= 0:
        # "mark call mom done, no sorry call dad": the words said again replace as many of
        # their own, and what followed them stays ("mark call dad done")
        tail = before[at + 1 :].split()
        rest = tail[len(words_b) :]
        if words_b[0].lower() in _DETERMINERS:
            # "delete the quarterly report sorry I mean the slides": a task named again is
            # named whole; only what the request says of it after its name stays ("mark the
            # oat milk done, i mean the eggs" marks the eggs done)
            rest = _said_of_the_task(rest)
        kept = " ".join(rest).rstrip(" ,;")
        # what follows the words said again after a comma is a remark of its own ("I mean the
        # water bill, electric is still pending"), never more of the task's name
        after = _NOT_THE_OLD_RE.sub("", text[m.end() :])
        if not kept and _AN_ADD_RE.match(before) and _WHY_CORRECTED_RE.match(after):
            # "add send invoice to the Berlin client... sorry no, to the Kraków client, Berlin
            # already paid": in an add, why it was corrected asks nothing, and names no task
            after = ""
        after = re.sub(r"^\s*,\s*", ". ", after) if not kept else after
        return before[: at + 1] + b + (" " + kept if kept else "") + after
    return text


# What follows a retraction when it only names the task meant instead ("mark X done, no wait
# not that one, the lab report one", "tick off rent... sorry i meant the gas bill", "delete the
# gym one, no wait, not the gym, i mean yoga"): the request taken back, made on that task.
# ("delete task 3, no sorry not 3, 4": a number said as the old one, too)
# ("not the school shoes, the swim lessons": the old name runs to its comma when it has one)
_NOT_THAT_RE = re.compile(
    r"^(?:(?:not\s+(?:th(?:at|is)(?:\s+one)?|"
    r"the\s+[\w'-]+(?:\s+(?!(?:the|my|that|this)\b)[\w'-]+){0,3}?(?:\s+one)?(?=\s*[,.;!-])|"
    r"the\s+[\w'-]+(?:\s+[\w'-]+){0,3}?(?:\s+one)?|"
    r"(?:task\s+|number\s+|no\.?\s*|#)?\d+)|"
    r"(?:the\s+)?wrong\s+one|sorry|oh|no|oops|my\s+bad)(?:\s*[,.;!-]+\s*|\s+|$))*",
    FLAGS,
)
_RETARGET_RE = re.compile(
    r"^(?:i\s+meant?\s+)?(?:(?:just|only)\s+)?(?P<t>[\w'-]+(?:\s+[\w'-]+){0,4}?)(?:\s+instead)?$",
    FLAGS,
)
# What may start the words after a retraction that are a request or a remark of their own
_NOT_A_TARGET = (
    IMPERATIVE_WORDS
    | SUBJECTS
    | lexicon(
        "tick untick bin scrap undo restore push bump tag keep leave don't dont do never forget "
        "ignore actually it it's its that that's not no fine ok okay good"
    )
)


# "not the gym, it's yoga": after the old one said with "not", the task meant said as what it is
_ITS_RE = re.compile(r"^(?:it'?s|it\s+is|it\s+was)\s+", FLAGS)


def retarget(rest: str) -> str | None:
    """The task named by what follows a retraction, when that is all it says (at most five
    words before a full stop or a comma, no request of its own); else None. After a "not" naming
    the old one, "it's X" names it too ("not the gym, it's yoga"; never "it's fine": no task)."""
    stripped = _NOT_THAT_RE.sub("", rest.strip(), count=1)
    if re.match(r"\s*not\b", rest, FLAGS) and stripped != rest.strip():
        stripped = _ITS_RE.sub("", stripped, count=1)
    rest = stripped
    # ("I mean the water bill, electric is still pending": what follows a comma is a remark)
    first = re.split(r"[.;!?,]\s|[.;!?]$|\n", rest, maxsplit=1)[0].strip(" ,-")
    m = _RETARGET_RE.match(first)
    if m is None or m["t"].split()[0].lower() in _NOT_A_TARGET:
        return None
    return m["t"]


CHANGING_KINDS = frozenset(TARGETED_KINDS - {"status"} | {"add", "undo"})


# A change described in order to take it back: "i marked X as done by accident", "you deleted
# X by mistake", "X got ticked off by accident", "i didn't mean to rename X", "undo marking X
# done". The last change in the log may be another one (the user's own, made elsewhere), so an
# undo asked for with such a description acts on the change described, never on "the last
# change". The verbs are the changes the app makes, in their past and -ing forms.
# Verbs of deeds ("finished", "cleared", "put") are not here: "I finished the report by mistake"
# is a thing done, not a tick to take back.
_CHANGE_BASES = lexicon(
    "mark tick check cross delete remove erase bin trash rename change move set reopen untick "
    "uncheck add update edit"
)
_VERB_KINDS = {verb: "delete" for verb in ("delete", "remove", "erase", "bin", "trash")} | {
    "rename": "rename",
    "move": "due",
    "reopen": "reopen",
    "untick": "reopen",
    "uncheck": "reopen",
}
# "ticked the bins one": a tick, check or cross said of a task is one off the list
_OFF_VERBS = lexicon("tick check cross")
# "added the milk twice by mistake": one too many, not the task to take back
_REPEATED_RE = re.compile(r"\b(?:twice|again|two\s+times|double)\b", FLAGS)


def _forms(base: str) -> tuple[str, ...]:
    stem = base[:-1] if base.endswith("e") else base
    double = base + base[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bnpt]", base) else base
    if base in ("set", "put"):
        return (base, base + base[-1] + "ing")
    return (stem + "ed", stem + "ing", double + "ed", double + "ing")


_CHANGE_FORMS = {form: base for base in _CHANGE_BASES for form in _forms(base)}
_FORMS = "|".join(sorted(_CHANGE_FORMS, key=len, reverse=True))
_MISTAKE_RE = re.compile(
    r"\s*\b(?:by\s+(?:accident|mistake|error)|accidentally|accidently|mistakenly|wrongly|"
    r"in\s+error|unintentionally|without\s+meaning\s+to)\b",
    FLAGS,
)
_DESCRIBED_RES = (
    # "i (accidentally) marked X done", "you deleted X", "i think i renamed X"
    re.compile(
        # ("ah no I ticked off X by accident", "oh crap, i deleted X": a cry first says nothing)
        r"^(?:(?:ah+|oh+|no+|nah|oops|whoops|wait|ugh|argh|damn|dammit|shoot|crap|hmm|sorry|"
        r"uh\s+oh|oh\s+no)[\s,!.]+)*"
        r"(?:(?:i|we)\s+think\s+)?(?P<subj>i|we|you|someone|somebody)(?:'ve|\s+have|\s+must\s+"
        r"have|\s+might\s+have)?(?:\s+(?:just|also|accidentally|accidently|mistakenly|wrongly|"
        rf"somehow))*\s+(?P<verb>{_FORMS})\b(?P<rest>.*)$",
        FLAGS,
    ),
    # "i didn't mean to delete X": the base form, always a mistake
    re.compile(
        r"^(?:i|we)\s+(?:didn'?t|did\s+not|never)\s+(?:mean|meant|want)\s+(?:you\s+)?to\s+"
        rf"(?P<mistake>(?P<verb>{'|'.join(sorted(_CHANGE_BASES))}))\b(?P<rest>.*)$",
        FLAGS,
    ),
    # "undo marking X done", "revert renaming X": the undo asked of one change
    re.compile(
        r"^(?P<asked>undo|revert|reverse|take\s+back)\s+(?:my\s+|your\s+|the\s+)?"
        rf"(?P<verb>{_FORMS})\b(?P<rest>.*)$",
        FLAGS,
    ),
    # "X got ticked off by accident", "the milk was deleted"
    re.compile(
        r"^(?P<t>.+?)\s+(?:got|was|were|has\s+been|have\s+been)\s+(?:(?:accidentally|"
        rf"accidently|mistakenly|wrongly|just)\s+)*(?P<verb>{_FORMS})\b(?P<rest>.*)$",
        FLAGS,
    ),
)
_REASON_AFTER_RE = re.compile(
    r"\s*[,;]\s|\s+(?:but|because|cause|cos|since|though|although|coz)\s", FLAGS
)
# What undoes a change of each kind, from the words that named its task; a rename or an edit
# is not (the old value is not said): the planner undoes it only when it was its own last
# change, else asks.
_INVERSE: dict[str, IntentKind] = {"complete": "reopen", "reopen": "complete", "delete": "restore"}
_DESCRIBABLE = frozenset(_INVERSE) | {"add", "rename", "due", "priority", "tag", "describe"}


def read_described_change(
    s: str, quotes: tuple[str, ...], reparse: Callable[[str], Intent | None]
) -> Intent | None:
    """A change described as made ("i marked X done by accident", "undo deleting X"): an undo
    of that change, with what it was done to. ``verb`` says how it was said: "mistake" (a
    mistake is said), "asked" (the undo is asked of it) or "said" (only told: it is a request to
    take back only when the message asks for an undo too)."""
    for rx in _DESCRIBED_RES:
        m = rx.match(s)
        if m is not None:
            break
    else:
        return None
    groups = m.groupdict()
    # "i marked send invoices as done but the email never went out": why it was wrong, told
    # after a comma or a "but", is no part of the task's name
    rest = re.split(_REASON_AFTER_RE, m["rest"], maxsplit=1)[0]
    said = "asked" if groups.get("asked") else "mistake" if groups.get("mistake") else "said"
    if _MISTAKE_RE.search(s[: m.start("rest")]) or _MISTAKE_RE.search(rest):
        said = "mistake" if said == "said" else said
        rest = _MISTAKE_RE.sub("", rest)
    named = f" {groups['t']}" if groups.get("t") else ""
    verb = _CHANGE_FORMS.get(m["verb"].lower(), m["verb"].lower())
    if verb in _OFF_VERBS and not re.match(r"\s*off\b", rest, FLAGS):
        verb += " off"
    if _REPEATED_RE.search(rest):
        return None
    change = reparse(f"{verb}{named}{rest}".strip())
    if (
        change is None
        or change.kind not in _DESCRIBABLE
        or (change.target is None and change.kind != "add")
    ):
        # "i renamed X by mistake": the change is not said in full; its verb and task are
        if verb == "add" or RETRACTION_RE.match(s) or not (named + rest).strip():
            return None
        kind = "complete" if verb.endswith(" off") or verb == "mark" else _VERB_KINDS.get(verb)
        target = parse_target(named + rest, quotes)
        return Intent("undo", target=target, query=kind or "edit", text=s, verb=said)
    if (change.kind == "add") != (verb == "add"):
        return None
    return Intent(
        "undo", target=change.target, title=change.title, query=change.kind, text=s, verb=said
    )


# "fix that", "change it back", "put it back": an undo asked for in other words.
_PUT_BACK_RE = re.compile(
    r"^(?:fix\s+(?:it|that|this)|(?:change|set|put|switch|turn|make)\s+(?:it|that|this)\s+back"
    r"(?:\s+to\s+(?:how\s+it\s+was|normal|open|not\s+done))?|(?:pls|please)\s+fix)$",
    FLAGS,
)
_WRONG_ONE_RE = re.compile(r"^(?:the\s+)?wrong\s+(?:one|task|item|thing)$", FLAGS)


def _asks_undo(intent: Intent, inverse: Intent) -> bool:
    """Whether a clause asks for the change described to be taken back: "undo that", "put it
    back", or the inverse said with "it" ("reopen it", "bring it back")."""
    if intent.kind == "undo" and intent.target is None:
        return True
    if intent.kind == "unknown":
        return bool(_PUT_BACK_RE.match(intent.text.strip(" .!?")))
    return (
        intent.kind in (inverse.kind, "restore", "reopen")
        and intent.target is not None
        and intent.target.kind in ("it", "them")
    )


def described_undos(intents: list[Intent], reread: Callable[[str], Intent | None]) -> list[Intent]:
    """An undo asked for with the change it means ("i marked X done by accident, can u undo
    that", "i accidentally deleted X"): the change described is undone, on the task it names
    (reopen X, restore X, delete the X just added), and the request itself is not run again as
    "undo the last change". A change only told of ("i marked X done") with no undo asked is
    read as the other rules read it."""
    described = {
        n: _inverse(i) for n, i in enumerate(intents) if i.kind == "undo" and i.verb and i.query
    }
    if not described:
        return intents
    others = [i for n, i in enumerate(intents) if n not in described]
    asked = {
        n: inverse
        for n, inverse in described.items()
        if intents[n].verb != "said" or any(_asks_undo(o, inverse) for o in others)
    }
    out: list[Intent] = []
    for n, intent in enumerate(intents):
        if n in asked:
            out.append(asked[n])
        elif n in described:
            out.append(reread(intent.text) or Intent("unknown", text=intent.text))
        elif not any(_asks_undo(intent, inverse) for inverse in asked.values()):
            out.append(intent)
    return out


def _inverse(change: Intent) -> Intent:
    """What takes back a change described; an undo kept with its description when the words
    do not say what the task was before (the planner decides)."""
    target = change.target
    if target is not None and _WRONG_ONE_RE.match(target.text):
        return Intent("undo")  # "i deleted the wrong one": the change just made
    if change.query in _INVERSE and target is not None:
        return Intent(_INVERSE[change.query], target=target)
    if change.query == "add" and change.title.lower() not in PRONOUN_TITLES:
        return Intent("delete", target=Target("words", text=change.title))
    return change
