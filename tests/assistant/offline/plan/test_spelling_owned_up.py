"""The plan stage, a spelling owned up to, then the right words and the wrong ones ("oops i
spelled it wrong, should be Call Siobhan not Call Shivon", "typo, Siobhan not Shivon", "sorry
its spelt Siobhan, not Shivon"): the task that says the wrong words is renamed. Never harm: the
owning up alone, or right words that no title has wrong, rename nothing; the other task stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call Shivon|Buy bread"


@pytest.mark.parametrize(
    "said",
    [
        "oops i spelled it wrong, should be Call Siobhan not Call Shivon",
        "i spelled it wrong, its Siobhan not Shivon",
        "typo, should be Siobhan not Shivon",
        "should be Call Siobhan not Call Shivon",
        "sorry its spelt Siobhan, not Shivon",
        "my bad i misspelt it, Siobhan not Shivon",
        "i typed it wrong, it should say Siobhan not Shivon",
    ],
)
async def test_the_task_spelt_wrong_is_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == ["Buy bread", "Call Siobhan"]


@pytest.mark.parametrize(
    "said",
    ["i spelled it wrong", "typo, not sure where", "should be easy not hard"],
)
async def test_nothing_named_wrong_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


# The whole right title said, then the wrong word, a remark after a laugh or not ("oops i
# spelled it wrong, it should be Call Aunt X not Y lol she'd kill me").
LONG_SEEDS = "Email Mr Fitzpatric about the fence|Ring Auntie Maureeen|Buy bread"


@pytest.mark.parametrize(
    ("said", "renamed"),
    [
        (
            "oops i spelled it wrong, it should be Ring Auntie Maureen not Maureeen lol she'd"
            " kill me",
            "Ring Auntie Maureen",
        ),
        ("typo, its Ring Auntie Maureen not Maureeen haha", "Ring Auntie Maureen"),
        (
            "my bad i misspelt it, Email Mr Fitzpatrick about the fence not Fitzpatric",
            "Email Mr Fitzpatrick about the fence",
        ),
        (
            "ugh i typed it wrong, should be Email Mr Fitzpatrick not Fitzpatric lmao he'd be"
            " raging",
            "Email Mr Fitzpatrick about the fence",
        ),
        (
            "i spelled it wrong, should be Maureen not Maureeen lol she'd never let me forget",
            "Ring Auntie Maureen",
        ),
    ],
)
async def test_a_whole_title_said_right_renames_the_one_spelt_wrong(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, renamed: str
) -> None:
    state, _ = await play(store, session_for, LONG_SEEDS, [said])
    wrong = (
        "Ring Auntie Maureeen" if "Maureen" in renamed else "Email Mr Fitzpatric about the fence"
    )
    assert state == sorted([*(t for t in LONG_SEEDS.split("|") if t != wrong), renamed])


@pytest.mark.parametrize(
    "said",
    [
        "i spelled it wrong lol",
        "typo, it should be Ring Uncle Dermot not Dermott lol",
        "its raining again not snowing lol she'd hate it",
        "did i spell it wrong? should be Ring Auntie Maureen or not",
        "it's Friday not Thursday lol",
    ],
)
async def test_right_words_no_title_has_wrong_rename_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, LONG_SEEDS, [said])
