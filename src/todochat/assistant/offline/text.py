"""Words: tokenising, stemming and the small lexicons the offline model reasons with.

Everything here is a pure function or an immutable constant, so the parser and the
matcher can share it without any per-call setup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# The days of the week: DAY_STEM + "day" is a day's name ("tues" + "day"), so "mondays",
# "on saturdays" read with it; DAY_SHORT the ways a day is typed short ("by wed", "thurs").
DAY_STEM = r"(?:mon|tues|wednes|thurs|fri|satur|sun)"
DAY_SHORT = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"

# The words that make what follows a thing (a subject of news, not the user): "the gutters
# are full", "my passport runs out", "their dog keeps barking".
THING_DETERMINER = r"(?:the|my|our|his|her|their)"

# A laugh typed in chat ("lol", "lmao", "hahaha"): where a remark starts after a request
LAUGH = r"(?:lo+l+|lma+o+|lmfa+o+|(?:ha){2,}h?|haha+|rofl)"


def lexicon(text: str) -> frozenset[str]:
    """A word set written as one space-separated string, so long lexicons stay readable."""
    return frozenset(text.split())


def pairs(text: str) -> dict[str, str]:
    """A word map written as space-separated "from:to" pairs."""
    return dict(pair.split(":", 1) for pair in text.split())


# Past and participle forms that do not end in -ed, mapped to the base verb, so that
# "I bought milk" matches "Buy milk" and "I paid the rent" matches "Pay rent".
IRREGULAR_VERBS: dict[str, str] = pairs(
    "ate:eat eaten:eat began:begin begun:begin bent:bend bled:bleed blew:blow blown:blow "
    "bought:buy broke:break broken:break brought:bring built:build caught:catch chose:choose "
    "chosen:choose came:come dealt:deal did:do done:do drank:drink drunk:drink drew:draw "
    "drawn:draw drove:drive driven:drive dug:dig fed:feed felt:feel fled:flee flew:fly flown:fly "
    "fought:fight found:find forgave:forgive forgot:forget forgotten:forget froze:freeze "
    "frozen:freeze gave:give given:give got:get gotten:get went:go gone:go grew:grow grown:grow "
    "had:have has:have heard:hear held:hold hid:hide hidden:hide hung:hang kept:keep knew:know "
    "known:know laid:lay led:lead lent:lend lit:light lost:lose made:make meant:mean met:meet "
    "paid:pay ran:run rang:ring rung:ring rode:ride ridden:ride rewrote:rewrite "
    "rewritten:rewrite said:say "
    "sang:sing sung:sing sat:sit saw:see seen:see sent:send shook:shake shot:shoot slept:sleep "
    "sold:sell sought:seek spent:spend spoke:speak spoken:speak stood:stand stole:steal "
    "stuck:stick struck:strike swam:swim swept:sweep taught:teach took:take taken:take tore:tear "
    "torn:tear told:tell thought:think threw:throw thrown:throw understood:understand woke:wake "
    "woken:wake won:win wore:wear worn:wear wrote:write written:write withdrew:withdraw was:be "
    "were:be been:be"
)

# The past forms that say only "it is finished", whatever the task was ("finished the
# report", "did the dishes"): what follows them names the task. Their verbs are among the
# deeds that complete any task (matching.py).
FINISH_VERBS = lexicon("finished completed done did accomplished wrapped")

# Forms whose past tense is spelled like the present; only used when a sentence
# starts with "I ..." and nothing else claimed it ("I read the report").
SAME_PAST = frozenset(
    {"read", "put", "cut", "set", "hit", "let", "shut", "quit", "cast", "cost", "spread"}
)

# Spellings people use for the same thing, mapped to one canonical word.
SYNONYMS: dict[str, str] = pairs(
    "mum:mom mommy:mom mummy:mom mother:mom ma:mom father:dad daddy:dad pa:dad doc:doctor "
    "dr:doctor e-mail:email appt:appointment mtg:meeting bday:birthday tv:television "
    "telly:television fridge:refrigerator groceries:grocery shopping:shop hoover:vacuum "
    "rubbish:trash garbage:trash bin:trash bins:trash phone:call ring:call pics:photo "
    "pictures:photo picture:photo photos:photo car:car auto:car "
    # Chat shorthand for the thing a title spells out ("hw still not done" for the homework).
    "hw:homework hmwk:homework xmas:christmas chrimbo:christmas crimbo:christmas "
    # Regional words for the same thing ("chrissy cards" in Australia are Christmas cards, the
    # "warrant" in New Zealand is the car's WOF, "pressies" are presents).
    "chrissy:christmas chrissie:christmas warrant:wof pressies:presents prezzies:presents "
    "pressie:present prezzie:present "
    # Kin said in full or short ("the grandchildren's cards" for 'Post cards to the grandkids').
    "grandchildren:grandkids grandchild:grandkid grandkiddos:grandkids children:kids child:kid "
    "kiddos:kids "
    # A thing said in full or short ("the condominium money" for 'Pay the condo fee').
    "condominium:condo "
    # The deed said as a noun for the verb a title starts with ("move the NEPA bill payment"
    # for 'Pay NEPA bill', "the licence renewal" for 'Renew driving licence').
    "payment:pay payments:pay renewal:renew renewals:renew "
    # Short forms a title spells out ("the visa docs" for 'Prepare visa documents'); "docs" is
    # papers, never doctors (one "doc" is the doctor).
    "docs:documents meds:medication collect:pickup "
    # Spanish verbs people mix into English ("ya hice el laundry"), read as the English verb.
    "hacer:do hice:do llamar:call comprar:buy pagar:pay limpiar:clean lavar:wash"
)

# Words that carry no meaning for title matching.
# Words that carry no thing of their own: articles, pronouns, prepositions, fillers.
FUNCTION_WORDS = lexicon(
    "a an the my your our his her their its this that these those to of for on in at by with from "
    "into onto and or is are was be am i me we us it please just already now also "
    "about some up out off down finally "
    "again today's called named titled so yet all really have has had as "
    # Spanish articles and prepositions, so mixed wording ("hacer el laundry") matches titles.
    "el la los las del al un una mis "
    # Roman Urdu's "the X one" ("lakri wala kaam")
    "wala wali wale waala"
)
# Words that name an entry of the list, not what it is about ("the gym one", "the bank thing").
LIST_NOUNS = lexicon(
    "task tasks todo todos to-do item items one ones thing things stuff job jobs list entry"
)
# Nouns that say what kind of task, not which ("the chores", Roman Urdu "kaam"): no part of a
# task's name, but a tag or a scope may be called so ("show my chores").
KIND_NOUNS = lexicon("chore chores errand errands kaam")
STOPWORDS = FUNCTION_WORDS | LIST_NOUNS | KIND_NOUNS

# Verbs that begin many titles ("Buy ...", "Call ..."): a match on them alone is weak.
LIGHT_VERBS = lexicon(
    "buy get go do make call pay take send check put see set write read pick bring give book "
    "email text finish start order clean fix visit meet find plan prepare review update return "
    "submit schedule renew cancel sort tidy wash new old"
)

# Particles of a two-word verb ("pick up", "drop off"): a title's verb is both words.
PARTICLES = lexicon("up out off down in back over")
# "put the bins out", "put petrol in the car": a thing put somewhere, by the word after it (a
# thing "put" on the list has none: "put dentist appointment thursday at 4pm")
PUT_SOMEWHERE_RE = re.compile(
    r"^(?:\S+\s+){0,5}?(?:out|away|up|back|down|off|over|together|aside|through|forward|in|"
    r"into|on|onto)\b",
    re.IGNORECASE,
)

# Base forms that start a to-do when a message is just an imperative ("buy milk").
TASK_VERBS = lexicon(
    "apply ask bake book bring build buy call change charge chase clean collect confirm "
    "contact cook defrost drop dust email empty feed fetch file fill find fix follow get go "
    "grab hang hoover install invite iron learn mail meet message polish register thaw unload "
    "mop mow order organise organize pack paint pay phone pick plan post practice practise "
    "prepare print read recycle renew repair replace reply research reserve return review "
    "ring schedule sell send sew shop sign sort study submit sweep take text tidy visit "
    "vacuum walk wash water watch wrap write update edit"
)

# The words for 'a task' ("the gym task", "todo: call mom"). Every reading that looks for one
# builds its pattern with task_noun() from these, adding only words its place makes safe:
# 'note', 'entry', 'thing' and 'one' also start or make up titles ("note the meter reading",
# "entry form for the marathon"), so each reading that takes them says why.
TASK_NOUNS = ("task", "todo", "to-do", "item", "reminder")


def task_noun(*more: str, plural: bool = True) -> str:
    """One word for 'a task' as a regular expression (no flags, no word boundaries): one of
    TASK_NOUNS or of ``more`` (regular expressions too), with an optional plural 's' unless
    ``plural`` is false."""
    return "(?:" + "|".join((*TASK_NOUNS, *more)) + ")" + ("s?" if plural else "")


# -ed words after "I" that do not say a task got done ("I needed", "I added").
# The verbs of a request to change the list, as a regex alternation: the clause reader looks
# for them at a clause's start (understand/message.py), the social reader anywhere in a
# message (social.py), each with words of its own besides.
REQUEST_VERBS = (
    "add|put|delete|remove|mark|tick|complete|rename|change|move|set|make|cancel|clear|undo|restore"
)


NOT_DONE_PAST = lexicon(
    "added asked considered created decided delayed deleted failed forgot forgotten hoped "
    "intended listed loved liked hated marked missed moved needed noticed planned postponed "
    "realised realized remembered renamed rescheduled removed seemed started began begun supposed "
    "thought tried updated used wanted was were wished wondered had meant changed said told heard "
    "saw knew felt lost stayed promised hated loved wondered realised realized "
    # a choice made ("we switched to a pellet stove", "opted for the bus"): why a plan changed
    "switched opted chose chosen "
    # a thing worn out, in slang ("theirs are munted", "the ute's rooted"): its state, no deed
    "munted rooted buggered "
    # given names in the shape of a past ("the task call Ahmed", "text Khaled back"): no deed
    "ahmed mohammed muhammed mohamed mehmed hamed javed khaled majed zahed abed"
)
# How one feels, in the shape of a verb in the past ("so exhausted, 8h drive to munich", "tired
# af"): a state, never a deed done (the split stage still cuts a clause after it)
FEELING_PAST = lexicon(
    "exhausted knackered shattered wrecked drained stressed bored worried annoyed frustrated "
    "overwhelmed depressed excited relieved embarrassed scared confused disappointed tired "
    "pissed wired"
)

# "the middle one": the place half way down a list of odd length (of an even one, two are)
MIDDLE = 1000

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "top": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "last": -1,
    "final": -1,
    "bottom": -1,
    "latest": -1,
    "newest": -1,
    "middle": MIDDLE,
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

_VOWELS = frozenset("aeiou")
_NO_UNDOUBLE = frozenset("lsz")


def _undouble(word: str) -> str:
    """Drop a doubled final consonant left by a suffix ("shopp" -> "shop")."""
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _VOWELS | _NO_UNDOUBLE:
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """Reduce a word to a crude stem so inflections of one word compare equal.

    It is not linguistically exact; it only has to map "painted", "painting" and
    "paint" (or "groceries" and "grocery") to the same key, deterministically.
    """
    w = word.lower().replace("’", "'")
    if not w.isascii():
        w = _unaccented(w)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    w = SYNONYMS.get(w, w)
    w = IRREGULAR_VERBS.get(w, w)
    w = SYNONYMS.get(w, w)
    if len(w) <= 3 or w.isdigit():
        return w
    if (w.endswith("ies") and len(w) > 4) or (w.endswith("ied") and len(w) > 4):
        w = w[:-3] + "i"
    elif w.endswith(("sses", "xes", "ches", "shes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ing") and len(w) > 5:
        w = _undouble(w[:-3])
    elif w.endswith("ed") and len(w) > 4:
        w = _undouble(w[:-2])
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w in SYNONYMS:
        return stem(SYNONYMS[w])  # "hoovering" is a form of "hoover", so it is "vacuum" too
    return w


# Endings of a stem left by "-ed" that lose an "e" the base has ("updated" -> "update", "booked"
# -> "book"): after one vowel, in a stem of more than one syllable; or after a consonant
_E_AFTER_VOWEL_RE = re.compile(
    r"(?:at|ut|ot|ag|[ncv]it|let|id|ud|ib|in|um|om|[aiou]k|[aiou]z|[aiou]r|[aiou]s|ul|[aeiu]v|[aeiou]c)$"
)
_E_AFTER_CONSONANT_RE = re.compile(
    r"(?:[rdl]g|(?:ch|rr|ll|v)[ae]ng|[rnpl]s|[rn]c|[bcdfgkptz]l|[rl]v)$"
)
_ONE_VOWEL_END_RE = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
_SYLLABLE_RE = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=1024)
def verb_base(word: str) -> str | None:
    """The base form of a past participle or past tense ("handed" -> "hand", "paid" -> "pay",
    "updated" -> "update", "submitted" -> "submit", "tidied" -> "tidy"), by its spelling; None
    for a word that is no such form ("bread", "need"), or a form of "be" or "have"."""
    w = word.lower()
    if w in IRREGULAR_VERBS:
        base = IRREGULAR_VERBS[w]
        return None if base in ("be", "have") else base
    if not w.isalpha() or len(w) < 4 or not w.endswith("ed") or (w.endswith("eed") and len(w) < 6):
        return None
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    stem = w[:-2]
    syllables = len(_SYLLABLE_RE.findall(stem))
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1]  # "dropped", "submitted", "planned"
    if stem.endswith("ell") and syllables > 1:
        return stem[:-1]  # "cancelled", "travelled" (one "spelled" is "spell")
    if stem[-1] in "ue":
        return stem + "e"  # "queued", "continued", "agreed"
    if stem[-1] in "aioy":
        return stem  # "played", "stayed", "radioed"
    if _ONE_VOWEL_END_RE.search(stem):
        if syllables == 1:
            return stem + "e"  # "baked", "used", "filed": one syllable not doubled
        return stem + "e" if _E_AFTER_VOWEL_RE.search(stem) else stem
    if re.search(r"[aeiou]{2}[szv]$", stem):
        return stem + "e"  # "raised", "paused", "achieved"
    if _E_AFTER_CONSONANT_RE.search(stem) and not re.search(r"[aeiou]{2}[cl]$", stem):
        return stem + "e"  # "changed", "licensed", "handled", "served", "replaced"
    return stem


def _unaccented(word: str) -> str:
    """ "café" as "cafe", "crème" as "creme": people type a name without its accents."""
    folded = unicodedata.normalize("NFKD", word)
    return "".join(c for c in folded if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Split text into lowercase words (letters and digits, inner apostrophes kept)."""
    return WORD_RE.findall(text.lower().replace("’", "'"))


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order, without repeats."""
    seen: list[str] = []
    for w in words(text):
        if w in STOPWORDS:
            continue
        s = stem(w)
        if s and s not in STOPWORDS and s not in seen:
            seen.append(s)
    return seen


_HOLLOW = lexicon(
    "can could would will shall should may might must do does did done be being been is are "
    "was were am it its it's that this these those them one ones we you u ya he she they i "
    "me us there here then so too more also just please pls plz ok okay yes yeah no maybe "
    "instead actually rather what when how why where who which if make made get got have has "
    "let let's lets possible able for to the a an at on in by of not as recurring repeating"
)
"""Words that name no thing to do: a new task titled only with them ("Can it be", "Can we do
it", "Is it possible") is a question or an edit misread as an add."""


def hollow_title(title: str) -> bool:
    """Whether a title has no word that names a thing to do (see ``_HOLLOW``)."""
    said = re.findall(r"[\w']+", title.lower())
    return bool(said) and all(word in _HOLLOW for word in said)


def is_past_tense(word: str, *, any_verb: bool = False) -> bool:
    """Whether ``word`` reads as a finished action ("called", "bought", "tidied").

    Stemming later maps the form to its base ("called" -> "call"), so this only
    has to recognise the shape; words that do not report a finished task
    ("needed", "added", "forgot") are excluded. With ``any_verb`` it is any verb in the
    past, whether or not it reports a task done ("moved", "needed", "was").
    """
    w = word.lower()
    if any_verb and (w in IRREGULAR_VERBS or (len(w) >= 5 and w.endswith("ed"))):
        return True
    if w in NOT_DONE_PAST:
        return False
    if w in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[w] not in {"be", "have"}
    return w.endswith("ed") and len(w) >= 5 and not w.endswith("eed")


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or change."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = j = 0
    edits = 0
    while i < la and j < lb:
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if la == lb:
            i += 1
        j += 1
    return edits + (lb - j) + (la - i) <= 1


# A leading article ("the 1041"), and with an owner's word ("my 1099 task", "our plumber"):
# only while a word follows, so a name that is just "the" stays as said.
_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)
_OWNED_ARTICLE_RE = re.compile(r"^(?:the|a|an|my|our)\s+(?=\S)", re.IGNORECASE)


def without_article(text: str, *, owner: bool = False) -> str:
    """``text`` without the article it starts with ("the K-1" is "K-1"), and with ``owner``
    without a leading "my" or "our" too.

    A value said in place of another ("it's the 1041 not the K-1") takes no article into a
    title, while "my" there is part of what was said; a name for a task ("my 1099 task",
    "the plumber said...") is the same name with any of them.
    """
    return (_OWNED_ARTICLE_RE if owner else _ARTICLE_RE).sub("", text, count=1)


def capitalise(title: str) -> str:
    """Upper-case the first letter only, keeping the user's own spelling elsewhere."""
    title = title.strip()
    return title[:1].upper() + title[1:] if title else title


def unshouted(word: str, was: str) -> str:
    """The word a title should have, capitals said for emphasis taken off ("should be BUY
    obviously" for 'by new thongs': "buy"); a title written in capitals keeps them."""
    return word.lower() if word.isupper() and len(word) > 1 and not was.isupper() else word
