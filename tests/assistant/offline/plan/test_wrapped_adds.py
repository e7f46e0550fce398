"""The plan stage, an add wrapped in chat: asked with "can ya"/"could yous", closed by a tag
asking assent ("eh", "innit"), asked after a story with a Pidgin or Igbo "please" and "help me"
("..., abeg help me add 'X' make i no forget"), or said with a when that points back to the
story ("grab a card before then can u put that on my list"): only the task is added, with its
slots. Never harm: a story alone adds nothing, "help" alone still helps, and a "then" that joins
two requests still parts them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Walk the dog|Pay the gas bill:done"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("can ya add pick up the kids' shoes on friday eh", "Pick up the kids' shoes@2026-11-27"),
        ("could yous put renew the car insurance on my list", "Renew the car insurance"),
        ("add call nan tomorrow innit", "Call nan@2026-11-24"),
        ("my neighbour has been complaining about the hedge for days, abeg help me add "
         "'trim the hedge' make i no forget", "Trim the hedge"),
        ("the gutter is leaking again since the storm, kindly help me add call the roofer",
         "Call the roofer"),
        ("the school sent a letter about the trip, biko add sign the permission slip",
         "Sign the permission slip"),
        ("ok so the bbq is on sunday. i need to buy charcoal before then can u put that on my "
         "list", "Buy charcoal"),
        ("add finish the slides by then", "Finish the slides"),
    ],
)  # fmt: skip
async def test_only_the_wrapped_task_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + added, {})


async def test_a_story_alone_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "my landlord has been disturbing me since last week about the plumbing matter"
    await assert_changes(store, session_for, SEEDS, [said])


async def test_help_alone_still_helps(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["abeg help me"])
    assert "add" in reply.lower()


async def test_a_then_between_two_requests_still_parts_them(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["i spoke to the vet then can you add buy flea treatment"]
    )
    assert state == expected(SEEDS + "|Buy flea treatment", {})
