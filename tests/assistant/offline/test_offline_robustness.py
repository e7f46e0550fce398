"""The model reads a message the same however it is typed (tests/assistant/offline/perturb.py).

A sample of the cases that pass as written (every STRIDE-th undated case of the dev set and the
batches) is played again under each perturbation. Before the work on it (0f2db11, all 1,917
passing cases) a leading "so" or "ok so" broke 10.9% of them, a command-word typo 5.9%, capitals
1.9%, an emoji after the message 1.6%; the floors hold what the work reached.

The four added at ee7c7e9, on all 5,873 passing cases, before -> after the model's work on them
(654641b and the next commit; changed, broken, kept): a remark glued on with no comma ("... its
doing my head in") 1,482, 315, 78.7% -> 3 broken, 99.8%; context first ("my boss just emailed
and ...") 1,616, 34, 97.9% -> 2, 99.9%; a softener after ("... when u get a sec") 1,584, 4,
99.7% -> 4, 99.7%; who asked for an add ("mum said to add ...") 539, 464, 13.9% -> 0, 100.0%.
On this sample after: 170 changed, 0 broken; 185, 1 (99.5%); 182, 0; 64, 0.

The six added at 802217e, typed as second-language writers and hurried phone users type, are
in perturb.py's docstring with their figures before and after.
"""

from __future__ import annotations

import asyncio
import functools
import re

import pytest

from tests.assistant.offline.perturb import (
    PERTURBATIONS,
    SEEDED,
    TYPOS,
    Case,
    keep,
    passing,
    undated_cases,
)

STRIDE = 10
# what the sample kept after the work (b306d55, bcc404e and the next commit), less ~1%; where a
# perturbation changes few cases, one case: "lower" and "caps" lose an acronym ("close all the
# inc tickets"), "typo" 'taks' for "tasks" (read as "task")
FLOOR = dict.fromkeys(PERTURBATIONS, 0.99) | {
    "lower": 0.97,
    "caps": 0.98,
    # ("typo" at 53dd1a0, with batches 231 to 242 in the sample: 489 changed, 11 broken, 97.8%;
    # four of the eleven are Pidgin "abeg ad X", 'ad' for "add" after "abeg", new to the sample)
    "typo": 0.97,
    "no punctuation": 0.97,
    "u": 0.95,
    "could you please": 0.98,
    "can u": 0.98,
    "i need u to": 0.98,
    "chat spelling": 0.97,
    "other verb": 0.96,
    # (the four added last: "remark glued" and "for me" kept all, "context first" 99.5%;
    # "reported" changes 64 cases and kept all: one case)
    "context first": 0.98,
    "reported": 0.98,
    # (the six added at 802217e, on this sample after the work: "i want to" 175 changed, 3
    # broken, 98.3%; "task typo" 39, 3, 92.3% (no work on it yet: a word's slip that its stem
    # hides, 'meeing' for 'meeting'); "no articles" 43 and "can you ...?" 118 kept all, one
    # case of "no articles" is 2.3%; "named greeting" 628 and "stretched" 105 kept all)
    "i want to": 0.97,
    # ("task typo" at 8153990, with batches 219 to 230 in the sample: 45 changed, 5 broken,
    # 88.9%: quoted titles with a slip, 'ask dave aout the float', that quotes make exact)
    "task typo": 0.86,
    "no articles": 0.97,
}


@functools.cache
def _ground() -> tuple[Case, ...]:
    return tuple(asyncio.run(passing(undated_cases()[::STRIDE])))


