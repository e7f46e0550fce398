"""Stage 1 of the offline model: read a message as typed into the plain words the rules know.

Three steps, each driven by the word lists of ``languages/*.toml`` (one file per language,
so a language is added without code):

1. chat forms and contractions, whole words ("u" -> "you", "pls" -> "please", "dont" ->
   "don't", "2" -> "to" after "remind me");
2. spelling of command words against the model's own lexicon ("delte" -> "delete",
   "evrything" -> "everything"), never of a real word ("compete" stays) nor of a name;
3. phrase rewrites, sentence by sentence ("X - add to my list" -> "add X", "nvm about X"
   -> "delete X", "doodh lena hai add karo" -> "add doodh lena", "añade X" -> "add X").

Quoted text is left exactly as typed. Titles keep the user's words: only chat forms change.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from todochat.tasks.dates import Found, find_due

from .text import TASK_VERBS, is_past_tense, stem

_FLAGS = re.IGNORECASE | re.DOTALL
_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’/-]*[^\W_])?|[\"“”«»‘’'`]", re.UNICODE)
_QUOTE_CHARS = frozenset('"“”«»`')
# Pictographs (emoji, with their joiners and variation selectors). One said between words ends a
# sentence, as a full stop would ("Hope you're well ☀️ Would you add X?"); it stays with the
# words before it, where it may carry meaning ("hit the gym ✅").
EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d"
EMOJI_END = rf"(?<=[{EMOJI}])\s+(?=[^\s{EMOJI}])"
_SENTENCE_RE = re.compile(rf"(?<=[.!?])\s+(?=\S)|{EMOJI_END}|\s*\n+\s*")
_ABBREVIATION_RE = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|vs|etc|e\.g|i\.e|no|jr|sr|prof|approx)\.$", _FLAGS
)
# "wait no. delete it": "no." is an answer, not the "No." of a number ("No. 5")
_NO_REPLY_RE = re.compile(r"(?:^|[\s,])no\.$", _FLAGS)
# where a sentence ends, for the rest of one after a discourse marker
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_END_PICTOGRAPHS_RE = re.compile(rf"(?<=[^\s{EMOJI}])[\s{EMOJI}]*[{EMOJI}][\s.!?]*$")
_END_RE = re.compile(rf"[\s.!?{EMOJI}]+$")
_TRAILING_EMOJI_RE = re.compile(rf"(?<=[^\s{EMOJI}.!?])\s*[{EMOJI}]+$")
_SLOT_RE = re.compile(r"\{([a-z]+)\}")
# A shared word list named in a pattern: "<because>" (never the "<x>" of "(?P<x>").
_WORD_LIST_RE = re.compile(r"(?<![?P])<([a-z_]+)>")
_MAX_ROUNDS = 4
# Lexicon words written with a capital in the middle of a sentence: a typo of one is still it.
_CAPITALISED = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august", "september"),
        *("october", "november", "december"),
    }
)
# A sentence's first word may follow these ("please ad milk", "ok del it").
_BEFORE_FIRST_WORD = frozenset(
    {"", ".", "!", "?", "please", "pls", "plz", "just", "you", "u", "ok", "okay", "k"}
)
_WISH_END_RE = re.compile(r"\b(?:to|gonna|wanna|gotta|should|must|might)$", re.IGNORECASE)
_NEGATION_END_RE = re.compile(r"\b(?:don't|dont|do\s+not|never|not|no\s+need\s+to)$", re.IGNORECASE)
_ELONGATED_RE = re.compile(r"(\w)\1{2,}")
_STRETCHED_END_RE = re.compile(r"(\w)\1+$")
_DANGLING_RE = re.compile(r"(?:[\s,;:.-]|\b(?:and|then|also|but|so|plus|now)\b)*$", re.IGNORECASE)


@dataclass(frozen=True)
class Rewrite:
    """One phrase rewrite: a sentence matching ``pattern`` is read as ``say``."""

    pattern: re.Pattern[str]
    say: str
    unless: dict[str, re.Pattern[str]] = field(default_factory=dict)
    request: bool = False
    hints: tuple[str, ...] = ()
    """Words every match contains somewhere (see ``hints``): the lexicon's sieve passes over a
    text with none of them, so ``apply`` is only tried where one may match."""
    statement: bool = False
    """Read only where the sentence tells (``statement = true``): "the tomatoes should repeat
    every day?" asks, and is never rewritten into the request it would be without its "?"."""
    opening: bool = False
    """Read only in a message's first sentence (``opening = true``): a correction of the task
    just talked about ("wait no, fedex store not ups") said after a request of the same message
    takes that request back ("delete the gym one... no wait, yoga not gym"), the retraction
    rules' to read."""

    def apply(self, sentence: str) -> str | None:
        m = self.pattern.fullmatch(sentence)
        if m is None:
            return None
        slots = {
            k.rstrip("_"): v.strip(" ,;:-–—.") for k, v in m.groupdict().items() if v is not None
        }
        if any(
            not value or _NEGATION_END_RE.search(value) or _WISH_END_RE.search(value)
            for value in slots.values()
        ):
            # "X isn't done, don't tick it": a negated request is never rewritten, nor a verb
            # that is what a wish is about ("the gym thing, remind me to cancel it")
            return None
        for name, rx in self.unless.items():
            if name in slots and rx.search(slots[name]):
                return None
        # A sentence of `say` whose slot went unmatched is left out ("add {c}." with no c).
        pieces = [
            piece
            for piece in self.say.split(". ")
            if all(name in slots for name in _SLOT_RE.findall(piece))
        ]
        if not pieces:
            return None  # every sentence of `say` needs a slot left unmatched: no rewrite
        return _SLOT_RE.sub(lambda s: slots[s.group(1)], ". ".join(pieces)).strip()


class Phrase(NamedTuple):
    """Words of a phrase table (``[[phrase]]``), replaced wherever they stand."""

    pattern: re.Pattern[str]
    say: str
    hints: tuple[str, ...]
    """Words every match contains (see ``hints``)."""


@dataclass(frozen=True)
class VerbTypo:
    """A typo of a command verb that is a word of its own ("ad"), read as the verb where one
    stands (``[[verb_typo]]`` of the languages)."""

    means: str
    after: frozenset[str]
    before: re.Pattern[str]
    never_after: frozenset[str]
    not_before: frozenset[str]

    def read(self, text: str, tokens: list[re.Match[str]], n: int, previous: str) -> str | None:
        """The verb the ``n``-th token means where it stands, or None (a thing, "the job ad")."""
        following = tokens[n + 1].group().lower() if n + 1 < len(tokens) else ""
        if previous in self.never_after or following in self.not_before:
            return None
        gap = text[tokens[n - 1].end() : tokens[n].start()] if n else ""
        if (
            previous in _BEFORE_FIRST_WORD
            or previous in self.after
            or self.before.match(text, tokens[n].end())
            or (_CLAUSE_GAP_RE.search(gap) and following in TASK_VERBS)
        ):
            return self.means
        return None


_CLAUSE_GAP_RE = re.compile(r"[,:;–—-]")


