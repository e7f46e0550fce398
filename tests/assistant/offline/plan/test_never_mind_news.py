"""The plan stage, "nvm" / "never mind" followed by news and then a request ("nvm she rang me
first, tick it off", "never mind the courier came already, mark that done"): the news is why,
the request is what is asked, never an undo of the change just made nor a delete of the news'
words. Never harm: "nvm" alone, or with only news after it, still takes the change back, and
"never mind the X" alone still drops the task named."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Water the lawn|Buy stamps"


@pytest.mark.parametrize(
    ("added", "message", "title"),
    [
        (
            "remind me to ring the landlord about the boiler",
            "nvm she rang me first, tick it off",
            "Ring the landlord about the boiler",
        ),
        (
            "add call the plumber re the leak",
            "never mind the plumber came already, mark that done",
            "Call the plumber re the leak",
        ),
        (
            "remind me to chase the courier",
            "oh nvm they just dropped it round, mark it done",
            "Chase the courier",
        ),
        (
            "add email the school about the trip",
            "nevermind, the teacher already sent it out. tick that off",
            "Email the school about the trip",
        ),
    ],
)
async def test_news_after_never_mind_then_a_request_does_the_request(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    added: str,
    message: str,
    title: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, message])
    assert state == sorted([*expected(SEEDS, {}), f"{title}:done"])


@pytest.mark.parametrize(
    ("first", "message", "changes"),
    [
        # a bare "nvm", or "nvm" with only news, after a delete: the delete is taken back
        ("delete the stamps one", "nvm", {}),
        ("delete the stamps one", "nvm they're still needed", {}),
        ("delete the lawn one", "oh never mind, i'll do it myself", {}),
        # "never mind the X" still drops the task named
        ("show my list", "never mind the stamps", {"Buy stamps": "deleted"}),
        # news of a thing after "nvm" names no task to drop
        ("show my list", "nvm the lawn guy came already", {}),
        ("show my list", "never mind he sorted it", {}),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    first: str,
    message: str,
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [first, message])
    assert state == expected(SEEDS, changes)
