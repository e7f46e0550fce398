"""The title a correction gives: "make it 4 packs" changes the amount in "buy 1 pack of AA
batteries", not the whole title.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from todochat.assistant.offline.normalise import lexicon, word_list
from todochat.assistant.offline.text import (
    PARTICLES,
    STOPWORDS,
    SYNONYMS,
    TASK_VERBS,
    content_stems,
    unshouted,
)
from todochat.assistant.offline.text import (
    lexicon as word_set,
)
from todochat.tasks.dates.words import MONTHS, WEEKDAYS

# "40th", "21st": an age or an anniversary in a title ("Shaz's 40th")
_ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.IGNORECASE)
_QUANTITY_RE = re.compile(
    r"\d+(?:[.,]\d+)?|(?:half\s+)?a\s+dozen|a\s+couple(?:\s+of)?|a\s+few|dozen|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve",
    re.IGNORECASE,
)


_NUMBER_VALUES = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
}  # fmt: skip


def _same_word(a: str, b: str) -> bool:
    a, b = _bare(a), _bare(b)
    return _NUMBER_VALUES.get(a, a) == _NUMBER_VALUES.get(b, b)


def _bare(word: str) -> str:
    """A word as compared: no case, no trailing stop, no possessive ("Leo's" is "leo"), no
    currency sign ("$20" is "20")."""
    low = word.lower().strip(".,").lstrip("$£€")
    return low[:-2] if low.endswith("'s") and len(low) > 2 else low


# Words a correction may lead with that the old title need not have: "for mia not leo".
_LEADING = frozenset({"for", "in", "at", "on", "to", "with", "the", "a", "an", "from", "by"})


def _replacing(old_words: list[str], new_words: list[str], was: str) -> str | None:
    """ "Chase flat 2 tenant", "flat 4" instead of "2": the old words swapped in place."""
    was_words = was.split()
    n = len(was_words)
    for k in range(len(old_words) - n + 1):
        if not all(_same_word(o, w) for o, w in zip(old_words[k : k + n], was_words, strict=True)):
            continue
        extra = len(new_words) - n
        start, end = k, k + n
        lead = new_words[:extra] if extra > 0 else []
        aligned = k >= extra and all(
            _same_word(o, w) for o, w in zip(old_words[k - extra : k], lead, strict=True)
        )
        while lead and not aligned and new_words[0].lower() in _LEADING:
            new_words, lead, extra = new_words[1:], lead[1:], extra - 1  # "for mia" for "Leo's"
            aligned = k >= extra and all(
                _same_word(o, w) for o, w in zip(old_words[k - extra : k], lead, strict=True)
            )
        sign = old_words[k][:1]
        if n == 1 and len(new_words) == 1 and sign in "$£€" and new_words[0][:1].isdigit():
            new_words = [sign + new_words[0]]  # "25 not 20" for '$20': '$25'
        if n == 1 and len(new_words) == 1 and old_words[k].lower().endswith("'s"):
            new_words = [_bare(new_words[0]).capitalize() + "'s"]  # "Leo's" -> "Mia's"
        if lead and aligned:
            start = k - extra  # "flat 4" for the "2" of "flat 2"
        else:
            tail = new_words[n:] if extra > 0 else []
            moved = end
            while tail and end < len(old_words) and _same_word(old_words[end], tail[0]):
                end += 1  # "thirty bales" for the "20" of "20 bales"
                tail = tail[1:]
            said_after = next(
                (
                    j
                    for j in range(len(tail), 0, -1)
                    if end == moved
                    and all(
                        end + i < len(old_words) and _same_word(old_words[end + i], w)
                        for i, w in enumerate(new_words[-j:])
                    )
                ),
                0,
            )
            if said_after:
                # "Rina's sister wedding" for the "Rina" of 'Buy gift for Rina wedding': the
                # words the title has after the old ones are said once ('... sister wedding')
                new_words = new_words[:-said_after]
        first = new_words[0]
        if start > 0 and old_words[start][:1].islower() and first[1:] == first[1:].lower():
            new_words = [first[:1].lower() + first[1:], *new_words[1:]]
        elif old_words[start][:1].isupper() and first == first.lower():
            # 'Jon' -> 'John', and a title's first word stays capitalised ('By' -> 'Buy')
            new_words = [first[:1].upper() + first[1:], *new_words[1:]]
        return " ".join(old_words[:start] + new_words + old_words[end:])
    return None


# "make it 2 boxes", "make that two bottles": an amount in a measure, for a title that has none
_MEASURE_RE = re.compile(
    r"^(?P<q>" + _QUANTITY_RE.pattern + r")\s+(?P<m>(?:box|bottle|pack|packet|bag|can|tin|jar|"
    r"carton|loa(?:f|ve)|bunch|roll|tube|pair|set|bar|crate|case|sack|bale|tray|punnet|tub|"
    r"kilo|kg|litre|liter|pound|lb|dozen|sheet|ream|pot|slab|block|reel|spool|cup)(?:e?s)?)$",
    re.IGNORECASE,
)


def _measured(old_words: list[str], value: str) -> str | None:
    """ "Buy tea bags for the room" and "2 boxes": 'Buy 2 boxes of tea bags for the room' (the
    amount goes after the verb); None when the title has an amount already or no verb."""
    m = _MEASURE_RE.match(value.strip())
    if m is None or len(old_words) < 2 or old_words[0].lower() not in TASK_VERBS:
        return None
    if any(_QUANTITY_RE.fullmatch(w) for w in old_words):
        return None
    verb = 2 if len(old_words) > 2 and old_words[1].lower() in PARTICLES else 1  # "pick up"
    rest = old_words[verb:]
    if rest[0].lower() in ("a", "an", "some", "the"):
        rest = rest[1:]
    amount = value.strip()
    amount = amount[:1].lower() + amount[1:]  # "Two bottles" as said at a sentence's start
    return " ".join([*old_words[:verb], amount, "of", *rest]) if rest else None


# Ways to get in touch that start a title as a verb ("Skype Grandad", "whatsapp Sam", "dm
# Priya"): a correction that starts with one is a whole new title, as one with a task's verb.
_CONTACT_VERBS = word_set("skype facetime whatsapp dm ping")


def _verb(word: str) -> bool:
    """A verb that starts a title: English, or a Spanish one read as English ("comprar" is
    "buy", text.SYNONYMS), so "cambia comprar leche por comprar tortillas" is the whole title."""
    w = word.lower()
    return w in TASK_VERBS or SYNONYMS.get(w, "") in TASK_VERBS or bool(_deed_res()[0].fullmatch(w))


def _respelt(was: str, new_words: list[str]) -> bool:
    """Whether ``was`` is one word that a word of ``new_words`` spells anew ("Fitzpatric" and
    "Fitzpatrick", never "plumber" and "electrician")."""
    if not was or " " in was.strip():
        return False
    w = was.strip().lower()
    return any(
        n.lower() != w and SequenceMatcher(None, n.lower(), w).ratio() >= 0.75 for n in new_words
    )


def corrected_title(
    old: str, value: str, named: str = "", was: str = "", *, capital: bool = False
) -> str:
    """``old`` with the span that ``value`` corrects replaced by it (see Planner.new_title).

    ``named`` is how the user named the task ("the letter to Margaret"): when nothing else
    places a short correction ("so it says Arthur"), it replaces the last word of that name.
    ``was`` is the old value when the user said it ("flat 4 not 2"). A bare number for a
    title without one changes nothing (the title comes back as it was). ``capital``: the user
    typed the value's first capital (a name's, "make it Porto"; "make it porto" may be a thing).
    """
    return _corrected(old, value, named, was, capital)


# "bring butter tarts, not just dessert": "just" says which words of the title are replaced
_ONLY_RE = re.compile(r"^(?:just|only|simply|merely)\s+", re.IGNORECASE)


def only_part_said(was: str) -> bool:
    """Whether the old words of a correction were said with "just" ("not just dessert"): only
    they are replaced, and a title without them is left as it was. So too the new words ("just
    bread": the one thing of a list kept, `_kept_of_list`)."""
    return _ONLY_RE.match(was) is not None


# "not just me": the speaker, whom a title need not say ('Book flu jab' is for me)
_SPEAKER = word_set("me myself us ourselves")

# Words that end the things a title lists ("milk and bread on the way home"): what follows is
# where, when or for whom, and stays
_AFTER_THINGS = word_set(
    "on in at for from to with by before after during near about re off this next tonight today "
    "tomorrow"
)
_ARTICLES = word_set("a an the some")


def _kept_of_list(old_words: list[str], kept: str) -> str | None:
    """ "just bread" for 'Grab milk and bread on the way home': the things the title lists
    after its verb (to the first word of where or when) are only the one said ('Grab bread on
    the way home'). None when the title lists no things, or none of them is the one said."""
    said = [w for w in kept.split() if w.lower() not in _ARTICLES]
    if not said or not old_words:
        return None
    start = 1 if _verb(old_words[0]) else 0
    if start and len(old_words) > 2 and old_words[1].lower() in PARTICLES:
        start = 2  # "pick up"
    while start < len(old_words) and old_words[start].lower() in _ARTICLES:
        start += 1
    end = start
    while end < len(old_words) and (end == start or old_words[end].lower() not in _AFTER_THINGS):
        end += 1
    listed = old_words[start:end]
    if not any(w.lower() in ("and", "&", "plus") or w.endswith(",") for w in listed):
        return None
    n = len(said)
    spots = [
        k
        for k in range(len(listed) - n + 1)
        if all(_same_word(o, w) for o, w in zip(listed[k : k + n], said, strict=True))
    ]
    if len(spots) != 1:
        return None
    thing = [w.strip(",") for w in listed[spots[0] : spots[0] + n]]
    return " ".join([*old_words[:start], *thing, *old_words[end:]])


def _more_said(old: str, value: str) -> str | None:
    """ "and toaster" (of "put the toaster in the same one") for 'Buy a new kettle': one more
    thing, said after the title's ('Buy a new kettle and toaster'); the title as it was when it
    says the thing already. None for a value that adds nothing so."""
    m = re.fullmatch(r"(?:and|&|plus)\s+(?:(?:the|a|an|my|our|some)\s+)?(?P<x>\S.*)", value, re.I)
    if m is None:
        return None
    thing = m["x"].strip()
    if set(content_stems(thing)) <= set(content_stems(old)):
        return old
    thing = thing if _a_name(thing.split()[0]) else thing[:1].lower() + thing[1:]
    return f"{old} and {thing}"


def _in_place(old_words: list[str], new_words: list[str], was: str) -> str | None:
    """ "bring butter tarts, not just dessert" for 'Bring dessert to potluck': the words the
    value says again from the title's start stay, the rest of it takes the place of the old
    words, and what follows them stays ('Bring butter tarts to potluck'). None when the title
    does not have the old words."""
    was_words = was.split()
    n = len(was_words)
    spots = [
        k
        for k in range(len(old_words) - n + 1)
        if all(_same_word(o, w) for o, w in zip(old_words[k : k + n], was_words, strict=True))
    ]
    if len(spots) != 1 or not new_words:
        return None
    k = spots[0]
    shared = 0
    while shared < min(k, len(new_words) - 1) and _same_word(old_words[shared], new_words[shared]):
        shared += 1
    if not shared:
        return _replacing(old_words, new_words, was)
    rest = new_words[shared:]
    if old_words[shared][:1].islower() and rest[0][1:] == rest[0][1:].lower():
        rest = [rest[0][:1].lower() + rest[0][1:], *rest[1:]]
    return " ".join(old_words[:shared] + rest + old_words[k + n :])


@cache
def _deed_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of a new deed ("cancel", "refill") and of errands ("buy", "service"), from
    the languages' word lists (deed_anew, deed_base)."""
    return (
        re.compile(word_list("deed_anew"), re.IGNORECASE),
        re.compile(word_list("deed_base"), re.IGNORECASE),
    )


# Words that say whose or which thing follows: a word before one is a verb ("refill the gas
# cylinder", "top up my oyster card"), as a thing's word seldom is ("this"/"that" are not
# among them: "make it pizza this time" says a thing)
_DETERMINERS = word_set("the a an my our his her their your some")


def _new_deed(new_words: list[str], capital: bool) -> bool:
    """Whether a correction is a whole new action with its own verb ("refill the gas
    cylinder", "cancel the booking", "reschedule"): a verb that says a new deed, or a word
    before "the"/"my"... (a particle between: "top up my card"). A name said ("Sarah the
    plumber") is none: a word typed with a capital is a verb only when the lists know it."""
    if not new_words:
        return False
    first = new_words[0]
    anew, errand = _deed_res()
    two = " ".join(new_words[:2])
    if anew.fullmatch(first) or anew.fullmatch(two):
        return True
    if len(new_words) < 2 or not first.isalpha() or first.lower() in STOPWORDS:
        return False
    if capital and not (_verb(first) or errand.fullmatch(first)):
        return False
    after = 2 if new_words[1].lower() in PARTICLES and len(new_words) > 2 else 1
    return new_words[after].lower() in _DETERMINERS


def _for_more_than_me(old_words: list[str], value: str, was: str) -> bool:
    """ "for the whole family", not "just me": whom a title is for, said anew where the old
    one was the speaker, whom the title does not say."""
    said = [w.lower() for w in was.split() if w.lower() != "for"]
    return (
        bool(said)
        and all(w in _SPEAKER for w in said)
        and not any(w.lower() in _SPEAKER for w in old_words)
        and re.match(r"for\s+\S", value, re.IGNORECASE) is not None
        and not any(w.lower() == "for" for w in old_words)
    )


def _corrected(old: str, value: str, named: str, was: str, capital: bool) -> str:
    old_words, new_words = old.split(), value.split()
    only = _ONLY_RE.match(was)
    if only is not None:
        # "should say bring butter tarts, not just dessert": the old words are "dessert"; a
        # title without them is not the one meant (it stays; the reply asks how it should read)
        placed = _in_place(old_words, new_words, was[only.end() :])
        if placed is None and _for_more_than_me(old_words, value, was[only.end() :]):
            # "make that for the whole family, not just me" for 'Book flu jab': the title was
            # for the speaker without saying so; who it is for now follows it
            return f"{old} {value[:1].lower()}{value[1:]}"
        return old if placed is None else placed
    if not was:
        more = _more_said(old, value)
        if more is not None:
            return more
        just = _ONLY_RE.match(value)
        if just is not None:
            # "actually just bread": one thing of those the title lists; the title as it was
            # when it lists none such (the reply asks how it should read)
            kept = _kept_of_list(old_words, value[just.end() :])
            return old if kept is None else kept
    if (
        old_words
        and len(old_words) >= 2
        and not (new_words and new_words[0].lower() == old_words[0].lower())
        and _new_deed(new_words, capital)
        and verb_swapped(old_words, new_words) is None
    ):
        # "make it refill the gas cylinder" after 'Buy cooking gas': a new action, whole
        return value
    if (
        len(new_words) >= 2
        and old_words
        and new_words[0].lower() == old_words[0].lower()
        and _verb(new_words[0])
    ):
        # "i mean buy diapers size M, not the milk powder" for 'Buy milk powder for baby': a
        # value that says the title's own verb again is the whole new title; but "Email Mr
        # Fitzpatrick not Fitzpatric" for 'Email Mr Fitzpatric about the fence' says the
        # title's start again up to the word it corrects, spelt anew: the rest stays
        swapped = _replacing(old_words, new_words, was) if _respelt(was, new_words) else None
        if swapped is not None and swapped.lower().startswith(value.lower()):
            return swapped
        return value
    if was and old_words and new_words:
        swapped = _replacing(old_words, new_words, was)
        if swapped is not None:
            return swapped
        if content_stems(was) and not set(content_stems(was)) & set(content_stems(old)):
            # "the dentist is at the hospital not the clinic" for 'Dentist appointment': the
            # old value said is no word of the title, so the correction is of something else
            return old
    if _ORDINAL_RE.fullmatch(value.strip()):
        # "no wait its her 50th" for 'Buy a present for Shaz's 40th': the title's one ordinal
        spots = [i for i, w in enumerate(old_words) if _ORDINAL_RE.fullmatch(w.strip(".,!?"))]
        if len(spots) != 1:
            return old
        word = old_words[spots[0]]
        old_words[spots[0]] = _ORDINAL_RE.sub(value.strip(), word, count=1)
        return " ".join(old_words)
    if _QUANTITY_RE.fullmatch(value.strip()) and not any(
        _QUANTITY_RE.fullmatch(w) for w in old_words
    ):
        return old
    listed = _listed(old_words, value)
    if listed is not None:
        return listed
    measured = _measured(old_words, value)
    if measured is not None:
        return measured
    swapped = verb_swapped(old_words, new_words)
    if swapped is not None:
        return swapped
    if not old_words or not new_words or new_words[0].lower() in TASK_VERBS | _CONTACT_VERBS:
        return value
    if len(new_words) == 1 and "-" in value:
        # "make that 1099-MISC" for 'Call Nguyen re: 1099-NEC': the code of the same kind
        head = value.split("-", 1)[0].lower()
        same = [i for i, w in enumerate(old_words) if w.lower().split("-", 1)[0] == head]
        if len(same) == 1 and "-" in old_words[same[0]]:
            return " ".join([*old_words[: same[0]], value, *old_words[same[0] + 1 :]])
    leading_verb = 1 if old_words[0].lower() in TASK_VERBS else 0
    if leading_verb and len(old_words) > 2 and old_words[1].lower() in PARTICLES:
        leading_verb = 2  # "pick up": the verb of 'Pick up nappies from Boots' is two words
    renamed = _name_replaced(old_words, new_words, leading_verb, capital)
    if renamed is not None:
        return renamed
    anchored = _anchored(old_words, new_words, named, leading_verb)
    if anchored is not None:
        return anchored
    last = content_stems(new_words[-1])
    ends = [i for i, w in enumerate(old_words) if last and content_stems(w) == last]
    if ends:
        end = ends[-1]
        start = max(end - len(new_words) + 1, leading_verb)
        if start > end:
            return value
        first = new_words[0]
        if start > 0 and not (first.isupper() or not first[1:].islower()):
            new_words[0] = first[:1].lower() + first[1:]
        # "10 bags of cement" for 'Buy cement bags': the words after the one it ends on that
        # it says again ("bags") are said in its order, never twice
        said = {stem for w in new_words for stem in content_stems(w)}
        after = end + 1
        while after < len(old_words) and set(content_stems(old_words[after]) or ["-"]) <= said:
            after += 1
        return " ".join(old_words[:start] + new_words + old_words[after:])
    if _QUANTITY_RE.fullmatch(value.strip()):
        # "make that a dozen" after "buy 6 eggs": the amount changes, the rest stays.
        numbers = [i for i, w in enumerate(old_words) if _QUANTITY_RE.fullmatch(w)]
        if numbers:
            amount = value.strip()
            old_words[numbers[0]] = amount[:1].lower() + amount[1:] if numbers[0] else amount
            return " ".join(old_words)
    named_stems = content_stems(named)
    if len(named_stems) >= 2 and len(new_words) <= 3:
        spots = [i for i, w in enumerate(old_words) if content_stems(w) == named_stems[-1:]]
        if spots:
            at = spots[-1]
            return " ".join(old_words[:at] + new_words + old_words[at + 1 :])
    if leading_verb:
        first = new_words[0]
        # ("A dozen eggs": a word of one letter is no name to keep the capital of)
        keep = len(first) > 1 and (first.isupper() or not first[1:].islower())
        verb = " ".join(old_words[:leading_verb])
        return f"{verb} {value if keep else value[:1].lower() + value[1:]}"
    return value


# Words a name is not, though written with a capital: the days and months the date reader
# knows, but for the short forms people are called by too ('Call Jun', 'Email Mar'), and "I"
_NOT_A_NAME = frozenset(WEEKDAYS).union(MONTHS, ("i", "i'm", "i'll")) - {"jun", "mar", "sun"}
# Titles before a name, kept when a new name is said without one ('Email Mr Sarah ...')
_HONORIFICS = word_set("mr mrs ms miss dr prof mr. mrs. ms. dr.")
# Words a place or a person follows in a title when it is written without capitals ('Book
# flights to lisbon', 'Call sara about the party')
_NAME_BEFORE = word_set("to in at from for with")
_CALLING = word_set("call ring phone text email message visit invite ask meet thank")


def _a_name(word: str) -> bool:
    """A word written as a name: a capital, then small letters ("Porto", "O'Neill", "Sara's"),
    never a day or a month."""
    bare = word.strip(".,!?")
    return (
        bare[:1].isupper()
        and not bare.isupper()
        and bool(re.fullmatch(r"[^\W\d_][\w'-]*", bare))
        and bare.lower() not in _NOT_A_NAME
    ) or (len(bare) == 1 and bare.isupper() and bare != "I")


def _name_spots(old_words: list[str], verb: int) -> list[tuple[int, int]]:
    """The names a title has after its verb, as runs of words ('Book flights to San Sebastian':
    "San Sebastian"); with none, the one word written small where a name stands (after "to",
    "for", ... or a verb of calling: 'Call sara about the party')."""
    runs: list[tuple[int, int]] = []
    k = max(verb, 1)
    while k < len(old_words):
        if _a_name(old_words[k]):
            end = k
            while end < len(old_words) and _a_name(old_words[end]):
                end += 1
            runs.append((k, end))
            k = end
        else:
            k += 1
    if runs:
        return runs
    small = [
        i
        for i in range(max(verb, 1), len(old_words))
        if old_words[i].isalpha()
        and old_words[i].islower()
        and old_words[i] not in STOPWORDS
        and (
            old_words[i - 1].lower() in _NAME_BEFORE
            or (i == 1 and old_words[0].lower() in _CALLING)
        )
    ]
    return [(i, i + 1) for i in small]


def _name_replaced(
    old_words: list[str], new_words: list[str], verb: int, capital: bool
) -> str | None:
    """ "make it Porto" after 'Book flights to Lisbon', "make it Sarah" for 'Call Sara about
    the party': a name said alone (one to three words, each with a capital) takes the place of
    the title's name ('Book flights to Porto'); one written small only respells one ("sarah"
    for 'Sara'). None when the title has no name; the title as it was when it has two and
    neither is spelt like it (which one is unclear: the reply asks how it should read)."""
    if not new_words or len(new_words) > 3 or len(old_words) < 2:
        return None
    named = capital and all(_a_name(w) for w in new_words)
    said = " ".join(new_words).lower()
    spots = _name_spots(old_words, verb)
    alike = [
        (a, b)
        for a, b in spots
        if SequenceMatcher(None, " ".join(old_words[a:b]).lower().removesuffix("'s"), said).ratio()
        >= 0.75
    ]
    if len(alike) == 1:
        spots = alike
    elif not named:
        return None
    if len(spots) != 1:
        return " ".join(old_words) if spots else None
    a, b = spots[0]
    new = [w[:1].upper() + w[1:] for w in new_words]
    if b - a > 1 and old_words[a].lower() in _HONORIFICS and new[0].lower() not in _HONORIFICS:
        a += 1  # 'Email Mr Fitzpatrick', "make it Fitzgerald": 'Email Mr Fitzgerald'
    if old_words[b - 1].endswith("'s") and not new[-1].endswith("'s"):
        new[-1] += "'s"  # 'Buy Leo's present', "make it Mia": 'Buy Mia's present'
    return " ".join(old_words[:a] + new + old_words[b:])


# Words for whom the task is that a verb said alone may take: "change it to text her" for
# 'Ring Siobhán about the hen do' means Siobhán, as the title says.
OBJECT_PRONOUNS = word_set("her him them it me us")


def verb_swapped(old_words: list[str], new_words: list[str]) -> str | None:
    """ "call" (or "text her", "order cake") for 'Email Dr Lee's office about the referral': a
    new verb, alone, with a pronoun for whom, or with the words that follow the old verb,
    takes the old verb's place and the rest stays ('Call Dr Lee's office about the referral',
    'Order cake for Lucas birthday'). None when the title starts with no verb, the verb is the
    same, or the value says more than that (a whole new title)."""
    if len(old_words) < 2 or not new_words or not _verb(new_words[0]):
        return None
    if not (_verb(old_words[0]) or old_words[0].lower() in _CONTACT_VERBS):
        return None
    verb = 2 if len(old_words) > 2 and old_words[1].lower() in PARTICLES else 1  # "pick up"
    if new_words[0].lower() == old_words[0].lower():
        return None
    rest, said = old_words[verb:], new_words[1:]
    # ("collect cake" for 'Pick up the cake': the title's article need not be said again)
    bare = rest[1:] if rest[0].lower() in ("a", "an", "the", "some") else rest
    if said and not (
        (len(said) == 1 and said[0].lower() in OBJECT_PRONOUNS)
        or any(
            len(said) < len(words) and all(map(_same_word, said, words)) for words in (rest, bare)
        )
    ):
        return None
    first = new_words[0]
    first = first[:1].upper() + first[1:] if old_words[0][:1].isupper() else first.lower()
    return " ".join([first, *rest])


_LISTED_RE = re.compile(r"[\w'-]+(?:\s*,\s*[\w'-]+)*\s+(?:and|&|plus)\s+[\w'-]+", re.IGNORECASE)


def _listed(old_words: list[str], value: str) -> str | None:
    """ "cake and cupcakes" for 'Order cake for Diego's party': things listed, one a word the
    title has once (after its verb), go in that word's place ('Order cake and cupcakes for
    Diego's party'); the value whole when it shares no word with the title; else None."""
    if not _LISTED_RE.fullmatch(value.strip()) or not old_words:
        return None
    items = [w for w in re.split(r"\s*,\s*|\s+(?:and|&|plus)\s+", value.strip()) if w]
    verb = 1 if old_words[0].lower() in TASK_VERBS else 0
    spots = {
        i
        for item in items
        for i, w in enumerate(old_words)
        if i >= verb and content_stems(item) and content_stems(w) == content_stems(item)
    }
    if len(spots) == 1:
        at = spots.pop()
        said = value.strip()
        if old_words[at][:1].isupper():
            said = said[:1].upper() + said[1:]  # 'Rome' stays 'Rome'
        elif at > 0 and said[1:2].islower():
            said = said[:1].lower() + said[1:]
        return " ".join([*old_words[:at], said, *old_words[at + 1 :]])
    if not set(content_stems(value)) & set(content_stems(" ".join(old_words))):
        return value
    return None


def _anchored(old_words: list[str], new_words: list[str], named: str, verb: int) -> str | None:
    """ "change the milk one to oat milk" for 'Buy milk': the value goes where the word that
    named the task stands in the title, over as many words before it as the value has ('Buy
    oat milk'; "dry cleaning and shoes" for 'Pick up dry cleaning'), never over the title's
    verb. None when the value says no word of the name that the title has once, or when both
    go on past it ("flight to Milan" for 'Book flight to Rome': the other rules place it)."""
    for stem in content_stems(named):
        in_old = [i for i, w in enumerate(old_words) if content_stems(w) == [stem]]
        in_new = [j for j, w in enumerate(new_words) if content_stems(w) == [stem]]
        if len(in_old) != 1 or not in_new:
            continue
        k = in_old[0]
        if in_new[0] < len(new_words) - 1 and k < len(old_words) - 1:
            return None  # both go on past the word ("flight to Milan", 'flight to Rome')
        start = max(k - in_new[0], verb)
        first = new_words[0]
        if start > 0 and first[1:].islower() and old_words[start][:1].islower():
            new_words = [first[:1].lower() + first[1:], *new_words[1:]]
        return " ".join(old_words[:start] + new_words + old_words[k + 1 :])
    return None


def renamed_title(old: str, new: str, was: str) -> str:
    """``old`` with the name ``was`` replaced by ``new`` ("Send 1099s to Patel LLC", "Patel &
    Sons LLC" for "Patel LLC"); ``old`` unchanged when it does not have that name."""
    swapped = _replacing(old.split(), new.split(), was)
    if swapped is None:
        return old
    # a name keeps its capitals as said: 'Renew library card', "the library is now called the
    # Hub" -> 'Renew Hub card' (a correction's word takes the case of the word it replaces)
    lowered = new[:1].lower() + new[1:]
    if lowered != new:
        swapped = re.sub(rf"\b{re.escape(lowered)}\b", lambda _: new, swapped, count=1)
    return swapped


_WORD_RE = re.compile(r"[A-Za-z][\w']*")


def respelt(old: str, word: str = "") -> str:
    """ "fix the spelling in the package task": each word of the title the lexicon knows as a
    misspelling ('Recieve package' -> 'Receive package'), or only ``word`` when the user
    named it; the title as it was when none is known (the reply then asks)."""
    known = lexicon().spelling
    only = word.casefold()

    def fix(m: re.Match[str]) -> str:
        said = m.group()
        right = known.get(said.casefold())
        if right is None or (only and said.casefold() != only):
            return said
        return right[:1].upper() + right[1:] if said[:1].isupper() else right

    fixed = _WORD_RE.sub(fix, old)
    if fixed != old or not only:
        return fixed
    return _near_spelling_fixed(old, word)


def _near_spelling_fixed(old: str, word: str) -> str:
    """ "i spelt prescription wrong" of 'Pick up perscription': the one word of the title
    spelt nearly as ``word`` (the user's spelling) respelt so; ``old`` as it was when the title
    has the word right already, or none or two words like it (the reply then asks)."""
    said = word.casefold()
    spelt = [m for m in _WORD_RE.finditer(old) if len(m.group()) >= 4]
    if any(m.group().casefold() == said for m in spelt):
        return old
    near = [
        m
        for m in spelt
        if m.group()[:1].casefold() == said[:1]
        and SequenceMatcher(None, m.group().casefold(), said).ratio() >= 0.8
    ]
    if len(near) != 1:
        return old
    was = near[0]
    word = unshouted(word, was.group())
    right = word[:1].upper() + word[1:] if was.group()[:1].isupper() else word
    return f"{old[: was.start()]}{right}{old[was.end() :]}"