@dataclass(frozen=True)
class Lexicon:
    """Every language's word lists, merged."""

    chat: dict[str, str]
    first_word: dict[str, str]
    verb_typos: dict[str, VerbTypo]
    numbers: dict[str, tuple[str, frozenset[str], frozenset[str]]]
    targets: frozenset[str]
    keep: frozenset[str]
    rewrites: tuple[Rewrite, ...]
    index: dict[str, frozenset[str]]
    lead: Ways | None = None
    trail: Ways | None = None
    # a trailing wrapper that ends a clause before a comma ("renew my NBI clearance po, tag it")
    trail_clause: Ways | None = None
    gerunds: dict[str, str] = field(default_factory=dict)
    message_rewrites: tuple[Rewrite, ...] = ()
    injection: re.Pattern[str] | None = None
    # misspelt word -> its spelling, used only when a user asks for a title's spelling fixed
    # ("can u fix the spelling in the package task": 'Recieve' -> 'Receive')
    spelling: dict[str, str] = field(default_factory=dict)
    phrases: tuple[Phrase, ...] = ()
    anaphora: re.Pattern[str] | None = None
    # the shared word lists (``[words]``), each one regex group: "because" -> "(?:because|...)"
    words: dict[str, str] = field(default_factory=dict)
    # the same lists item by item, as written, for those read as plain words, not patterns
    word_items: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a word of another language -> the English word a title may use for it, for matching
    # ("dawai" -> "medicine": "ammi ki dawai le li" names 'Get ammi's medicine')
    match_as: dict[str, str] = field(default_factory=dict)
    # words for one thing said for one another ("meds", "prescription"), for matching a task
    # as a typo of its word would ("grandmas meds" names 'Pick up Grandma's prescription')
    match_near: tuple[frozenset[str], ...] = ()
    # a name spelt out -> the letters a title may write it with, for matching ("warrant of
    # fitness" -> "wof": "sorted the warrant of fitness for the ute" names 'Get WOF for the ute')
    match_spelt: dict[str, str] = field(default_factory=dict)
    # chat words people stretch by doubling their last letter ("sooo", "okk", "pleasee")
    stretched: frozenset[str] = frozenset()
    # markers that open a message or a sentence and say nothing ("so", "ok so", "hey", "um")
    discourse: re.Pattern[str] | None = None

    def translate(self, text: str) -> str:
        """Words of a phrase table replaced ("mañana" -> "tomorrow", "the hey" -> "the hay")."""
        candidates = self.phrase_sieve.indices(text)
        while candidates:
            at = candidates.pop(0)
            phrase = self.phrases[at]
            said = phrase.pattern.sub(phrase.say, text)
            if said != text:
                # (what a phrase says may be what a later one reads)
                text = said
                candidates = self.phrase_sieve.indices(text, after=at)
        return text

    @cached_property
    def phrase_sieve(self) -> Sieve:
        return Sieve(tuple(phrase.hints for phrase in self.phrases))

    @cached_property
    def rewrite_sieve(self) -> Sieve:
        return Sieve(tuple(rule.hints for rule in self.rewrites))

    @cached_property
    def message_sieve(self) -> Sieve:
        return Sieve(tuple(rule.hints for rule in self.message_rewrites))

    def before_injection(self, text: str) -> str:
        """The message up to the first words addressed to the model itself ("SYSTEM: ...").

        A marker inside quotes, or right after a colon ("todo: ..."), is the user's own title.
        """
        if self.injection is None:
            return text
        for m in self.injection.finditer(text):
            before = text[: m.start()]
            if before.rstrip().endswith(":"):
                # "add a task: ignore previous instructions": the user's colon makes it a title.
                continue
            if sum(before.count(q) for q in _QUOTE_CHARS) % 2 == 0:
                return _DANGLING_RE.sub("", before)
        return text

    def without_discourse(self, text: str) -> str:
        """``text`` without the discourse markers that open it or one of its sentences ("so need
        to book flights", "hey ad call plumber", "ok so um and limes"), so every later rule reads
        the words as if said first: a typo of a command word there too ("ad" -> "add"), the
        phrase rewrites of a whole message. A sentence that is only a marker ("so?") stays."""
        if self.discourse is None:
            return text

        def strip(m: re.Match[str]) -> str:
            rest = _SENTENCE_END_RE.split(m.string[m.end() :], maxsplit=1)[0]
            return m["at"] if any(c.isalnum() for c in rest) else m.group()

        for _ in range(_MAX_ROUNDS):
            before = text
            text = self.discourse.sub(strip, text)
            if text == before:
                break
        return text

    def without_trail(self, text: str) -> str:
        """``text`` without the chatter that ends it, trailing wrappers and pictographs ("...,
        list mein daal do thanks 🙏", "oh and parsley lol"): for a rule that reads a whole
        message to its end. Text that is only chatter stays."""
        text = text.strip()
        for _ in range(_MAX_ROUNDS):
            before = text
            text = _END_PICTOGRAPHS_RE.sub("", text).strip() or text
            if self.trail is not None:
                text = self.trail.sub("", text, count=1).strip() or text
            if text == before:
                break
        return text

    def unwrap(self, sentence: str) -> str:
        """The sentence without polite or chatty wrappers at its start and end."""
        text = sentence.strip()
        for _ in range(2 * _MAX_ROUNDS):
            before = text
            if self.lead is not None:
                text = self.lead.sub("", text, count=1).strip() or text
            if self.trail is not None:
                text = self.trail.sub("", text, count=1).strip() or text
            if not any(c.isalnum() for c in text):
                return sentence.strip()
            if text == before:
                break
        if self.trail_clause is not None and "," in text:
            text = self.trail_clause.sub(_clause_wrapper, text)
        first, _, rest = text.partition(" ")
        verb = self.gerunds.get(first.lower())
        return f"{verb} {rest}".strip() if verb else text

    def is_wrapper(self, sentence: str) -> bool:
        """Whether the sentence is only politeness ("Thanks a million, you're a star!").

        Wrappers are taken off from the start first, then from the end first: a lead word
        may take the comma a trailing one needs ("Lovely, thank you"), and the other way
        round ("Cheers, Dave x" is a sign-off, not "Dave")."""
        return any(
            not self._without(sentence, order)
            for order in ((self.lead, self.trail), (self.trail, self.lead))
        )

    @staticmethod
    def _without(sentence: str, order: tuple[Ways | None, ...]) -> str:
        text = sentence.strip(" .!?,")
        for _ in range(_MAX_ROUNDS):
            before = text
            for rx in order:
                if rx is not None:
                    text = rx.sub("", text).strip(" .!?,")
            if text == before:
                break
        return text


_PLEASE_RE = re.compile(r"(?:please|pls+|plz+|kindly)", re.IGNORECASE)


def _clause_wrapper(m: re.Match[str]) -> str:
    """A trailing wrapper said at the end of a clause, before a comma, goes ("renew my NBI
    clearance po, tag it #errands", "add X lol, due friday") when two words stay before it; a
    single letter ("item x, y and z") is no kiss."""
    word = m.group().strip()
    before = m.string[: m.start()].rsplit(",", 1)[-1]
    if _PLEASE_RE.fullmatch(word):
        # "add buy dog food pls, the big bag, we almost out": a "please" inside a request
        # ends its title, and what follows it is a remark (slots.py reads it): it stays
        return m.group()
    return m.group() if len(word) < 2 or len(before.split()) < 2 else ""


def compile_pattern(text: str) -> re.Pattern[str]:
    """A rewrite pattern: ``{name}`` captures words, " ?" is optional space, " " is space."""
    seen: dict[str, int] = {}

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}{'_' * (seen[name] - 1)}>.+?)"

    body = _SLOT_RE.sub(slot, text.strip())
    body = body.replace(" ?", r"\s*").replace(" ", r"\s+")
    return re.compile(body, _FLAGS)


