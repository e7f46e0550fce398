"""The phrase rewrites' prefilter: what every match of a pattern must contain
(``required_parts``) is searched before a pattern that opens with a slot is tried whole. It
may only ever pass a sentence over that the pattern could not match."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from tests.assistant.offline.harness import DATA
from todochat.assistant.offline.normalise import lexicon, required_parts, rewrite
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


def _sentences() -> list[str]:
    """Every message of the development set and the fresh batches, and each one rewritten."""
    said: list[str] = []
    for path in [DEV_SET, *sorted(DATA.rglob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                said.extend(json.loads(line)["say"])
    return said + [rewrite(s) for s in said]


def test_the_prefilter_never_passes_over_a_sentence_a_rewrite_reads() -> None:
    rules = [rule for rule in lexicon().rewrites if rule.needs is not None]
    assert len(rules) > 30  # the rules that open with a slot are the costly ones
    sentences = _sentences()
    matched = 0
    for rule in rules:
        whole = dataclasses.replace(rule, needs=None)
        for sentence in sentences:
            body = sentence.rstrip(" .!?")
            if rule.pattern.fullmatch(body):
                matched += 1
                assert rule.needs is not None and rule.needs.search(body), (rule.pattern, body)
            assert rule.apply(body) == whole.apply(body)
    assert matched > 100  # the corpus reaches the rules


def test_a_needed_part_is_searched_case_blind() -> None:
    needs = [rule.needs for rule in lexicon().rewrites if rule.needs is not None]
    assert all(n.flags & re.IGNORECASE for n in needs)
