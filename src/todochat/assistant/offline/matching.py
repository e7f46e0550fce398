"""Find the task a person means from the words they used.

People rarely repeat a title exactly ("the groceries task", "I called mom"), so the
matcher compares stems, weighs words that begin many titles ("buy", "call") less,
tolerates one-letter typos, and reports ambiguity instead of guessing.

A wrong match costs someone a task, so a match is also checked against what the words
say *against* it: a word the person said that contradicts the title ("west" for 'Spray
the east field', "flat 2" for 'Flat 3 boiler', "Mia" where the title says "Ava") rules
the task out; a match resting only on a short token ("2k") beside words the title lacks,
or two tasks scoring within a typo of each other, is a question ("ambiguous", naming the
candidates), never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from .normalise import lexicon, word_list, word_stems
from .text import (
    FINISH_VERBS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    ORDINALS,
    STOPWORDS,
    TASK_VERBS,
    WORD_RE,
    edit_distance_at_most_one,
    is_past_tense,
    stem,
    words,
)
from .text import lexicon as text_lexicon

MatchKind = Literal["unique", "ambiguous", "none"]

_LIGHT_WEIGHT = 0.5
_FUZZY_FACTOR = 0.8
_MIN_QUERY_COVERAGE = 0.5
_MIN_TITLE_COVERAGE = 0.75
# Two tasks whose scores differ by less than this (a typo's worth) are a question.
_CLOSE = 0.25
_EPS = 1e-9
# A phrase of this many words is a story: the title's words must stand together in it.
_STORY = 5


def _stems_of(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in text.split())


# Closed classes of qualifiers: two different words of one class name different things
# ("east field" is not "west field", "mom" is not "dad"). Values are canonical, so
# "mother" and "mum" are "mom", "1st" is "first".
_CLASS_WORDS: dict[str, str] = {
    "side": "north south east west northern southern eastern western northeast northwest "
    "southeast southwest left right upper lower upstairs downstairs front rear inner outer "
    "inside outside indoor outdoor",
    "ordinal": "first second third fourth fifth sixth seventh eighth ninth tenth",
    "kin": "mom dad grandma grandpa brother sister son daughter aunt uncle husband wife "
    "boyfriend girlfriend niece nephew cousin grandson granddaughter grandchild grandkid",
    "day": "monday tuesday wednesday thursday friday saturday sunday",
    "month": "january february april june july august september october november december",
    "colour": "red blue green yellow black white orange purple pink brown grey gray silver gold",
    "size": "small large medium",
    # Things of one kind that are never each other ("fed the dog" is not 'Feed the cat').
    "vehicle": "car van truck lorry bike motorbike scooter boat caravan",
    "room": "kitchen bathroom bedroom garage attic basement loft hallway lounge cellar "
    "shed porch nursery",
    "pet": "dog cat rabbit hamster horse puppy kitten parrot",
    "meal": "breakfast brunch lunch dinner supper",
    "utility": "electricity electric water gas internet broadband wifi",
    "subject": "math maths physics chemistry chem biology bio history geography english "
    "french spanish german italian latin art music",
    "instrument": "piano guitar violin drum cello flute trumpet saxophone",
    "sport": "football soccer tennis swimming swim rugby cricket hockey basketball netball "
    "golf yoga pilates",
}
_SAME: dict[str, str] = {
    "grandmother": "grandma",
    "granny": "grandma",
    "gran": "grandma",
    "nan": "grandma",
    "nana": "grandma",
    "nanna": "grandma",
    "grandfather": "grandpa",
    "grandad": "grandpa",
    "granddad": "grandpa",
    "bro": "brother",
    "sis": "sister",
    "hubby": "husband",
    "auntie": "aunt",
    "aunty": "aunt",
    "gray": "grey",
    "maths": "math",
    "chem": "chemistry",
    "bio": "biology",
    "soccer": "football",
    "swimming": "swim",
    "electric": "electricity",
    "lorry": "truck",
    "supper": "dinner",
    "puppy": "dog",
    "pup": "dog",
    "doggy": "dog",
    "doggie": "dog",
    "doggo": "dog",
    "kitten": "cat",
    "kitty": "cat",
}
# Two words for one kind of thing, said only before that thing ("winter tires" are "snow
# tires", "winter boots" "snow boots"): read as one there alone, so a 'Winter coat' keeps its
# winter. The first word's stem -> (the word read instead, the stems of the things it is said of).
_SAME_BEFORE: dict[str, tuple[str, frozenset[str]]] = {
    stem("winter"): (stem("snow"), frozenset(stem(w) for w in ["tire", "boot", "chain"])),
}
_CLASS: dict[str, str] = {}
_CANON: dict[str, str] = {}
for _cls, _text in _CLASS_WORDS.items():
    for _w in _text.split():
        _CLASS[stem(_w)] = _cls
        _CANON[stem(_w)] = stem(_SAME.get(_w, _w))
for _w, _to in _SAME.items():
    _CLASS[stem(_w)] = _CLASS[stem(_to)]
    _CANON[stem(_w)] = stem(_to)
for _w in _CLASS_WORDS["ordinal"].split():
    _CANON[stem(_w)] = f"#{ORDINALS[_w]}"  # "fourth" is "4th"
_NUMBERS = {stem(w): str(n) for w, n in NUMBER_WORDS.items()}  # "four" is "4"
# Where a word of these classes is said right beside a word of the title ("the west
# field", "mom's dentist") and the title has none of its class, it may be another task.
_BESIDE_CLASSES = frozenset({"side", "kin"})
_ORDINAL_NUMBER_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_DIGITS_RE = re.compile(r"\d+")

# Light verbs as the matcher sees them: stems ("make" is "mak", "tidy" is "tidi").
_LIGHT = LIGHT_VERBS | frozenset(stem(w) for w in LIGHT_VERBS)
# "called" is a stopword for "a task called X", but here it is the deed ("called mom").
_IGNORED = STOPWORDS - {"called"}
_DETERMINERS = frozenset(
    ["a", "an", "the", "my", "your", "our", "his", "her", "their", "this", "that", "these", "those"]
)
# Words that say nothing about which task is meant, beside a weak match ("... again").
_FILLERS = _stems_of(
    "today tomorrow tonight yesterday morning afternoon evening night earlier later week "
    "weekend again anymore any more ok okay good well yes no not never very really too "
    "sorry thanks thank please pls wala wali wale ko ka ki hai"
)


# Words after a noun that do not name another thing ("books back", "dentist appointment").
_NOT_A_THING = _stems_of(
    "back away home over through round around across along done sorted appointment appt "
    "booking session stuff bit one thing task job item errand reminder deadline date due "
    "priority time title name description note detail status would could should "
    "will can may might must shall you he she they them him we what which who when where "
    "if but because cause coz cuz though tho then herself himself themselves myself yourself "
    "ourselves itself lol haha there here first instead either anyway"
)
# Of those, the nouns that still name a thing of their own said before another ("a job
# application" is no passport application, "the status report" no expense report).
_QUALIFYING_NOUNS = _stems_of("job appointment booking session date time name note status")


# Verbs of one distinct deed each: said where the title has another ("cooked dinner" for
# 'Book dinner', "paid the plumber" for 'Call the plumber'), they name another task. The
# ones that fit any deed ("get", "do", "sort", "finish") are left out.
# Verbs that say little of the deed ("got milk" for 'Buy milk', "texted Sam" for 'Tell Sam')
_LIGHT_DEEDS = _stems_of(
    "get go grab take do make sort finish start check fill follow pick plan prepare "
    "review change find contact message email text mail drop"
)
_DEED_VERBS = frozenset(stem(w) for w in TASK_VERBS) - _LIGHT_DEEDS

# Verbs of a deed that say only "it is done", whatever the task's verb ("the bill got handled")
_DONE_DEEDS = frozenset(stem(w) for w in FINISH_VERBS) | _stems_of(
    "handle deal knock tick cross check clear sort settle tackle manage nail action process"
)
# A thing that came, for a task of getting it ('Order diesel'; the resolver asks when it may
# still be to do: "the gas bill came" for 'Pay the gas bill')
_CAME = _stems_of("come arrive land receive deliver turn show")
_SAYS_LITTLE = _DONE_DEEDS | _LIGHT_DEEDS | _CAME


def _canon(s: str) -> str:
    """The canonical value of a stem: number words as digits, "1st" as "first"."""
    if s in _CANON:
        return _CANON[s]
    if s in _NUMBERS:
        return _NUMBERS[s]
    if s.isdigit():
        return str(int(s))
    m = _ORDINAL_NUMBER_RE.match(s)
    return f"#{int(m.group(1))}" if m else s


def _qualifier_class(s: str) -> str | None:
    """The closed class of a stem ("side", "kin", ...), "number" for a token with digits."""
    if s in _CLASS:
        return _CLASS[s]
    if _ORDINAL_NUMBER_RE.match(s):
        return "ordinal"
    if s in _NUMBERS or any(c.isdigit() for c in s):
        return "number"
    return None


def _contradict(a: str, b: str) -> bool:
    """Whether two unmatched stems name different things of one class."""
    ca, cb = _qualifier_class(a), _qualifier_class(b)
    if ca is None or ca != cb:
        return False
    va, vb = _canon(a), _canon(b)
    if ca != "number":
        return va != vb
    da, db = _DIGITS_RE.findall(va), _DIGITS_RE.findall(vb)
    if da != db:
        return True  # "flat 2" and "flat 3", "q3" and "q4", "2k" and "5k"
    letters_a, letters_b = va.strip("0123456789"), vb.strip("0123456789")
    return bool(letters_a and letters_b and letters_a != letters_b)  # "3pm" and "3am"


@lru_cache(maxsize=1)
def _match_as() -> dict[str, str]:
    """Stems of other languages' words read as the stem of the English word a title may use
    ("dawai" is "medicin", "leche" is "milk"): a title may be in one language and the words
    naming it in another. Both sides are read this way, so 'Get ammi's medicine' and 'Ammi ki
    dawai' are the same task, and two tasks matching equally still make a question. The
    tables (``[match_as]`` in ``languages/*.toml``) hold only words that are no English word,
    so an English title never changes meaning."""
    return {stem(k): stem(v) for k, v in lexicon().match_as.items()}


@dataclass(frozen=True)
class _Token:
    stem: str
    key: str  # the canonical value matching compares
    pos: int  # index among the words of the text but determiners, for alignment
    raw_pos: int  # index among all words of the text, for adjacency
    name_like: bool  # capitalised inside a text that is not Title Case
    word: str = ""  # the word as said (lower case), for its shape ("sorted" is a deed)
    glued: bool = False  # only spaces between it and the word before ("car insurance")
    prev: str = ""  # the word right before it when glued, lower case, even one left out


@lru_cache(maxsize=1)
def _spelt_re() -> re.Pattern[str] | None:
    """A name spelt out that a title may write in letters (``[match_spelt]``)."""
    spelt = lexicon().match_spelt
    if not spelt:
        return None
    ways = sorted(spelt, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ways) + r")\b", re.IGNORECASE)


def _in_letters(text: str) -> str:
    """ "the warrant of fitness for the ute" as "the wof for the ute": both sides read so."""
    rx = _spelt_re()
    if rx is None:
        return text
    return rx.sub(lambda m: lexicon().match_spelt[m.group().lower()], text)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[_Token, ...]:
    """The meaningful words of ``text`` in order, without repeats (as ``content_stems``)."""
    found = list(WORD_RE.finditer(_in_letters(text).replace("’", "'")))
    raw = [m.group() for m in found]
    lower_seen = any(w[:1].islower() and len(w) > 2 and w.lower() not in STOPWORDS for w in raw)
    out: list[_Token] = []
    seen: set[str] = set()
    pos = -1
    for i, w in enumerate(raw):
        lw = w.lower()
        # Alignment skips determiners, which people drop or add freely ("paid plumber").
        pos += lw not in _DETERMINERS
        if lw in _IGNORED:
            continue
        s = _canon_stem(lw)
        if s in _SAME_BEFORE and i + 1 < len(raw):
            same, things = _SAME_BEFORE[s]
            s = same if _canon_stem(raw[i + 1].lower()) in things else s
        if not s or s in _IGNORED or s in seen:
            continue
        seen.add(s)
        name_like = (
            lower_seen and i > 0 and w[:1].isupper() and w[:1].isalpha() and lw[:2] != "i'"
        )  # "I'm", "I've" are no names
        glued = i > 0 and not text[found[i - 1].end() : found[i].start()].strip()
        prev = raw[i - 1].lower() if glued else ""
        out.append(_Token(s, _canon(s), pos, i, name_like, lw, glued, prev))
    return tuple(out)


@dataclass(frozen=True)
class TaskInfo:
    """The fields of a task the assistant needs to talk about it."""

    id: int
    title: str
    completed: bool = False
    description: str | None = None
    due: str | None = None  # as the tools show it: "Fri 5 Dec, 17:00"
    repeat: str | None = None  # "every month on the 1st"
    tags: tuple[str, ...] = ()
    overdue: bool = False
    deleted_at: str | None = None  # ISO 8601, for a task in the trash
    priority: str | None = None  # "high", "medium", "low"; None (or "none") when unset

    @property
    def stems(self) -> tuple[str, ...]:
        """Content stems of the title (computed on demand; titles are short)."""
        return tuple(t.stem for t in _tokens(self.title))


@dataclass(frozen=True)
class MatchResult:
    """The outcome of matching a phrase against a task list."""

    kind: MatchKind
    tasks: tuple[TaskInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Scored:
    task: TaskInfo
    matched: float
    query_coverage: float
    title_coverage: float
    pairs: tuple[tuple[int, int], ...]  # (query token index, title token index) matched
    contradicted: bool
    clipped: bool = False  # matched only by short forms of title words ("pav")


def _weight(stem: str) -> float:
    return _LIGHT_WEIGHT if stem in _LIGHT else 1.0


def _normalise_title(text: str) -> str:
    return " ".join(words(text))


def _swapped(s: str, t: str) -> bool:
    """Whether ``t`` is ``s`` with two neighbouring letters swapped."""
    if len(s) != len(t):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(s, t, strict=True)) if a != b]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and s[diffs[0]] == t[diffs[1]]
        and s[diffs[1]] == t[diffs[0]]
    )


def _fuzzy(s: str, t: str) -> bool:
    """A typo, or one word cut short of the other ("grocries", "sub" is not enough)."""
    if min(len(s), len(t)) < 4:
        return False
    if _qualifier_class(s) is not None and _qualifier_class(t) is not None:
        return False  # "1234" is not "1235"; "left" is not "lift" when both are qualifiers
    if any(c.isdigit() for c in s + t):
        return False
    if s.startswith(t) or t.startswith(s):
        return True  # "inspect" and "inspection", "back" and "backup"
    if s[0] == t[0] and _swapped(s, t):
        return True  # two letters typed the wrong way round ("qoutes", "recieve")
    if s[0] != t[0] or not edit_distance_at_most_one(s, t):
        return False  # people rarely mistype a first letter: "tent" is not "rent"
    # A letter dropped or added is a typo ("grocries", "finsh"); one changed in a short
    # word is as likely another word ("bake" and "bike", "lamp" and "lame").
    return len(s) != len(t) or len(s) >= 5


@lru_cache(maxsize=1)
def _near_groups() -> dict[str, frozenset[int]]:
    """Each stem of a ``match_near`` word -> the groups it is in."""
    out: dict[str, set[int]] = {}
    for i, group in enumerate(lexicon().match_near):
        for w in group:
            out.setdefault(stem(w), set()).add(i)
    return {k: frozenset(v) for k, v in out.items()}


def _near(s: str, t: str) -> bool:
    """Words for one thing said for one another ("meds", "prescription"; ``match_near``)."""
    groups = _near_groups()
    return s != t and bool(groups.get(s, frozenset()) & groups.get(t, frozenset()))


_PET_ENDING_RE = re.compile(r"(?:ies|ie|ys|y|os|o|as|za|zza|s)", re.IGNORECASE)


def _nickname(q: _Token, t: _Token) -> bool:
    """ "timmies" for 'Tim Hortons', "woolies" for 'Woolworths', "starbies" for 'Starbucks': a
    name the title has (capitalised), said as people shorten it, its first three letters or more
    then a pet ending. A word of its own that only opens the same way ("timber", "tiles") is
    none."""
    said, name = q.word.lower(), t.word.lower()
    if not t.name_like or len(name) < 3 or said == name or not said.isalpha():
        return False
    common = 0
    while common < min(len(said), len(name)) and said[common] == name[common]:
        common += 1
    if common < 3:
        return False
    rest = said[common:]
    # ("timmies": the name's last letter said twice before the ending)
    rest = rest[1:] if rest[:1] == said[common - 1] else rest
    if rest == "s" and common < len(name):
        return False  # "buns" is no 'Bunnings': a plural of its own
    return _PET_ENDING_RE.fullmatch(rest) is not None


def _clipped(s: str, t: str) -> bool:
    """ "pav" for "pavlova", "reno" for "renovation": a word of three letters cut from the
    start of a long one (six letters or more), as people shorten a thing's name. Too loose to
    act on alone ("car" is not "carpet"): a match resting on one is asked about."""
    return len(s) == 3 and len(t) >= 6 and t.startswith(s) and s.isalpha()


# Verbs of getting a thing, said first, for a task of buying it ("got the cards", "grabbed the
# snacks" against 'Buy Christmas cards', 'Buy lunchbox snacks', "grabbed the messages" against
# 'Get the messages'): the same deed.
_GETTING = frozenset({"got", "gotten", "grabbed"})  # as said: a deed told, no request
_BUYING = _stems_of("buy get")
# Getting a new thing finishes only a task of getting one ('Buy a new kettle'), never another
# deed done to a thing of that name ("we got a new bin" is no 'Put the bins out')
_ACQUIRING = _stems_of("buy get order replace pick collect fetch find source purchase grab")
_NEW = _stems_of("new brand-new")


def _got_bought(query: Sequence[_Token], title: Sequence[_Token]) -> bool:
    """Whether the words, a verb of getting and then only words of the title, get what the
    title, opening with a verb of buying, buys ("got a card from grandma" names one more thing:
    a card received)."""
    if not query or query[0].word not in _GETTING or not title or title[0].stem not in _BUYING:
        return False
    keys = {t.key for t in title}
    return all(q.key in keys or any(_nickname(q, t) for t in title) for q in query[1:])


def _score(
    query: Sequence[_Token], task: TaskInfo, clip: bool = False, got: bool = True
) -> _Scored:
    """How well ``query`` matches ``task``'s title; ``clip`` also lets a short form match
    (`_clipped`), which only a pick of one task asks about; ``got`` lets a verb of getting
    match one of buying (`_got_bought`)."""
    title = _tokens(task.title)
    total = sum(_weight(q.stem) for q in query) or 1.0
    matched = 0.0
    pairs: list[tuple[int, int]] = []
    hit: set[int] = set()
    clipped = whole = 0  # the words matched only as a short form, and the others
    for qi, q in enumerate(query):
        exact = next((ti for ti, t in enumerate(title) if t.key == q.key and ti not in hit), None)
        if exact is not None:
            matched += _weight(q.stem)
            pairs.append((qi, exact))
            hit.add(exact)
            whole += 1
            continue
        if got and qi == 0 and 0 not in hit and _got_bought(query, title):
            # "got the cards" against 'Buy Christmas cards': the thing got is the thing bought
            matched += _weight(q.stem) * _FUZZY_FACTOR
            pairs.append((qi, 0))
            hit.add(0)
            whole += 1
            continue
        for ti, t in enumerate(title):
            if ti not in hit and (
                _fuzzy(q.stem, t.stem) or _near(q.stem, t.stem) or _nickname(q, t)
            ):
                matched += _weight(q.stem) * _FUZZY_FACTOR
                pairs.append((qi, ti))
                hit.add(ti)
                whole += 1
                break
        else:
            cut = (
                None
                if not clip
                else next(
                    (
                        ti
                        for ti, t in enumerate(title)
                        if ti not in hit and _clipped(q.stem, t.stem)
                    ),
                    None,
                )
            )
            if cut is not None:
                matched += _weight(q.stem) * _FUZZY_FACTOR
                pairs.append((qi, cut))
                hit.add(cut)
                clipped += 1
    title_total = sum(_weight(t.stem) for t in title) or 1.0
    title_hit = sum(_weight(title[ti].stem) for ti in hit)
    contradicted = bool(pairs) and _contradicted(query, title, dict(pairs))
    return _Scored(
        task,
        matched,
        matched / total,
        title_hit / title_total,
        tuple(pairs),
        contradicted,
        bool(clipped) and not whole,
    )


# Getting a thing is not giving it: "got the invoice from dave" against 'Send invoice to Dave',
# "received the renewal" against 'Renew car insurance', "got a letter about the bill" against
# 'Pay the bill' ("got the quote from the builder" still does 'Get the quote', "got milk" 'Buy
# milk').
_RECEIVED = _stems_of("got gotten received recieved came arrived")
_GIVING = _stems_of(
    "send pay renew return submit give post mail email text reply deliver file sign transfer"
)

# Contacting someone about a thing is not sending or paying it: "texted dave about the invoice",
# "sent dave a text about the invoice" against 'Send invoice to Dave' ("emailed sarah about the
# report" still does 'Email Sarah about the report').
_SENDING = _stems_of("send pay renew return submit give post deliver file sign transfer")
_CONTACTING = _stems_of(
    "text texted email emailed message messaged call called ring rang phone phoned contact "
    "contacted dm dmed whatsapp whatsapped ping pinged"
)
_CANCELLING = _stems_of("cancel cancelled canceled")
# Verbs of calling a thing off ('Cancel Netflix', 'Stop the milk delivery'): news that the thing
# is off may say the task is done, and so does the user's own "cancelled it".
CALL_OFF_STEMS = _stems_of("cancel stop end quit unsubscribe terminate close")
# The verbs a title may start with: a deed (a light one too: 'Take out the bins'), a contact,
# calling a thing off, finishing or topping it up
_TITLE_VERBS = (
    frozenset(stem(w) for w in TASK_VERBS)
    | _CONTACTING
    | CALL_OFF_STEMS
    | _stems_of("top finish complete")
)


def calls_off(task: TaskInfo, verb: str = "") -> bool:
    """Whether ``task`` is calling a thing off ('Cancel Peacock free trial'), or is the deed
    ``verb`` says was done ('Drop the pottery class' for "dropped")."""
    title = _tokens(task.title)
    return bool(title) and (title[0].stem in CALL_OFF_STEMS or title[0].stem == stem(verb))


# Words for one outing to a place, said for one another ("the bunnings trip", 'Bunnings run')
_OUTINGS = _stems_of("trip run visit errand outing dash shop shopping")
# Booking a thing is not going to it: "booked the car in for its MOT" is not 'Take the car in for
# MOT' done, nor "booked a haircut" 'Get a haircut'
_BOOKING = _stems_of("book booked schedule scheduled reserve reserved arrange arranged")
_GOING = _stems_of("take go get do attend have")
_MESSAGES = _stems_of("text email message msg dm note line whatsapp voicemail call")


# A task of getting a thing: what "it arrived", "got it" finishes, rather than a giving task
_RECEIVING = _stems_of("receive recieve collect get fetch await expect accept pick")


def _received(query: Sequence[_Token], task: TaskInfo) -> bool:
    """Whether the words say a thing was received and ``task`` is getting it."""
    title = _tokens(task.title)
    return (
        bool(title) and title[0].stem in _RECEIVING and any(q.stem in _RECEIVED for q in query[:2])
    )


def giving(task: TaskInfo) -> bool:
    """Whether ``task`` is giving a thing ('Pay the gas bill', 'Send money to Mama'), which the
    thing arriving or being received does not do."""
    title = _tokens(task.title)
    return bool(title) and title[0].stem in _GIVING


def _contacts(query: Sequence[_Token], pairs: dict[int, int]) -> bool:
    """Whether the words said are contacting someone: a contact verb first, or a message said
    that the title lacks ("sent dave a text")."""
    if query and query[0].stem in _CONTACTING:
        return True
    return any(q.stem in _MESSAGES for qi, q in enumerate(query) if qi not in pairs)


def _contradicted(query: Sequence[_Token], title: Sequence[_Token], pairs: dict[int, int]) -> bool:
    """Whether words the person said rule this title out, though others match it."""
    if title and title[0].stem in _GIVING and any(q.stem in _RECEIVED for q in query[:2]):
        return True
    if title and title[0].stem in _SENDING and _contacts(query, pairs):
        return True
    if (
        title
        and title[0].stem in word_stems("getting_from")
        and 0 not in pairs
        and any(q.stem in word_stems("handing_over") for q in query[:2])
    ):
        return True  # "gave the drill to kofi" against 'Borrow drill from Kofi': the other way
    if (
        title
        and title[0].stem in word_stems("taking")
        and query[0].stem in _CONTACTING
        and 0 not in pairs
    ):
        return True  # "rang the vet about rex's jabs" against 'Take Rex to the vet': only a call
    if (
        title
        and title[0].stem in _TITLE_VERBS
        and 0 not in pairs
        and query[0].stem in word_stems("about_it")
        and not (len(query) > 1 and query[1].word in ("off", "in"))
    ):
        return True  # "looked up the cat food" against 'Buy cat food': its facts, no buying
    if title and title[0].stem in _GOING and query[0].stem in _BOOKING and 0 not in pairs:
        return True  # "booked the car service" against 'Take the car in for a service': only set up
    if title and title[0].stem in _DEED_VERBS and query[0].stem in _CANCELLING and 0 not in pairs:
        return True  # "dentist cancelled" ('cancelled dentist') against 'Book dentist': undone
    if (
        title
        and title[0].stem not in _ACQUIRING
        and query[0].word in _GETTING
        and any(q.stem in _NEW for q in query[1:])
        and 0 not in pairs
    ):
        return True  # "we got a new bin" against 'Put the bins out': a thing got, no deed done
    hit = set(pairs.values())
    q_free = [q for qi, q in enumerate(query) if qi not in pairs]
    t_free = [t for ti, t in enumerate(title) if ti not in hit]
    if any(_contradict(q.stem, t.stem) for q in q_free for t in t_free):
        return True  # "west" against "east", "flat 2" against "flat 3", "mom" against "dad"
    only_head = set(pairs.values()) == {0}
    for q, t in _substitutions(query, title, pairs):
        if q.stem in _OUTINGS and t.stem in _OUTINGS:
            continue  # "the bunnings trip" for 'Bunnings run for potting mix': one outing
        if only_head and _distinctive(q.stem) and _distinctive(t.stem):
            return True  # "test the generator" against 'Test the sump pump': another object
        if _another_object(q, t, title):
            return True  # "posted a letter to margaret" against 'Post parcel to Margaret'
        if (
            t.stem in _DEED_VERBS
            and (q.stem in _DEED_VERBS or (is_past_tense(q.word) and q.stem not in _SAYS_LITTLE))
            and not _same_deed(q.stem, t.stem)
        ):
            # "paid the plumber" against 'Call the plumber'; "the car got towed" ('towed car')
            # against 'Fix the car': another deed done to the same thing
            return True
        if _kin_for_name(q, t, title, pairs):
            continue  # "posted the parcel to my grandson in Dunedin" ('Post parcel to Liam in ...')
        if t.name_like and not q.name_like and _staff_re().fullmatch(q.word):
            continue  # "rang the gas people" for 'Ring British Gas': the firm's people
        if q.name_like or t.name_like:
            return True  # "pick up Mia" against 'Pick up Ava': a name where the title has another
    if _someone_elses(query, title, pairs):
        return True  # "walked the neighbour's dog" against 'Walk the dog': another one's dog
    matched_at = {query[qi].raw_pos for qi in pairs}
    if not any(t.stem.isdigit() for t in title) and any(
        q.stem.isdigit() and q.raw_pos - 1 in matched_at and q.raw_pos + 1 not in matched_at
        for q in q_free
    ):
        # "sprint 12" against 'Plan next sprint': a number after a word names which one ("2
        # suppliers" counts them)
        return True
    title_classes = {_qualifier_class(t.stem) for t in title}
    # Words it could qualify: matched, and not a verb ("nan made it" qualifies nothing).
    qualified = {query[qi].raw_pos for qi in pairs if query[qi].stem not in _LIGHT}
    for q in q_free:
        cls = _qualifier_class(q.stem)
        if cls in _BESIDE_CLASSES and cls not in title_classes and q.raw_pos + 1 in qualified:
            return True  # "the west field" when the title names no side of anything
    return False


def _another_head(query: Sequence[_Token], best: _Scored, tasks: Sequence[TaskInfo]) -> bool:
    """Whether the words say the title's qualifier with another thing after it, where the
    title has its last word (the thing it is about), and a near twin on the list tells the two
    words apart: "mia's bag" against 'Pack Mia's lunch' beside 'Sign Mia's permission slip',
    "the kitchen sink" against 'Fix kitchen tap' beside 'Fix kitchen drawer', "the bathroom
    door" against 'Fix bathroom tap' beside 'Fix kitchen tap' name a third thing. With no twin
    the head said loosely is the title's ("called fish guy" for 'Call the fish supplier').
    The thing said must name one: no deed ("mia's lunch packed"), no word for any task ("the
    kitchen tap job"), no qualifier (the classes' own rule), no short form of the title's
    ("mum's doc" for 'Call mom's doctor')."""
    title = _tokens(best.task.title)
    if len(title) < 3:
        return False
    head, own = title[-1], title[-2]
    pairs = dict(best.pairs)
    hit = set(pairs.values())
    if len(title) - 1 in hit or len(title) - 2 not in hit or head.name_like:
        return False
    if not head.glued or head.raw_pos != own.raw_pos + 1 or not _distinctive(head.stem):
        return False
    said = next(query[qi] for qi, ti in pairs.items() if ti == len(title) - 2)
    thing = next((q for q in query if q.raw_pos == said.raw_pos + 1), None)
    if not (
        thing is not None
        and thing.glued
        and not any(query[qi] is thing for qi in pairs)
        and _names_a_thing(thing)
        and thing.stem not in _DEED_VERBS
        and not thing.name_like
        and not head.stem.startswith(thing.stem)
    ):
        return False
    for task in tasks:
        keys = {t.key for t in _tokens(task.title)}
        if task.id != best.task.id and (own.key in keys) != (head.key in keys):
            return True  # a twin: the same qualifier with another thing, or the other way
    return False


def _someone_elses(query: Sequence[_Token], title: Sequence[_Token], pairs: dict[int, int]) -> bool:
    """Whether the words say whose a thing of the title is, where the title names no one:
    "the neighbour's dog" against 'Walk the dog' is another dog. Only a possessive said as one
    ("neighbour's", "the twins'") right before a word matched; a title with a name or a
    possessive of its own is left to the rules that compare those."""
    if any("'" in t.word or t.name_like for t in title):
        return False
    at = {query[qi].raw_pos for qi in pairs}
    return any(
        qi not in pairs
        and (q.word.endswith("'s") or q.word.endswith("s'"))
        and q.raw_pos + 1 in at
        and _distinctive(q.stem)
        and q.stem not in _NOT_A_THING
        for qi, q in enumerate(query)
    )


def _kin_for_name(q: _Token, t: _Token, title: Sequence[_Token], pairs: dict[int, int]) -> bool:
    """Whether ``q`` is a kin word ("my grandson", "my nan") said where the title has a name
    ('Liam'), with two things of the title's besides its verb matched ("the parcel", "Dunedin"):
    the person may well be that name, as the rest names the task. On a verb and a name alone
    ("called my mum" for 'Call Sarah') the kin word is another person still."""
    if _qualifier_class(q.stem) != "kin" or not t.name_like or q.name_like:
        return False
    things = [
        title[ti]
        for ti in pairs.values()
        if _distinctive(title[ti].stem) and title[ti].stem not in _DEED_VERBS
    ]
    return len(things) >= 2


def _another_object(q: _Token, t: _Token, title: Sequence[_Token]) -> bool:
    """Whether ``q``, said where the title has its first thing ``t`` right after its verb, is
    another thing: "letter" where 'Post parcel to Margaret' has "parcel"."""
    return (
        len(title) > 1
        and title[0].stem in _DEED_VERBS
        and t is title[1]
        and t.pos == title[0].pos + 1
        and not (q.name_like or t.name_like)
        and all(
            _distinctive(w.stem)
            and w.stem not in _DEED_VERBS
            and w.stem not in _SAYS_LITTLE
            and w.stem not in _NOT_A_THING
            and w.stem not in _OUTINGS
            and _qualifier_class(w.stem) is None
            for w in (q, t)
        )
    )


_PLACE_PREPOSITIONS = frozenset({"at", "in", "from"})


@lru_cache(maxsize=4096)
def _place_words(title: str) -> frozenset[int]:
    """The raw positions of the title's words said as a place, after its last "at", "in" or
    "from" ('Drop off permission slips at school': "school"; 'Drop parcel at the post
    office': "post", "office")."""
    raw = [m.group().lower() for m in WORD_RE.finditer(title.replace("’", "'"))]
    at = max((i for i, w in enumerate(raw) if w in _PLACE_PREPOSITIONS), default=None)
    return frozenset() if at is None else frozenset(range(at + 1, len(raw)))


def _another_thing(query: Sequence[_Token], scored: _Scored) -> _Token | None:
    """The word that makes the title's last word only a modifier of another noun: "car
    insurance" names insurance, not 'Wash the car'; "dog food" is not 'Walk the dog'.

    The word after it must name a thing: said right after it, not a word of the title, not
    a deed said of it ("car washed", "shampoo restocked"), not a particle ("books back"),
    a task's field ("application deadline") nor a word for any task ("dentist appointment").
    A name in the title is what the task is about ("lyon show": 'Book hotel in Lyon').
    """
    title = _tokens(scored.task.title)
    pairs = dict(scored.pairs)
    at = {query[qi].raw_pos for qi in pairs}
    places = _place_words(scored.task.title)
    for qi, ti in pairs.items():
        if ti != len(title) - 1 or title[ti].stem in _LIGHT or title[ti].name_like:
            continue
        if title[ti].raw_pos in places and any(
            _distinctive(title[tj].stem) and title[tj].stem not in _DEED_VERBS
            for tj in pairs.values()
            if tj < ti
        ):
            # "dropped the permission slips at the school office" for 'Drop off permission
            # slips at school': the thing done is matched, and the title's place said more
            # exactly is the same place, no other thing
            continue
        following = next((q for q in query if q.raw_pos == query[qi].raw_pos + 1), None)
        if (
            following is not None
            and following.glued
            and following.raw_pos not in at
            and _distinctive(following.stem)
            and following.stem not in _NOT_A_THING
            and not is_past_tense(following.word)
            and _qualifier_class(following.stem) is None
        ):
            return following
    return None


def names_another_thing(phrase: str, task: TaskInfo, *, deed: bool = False) -> bool:
    """Whether ``phrase``, matched to ``task``, goes on after a word they share with a word
    that names another thing than the title's word there: "car rego" for 'Book car service'.
    Too strict to pick a task by ("fish guy" is 'Call the fish supplier'), it keeps a date
    said of a thing off a task that only shares its first word. With ``deed``, only a deed
    said as a thing after the shared word counts, a light verb ("car wash" for 'Renew car
    license': the planner asks before a delete, a tick or a rename of the one that only half
    fits; "the bunnings trip" for 'Bunnings run for potting mix' may be that run, and is no
    deed)."""
    query, title = _tokens(phrase), _tokens(task.title)
    scored = _score(query, task)
    pairs = dict(scored.pairs)
    at = {query[qi].raw_pos for qi in pairs}
    for qi, ti in pairs.items():
        if ti + 1 >= len(title) or title[ti].stem in _LIGHT:
            continue
        own = title[ti + 1]
        if own.raw_pos != title[ti].raw_pos + 1 or ti + 1 in pairs.values():
            continue
        following = next((q for q in query if q.raw_pos == query[qi].raw_pos + 1), None)
        if (
            following is not None
            and following.raw_pos not in at
            and _names_a_thing(own)
            and (_light_thing(following) if deed else _names_a_thing(following))
        ):
            return True
    return False


def _light_thing(word: _Token) -> bool:
    """A light verb glued to the noun before it, as a thing of its own ("wash" in "car wash",
    "walk" in "dog walk"), never the deed done ("car washed")."""
    return (
        word.glued
        and word.stem in _LIGHT
        and len(word.stem) > 2
        and word.stem not in _SAYS_LITTLE
        and not is_past_tense(word.word)
    )


def _names_a_thing(word: _Token) -> bool:
    """A word glued to the one before it that names a thing of its own ("rego" in "car
    rego"): distinctive, no deed done ("washed"), no word for any task, no qualifier."""
    return (
        word.glued
        and _distinctive(word.stem)
        and word.stem not in _NOT_A_THING
        and word.stem not in _SAYS_LITTLE
        and not is_past_tense(word.word)
        and _qualifier_class(word.stem) is None
    )


def _another_qualifier(query: Sequence[_Token], best: _Scored, tasks: Sequence[TaskInfo]) -> bool:
    """A word said right before a matched one where the title has a qualifier of its own
    there, the word no task has: "car warrant" for 'Renew the search warrant paperwork' names
    another warrant (the title's "search" is not said, the "car" is nowhere). A word only
    missing ("paid the gas" for 'Pay the gas bill') or a deed ("renewed the warrant") is none.
    """
    title = _tokens(best.task.title)
    pairs = dict(best.pairs)
    hit = set(pairs.values())
    for qi, ti in pairs.items():
        said = query[qi]
        before = next((q for q in query if q.raw_pos == said.raw_pos - 1), None)
        if before is None and stem(said.prev) in _QUALIFYING_NOUNS:
            # "the job application": a word left out of matching as any task's ("the gym
            # job") is still a thing of its own before another
            left = stem(said.prev)
            before = _Token(left, left, -1, said.raw_pos - 1, False, said.prev)
        if not said.glued or before is None or any(query[i] is before for i in pairs):
            continue
        if ti == 0 or ti - 1 in hit or not title[ti].glued:
            continue
        own = title[ti - 1]
        if own.raw_pos != title[ti].raw_pos - 1:
            continue
        # (a verb, the title's first word or the words' first, is a deed, no qualifier; "water"
        # in 'Change the fridge water filter' is one)
        if not (
            _qualifies(before, _said_as_deed(before, query, title))
            and _qualifies(own, own.stem in _DEED_VERBS and own is title[0])
        ):
            continue
        if _near(before.stem, own.stem) or _fuzzy(before.stem, own.stem):
            continue
        if any(before.stem in t.stems for t in tasks):
            continue
        return True
    return False


def _said_as_deed(word: _Token, query: Sequence[_Token], title: Sequence[_Token]) -> bool:
    """Whether ``word``, a verb said first (after fillers), is the deed said of the thing after
    it: a verb elsewhere is a noun ("replaced the phone battery"), and so is one at the start
    whose deed is not the title's ("phone battery done" for 'Replace the smoke alarm battery')."""
    lead = next((q for q in query if q.stem not in _FILLERS), None)
    if word is not lead or word.stem not in _DEED_VERBS:
        return False
    return not (title and title[0].stem in _DEED_VERBS and not _same_deed(word.stem, title[0].stem))


def _qualifies(word: _Token, deed: bool) -> bool:
    """Whether ``word``, said right before a thing, names a qualifier of it: a word naming
    something ("car", "job"; a deed verb that is also a thing, "phone", "book"), not a deed
    said of the thing, a word of little say, a function word or a past tense."""
    if deed or word.stem in _SAYS_LITTLE or is_past_tense(word.word):
        return False
    if word.stem in _NOT_A_THING and word.stem not in _QUALIFYING_NOUNS:
        return False
    return _distinctive(word.stem) or (word.stem in _DEED_VERBS and len(word.stem) > 2)


def _said_of_another(
    query: Sequence[_Token], best: _Scored, tasks: Sequence[TaskInfo]
) -> TaskInfo | None:
    """Another task holding the word said right after a matched one where the best title
    has a word of its own: "car wash" names 'Renew car registration' by "car" but puts
    "wash", a word of 'Wash the dog', where that title says "registration". The words then
    split between two tasks."""
    title = _tokens(best.task.title)
    pairs = dict(best.pairs)
    hit = set(pairs.values())
    for qi, ti in pairs.items():
        said = next((q for q in query if q.raw_pos == query[qi].raw_pos + 1), None)
        if said is None or not said.glued or ti + 1 >= len(title) or ti + 1 in hit:
            continue
        if any(query[i] is said for i in pairs) or said.key == title[ti + 1].key:
            continue
        for task in tasks:
            if task.id != best.task.id and any(t.key == said.key for t in _tokens(task.title)):
                return task
    return None


def _substitutions(
    query: Sequence[_Token], title: Sequence[_Token], pairs: dict[int, int]
) -> list[tuple[_Token, _Token]]:
    """Unmatched words said where the title has other unmatched words: the same distance
    from a matched word on the same side ("pick up [Mia] from school" / "Pick up [Ava]
    from school"; "paid the [acme] invoice" / "Pay [Kiwi] invoice")."""
    hit = set(pairs.values())
    free_at = {t.pos: t for ti, t in enumerate(title) if ti not in hit}
    out: list[tuple[_Token, _Token]] = []
    for qi, q in enumerate(query):
        if qi in pairs:
            continue
        left = next((i for i in range(qi - 1, -1, -1) if i in pairs), None)
        right = next((i for i in range(qi + 1, len(query)) if i in pairs), None)
        for anchor in (left, right):
            if anchor is None:
                continue
            at = title[pairs[anchor]].pos + q.pos - query[anchor].pos
            if at in free_at:
                out.append((q, free_at[at]))
                break
    return out


def _in_a_twins_place(query: Sequence[_Token], full: _Scored, tied: Sequence[_Scored]) -> bool:
    """Whether a word said beyond the title matched whole stands where a tied twin has a word
    of its own: "calling mom's dentist" with 'Call mom' and 'Call mom's doctor' says "dentist"
    where the twin says "doctor", so the words name a third thing, not the shorter title. A
    word of no say ("call mom back", "call mom today") leaves the shorter title the one meant."""
    for other in tied:
        if other is full:
            continue
        title = _tokens(other.task.title)
        for q, t in _substitutions(query, title, dict(other.pairs)):
            if (
                _distinctive(q.stem)
                and _distinctive(t.stem)
                and q.stem not in _NOT_A_THING
                and q.stem not in _SAYS_LITTLE
            ):
                return True
    return False


def _strong(s: str) -> bool:
    """A word that can carry a match on its own: not short, not bare digits, not a light verb."""
    return len(s) > 2 and not s.isdigit() and s not in _LIGHT


def _distinctive(s: str) -> bool:
    """A word that names something: strong, and not a filler ("again", "tomorrow")."""
    return _strong(s) and s not in _FILLERS


def _weak(query: Sequence[_Token], best: _Scored) -> bool:
    """A match resting only on short or light words ("2k", "buy") while the person said
    other words the title lacks ("bailed on the 2k again")."""
    used = {qi for qi, _ in best.pairs}
    if any(_strong(query[qi].stem) for qi in used):
        return False
    return any(_distinctive(q.stem) for qi, q in enumerate(query) if qi not in used)


@lru_cache(maxsize=1)
def _staff_re() -> re.Pattern[str]:
    return re.compile(word_list("staff"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _common_thing_re() -> re.Pattern[str]:
    return re.compile(word_list("common_thing"), re.IGNORECASE)


def _kind_only(query: Sequence[_Token], best: _Scored, tasks: Sequence[TaskInfo]) -> bool:
    """Whether the match rests only on words for a kind of thing many tasks have ("service",
    "bill": `common_thing`) while the person named which one with a word no task has and the
    title names its own: "the boiler service" for 'Book car service', "the phone bill" for
    'Pay electricity bill' name another thing. The word is said right before the kind, as
    people name which one ("reminder", "task", "one" name nothing)."""
    pairs = dict(best.pairs)
    said = [query[qi] for qi in pairs if _distinctive(query[qi].stem)]
    if not said or not all(_common_thing_re().fullmatch(q.word) for q in said):
        return False
    title = _tokens(best.task.title)
    hit = set(pairs.values())
    if not any(
        ti not in hit and _distinctive(t.stem) and t.stem not in _DEED_VERBS
        for ti, t in enumerate(title)
    ):
        return False  # 'Pay the bill': the title names no one of its kind
    at = {query[qi].raw_pos for qi in pairs}
    which = [
        q
        for qi, q in enumerate(query)
        if qi not in pairs
        and _distinctive(q.stem)
        and q.stem not in _SAYS_LITTLE
        and q.stem not in _NOT_A_THING
        and q.raw_pos + 1 in at  # said right before the kind ("the travel insurance")
        and (q.stem not in _DEED_VERBS or qi > 0 or not is_past_tense(q.word))
    ]
    if not which:
        return False
    known = _title_keys(tuple(task.title for task in tasks))
    return any(q.key not in known for q in which)


@lru_cache(maxsize=64)
def _title_keys(titles: tuple[str, ...]) -> frozenset[str]:
    """The words (their keys) of every title of a task list, worked out once for that list,
    as ``_tokens`` is for one title."""
    return frozenset(t.key for title in titles for t in _tokens(title))


def _together(query: Sequence[_Token], scored: _Scored) -> bool:
    """Whether the title's matched words stand together in a long phrase ("…but I did
    manage to read chapter four for book club"), in any order: at most two other words
    between one and the next."""
    positions = sorted(query[qi].pos for qi, _ in scored.pairs)
    # ("rang the gas people this morning about the boiler": when it was done stands between)
    fillers = [q.pos for q in query if q.stem in _FILLERS]
    return all(b - a - sum(a < f < b for f in fillers) <= 3 for a, b in pairwise(positions))


_AUXILIARIES = text_lexicon(
    "do does did is are was were will can could should would must may might has have had am "
    "i'm im we're you're they're he's she's it's that's i we you they he she it"
)
_NOT_RE = re.compile(r"\s*,?\s+(?:but\s+)?not\s+(?=\S)", re.IGNORECASE)


def _without_not_meant(phrase: str) -> str:
    """ "fed the dog not the cat", "cleaned the car, not my room": what follows "not" after
    two words or more is the thing NOT meant, no word of the task's ("do not disturb sign"
    keeps its words: "not" after a verb of its own negates it)."""
    m = _NOT_RE.search(phrase)
    if m is None:
        return phrase
    before = phrase[: m.start()].split()
    if len(before) < 2 or before[-1].lower() in _AUXILIARIES:
        return phrase
    return phrase[: m.start()]


# "grabbed the snags at woolies", "picked up the bread from the servo": where a thing was got,
# after it, says which shop ("from B&Q"), never which task (a title that names the place is
# matched first)
_PLACE_TAIL_RE = re.compile(
    r"(?<=\w)\s+(?:at|from)\s+(?:the\s+)?[^\W\d_][\w'&-]*(?:\s+[^\W\d_][\w'&-]*)?$", re.IGNORECASE
)
# ("grabbed the messages in dunnes", "got the milk in the spar": one word after "in", said
# after a verb of getting)
_SHOP_TAIL_RE = re.compile(r"(?<=\w)\s+in\s+(?:the\s+)?[^\W\d_][\w'&-]*$", re.IGNORECASE)

# "cleaned out the esky for saturday's barbie", "ironed the shirts for tomorrow's interview",
# "baked the cake for the party": what a deed was done for, after it, says why, never which
# task (a title that names it is matched first; said after no deed, "delete the cake for mum's
# party", it may name another task, and stays)
_PURPOSE_TAIL_RE = re.compile(
    r"(?<=\w)\s+for\s+(?:(?:the|this|next|our|my)\s+|[^\W\d_][\w-]*'s\s+)[^\W\d_][\w'-]*$",
    re.IGNORECASE,
)


def match_tasks(
    phrase: str,
    tasks: Sequence[TaskInfo],
    *,
    prefer_completed: bool | None = None,
    exact: bool = False,
) -> MatchResult:
    """Pick the task(s) ``phrase`` refers to (see ``_match_words``); words that only say where
    a thing was got ("at woolies") are left out when no task is named with them."""
    found = _match_words(phrase, tasks, prefer_completed=prefer_completed, exact=exact)
    if found.kind != "none" or exact:
        return found
    spelt = _acronyms_spelt(phrase, tasks)
    if spelt != phrase:
        # "the PTM tomorrow" for 'Parent-teacher meeting at school'
        found = _match_words(spelt, tasks, prefer_completed=prefer_completed)
        if found.kind != "none":
            return found
    first = phrase.split(None, 1)[0].lower() if phrase.strip() else ""
    if first in _GETTING or first == "bought":
        # "grabbed the messages in dunnes": the shop a thing was got in, a getting still
        shopless = _SHOP_TAIL_RE.sub("", phrase.strip())
        if shopless != phrase.strip() and len(_tokens(shopless)) > 1:
            found = _match_words(shopless, tasks, prefer_completed=prefer_completed, exact=exact)
            if found.kind != "none":
                return found
    placeless = _PLACE_TAIL_RE.sub("", phrase.strip())
    if is_past_tense(placeless.split(None, 1)[0] if placeless else ""):
        placeless = _PURPOSE_TAIL_RE.sub("", placeless)
    if placeless == phrase.strip() or not _tokens(placeless):
        return found
    # ("got a card from grandma": a thing got from someone may be a thing received, no buy)
    return _match_words(placeless, tasks, prefer_completed=prefer_completed, exact=exact, got=False)


_ACRONYM_RE = re.compile(r"\b[A-Z]{2,5}\b")
_TITLE_WORD_RE = re.compile(r"[A-Za-z][\w']*")
_NOT_AN_INITIAL = frozenset(
    {"the", "a", "an", "of", "to", "for", "at", "on", "in", "and", "with", "my", "our"}
    | {"your", "his", "her", "their", "from", "by"}
)


def _acronyms_spelt(phrase: str, tasks: Sequence[TaskInfo]) -> str:
    """``phrase`` with each word in capitals that is the initials of words in a row of one
    task's title only ("PTM" of 'Parent-teacher meeting') spelt out as those words; a word
    whose initials fit no title, or two, stays as said."""

    def spelt(m: re.Match[str]) -> str:
        letters = m.group().lower()
        fits: list[str] = []
        for task in tasks:
            words = _TITLE_WORD_RE.findall(task.title)
            if m.group() in words:
                return m.group()  # the title has the word itself
            if any(w.lower() in _NOT_AN_INITIAL for w in words):
                # ('Pick the mail' is no "PTM": initials stand for words that say something)
                words = [w for w in words if w.lower() not in _NOT_AN_INITIAL]
            initials = "".join(w[0].lower() for w in words)
            at = initials.find(letters)
            if at >= 0 and initials.find(letters, at + 1) < 0:
                fits.append(" ".join(words[at : at + len(letters)]))
        return fits[0] if len(fits) == 1 else m.group()

    return _ACRONYM_RE.sub(spelt, phrase)


def _match_words(
    phrase: str,
    tasks: Sequence[TaskInfo],
    *,
    prefer_completed: bool | None = None,
    exact: bool = False,
    got: bool = True,
) -> MatchResult:
    """Pick the task(s) ``phrase`` refers to.

    ``prefer_completed`` breaks ties by status (completing prefers pending tasks,
    reopening prefers done ones). ``exact`` is set for quoted titles: only a title
    equal to the phrase (case-insensitively) counts, when one exists. A task the words
    contradict is never picked; when it is all there is, the answer is a question
    ("ambiguous" with that task), so nothing changes on a guess.
    """
    wanted = _normalise_title(phrase)
    same = [t for t in tasks if _normalise_title(t.title) == wanted]
    if not same and wanted:
        # "send mpesa to landlord" for 'Send M-Pesa to landlord', "e mail" for "email": the
        # title said whole, its words only joined or split another way
        compact = wanted.replace(" ", "")
        same = [t for t in tasks if _normalise_title(t.title).replace(" ", "") == compact]
    if len(same) == 1:
        return MatchResult("unique", (same[0],))
    if len(same) > 1:
        return _break_tie(same, prefer_completed)
    if exact:
        contains = [t for t in tasks if wanted and wanted in _normalise_title(t.title)]
        if len(contains) == 1:
            return MatchResult("unique", (contains[0],))
    query = _tokens(_without_not_meant(phrase))
    if not query:
        return MatchResult("none")
    scored = _for_another(phrase, [_score(query, t, got=got) for t in tasks])
    near = [s for s in scored if s.matched > 0 and s.query_coverage >= _MIN_QUERY_COVERAGE - _EPS]
    if not near and not exact:
        # "the pav reminder" for 'Make pavlova': only when no word names a task whole
        scored = _for_another(phrase, [_score(query, t, clip=True, got=got) for t in tasks])
        near = [
            s for s in scored if s.matched > 0 and s.query_coverage >= _MIN_QUERY_COVERAGE - _EPS
        ]
    if exact:
        return _quoted(query, scored, near, prefer_completed)
    candidates = [s for s in near if not s.contradicted]
    if not candidates:
        # A long phrase ("I stayed up late but managed to read chapter four for book club")
        # names the task whose title it contains almost whole, its words together.
        covered = [
            s
            for s in scored
            if s.title_coverage >= _MIN_TITLE_COVERAGE
            and s.matched >= 2
            and not s.contradicted
            and _together(query, s)
        ]
        if not covered:
            blocked = [s for s in near if s.contradicted]
            return _question(blocked)
        best_cover = max(s.title_coverage for s in covered)
        top = [s.task for s in covered if abs(s.title_coverage - best_cover) < _EPS]
        return (
            MatchResult("unique", (top[0],)) if len(top) == 1 else _break_tie(top, prefer_completed)
        )
    candidates.sort(key=lambda s: (-s.matched, -s.title_coverage))
    best = candidates[0]
    rivals = [s for s in near if s.contradicted and s.matched > best.matched - _CLOSE]
    if rivals and _received(query, best.task):
        # "the stock from Mombasa has arrived" with 'Receive stock from Mombasa' and 'Send
        # stock list to Mombasa supplier': a thing that came is what the receiving task gets;
        # the giving one is ruled out by the direction alone, no rival of it
        rivals = [s for s in rivals if not giving(s.task)]
    if rivals:
        # "west field" with 'Spray the east field' and 'Mow the west lawn': the task the
        # words contradict scored as well, so the other one is no safer a guess.
        return MatchResult("ambiguous", (best.task, *(s.task for s in rivals)))
    tied = [c for c in candidates if abs(c.matched - best.matched) < _EPS]
    if len(tied) > 1:
        full = [c for c in tied if c.title_coverage >= 1 - _EPS]
        if len(full) == 1 and not _in_a_twins_place(query, full[0], tied):
            return MatchResult("unique", (full[0].task,))
        return _break_tie([c.task for c in tied], prefer_completed)
    close = [c for c in candidates if c.matched > best.matched - _CLOSE]
    if len(close) > 1 and not _clear_winner(best, close, prefer_completed, query):
        # 'Email Dan' and 'Email Dana' for "email dan": a typo apart is not sure enough.
        return MatchResult("ambiguous", tuple(c.task for c in close))
    elsewhere = _said_of_another(query, best, tasks)
    if elsewhere is not None:
        # "car wash" with 'Renew car registration' and 'Wash the dog': the word said where
        # the first title has "registration" is the other title's word, so neither is sure.
        return MatchResult("ambiguous", (best.task, elsewhere))
    if _another_qualifier(query, best, tasks):
        # "car passed its warrant" with only 'Renew the search warrant paperwork': the title's
        # warrant is a search warrant, the one said a car's; asked, never ticked on a guess
        return MatchResult("ambiguous", (best.task,))
    if _another_head(query, best, tasks):
        # "packed mia's bag" with 'Pack Mia's lunch' and 'Sign Mia's permission slip': the bag
        # is a third thing of Mia's; asked, never ticked on a guess
        return MatchResult("ambiguous", (best.task,))
    other = _another_thing(query, best)
    if other is not None and not any(other.stem in t.stems for t in tasks if t.id != best.task.id):
        # "car insurance sorted" with 'Wash the car': insurance is another thing. (A word
        # that heads another title is a list of things: "the milk and the bread".)
        return MatchResult("ambiguous", (best.task,))
    head = _head_of_another_thing(phrase, best.task)
    if head is not None and not any(head in t.stems for t in tasks):
        # "the visa for dubai" with 'Book flight to Dubai': the visa is the thing meant
        return MatchResult("ambiguous", (best.task,))
    if _kind_only(query, best, tasks):
        # "the boiler service" for 'Book car service': only the kind of thing is shared
        return MatchResult("ambiguous", (best.task,))
    if best.clipped or _weak(query, best) or (len(query) >= _STORY and not _together(query, best)):
        # "bailed on the 2k again"; a story whose words only brush against the title.
        return MatchResult("ambiguous", (best.task,))
    return MatchResult("unique", (best.task,))


# "for me", "for myself": the person a task is for is the one saying it
_FOR_ME_RE = re.compile(r"\bfor\s+(?:me|myself)\b", re.IGNORECASE)
# "for Sam", "for my mum", "for Gran": a task for someone named (a name as a title writes it)
_FOR_SOMEONE_RE = re.compile(r"\bfor\s+(?:(?:my|our|the)\s+)?(?P<who>[A-Z][\w'-]*|[a-z]+)")


def _for_another(phrase: str, scored: list[_Scored]) -> list[_Scored]:
    """The scores with a task ruled out that is for someone else than the one the words say:
    "the GP for me one" is not 'Book GP for Sam' ("me", which tells 'Book dentist for me' from
    'Book dentist for Sam', is a stopword the words' match never sees). A title for a person
    is one saying "for" and a name ("Sam") or a kin word ("my mum"). When a title the words
    match says "for me" itself, the others are no rivals of it ("the dentist for me one" is
    'Book dentist for me', no question); else they are asked about, never changed."""
    if not _FOR_ME_RE.search(phrase):
        return scored
    mine = any(
        s.query_coverage >= _MIN_QUERY_COVERAGE - _EPS and _FOR_ME_RE.search(s.task.title)
        for s in scored
    )
    out = []
    for s in scored:
        whom = [m["who"] for m in _FOR_SOMEONE_RE.finditer(s.task.title)]
        if any(
            w.lower() not in STOPWORDS
            and (w[0].isupper() or _qualifier_class(_canon_stem(w)) == "kin")
            for w in whom
        ):
            s = (
                replace(s, matched=0.0, query_coverage=0.0)
                if mine
                else replace(s, contradicted=True)
            )
        out.append(s)
    return out


# "the visa for dubai", "the insurance for the car": a noun, then "for" and the word a title has,
# names that noun's thing (the title's word only says which one; "his share of the pizza" is the
# pizza money)
_HEAD_OF_RE = re.compile(
    r"\b(?P<head>[^\W\d_][\w'-]{2,})\s+for\s+(?:(?:the|my|our|a|an|his|her)\s+)?"
    r"(?P<obj>[\w'-]+)",
    re.IGNORECASE,
)


def _canon_stem(word: str) -> str:
    s = stem(word.lower())
    return _match_as().get(s, s)


def _head_of_another_thing(phrase: str, task: TaskInfo) -> str | None:
    """The stem of the thing ``phrase`` names with a word of ``task``'s title after "for"
    ("visa" in "the visa for dubai" for 'Book flight to Dubai'), when the title lacks it. A
    title that says "for" the same thing is what the words name, its head said another way ("gas
    safety cert for elm st" for 'Get gas safety certificate for Elm St')."""
    for_in_title = {_canon_stem(m["obj"]) for m in _HEAD_OF_RE.finditer(task.title)}
    for m in _HEAD_OF_RE.finditer(phrase):
        head, obj = _canon_stem(m["head"]), _canon_stem(m["obj"])
        if obj in for_in_title:
            continue
        if (
            obj in task.stems
            and head not in task.stems
            and m["head"].lower() not in STOPWORDS
            and head not in _NOT_A_THING
            and _distinctive(head)
            and not is_past_tense(m["head"].lower())
        ):
            return head
    return None


def _quoted(
    query: Sequence[_Token],
    scored: Sequence[_Scored],
    near: Sequence[_Scored],
    prefer: bool | None,
) -> MatchResult:
    """A quoted title names one task as written: every quoted word in it (a typo at most)
    and at most one word of it left unsaid. 'Test the generator' is never 'Test the sump
    pump' for the one word they share: that is a question, or nothing."""
    whole = [
        s
        for s in scored
        if len(s.pairs) == len(query)
        and not s.contradicted
        and len(_tokens(s.task.title)) - len(s.pairs) <= 1
    ]
    if len(whole) == 1:
        return MatchResult("unique", (whole[0].task,))
    if whole:
        return _break_tie([s.task for s in whole], prefer)
    return _question(near)


def _clear_winner(
    best: _Scored, close: Sequence[_Scored], prefer: bool | None, query: Sequence[_Token] = ()
) -> bool:
    """The best of close scores still wins when it has every word said, exactly, or its
    title is matched whole and no other is, or when status decides (completing prefers
    the pending one), or when the words said of it, as said, single it out (`_singled_out`)."""
    others = [c for c in close if c is not best]
    if best.query_coverage >= 1 - _EPS:
        return True  # every word said is in its title as said ("robin": 'Email Robin', not Robyn)
    if best.title_coverage >= 1 - _EPS and all(c.title_coverage < 1 - _EPS for c in others):
        return True
    if query and all(_singled_out(query, best, c) for c in others):
        return True
    return (
        prefer is not None
        and best.task.completed == prefer
        and all(c.task.completed != prefer for c in others)
    )


def _said_as_is(query: Sequence[_Token], scored: _Scored) -> frozenset[int]:
    """The words said that its title has as said (no typo, no near word)."""
    title = _tokens(scored.task.title)
    return frozenset(qi for qi, ti in scored.pairs if query[qi].key == title[ti].key)


def _singled_out(query: Sequence[_Token], best: _Scored, other: _Scored) -> bool:
    """ "sorted the warrant of fitness for the ute today" with 'Get WOF for the ute' and 'Book
    WOF for Mum's car': every word the other title matches, the best has as said, and one more
    ("ute", the other's "car" only a near word), and more of its own title is said. The words
    of a story around the request ("sorted", "today") then tell the two apart; the other way
    ("the car WOF", where 'Mum's car' says more than was said) stays a question."""
    mine = _said_as_is(query, best)
    theirs = frozenset(qi for qi, _ in other.pairs)
    return (
        theirs <= mine
        and any(query[qi].stem not in _LIGHT for qi in mine - _said_as_is(query, other))
        and best.title_coverage > other.title_coverage + _EPS
    )


def _question(blocked: Sequence[_Scored]) -> MatchResult:
    """Tasks the words half-name but contradict: ask about them, or say none matched."""
    if not blocked:
        return MatchResult("none")
    ranked = sorted(blocked, key=lambda s: (-s.matched, -s.title_coverage))
    return MatchResult("ambiguous", tuple(s.task for s in ranked))


def _break_tie(tasks: Sequence[TaskInfo], prefer_completed: bool | None) -> MatchResult:
    if prefer_completed is not None:
        preferred = [t for t in tasks if t.completed == prefer_completed]
        if len(preferred) == 1:
            return MatchResult("unique", (preferred[0],))
    return MatchResult("ambiguous", tuple(tasks))


def filter_by_words(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """Every task whose title shares a meaningful word with ``phrase`` (for "all the X
    tasks"); a task the words contradict ("the flat 2 ones" for 'Flat 3 boiler') is not."""
    query = _tokens(phrase)
    if not query:
        return list(tasks)
    out: list[TaskInfo] = []
    for t in tasks:
        s = _score(query, t)
        if s.matched > 0 and s.query_coverage >= _MIN_QUERY_COVERAGE - _EPS and not s.contradicted:
            out.append(t)
    return out


def covering(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """The tasks whose titles carry every meaningful word of ``phrase`` (typos allowed), never
    one the words contradict: of a search's hits, those it names whole."""
    query = _tokens(phrase)
    if not query:
        return []
    return [
        t
        for t in tasks
        if (s := _score(query, t)).query_coverage >= 1 - _EPS and not s.contradicted
    ]


def overlapping(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """Tasks sharing a meaningful word (not a light verb) with ``phrase``, for loose
    references; never one the words contradict."""
    query = tuple(q for q in _tokens(phrase) if q.stem not in _LIGHT)
    if not query:
        return []
    out: list[TaskInfo] = []
    for t in tasks:
        s = _score(query, t)
        if s.matched > 0 and not s.contradicted:
            out.append(t)
    return out


def shared_words(phrase: str, task: TaskInfo) -> int:
    """How many words of ``phrase`` that name something (not light verbs, not fillers) the
    task's title has, typos allowed: how much a loose statement says about one task."""
    query = _tokens(phrase)
    scored = _score(query, task)
    return sum(1 for qi, _ in scored.pairs if _distinctive(query[qi].stem))


# Verbs that name one deed ("sent my roster request off" is 'Submit roster request' done,
# "posted the parcel" 'Send parcel to Nan'; "sent the padala thru gcash", read as paid, is
# 'Send padala to Mama'): a deed told with one, asked to be ticked, does the task said with
# another of its group.
_SAME_DEEDS = tuple(
    _stems_of(group)
    for group in (
        "send submit post mail lodge file hand",
        "pay send transfer wire remit",
        "buy get grab pick purchase order",
        "book schedule arrange reserve",
        "call ring phone",
        "return bring",
        "pay renew",
    )
)
# Words before a name that say where, not to whom ("to my sister down in Dunedin")
_PLACE_BEFORE = frozenset({"in", "at", "from", "near", "around", "outside", "past"})


def _same_deed(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_DEEDS)


def _thing_words(tokens: Sequence[_Token]) -> list[int]:
    """The indexes of the words that name a thing or a person: not a verb, a filler or a word
    for any task."""
    return [
        i
        for i, t in enumerate(tokens)
        if _distinctive(t.stem)
        and t.stem not in _DEED_VERBS
        and t.stem not in _SAYS_LITTLE
        and t.stem not in _NOT_A_THING
        and not (i == 0 and is_past_tense(t.word))
    ]


def _fits_the_deed(phrase: str, query: Sequence[_Token], task: TaskInfo) -> bool:
    """Whether a deed told with more words than its task's (where, how, when, to whom) fits
    ``task``: every word of the title naming a thing is said (a name may be said as kin: "my
    sister" for 'Margaret'; one modifier of two things said may be left out: "lab report" for
    'Chem lab report'), the deed's verb is the title's, a form of it or one of its group
    (`_SAME_DEEDS`), and no word said names another thing of the title's kind."""
    title = _tokens(task.title)
    scored = _score(query, task)
    pairs = dict(scored.pairs)
    hit = set(pairs.values())
    things = _thing_words(title)
    said_things = [ti for ti in things if ti in hit]
    if not said_things:
        return False  # only a verb or a generic word is shared
    raw = [m.group().lower() for m in WORD_RE.finditer(phrase.replace("’", "'"))]
    free = [q for qi, q in enumerate(query) if qi not in pairs]
    kin_said = any(_qualifier_class(q.stem) == "kin" for q in free)
    people_said = [
        q
        for q in free
        if q.name_like and not (q.raw_pos > 0 and raw[q.raw_pos - 1] in _PLACE_BEFORE)
    ]
    missing = [ti for ti in things if ti not in hit]
    for ti in list(missing):
        if title[ti].name_like and kin_said and not people_said:
            missing.remove(ti)  # "my sister" for 'Margaret'
        elif title[ti].name_like and people_said:
            return False  # "to Joan" for 'Margaret'
    if len(missing) > 1 or (missing and (len(said_things) < 2 or max(missing) > min(said_things))):
        return False  # a thing of the title unsaid, other than a modifier before two said
    if any(_contradict(q.stem, title[ti].stem) for q in free for ti in missing):
        return False
    if any(_contradict(q.stem, t.stem) for q in free for i, t in enumerate(title) if i not in hit):
        return False  # "the west field", "dad" for 'mom'
    verb = query[0] if query and 0 not in pairs else None
    head = title[0] if title and 0 not in hit else None
    if verb is not None and head is not None and head.stem in _DEED_VERBS:
        said_verb = verb.stem in _DEED_VERBS or (
            is_past_tense(verb.word) and verb.stem not in _SAYS_LITTLE
        )
        if said_verb and not _same_deed(verb.stem, head.stem):
            return False  # "paid the plumber" for 'Call the plumber': another deed
    if head is not None and verb is not None:
        if head.stem in _GIVING and verb.stem in _RECEIVED:
            return False  # "got the invoice from Dave" for 'Send invoice to Dave'
        if verb.stem in _CANCELLING:
            return False
    return True


def match_deed_loosely(phrase: str, tasks: Sequence[TaskInfo]) -> MatchResult:
    """The one task a deed told with detail fits (`_fits_the_deed`), for a deed the user asked
    to tick ("I have posted the parcel to my sister down in Dunedin, you can tick that one
    off"); two that fit, or none, are no answer ("none")."""
    query = _tokens(_without_not_meant(phrase))
    if not query:
        return MatchResult("none")
    fits = [t for t in tasks if _fits_the_deed(phrase, query, t)]
    if not fits:
        fits = _one_task_of_its_word(query, tasks)
    if len(fits) != 1 or _tied(query, fits[0], tasks):
        return MatchResult("none")
    return MatchResult("unique", (fits[0],))


def _tied(query: Sequence[_Token], fit: TaskInfo, tasks: Sequence[TaskInfo]) -> bool:
    """Whether another task holds every word said that ``fit`` holds ("paid the bill" with
    'Pay phone bill' and 'Pay gas bill'): the two fit equally, so which one is asked, never the
    first guessed."""
    said = {qi for qi, _ in _score(query, fit).pairs}
    return any(t.id != fit.id and said <= {qi for qi, _ in _score(query, t).pairs} for t in tasks)


def _one_task_of_its_word(query: Sequence[_Token], tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """The one task holding the words naming a thing said ("I don pay the DSTV, tick am off"
    for 'Renew DSTV subscription', "went to the Bürgeramt, cross it off" for 'Anmeldung at
    Bürgeramt'), for a deed asked to be ticked: no other task holds one of them, no kind word
    alone decides ("the service"), at most one other thing is said ("the DSTV guy for the dish
    repair" is another deed), a person said as kin ("my aunt") never decides, and the deed's
    verb is the title's or one of its group."""
    things = [
        i
        for i in _thing_words(query)
        if not _common_thing_re().fullmatch(query[i].word)
        and _qualifier_class(query[i].stem) is None  # ("my aunt" is no thing done)
    ]
    holders = [
        t for t in tasks if any(query[i].key in {w.key for w in _tokens(t.title)} for i in things)
    ]
    if len(holders) != 1:
        return []
    task = holders[0]
    title = _tokens(task.title)
    keys = {w.key for w in title}
    free = [
        q
        for q in query[1:]  # (a word after the verb names a thing: "the dish repair")
        if q.key not in keys
        and _distinctive(q.stem)
        and q.stem not in _SAYS_LITTLE
        and q.stem not in _NOT_A_THING
        and not _staff_re().fullmatch(q.word)
    ]
    if len(free) > 1 or _score(query, task).contradicted:
        return []  # ("mailed the birthday card to Joan" for '... to Aunt Rosa': another person)
    verb, head = query[0], title[0]
    said_verb = verb.stem in _DEED_VERBS or (
        is_past_tense(verb.word) and verb.stem not in _SAYS_LITTLE
    )
    if head.stem in _DEED_VERBS and said_verb and not _same_deed(verb.stem, head.stem):
        return []  # "I called mum" for 'Buy mum's present'
    if verb.stem in _CANCELLING or (head.stem in _GIVING and verb.stem in _RECEIVED):
        return []
    return [task]