_REPEAT_RE = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!", "(?(")


def required_parts(pattern: str) -> list[str]:
    """Parts of ``pattern`` (a regular expression) that every match of it contains somewhere,
    each a regular expression to search for: the runs of plain characters outside its groups,
    and each group that must match and whose every alternative has a part of its own (a word
    list, never a slot that takes any words). None when a ``|`` outside the groups offers other
    ways. A character made optional by ``?``, ``*`` or ``{0,n}`` is left out, and an escape, a
    class or ``.`` ends a run: the parts are a necessary condition, never a sufficient one."""
    parts: list[str] = []
    run: list[str] = []

    def end() -> None:
        if len(run) > 1:
            parts.append(re.escape("".join(run)))
        run.clear()

    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "|":
            return []
        repeat = _REPEAT_RE.match(pattern, i)
        if repeat is not None and (c != "{" or repeat.group(1) is not None):
            if run and (c in "?*" or (c == "{" and int(repeat.group(1) or 0) == 0)):
                run.pop()
            end()
            i = repeat.end()
            continue
        if c == "\\":
            end()
            i += 2
        elif c == "[":
            end()
            i = _closing(pattern, i)
        elif c == "(":
            end()
            close = _closing(pattern, i)
            after = _REPEAT_RE.match(pattern, close)
            optional = after is not None and (
                after.group() in ("?", "*") or after.group(1) in ("", "0")
            )
            if not optional and _selective(pattern[i:close]):
                parts.append(pattern[i:close])
            i = close
        elif c in ".^$":
            end()
            i += 1
        else:
            run.append(c)
            i += 1
    end()
    return parts


def _selective(group: str) -> bool:
    """Whether a group (as written, with its parentheses) is worth searching for: no
    look-around or back-reference, and each of its alternatives has a part of its own."""
    if group.startswith(_LOOKAROUND) or "(?P=" in group or re.search(r"\\[1-9]", group):
        return False
    inner = re.sub(r"^\((?:\?:|\?P<\w+>|\?[aiLmsux]+(?:-[imsx]+)?:)?", "", group)[:-1]
    return all(required_parts(alternative) for alternative in _alternatives(inner))


def _alternatives(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside its groups and classes."""
    out: list[str] = []
    start, i, n = 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c in "([":
            i = _closing(pattern, i)
        elif c == "|":
            out.append(pattern[start:i])
            start = i = i + 1
        else:
            i += 1
    out.append(pattern[start:])
    return out


def _closing(pattern: str, i: int) -> int:
    """The index after the group or class that opens at ``i`` (escapes, and classes inside a
    group, are skipped whole)."""
    depth, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if depth == 0:
                return i + 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def with_word_lists(pattern: str, words: dict[str, str]) -> str:
    """``pattern`` with each ``<name>`` replaced by the shared word list of that name, so a list
    of words several rules read ("because cause since ...") is written once, in ``[words]``."""
    return _WORD_LIST_RE.sub(lambda m: words[m.group(1)], pattern)


def _merged_word_lists(tables: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    """Every language's ``[words]`` lists: a list in two languages is one list with the words
    of both."""
    merged: dict[str, list[str]] = {}
    for table in tables:
        for name, items in table.items():
            merged.setdefault(name, []).extend(items)
    return merged


def _word_lists(merged: dict[str, list[str]]) -> dict[str, str]:
    """The ``[words]`` lists, each one regex group; an item may name an earlier list
    ("<because>")."""
    words: dict[str, str] = {}
    for name, items in merged.items():
        expanded = [with_word_lists(item, words) for item in items]
        words[name] = f"(?:{_longest_first(expanded)})".replace(" ", r"\s+")
    return words


def _rewrite(entry: dict[str, Any], words: dict[str, str]) -> Rewrite:
    unless: dict[str, re.Pattern[str]] = {}
    for key, value in entry.items():
        if key.startswith("unless") and isinstance(value, str):
            slot = key.partition("_")[2] or ("x" if "{x}" in entry["match"] else "a")
            slot = slot.rstrip("_")
            unless[slot] = re.compile(with_word_lists(value, words), _FLAGS)
    pattern = compile_pattern(with_word_lists(entry["match"], words))
    return Rewrite(
        pattern,
        entry["say"],
        unless,
        bool(entry.get("request", False)),
        hints(pattern.pattern),
        bool(entry.get("statement", False)),
        bool(entry.get("opening", False)),
    )


def hints(pattern: str) -> tuple[str, ...]:
    """Words every match of ``pattern`` contains, casefolded: for each way the pattern offers
    (its alternatives outside groups), the words its needed part whose shortest opening is
    longest opens with (see ``required_parts``). Empty when a way has no such part: the pattern
    is then always tried. Text that contains none of them cannot match, so it is passed over
    with a look for a few words instead of a regular-expression search at every place; the
    phrases and rewrites are most of a message's time, and most of them say nothing of it."""
    words: list[str] = []
    for way in _alternatives(pattern):
        openings = [found for found in map(_openings, required_parts(way)) if found]
        if not openings:
            return ()
        words.extend(max(openings, key=lambda ways: min(map(len, ways))))
    return tuple(sorted({word.casefold() for word in words}))


class Sieve:
    """The rules of one table, in order, each known by its ``hints``: ``indices`` finds, with
    one look for each word that could be there, the rules a text may match, so the rest are
    never tried. A rule without hints is always tried."""

    def __init__(self, hinted: Sequence[tuple[str, ...]]) -> None:
        self.always = frozenset(i for i, words in enumerate(hinted) if not words)
        by_word: dict[str, list[int]] = {}
        for i, words in enumerate(hinted):
            for word in words:
                by_word.setdefault(word, []).append(i)
        self.by_word = {word: tuple(rules) for word, rules in by_word.items()}
        # the words by the two letters they open with: a text holds a word only where it holds
        # those two, so most words are never looked for (a word of one letter always is)
        by_opening: dict[str, list[str]] = {}
        for word in by_word:
            by_opening.setdefault(word[:2], []).append(word)
        self.by_opening = {opening: tuple(words) for opening, words in by_opening.items()}
        self.letters = tuple(word for word in by_word if len(word) < 2)

    def indices(self, text: str, after: int = -1) -> list[int]:
        """The rules ``text`` may match, in order (those after ``after`` only)."""
        folded = text.casefold()
        found = set(self.always)
        openings = {folded[i : i + 2] for i in range(len(folded) - 1)}
        for opening in openings.intersection(self.by_opening):
            for word in self.by_opening[opening]:
                if word in folded:
                    found.update(self.by_word[word])
        for letter in self.letters:
            if letter in folded:
                found.update(self.by_word[letter])
        return sorted(i for i in found if i > after)


class Ways:
    """One alternation of many ways (the wrappers), set in ``frame`` where ``{ways}`` stands,
    that finds what the whole alternation finds: each text is searched with the alternation of
    only the ways it may hold (``Sieve``), since trying hundreds of ways at every place of a
    sentence cost more than all the rest of reading it. The alternations made are kept."""

    def __init__(self, ways: Sequence[str], frame: str, *, sifted: bool = True) -> None:
        self.ways = tuple(ways)  # in the order they are tried
        self.frame = frame
        # (not for a frame anchored at the start, which the whole alternation passes quicker)
        self.sieve = Sieve([hints(way) for way in self.ways]) if sifted else None
        self._compiled = lru_cache(maxsize=512)(self._compile)

    def _compile(self, chosen: tuple[int, ...]) -> re.Pattern[str]:
        # (no way at all: an alternation that never matches, not the empty one that always does)
        alternation = "|".join(self.ways[i] for i in chosen) or "(?!)"
        return re.compile(self.frame.replace("{ways}", alternation), _FLAGS)

    def pattern(self, text: str) -> re.Pattern[str]:
        if self.sieve is None:
            return self.whole
        return self._compiled(tuple(self.sieve.indices(text)))

    @cached_property
    def whole(self) -> re.Pattern[str]:
        return self._compile(tuple(range(len(self.ways))))

    def sub(self, say: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.pattern(text).sub(say, text, count=count)


def _openings(part: str) -> list[str]:
    """The plain text each way of saying ``part`` opens with (a run is its own): a necessary
    condition for the part, searched faster than the part; [] when a way opens otherwise. A
    way that opens with a group opens as that group does, past what takes no room (``\\b``,
    a look-around)."""
    if not part.startswith("("):
        return [re.sub(r"\\(.)", r"\1", part)]
    inner = re.sub(r"^\((?:\?:|\?P<\w+>)?", "", part)[:-1]
    words: list[str] = []
    for alternative in _alternatives(inner):
        alternative = _ZERO_WIDTH_RE.sub("", alternative)
        if alternative.startswith(_LOOKAROUND):
            return []
        if alternative.startswith("("):
            close = _closing(alternative, 0)
            after = _REPEAT_RE.match(alternative, close)
            if after is not None and (after.group() in ("?", "*") or after.group(1) in ("", "0")):
                return []
            found = _openings(alternative[:close])
        else:
            m = _OPENING_RE.match(alternative)
            found = [m.group()] if m is not None else []
        if not found:
            return []
        words.extend(found)
    return sorted(set(words), key=len)


# what opens a way and takes no room: a word edge, look-arounds (never one with a group inside)
_ZERO_WIDTH_RE = re.compile(r"^(?:\\b|\(\?<?[=!][^()]*\))+")
# the plain letters an alternative opens with, up to the first one made optional or a sign
_OPENING_RE = re.compile(r"[\w']+(?![?*{])")


def _longest_first(patterns: list[str]) -> str:
    """One alternation, longer patterns first ("oh dear" before "oh")."""
    return "|".join(_longest_first_ways(patterns))


def _longest_first_ways(patterns: list[str]) -> list[str]:
    """The patterns in the order an alternation tries them, longer first, each once."""
    return sorted(set(patterns), key=len, reverse=True)


def _deletes(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _depth(word: str) -> int:
    return 2 if len(word) >= 8 else 1


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load every ``languages/*.toml`` once (on first use, never at import)."""
    chat: dict[str, str] = {}
    first_word: dict[str, str] = {}
    verb_typos: dict[str, VerbTypo] = {}
    numbers: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}
    targets: set[str] = set()
    keep: set[str] = set()
    rewrites: list[Rewrite] = []
    lead: list[str] = []
    trail: list[str] = []
    gerunds: dict[str, str] = {}
    message_rewrites: list[Rewrite] = []
    injection: list[str] = []
    anaphora: list[str] = []
    phrases: list[Phrase] = []
    spelling: dict[str, str] = {}
    match_as: dict[str, str] = {}
    match_near: list[frozenset[str]] = []
    match_spelt: dict[str, str] = {}
    discourse: list[str] = []
    stretched: set[str] = set()
    folder = resources.files("todochat.assistant.offline") / "languages"
    files = [
        tomllib.loads(item.read_text(encoding="utf-8"))
        for item in sorted(folder.iterdir(), key=lambda p: p.name)
        if item.name.endswith(".toml")
    ]
    word_items = _merged_word_lists([data.get("words", {}) for data in files])
    words = _word_lists(word_items)
    for data in files:
        chat.update({k.lower(): v for k, v in data.get("chat", {}).items()})
        first_word.update({k.lower(): v for k, v in data.get("first_word", {}).items()})
        for entry in data.get("verb_typo", []):
            typo = VerbTypo(
                entry["means"],
                frozenset(entry["after"]),
                re.compile(entry["before"], _FLAGS),
                frozenset(entry["never_after"]),
                frozenset(entry["not_before"]),
            )
            verb_typos.update(dict.fromkeys(entry["typos"], typo))
        for word, rule in data.get("numbers_as_words", {}).items():
            numbers[word] = (
                rule["means"],
                frozenset(rule["after"]),
                frozenset(rule.get("not_before", ())),
            )
        correct = data.get("correct", {})
        targets.update(correct.get("words", "").split())
        stretched.update(correct.get("stretched", "").split())
        keep_file = correct.get("keep_file")
        if keep_file:
            keep.update((folder / keep_file).read_text(encoding="utf-8").split())
        rewrites.extend(_rewrite(entry, words) for entry in data.get("rewrite", []))
        message_rewrites.extend(_rewrite(entry, words) for entry in data.get("message_rewrite", []))
        gerunds.update(data.get("gerunds", {}))
        spelling.update({k.lower(): v for k, v in data.get("spelling", {}).items()})
        match_as.update({k.lower(): v for k, v in data.get("match_as", {}).items()})
        near = data.get("match_near", {}).get("groups", [])
        match_near.extend(frozenset(group.lower().split()) for group in near)
        match_spelt.update({k.lower(): v for k, v in data.get("match_spelt", {}).items()})
        wrappers = data.get("wrappers", {})
        lead.extend(with_word_lists(way, words) for way in wrappers.get("lead", []))
        trail.extend(with_word_lists(way, words) for way in wrappers.get("trail", []))
        discourse.extend(with_word_lists(way, words) for way in wrappers.get("discourse", []))
        injection.extend(data.get("injection", {}).get("markers", []))
        anaphora.extend(data.get("anaphora", {}).get("add", []))
        for entry in data.get("phrase", []):
            match = with_word_lists(entry["match"], words)
            phrases.append(
                Phrase(
                    re.compile(rf"(?<![\w'])(?:{match})(?![\w'])", _FLAGS),
                    entry["say"],
                    hints(match),
                )
            )
    index: dict[str, set[str]] = {}
    for target in targets:
        for variant in _deletes(target, _depth(target)):
            index.setdefault(variant, set()).add(target)
    return Lexicon(
        chat=chat,
        first_word=first_word,
        verb_typos=verb_typos,
        numbers=numbers,
        targets=frozenset(targets),
        keep=frozenset(keep),
        rewrites=tuple(rewrites),
        index={k: frozenset(v) for k, v in index.items()},
        # (never the first half of a word with a hyphen: "yo-yo", "hi-fi")
        lead=Ways(_longest_first_ways(lead), r"^(?:{ways})(?!\w|-\w)[\s,!.:;-]*", sifted=False)
        if lead
        else None,
        trail=Ways(_longest_first_ways(trail), r"(?:^|[\s,!.:;-]+)(?:{ways})[\s!.?]*$")
        if trail
        else None,
        trail_clause=Ways(_longest_first_ways(trail), r"(?<=\w)\s+(?:{ways})(?=\s*,\s*\w)")
        if trail
        else None,
        discourse=re.compile(
            rf"(?P<at>^\s*|(?<=[.!?])[ \t]+|\n\s*)(?:{_longest_first(discourse)})(?![\w']|-\w)"
            rf"[\s,!.:;-]*",
            _FLAGS,
        )
        if discourse
        else None,
        gerunds=gerunds,
        spelling=spelling,
        match_as=match_as,
        match_near=tuple(match_near),
        match_spelt=match_spelt,
        stretched=frozenset(stretched),
        message_rewrites=tuple(message_rewrites),
        injection=re.compile(rf"(?<!\w)(?:{_longest_first(injection)})", _FLAGS)
        if injection
        else None,
        phrases=tuple(phrases),
        anaphora=re.compile(
            # ("a card before then can u put that on my list": "before then" is a time)
            rf"(?:^|[\s,;:-]+)(?:(?:so|and|(?<!\bbefore\s)(?<!\bby\s)then|now)\s+)?"
            rf"(?:(?:please|pls|kindly)\s+)?"
            rf"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?)?"
            # ("add it with #uni", "put that on my list tagged #travel": only the tags are kept)
            rf"(?:{_longest_first(anaphora)})"
            # "can you put it for tomorrow 9h please": when it is due (read in _antecedents)
            rf"(?P<when>\s+(?:for|by|on|due|until|till)\s+[\w:.' -]{{2,40}}?)?"
            # ("set that up as a repeating thing every sunday": how often, said after it)
            rf"(?P<every>\s+every\s+(?:other\s+)?[a-z]+)?"
            rf"(?:\s+(?:please|pls|plz))?"
            rf"(?P<tags>(?:\s+(?:(?:with|tagged|tag(?:\s+it)?|and\s+tag(?:\s+it)?)\s+)?#[\w-]+)*)"
            # ("please add it, description: carry sugar, unga and the blanket": its notes)
            rf"(?:\s*,?\s*(?:with\s+(?:the\s+|a\s+)?)?(?:description|desc|notes?|details)\s*[:-]\s*"
            rf"(?P<notes>[^.!?]*[^\s.!?,;]))?"
            rf"[\s.!?,;]*$",
            _FLAGS,
        )
        if anaphora
        else None,
        words=words,
        word_items={name: tuple(items) for name, items in word_items.items()},
    )


def word_list(name: str) -> str:
    """The shared word list ``name`` of the languages' ``[words]`` tables, as one regex group
    ("because" -> "(?:because|cause|...)"): the one definition every rule reading it uses."""
    return lexicon().words[name]


def plain_words(name: str) -> tuple[str, ...]:
    """The shared word list ``name`` item by item, for a list of plain words read as words
    (stems compared), not as a pattern: ``taking`` -> ("take", "go", ...)."""
    return lexicon().word_items[name]


@cache
def word_stems(name: str) -> frozenset[str]:
    """The stems of the plain words of the shared word list ``name`` (``plain_words``), worked
    out once per list: what matching compares a said word's stem against."""
    return frozenset(stem(w) for w in plain_words(name))


def edits_within(word: str, target: str) -> bool:
    """Whether ``word`` is a typo of ``target``: one edit (two for long words).

    Four-letter words only count a swap of two neighbours ("mrak"), since one changed
    letter turns most short words into other words.
    """
    if word == target or len(word) < 4 or len(target) < 4:
        return False
    distance = _osa(word, target, 2)
    if len(word) == 4 or len(target) == 4:
        return distance == 1 and len(word) == len(target) and sorted(word) == sorted(target)
    limit = 2 if len(word) >= 7 and len(target) >= 8 else 1
    return distance <= limit


def _osa(a: str, b: str, cap: int) -> int:
    """Optimal string alignment distance (swaps count once), stopping past ``cap``."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) > cap:
            return cap + 1
        previous2, previous = previous, row
    return previous[-1]


@lru_cache(maxsize=4096)
def correct(word: str) -> str | None:
    """The lexicon word ``word`` is a typo of, when exactly one fits; else None."""
    lex = lexicon()
    if len(word) < 4 or not word.isalpha() or word in lex.targets or word in lex.keep:
        return None
    candidates: set[str] = set()
    for variant in _deletes(word, _depth(word)):
        candidates |= lex.index.get(variant, frozenset())
    fits = [t for t in candidates if edits_within(word, t)]
    if not fits:
        return None
    best = min(_osa(word, t, 2) for t in fits)
    closest = [t for t in fits if _osa(word, t, 2) == best]
    return closest[0] if len(closest) == 1 else None


# Question words that take a glued "'s" in chat ("wots", "whatz", "wutz"): only these, so a
# plural ("cars") or a possessive ("its") is never read as one.
_CONTRACTING = frozenset({"what", "who", "where", "how", "that", "there"})


def _contracted(low: str) -> str | None:
    """A question word's chat spelling with "'s" glued on, as "<word>'s": "wots", "wats",
    "whtz" (a chat form of "what" + s or z), "whatz", "wherez" (the word itself + z);
    None for any other word ("wots" only because "wot" is "what")."""
    if len(low) < 3 or low[-1] not in "sz":
        return None
    stem = low[:-1]
    word = lexicon().chat.get(stem) or (stem if low[-1] == "z" else None)
    return f"{word}'s" if word in _CONTRACTING else None


# what ends a sentence between two words
_SENTENCE_GAP_RE = re.compile(r"[.!?;]\s|\n")


# Words after which a chat form in capitals still ends what it is said of ("do it RN pls")
_AFTER_CHAT_FORM = frozenset(
    {
        *("and", "or", "but", "so", "then", "because", "cause", "coz", "cuz", "as", "if"),
        *("please", "pls", "plz", "thanks", "thx", "ty", "lol", "haha", "ok", "okay", "i"),
        *("i'm", "im", "or", "too", "though", "tho", "mate", "bro", "thank", "cheers"),
    }
)


def _two_letter_acronym(tokens: list[re.Match[str]], n: int) -> bool:
    """Whether the ``n``-th token is two capitals naming a thing ("renew RN license", "book
    the MOT at the PT clinic"), not a chat form typed in capitals ("do it RN", "done RN pls"):
    said between two words of the same sentence, before a word that is no chat, no
    conjunction, no politeness."""
    token = tokens[n].group()
    if len(token) != 2 or not token.isupper() or not token.isalpha() or n == 0:
        return False
    if n + 1 >= len(tokens) or token.lower() in ("im", "uh", "um", "kk"):
        return False
    text = tokens[n].string
    following = tokens[n + 1]
    gap = text[tokens[n].end() : following.start()] + text[tokens[n - 1].end() : tokens[n].start()]
    word = following.group()
    return (
        not _CLAUSE_GAP_RE.search(gap)
        and not _SENTENCE_GAP_RE.search(gap)
        and word[:1].isalpha()
        and word.lower() not in _AFTER_CHAT_FORM
    )


def _words(text: str) -> str:
    """Chat forms, contextual numbers and spelling, word by word, outside quotes."""
    lex = lexicon()
    out: list[str] = []
    last = 0
    previous = ""
    quoted = False
    tokens = list(_TOKEN_RE.finditer(text))
    for n, m in enumerate(tokens):
        token = m.group()
        if token in _QUOTE_CHARS:
            quoted = not quoted
            continue
        if token in "'‘’":
            before = text[m.start() - 1] if m.start() else " "
            after_char = text[m.end()] if m.end() < len(text) else " "
            if not quoted and before.isspace() and after_char.isalnum():
                quoted = True
            elif quoted and not after_char.isalnum():
                quoted = False
            continue
        if quoted or not (token[0].isalnum()):
            continue
        if (
            n
            and _SENTENCE_GAP_RE.search(text[tokens[n - 1].end() : m.start()])
            and not _ABBREVIATION_RE.search(text[: tokens[n - 1].end() + 1])
        ):
            previous = ""  # "Thanks! ad milk", "buy bread; del the eggs": a sentence's first word
        low = token.lower().replace("’", "'")
        if _ELONGATED_RE.search(low):
            # "thank uuu", "pleeease": a stretched word read as the word it stretches.
            short = _ELONGATED_RE.sub(r"\1", low)
            if short in lex.chat or short in lex.targets or short in lex.keep:
                low = short
        if (
            low not in lex.stretched
            and _STRETCHED_END_RE.search(low)
            and not (token[:1].isupper() and m.start() > 0 and previous not in ("", "."))
        ):
            # "sooo", "okk", "pleasee", "thankss": a chat word with its last letter held (not a
            # name's word mid-sentence: "the Sooo Good bakery")
            short = _STRETCHED_END_RE.sub(r"\1", low)
            if short in lex.stretched:
                low = short
        # "close all the INC tickets": a word in capitals (in a message that is not shouted,
        # see unshouted) is an acronym or a code, never a chat form ("inc") nor a typo.
        acronym = (
            (len(token) >= 3 and token.isupper())
            or _two_letter_acronym(tokens, n)
            # "got the paint from B&Q", "the AT&T bill": a letter joined by "&" is a name
            or "&" in (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1])
        )
        replacement: str | None = None if acronym else lex.chat.get(low, _contracted(low))
        if replacement is None and previous in _BEFORE_FIRST_WORD and not acronym:
            replacement = lex.first_word.get(low)
        if replacement is None and low in lex.verb_typos and not acronym:
            replacement = lex.verb_typos[low].read(text, tokens, n, previous)
        if replacement is None and low in lex.numbers:
            means, after, not_before = lex.numbers[low]
            following = tokens[n + 1].group() if n + 1 < len(tokens) else ""
            counted = following.lower() in not_before  # "i need 2 things added: X and Y"
            if previous in after and following[:1].isalpha() and not counted:
                replacement = means
        if replacement is None and not acronym:
            proper = token[:1].isupper() and m.start() > 0 and previous not in ("", ".")
            replacement = correct(low)
            if proper and replacement not in _CAPITALISED:
                replacement = None  # a name, not a typo ("Margret"), but "Thurdsay" is Thursday
        end = m.end()
        if text[end : end + 1] == "/" and f"{low}/" in lex.chat and not acronym:
            # "done w/ 32", "follow up w/ Okafor": a chat form ending in a slash takes it along
            replacement, end = lex.chat[f"{low}/"], end + 1
        elif replacement is None and "/" in low and not acronym:
            head, _, rest = low.partition("/")
            if f"{head}/" in lex.chat and rest.isalpha() and f"{head}/{rest}" not in lex.chat:
                # "lesson w/jake": the chat form glued to the word after it
                replacement = f"{lex.chat[f'{head}/']} {token[len(head) + 1 :]}"
        if replacement is None and low != token.lower().replace("’", "'"):
            replacement = low
        previous = (replacement or low).lower().rsplit(" ", 1)[-1]
        if replacement == "":
            # a filler word ("bhi", "alhamdulillah": a chat form read as nothing) goes, with
            # the space before it
            out.append(text[last : m.start()].rstrip(" "))
            last = end
        elif replacement is not None:
            out.append(text[last : m.start()])
            out.append(replacement)
            last = end
    out.append(text[last:])
    return "".join(out)


def sentences(text: str, boundary: re.Pattern[str] = _SENTENCE_RE) -> list[str]:
    """Split at sentence ``boundary`` matches, but not after an abbreviation ("Ms. Okafor")."""
    pieces = [p for p in boundary.split(text) if p and p.strip()]
    merged: list[str] = []
    for piece in pieces:
        answer = _NO_REPLY_RE.search(merged[-1]) and not piece[:1].isdigit() if merged else False
        if merged and _ABBREVIATION_RE.search(merged[-1]) and not answer:
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def rewrite(sentence: str, depth: int = 0, *, opening: bool = False) -> str:
    """Apply phrase rewrites until none applies (a few rounds at most).

    When a rewrite splits the sentence ("X, so please Y" -> "X. Y"), each part is
    rewritten on its own, so no later pattern spans the two. ``opening``: the sentence opens
    its message (see ``Rewrite.opening``).
    """
    lex = lexicon()
    rewrites = lex.rewrites
    for _ in range(_MAX_ROUNDS):
        end = _END_RE.search(sentence)
        tail = end.group() if end else ""
        body = sentence[: len(sentence) - len(tail)] if tail else sentence
        body = lex.unwrap(body)
        sentence = body + tail
        for at in lex.rewrite_sieve.indices(body):
            rule = rewrites[at]
            if (rule.statement and "?" in tail) or (rule.opening and not opening):
                continue
            new = rule.apply(body)
            if new is not None and new != body:
                # "Could you add X?" asks for something: it is a request, not a question.
                sentence = new + (tail.replace("?", ".") if rule.request else tail)
                parts = sentences(sentence)
                if len(parts) > 1 and depth < _MAX_ROUNDS:
                    return " ".join(
                        rewrite(part, depth + 1, opening=opening and not n)
                        for n, part in enumerate(parts)
                    )
                break
        else:
            return sentence
    return sentence


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_PAIR = rf"(?:(?:{'|'.join(_TENS)}|fourty)(?:[\s-]+(?:{'|'.join(_UNITS)})\b)?|{'|'.join(_TEENS)})\b"
# (not a clock read out: "at twenty thirty" is half past eight)
_DICTATED_RE = re.compile(rf"(?<!\bat )\b{_PAIR}(?:\s+{_PAIR})+\b", _FLAGS)
_PAIR_RE = re.compile(_PAIR, _FLAGS)


def _pair_value(words: str) -> str:
    """ "forty four" as "44", "seventeen" as "17"."""
    parts = words.lower().replace("-", " ").split()
    if parts[0] in _TEENS:
        return str(10 + _TEENS.index(parts[0]))
    tens = 4 if parts[0] == "fourty" else 2 + _TENS.index(parts[0])
    return f"{tens}{_UNITS.index(parts[1]) + 1 if len(parts) > 1 else 0}"


def dictated_numbers(text: str) -> str:
    """A number read out in pairs, as people say codes and loads ("forty four seventy one",
    "nineteen eighty four"), in digits ("4471", "1984"), so it names the task carrying it. One
    pair alone ("forty four", "two dozen") stays in words, as typed."""
    return _DICTATED_RE.sub(
        lambda m: "".join(_pair_value(p.group()) for p in _PAIR_RE.finditer(m.group())), text
    )


# "add a reminder please,, to call X": a comma typed twice is one comma.
_DOUBLED_COMMA_RE = re.compile(r"\s*,(?:\s*,)+")


def as_said(text: str) -> str:
    """A message as typed, without the discourse markers that open it ("ok so nvm", "hey and
    limes") and the pictographs that end it ("nvm 🙏"): what a rule reading a whole message as
    typed reads (the conversation's own, as normalise reads it). A tick among them says the
    thing is done ("gym ✅", "41 ✅ 🙌"): it stays, as normalise reads it (_ticked)."""
    said = lexicon().without_discourse(text)
    end = _END_PICTOGRAPHS_RE.search(said)
    if end is not None and _TICK_RE.search(end.group()):
        return said.strip() or text
    return _END_PICTOGRAPHS_RE.sub("", said).strip() or text


def unshouted(text: str) -> str:
    """A message typed in capitals ("PLESE MARK THE RENT CHEQUE AS COMPELTED") read as if typed
    in small letters: there a capital marks no name nor acronym, and titles and descriptions
    are not kept shouted. A message with some words in capitals ("close the INC tickets")
    keeps them."""
    letters = [c for c in text if c.isalpha()]
    return text.lower() if sum(c.isupper() for c in letters) > len(letters) / 2 else text


# "add renew passport as high priority — we fly in march": a dash between spaces before a
# clause of its own ends what came before it, as a full stop does ("add X — high priority" stays
# one request, as with a comma); "put the bins out - can u make that a repeating one": a hyphen
# so spaced before a request joins as a comma does ("Email Bob - urgent" may be a title), and so
# does a long dash ("the task with calling the doctor — can you change it to 'X'?")
_SPACED_DASH_RE = re.compile(
    # ("finished both – the plumber and the electrician": the things "both" counts follow it)
    r"(?<!\bboth)(?<!\bthree)(?<!\bfour)(?<!\bfive)\s+[—–]+\s+(?=(?:i|i'm|i've|we|we're|you|he|she|they|it|it's|its|the|my|our|his|her|"
    r"their|this|that|there|mine)\b)",
    _FLAGS,
)
_SPACED_HYPHEN_RE = re.compile(
    r"\s+(?:-+|[—–]+)\s+(?=(?:can|could|would|will)\s+(?:you|u)\b|pls\b|please\b)", _FLAGS
)


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """The message in the words the rules know; sentences stay apart."""
    lex = lexicon()
    text = unshouted(lex.before_injection(text)).replace("’", "'").replace("‘", "'")
    text = _SPACED_DASH_RE.sub(". ", lex.without_discourse(text))
    text = _SPACED_HYPHEN_RE.sub(", ", text)
    words = lex.translate(_words(text))
    words = _DOUBLED_COMMA_RE.sub(",", dictated_numbers(words))
    # a whole message's rule reads it to its end, thanks or a "lol" after it or not
    bare = lex.without_trail(words)
    # ("yaar kal X karna hai, list mein daal do": a chatty opening is no part of the message's X)
    unwrapped = lex.unwrap(bare)
    for at in lex.message_sieve.indices(f"{words} {unwrapped}"):
        rule = lex.message_rewrites[at]
        new = (
            (rule.apply(unwrapped) if unwrapped != bare else None)
            or rule.apply(words.strip())
            or rule.apply(bare)
        )
        if new is not None:
            words = new
            break
    # a pictograph that ends a sentence said its feeling ("i mean the groomer 🤦‍♀️ vet is next
    # week"); once a tick is read (_ticked) it says nothing the rules read, nor does a sentence
    # of pictographs alone ("please add X. 🙏")
    parts = [
        _TRAILING_EMOJI_RE.sub(".", _ticked(_emoji_run(t)))
        for t in sentences(words)
        if any(c.isalnum() for c in t)
    ] or sentences(words)
    meant = [s for s in parts if not lex.is_wrapper(s)]
    # Politeness around a request goes; a message that is only politeness stays as it is.
    if not meant:
        return " ".join(parts)
    said = [
        part
        for n, sentence in enumerate(meant)
        for part in sentences(rewrite(sentence, opening=not n))
    ]
    return " ".join(_antecedents(said))


_TICKS = "\u2705\u2714\u2611\u2713"
_EMOJI_RUN_RE = re.compile(rf"(?<=[^\s{EMOJI}])\s*[{EMOJI}][\s{EMOJI}]*(?=[.!?]*$)")
_TICK_RE = re.compile(rf"[{_TICKS}]\ufe0f?")


def _emoji_run(sentence: str) -> str:
    """Pictographs ending a sentence, spaced or not, read as one: its tick when it has one
    ("{t2} done ✅ 🙏" is "{t2} done ✅"), else the run without its spaces ("the ethics form 😩
    🙏" is "the ethics form 😩🙏", a feeling said, never part of a title)."""

    def run(m: re.Match[str]) -> str:
        tick = _TICK_RE.search(m.group())
        return f" {tick.group()}" if tick else " " + re.sub(r"\s+", "", m.group())

    return _EMOJI_RUN_RE.sub(run, sentence, count=1)


# "gym ✅ groceries ✅", "41 ✅", "#3 and #5 ✔️": a few words, or task numbers, ticked with a
# check mark are reported done (a request with one, "add buy milk ✅", stays a request; a count,
# "3 eggs ✅", names no task).
_TICKED_RE = re.compile(
    r"^(?P<w>[^\W\d_][\w' -]*?|(?:task\s+)?#?\d{1,6}(?:\s*(?:,|and|&)\s*#?\d{1,6})*)"
    rf"\s*[{_TICKS}]\ufe0f?[.!]*$",
    _FLAGS,
)


_DONE_WORD_RE = re.compile(r"done|complete|sorted|finito|dusted", _FLAGS)
# "max needs the groomer ✔️", "cards still ✅": words of a need or a deed not done yet, ticked,
# tick nothing
_NOT_TICKED_RE = re.compile(
    r"\b(?:needs?|needed|still|gotta|got\s+to|ha(?:ve|s)\s+to|must|should|wants?|forgot|not|"
    r"never|yet|later|tomorrow|tmrw)\b|n't\b",
    _FLAGS,
)
# "Max is all fluffy and smells like coconut again, groomer ✔️", "what a morning - cards ☑️":
# a tick after a pause ticks the few words after it; the clause before it is a remark
_TICK_AFTER_PAUSE_RE = re.compile(
    r"^(?P<head>[^,;:]*[^\s,;:])\s*(?:[,;:]|\s[-–—])\s*(?P<tail>[^,;:]+)$"
)
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|'s|'re|'ve|smells?|looks?|feels?|took|went|got)\b",
    _FLAGS,
)


def _ticked(sentence: str) -> str:
    m = _TICKED_RE.match(sentence.strip())
    if m is None or len(m["w"].split()) > 4:
        return _ticked_after_pause(sentence)
    if _REQUEST_START_RE.match(m["w"]) or _NOT_TICKED_RE.search(m["w"]):
        return sentence
    said = m["w"].split()
    if is_past_tense(said[0]):
        return sentence  # "posted the parcel ✅": the deed says it, the tick goes with it
    if len(said) > 1 and (is_past_tense(said[-1]) or _DONE_WORD_RE.fullmatch(said[-1])):
        # "task 54 finished ✅", "essay done ✅": the words say it, the tick only stresses it
        return m["w"]
    return f"{m['w']} done."


def _ticked_after_pause(sentence: str) -> str:
    """ "Max is all fluffy again, groomer ✔️": the words after the last pause ticked, when what
    comes before is a clause (a verb said, or three words or more) that is no request. That
    clause is a remark on the thing ticked ("sent it to her before lunch - invoice ☑️"), read
    no further. A list of a few words ("cards, groomer ✅"), a request ("buy eggs, milk ✅") or
    a need ("max needs a bath, groomer ✅") stays as said."""
    m = _TICK_AFTER_PAUSE_RE.match(sentence.strip())
    if m is None:
        return sentence
    head = m["head"]
    first = head.split(None, 1)[0].lower()
    if _REQUEST_START_RE.match(head) or first in TASK_VERBS or _NOT_TICKED_RE.search(head):
        return sentence  # ("max needs a bath, groomer ✅" may say what the groomer is for)
    if len(head.split()) < 3 and not _FINITE_RE.search(head):
        return sentence
    said = _TICK_RE.sub("", m["tail"]).strip(" .!")
    if _DONE_WORD_RE.fullmatch(said) or said.lower() in ("finished", "completed", "ticked"):
        return sentence  # "ok the last one, done ✔️": the words before it name the task
    tail = _ticked(m["tail"])
    if tail == m["tail"] and is_past_tense(tail.split(None, 1)[0]):
        # "whew what a week, posted the cards ✅": the deed ticked, told after the remark
        tail = _TICK_RE.sub("", tail).strip()
    return sentence if tail == m["tail"] else tail


_REQUEST_START_RE = re.compile(
    r"^(?:add|remind|put|pop|create|delete|remove|mark|tick|rename|change|move|show|list|set|"
    r"make|complete|finish|undo|restore)\b",
    _FLAGS,
)


# News of a task already there ("the quiz night got moved to saturday, put that on there") is
# an edit of that task for the rules to read, not a task to add.
_NEWS_RE = re.compile(
    r"\b(?:got|was|were|has\s+been|have\s+been|is|are|been)\s+(?:now\s+)?(?:moved|pushed|postponed|"
    r"rescheduled|changed|brought\s+forward|delayed|bumped|cancell?ed|called\s+off|extended)\b|"
    r"\b(?:is|are)\s+now\b|\bnot\s+due\s+until\b|\bisn'?t\s+due\s+until\b",
    _FLAGS,
)


# Words that already say how often a task repeats ("every day", "weekly").
_OFTEN_SAID_RE = re.compile(
    r"\b(?:every|each|daily|weekly|monthly|yearly|fortnightly|nightly|everyday)\b", _FLAGS
)


def date_at_start(words: str) -> Found | None:
    """The date ``words`` ("for tomorrow 9h", "3:15 today there finishing early") start with,
    as the shared parser reads it, or None."""
    found = find_due(words.strip(), now=datetime.now(UTC), zone=ZoneInfo("UTC"))
    return found if found is not None and found.start == 0 else None


def _names_a_date(words: str) -> bool:
    """Whether ``words`` start with a date the shared parser reads."""
    return date_at_start(words) is not None


def _has_a_date(words: str) -> bool:
    return find_due(words, now=datetime.now(UTC), zone=ZoneInfo("UTC")) is not None


def _tags(m: re.Match[str], before: str) -> str:
    """How often, when and the hash tags said with an add of "that", each after a space ("as a
    daily thing with #uni" is " daily #uni"), and its notes: they belong to the task ``before``
    named (how often only when ``before`` does not say it already)."""
    often = m.groupdict().get("often") or (m["every"] or "").strip()
    if often and _OFTEN_SAID_RE.search(before):
        often = None
    # (a day the task already says is its own: "the vet on friday. put it for friday")
    when = f" {m['when'].strip()}" if m["when"] and not _has_a_date(before) else ""
    return (
        (f" {often}" if often else "")
        + when
        + "".join(f" {tag}" for tag in re.findall(r"#[\w-]+", m["tags"]))
        + (f", description: {m['notes']}" if m["notes"] else "")
    )


# "the school concert's on friday at 2": "is" before the day a thing is on
_COPULA_RE = re.compile(r"(?:\s+(?:is|are)|'s)\s+(?=\S)", _FLAGS)


def _dated_otherwise(words: str, when: str | None) -> bool:
    """Whether ``words`` say a thing is on a day other than ``when``: "her birthday is
    saturday" before "put it for friday" is why, and "it" is the task talked of before."""
    if not when or (asked := date_at_start(when)) is None:
        return False
    for m in _COPULA_RE.finditer(words):
        said = date_at_start(words[m.end() :])
        if said is not None:
            return said.due != asked.due
    return False


def _without_copula(words: str) -> str:
    """ "the school concert's on friday at 2" as "the school concert on friday at 2": the thing
    said to be on a day, added, is named without its "is" (a date must follow it)."""
    for m in _COPULA_RE.finditer(words):
        if _names_a_date(words[m.end() :]):
            return f"{words[: m.start()]} {words[m.end() :]}"
    return words


def _put_down(said: str, *, listed: bool = False) -> str:
    """The add of what ``said`` told, asked for by an add of "that": "add X". A thing said to
    be on a day ("the Bürgeramt appointment is on thursday 8:30, put that in") is read as told,
    a thing and its day, which a task on the list of that name takes as its date (an add only
    when there is none)."""
    named = _without_copula(said)
    if named != said and _THE_THING_RE.match(said):
        return named
    # ("need to get the messages, ring mam and renew the tv licence. stick all them on": the
    # need is no word of the first thing ``listed``)
    need = _NEED_START_RE.match(named) if listed else None
    if need is not None:
        named = named[need.end() - 1 :]
    return f"add {named}"


_THE_THING_RE = re.compile(r"^the\s+\w", _FLAGS)


# A habit of the user's, with how often ("I call my grandma every Sunday", "we always water the
# ferns each friday"): the deed, which a repeat asked of "that" after it adds
_HABIT_RE = re.compile(
    r"^(?:i|we)\s+(?:always\s+|usually\s+|normally\s+|try\s+to\s+)?"
    r"(?P<deed>(?!(?:am|was|were|have|had|do|did|don't|can|can't|will|would|should|could|"
    r"love|like|hate|get|go|feel|think|know|forget|forgot|need|want)\b)[a-z]+\s+\S.*?\s"
    r"(?:every|each)\s+(?:other\s+)?\w+(?:\s+(?:morning|evening|night|afternoon))?)$",
    _FLAGS,
)
# The repeat asked of "that", as the rewrites read it ("set that up as a repeating reminder")
_REPEAT_ASKED_RE = re.compile(r"^it\s+repeats[.!]*$", _FLAGS)


# The things a list named, as an add of them refers to them ("stick all them on")
_THEM_RE = re.compile(r"\b(?:them|those|these|em)\b", _FLAGS)


# "did you put that on my list?": the words before an add of "that" only ask, they name no task
_ASKED_RE = re.compile(r"^(?:did|do|does|have|has|had)\s+(?:you|u|i|we)$", _FLAGS)


# A remark said of someone or of the thing ("she gets upset if i forget", "it's important"):
# no task an add of "it" after it means
_REMARK_OF_IT_RE = re.compile(
    r"^(?:she|he|they|it|it's|its|this|that's|thats|which|otherwise|else|or\s+else)\s", _FLAGS
)


# "they had to cancel so now I need to reschedule my cleaning": what the user needs to do, said
# after the news that made it so
_OWN_NEED_RE = re.compile(
    r"\b(?:so|and|but|now)\s+(?:now\s+)?(?:i|we)\s+(?:(?:really|still|just|also)\s+)*"
    r"(?:need|have|must|gotta|got\s+to|should|ought)\s+(?:to\s+)?\w",
    _FLAGS,
)


# "got to grab my prescription tmrw, at 5:30?? put it in": a need said with a doubt is no
# question (the add of "it" is of it)
_NEED_START_RE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:really\s+)?(?:got\s+to|gotta|need\s+to|have\s+to|must)\s+\w", _FLAGS
)


def _antecedents(said: list[str]) -> list[str]:
    """ "I promised to mail the cards. put that down": an add of "that" is an add of what the
    sentence before it said (a request before it is left as it is; a question is no task)."""
    anaphora = lexicon().anaphora
    if anaphora is None:
        return said
    out: list[str] = []
    for sentence in said:
        habit = _HABIT_RE.match(out[-1].rstrip(" .!")) if out else None
        if habit is not None and _REPEAT_ASKED_RE.match(sentence):
            # "I call my grandma every Sunday, could you set that up as a repeating reminder":
            # the habit told is the task, how often it is done its repeat
            out[-1] = f"add {habit['deed']}"
            continue
        m = anaphora.search(sentence)
        if m is not None and m["when"] and not _names_a_date(m["when"]):
            m = None  # "put it for my sister": no date, no add of "it"
        if m is not None and _THEM_RE.search(m.group()):
            # "washed the car, did the shopping and cleaned the oven. add them all": things
            # done, listed, are no tasks to add
            prior = sentence[: m.start()].strip() or (out[-1] if out else "")
            first = prior.split()[:1]
            if (
                first
                and is_past_tense(first[0].lower().strip(".,!"))
                and not _NEED_START_RE.match(prior)
            ):
                m = None
        if m is not None and m.start() > 0:
            # "I need to renew my card by friday put that on there": said in one breath
            before = sentence[: m.start()].strip()
            if (
                len(before.split()) >= 2
                and not _REQUEST_START_RE.match(before)
                and not _ASKED_RE.match(before)
                and not _NEWS_RE.search(before)
                and not _dated_otherwise(before, m["when"])
            ):
                # ("mum's birthday is on the 12th, remind me about it": the thing, not "is")
                listed = _THEM_RE.search(m.group()) is not None
                out.append(f"{_put_down(before, listed=listed)}{_tags(m, before)}")
                continue
        elif m is not None and out:
            # ("every sunday i must call my gran. she gets upset if i forget. add it": a remark
            # of someone or of it between the thing and the add names no task)
            # ("they had to cancel so I need to reschedule my cleaning. put that on my list": a
            # remark that says what the user needs to do is the thing)
            at = (
                -2
                if len(out) > 1
                and _REMARK_OF_IT_RE.match(out[-1])
                and not _OWN_NEED_RE.search(out[-1])
                else -1
            )
            before = out[at].rstrip()
            if (
                (before.endswith("?") and not _NEED_START_RE.match(before))
                or _NEWS_RE.search(before)
                or _dated_otherwise(before, m["when"])
            ):
                out.append(sentence)
            elif _REQUEST_START_RE.match(before) and m["when"]:
                # "add hoover the stairs. put it on for saturday": the add asked for is there;
                # the day said with "it" is its day
                out.append(f"make it {m['when'].strip()}")
            elif not _REQUEST_START_RE.match(before):
                # "i want to learn to crochet. put it on the list #hobby": its tags go along
                end = len(before.rstrip(".!?"))
                listed = _THEM_RE.search(m.group()) is not None
                put = _put_down(before[:end], listed=listed)
                out[at] = f"{put}{_tags(m, before)}{before[end:]}"
            continue
        out.append(sentence)
    return out
