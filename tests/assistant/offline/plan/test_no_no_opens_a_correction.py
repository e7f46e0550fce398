"""The plan stage, "no no, it's the blue folder not the red one" right after an add: "no no",
"nono", "no no no" open a correction as "no wait" does (it looked for a task 'no no'); with no
add just made and no task holding the old words it changes nothing (with one, it corrects that
task, as "no wait, it's ..." and "its Johnson not Jonhson" do by design).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

HOME = "Call mum|Pay rent"


@pytest.mark.parametrize(
    ("add", "message", "title"),
    [
        ("add buy the red folder", "no no, it's the blue folder not the red one",
         "Buy the blue folder"),
        ("add buy the red folder", "nono its the blue folder not the red one",
         "Buy the blue folder"),
        ("add buy the red folder", "no no no, it's the blue folder, not the red one",
         "Buy the blue folder"),
        ("add get oat milk", "no no it's almond milk not oat", "Get almond milk"),
        ("add book the small room", "no no, it's the big room not the small one",
         "Book the big room"),
        ("add ring uncle joe", "no no, it's uncle jim not uncle joe", "Ring uncle jim"),
        ("add buy 2 bags of rice", "no no it's 3 bags not 2", "Buy 3 bags of rice"),
        ("add buy the red folder", "no wait, it's the blue folder not the red one",
         "Buy the blue folder"),
    ],
)  # fmt: skip
async def test_no_no_opens_a_correction_of_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, message: str, title: str
) -> None:
    state, _ = await play(store, session_for, HOME, [add, message])
    assert state == sorted([*HOME.split("|"), title])


@pytest.mark.parametrize(
    "message",
    [
        "no no, it's the blue folder not the red one",
        "nono its the blue folder not the red one",
        "no no no it's the big room not the small one",
        "no no, is it the blue folder, not the red one?",
        "no no, its fine",
    ],
)
async def test_no_no_with_nothing_just_added_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    # the old words name no task: nothing renamed (it renamed a task it took 'no no' to name)
    await assert_changes(store, session_for, "Call mum|Pay rent|Book the dentist", [message])
