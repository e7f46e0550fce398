"""The prefilter of the phrase tables (``hints``, ``Sieve``): a text that holds none of the
words every match of a rule contains (``required_parts``, ``_openings``) passes the rule over
untried. It may only ever pass over a text that the rule could not match."""

from __future__ import annotations

import json

import pytest

from tests.assistant.offline.harness import DATA
from todochat.assistant.offline.normalise import (
    Sieve,
    Ways,
    _openings,
    hints,
    lexicon,
    required_parts,
    rewrite,
)
from todochat.clients.evaluation import DEV_SET


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"(?P<x>.+?)\s+to\s+my\s+list", ["to", "my", "list"]),
        # a letter made optional is no part of a run, nor what a group offers
        (r"(?P<x>.+?)\s+lists?\s+done", ["list", "done"]),
        (r"(?P<x>.+?)\s+(?:please\s+)?(?:remove|delete)", ["(?:remove|delete)"]),
        (r"(?P<x>.+?)\s+x{0,2}yz", ["yz"]),
        # a "|" outside the groups offers another way: nothing is needed
        (r"(?P<x>.+?)\s+done|finished\s+(?P<y>.+?)", []),
        # a group with a way that has no part of its own (a slot) is not searched for
        (r"(?P<x>.+?)\s+(?:done|.+?)\s+now", ["now"]),
        (r"(?P<x>.+?)\s+[abc]+\s+ok(?=\s)", ["ok"]),
    ],
)
def test_required_parts(pattern: str, parts: list[str]) -> None:
    assert required_parts(pattern) == parts


def _sentences(every: int = 1) -> list[str]:
    """Every message of the development set and the fresh batches, and each one rewritten (or
    every ``every``-th of them, for a check that tries hundreds of rules on each)."""
    said: list[str] = []
    for path in [DEV_SET, *sorted(DATA.rglob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                said.extend(json.loads(line)["say"])
    said = said[::every]
    return said + [rewrite(s) for s in said]


@pytest.mark.parametrize(
    ("part", "openings"),
    [
        (r"to\ my", ["to my"]),
        (r"(?:remove|delete)", ["delete", "remove"]),
        # a way that opens with a group opens as the group does, past a word edge or a look
        (r"(?P<b>(?:add|tick\s+off)\s+x)", ["add", "tick"]),
        (r"(?:and\s+also|(?<!\bby.)then|\bplus)", ["and", "plus", "then"]),
        # a letter made optional ends the opening; a group made optional, or a look with a
        # group inside, leaves a way without one: nothing is needed
        (r"(?:colou?r|abc{2})", ["ab", "colo"]),
        (r"(?:(?:a|b)?c)", []),
        (r"(?:(?!(?:a|b))foo|bar)", []),
        (r"(?:[a-z]+|foo)", []),
    ],
)
def test_openings(part: str, openings: list[str]) -> None:
    assert sorted(_openings(part)) == openings


def test_hints_are_casefolded_and_every_way_gives_some() -> None:
    assert hints(r"(?P<x>.+?)\s+(?:Delete|remove)") == ("delete", "remove")
    assert hints(r"(?P<x>.+?)\s+done|finished\s+(?P<y>.+?)") == ("done", "finished")
    assert hints(r"(?P<x>.+?)\s+done|(?P<y>.+?)") == ()


def test_a_sieve_gives_the_rules_a_text_may_match_in_order() -> None:
    sieve = Sieve([("milk",), (), ("eggs", "bread"), ("x",)])
    assert sieve.indices("Buy BREAD and milk") == [0, 1, 2]
    assert sieve.indices("Buy BREAD and milk", after=0) == [1, 2]
    assert sieve.indices("nothing here") == [1]
    # a word of one letter is looked for wherever it stands, not only where two letters are
    one = Sieve([("i",), ("zz",)])
    assert one.indices("I need go to the doctor") == [0]
    assert one.indices("xyz") == []


def test_the_prefilter_never_passes_over_a_sentence_a_rewrite_reads() -> None:
    lex = lexicon()
    tables = [(lex.rewrites, lex.rewrite_sieve), (lex.message_rewrites, lex.message_sieve)]
    assert sum(1 for rules, _ in tables for rule in rules if rule.hints) > 300
    bodies = [sentence.rstrip(" .!?") for sentence in _sentences(every=4)]
    matched = 0
    for rules, sieve in tables:
        for at, rule in enumerate(rules):
            for body in bodies:
                if rule.pattern.fullmatch(body):
                    matched += 1
                    assert not rule.hints or any(w in body.casefold() for w in rule.hints), body
                    assert at in sieve.indices(body), (rule.pattern, body)
    assert matched > 100  # the corpus reaches the rules


def test_the_prefilter_never_passes_over_a_phrase_a_sentence_holds() -> None:
    phrases = [phrase for phrase in lexicon().phrases if phrase.hints]
    assert len(phrases) > 250
    matched = 0
    for sentence in _sentences(every=3):
        for phrase in phrases:
            if phrase.pattern.search(sentence):
                matched += 1
                assert any(word in sentence.casefold() for word in phrase.hints), (
                    phrase.pattern,
                    sentence,
                )
    assert matched > 100


@pytest.mark.parametrize(
    "said",
    [
        "wipe the whole list, starting fresh",
        "delete everything on there im starting fresh for spring",
        "add call the grain elevator tomorrow at seven thirty in the morning",
        "finished all of them today except renewing the passport",
        "ammi ki dawai lene ka task add kar do kal ke liye",
    ],
)
def test_a_phrase_reads_what_an_earlier_phrase_said(said: str) -> None:
    """The sieve looks again after a phrase changes the text: a later phrase may read words the
    text holds only now ("the whole list" said as "everything" before "everything, starting
    fresh" is read). The phrases, each tried in turn, say the same."""
    lex = lexicon()
    text = said
    chained = False
    for phrase in lex.phrases:
        new = phrase.pattern.sub(phrase.say, text)
        if new != text:
            chained = chained or phrase.pattern.search(said) is None
            text = new
    assert chained
    assert lex.translate(said) == text


def test_the_wrappers_sifted_find_what_the_whole_alternation_finds() -> None:
    """``Ways`` tries only the wrappers a text may hold: the same cut as all of them."""
    lex = lexicon()
    assert lex.trail is not None and lex.trail_clause is not None
    cut = 0
    for sentence in _sentences(every=3):
        for ways in (lex.trail, lex.trail_clause):
            sifted = ways.sub("", sentence, count=1)
            assert sifted == ways.whole.sub("", sentence, count=1), sentence
            cut += sifted != sentence
    assert cut > 200  # the corpus reaches the wrappers


def test_ways_with_none_of_theirs_in_a_text_never_match() -> None:
    ways = Ways(["thanks", "cheers"], r"(?:^|\s+)(?:{ways})[!.]*$")
    assert ways.sub("", "add milk, cheers!") == "add milk,"
    # (no way is held: the alternation never matches, though an empty one would everywhere)
    assert ways.pattern("add milk").pattern == r"(?:^|\s+)(?:(?!))[!.]*$"
    assert ways.sub("", "add milk.") == "add milk."