def test_the_sample_is_large_and_mostly_passes_as_written() -> None:
    """Most of the sample passes in the harness; the rest are cases written for the runner
    (a time zone, a dated seed, a time of day) that the in-memory store cannot play."""
    sample = undated_cases()[::STRIDE]
    assert len(sample) >= 180
    assert len(_ground()) >= 0.85 * len(sample)


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_a_perturbation_keeps_what_the_model_understood(name: str) -> None:
    kept = asyncio.run(keep(_ground(), name))
    assert kept.changed >= 20, f"{name} changed only {kept.changed} cases"
    assert kept.rate >= FLOOR[name], "\n".join(f"{i}: {said}" for i, said in kept.broken)


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_a_perturbation_keeps_task_ids(name: str) -> None:
    said = PERTURBATIONS[name]("delete task {t2} and add buy milk")
    assert "{t2}" in said


@pytest.mark.parametrize(
    ("name", "message", "said"),
    [
        ("no punctuation", "I'm done with it, what's left?", "im done with it, whats left"),
        ("ok so", "Add buy milk", "ok so add buy milk"),
        ("pls", "Show my tasks.", "Show my tasks pls"),
        ("u", "can you show your list", "can u show ur list"),
        ("caps", "done with {t1}", "DONE WITH {t1}"),
        ("dictated", "add call mum", "Add call mum."),
        ("remark glued", "Add buy milk.", "Add buy milk i keep forgetting"),
        ("for me", "delete the milk!", "delete the milk if u can"),
        ("context first", "show my tasks", "ok so the kids are finally asleep, show my tasks"),
        ("reported", "add call mum", "mum said to add call mum"),
        ("no articles", "delete the milk task", "delete milk task"),
        ("no articles", "add a task to call mum", "add task to call mum"),
        ("i want to", "delete the milk", "i would like to delete the milk"),
        ("named greeting", "add call mum", "salam, add call mum"),
        ("can you ...?", "add call mum.", "can you add call mum?"),
        ("stretched", "ok so delete it please", "okk sooo delete it pleasee"),
    ],
)
def test_a_perturbation_changes_only_the_typing(name: str, message: str, said: str) -> None:
    assert PERTURBATIONS[name](message) == said


@pytest.mark.parametrize("name", ["could you please", "can u", "i need u to"])
def test_a_request_wrapper_leaves_a_statement_alone(name: str) -> None:
    assert PERTURBATIONS[name]("I called mom") == "I called mom"
    assert PERTURBATIONS[name]("delete the milk").endswith(" delete the milk")


def test_a_typo_misspells_one_command_word_and_never_a_title_word() -> None:
    message = "please add buy tomorrow's bread"
    said = PERTURBATIONS["typo"](message)
    assert said == PERTURBATIONS["typo"](message)
    changed = [w for w, v in zip(message.split(), said.split(), strict=True) if w != v]
    assert len(changed) == 1
    assert re.sub(r"'s$", "", changed[0]) in TYPOS
    assert PERTURBATIONS["typo"]("buy bread") == "buy bread"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("remark glued", "what's due friday?"),
        ("remark glued", "rename the milk to oat milk"),
        ("for me", "rename the milk to oat milk"),
        ("reported", "delete the milk"),
        ("context first", "I called mom"),
        ("no articles", "I have to finish the slides"),
        ("i want to", "show my tasks"),
        ("can you ...?", "add milk, oh and the hose is fixed"),
        ("task typo", "delete the groceries task"),
    ],
)
def test_an_added_perturbation_leaves_what_it_could_change_the_meaning_of(
    name: str, message: str
) -> None:
    assert PERTURBATIONS[name](message) == message


def test_a_task_typo_slips_one_word_of_a_task_named_and_never_a_new_title() -> None:
    seeded = SEEDED.set(("Buy groceries", "Call the plumber"))
    try:
        said = PERTURBATIONS["task typo"]("delete the groceries task")
        assert said != "delete the groceries task"
        assert said.startswith("delete the gro") and said.endswith(" task")
        assert len(said) <= len("delete the groceries task")
        assert PERTURBATIONS["task typo"]("rename the milk to call the plumber") == (
            "rename the milk to call the plumber"
        )
        assert PERTURBATIONS["task typo"]("add buy groceries") == "add buy groceries"
    finally:
        SEEDED.reset(seeded)
